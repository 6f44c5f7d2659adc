/* test-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "ds-date.h"

typedef struct
{
  const char      *text;
  gint64           year;
  DsDatePrecision  precision;
  guint            part;
  guint            day;
} ValidCase;

static const ValidCase valid_cases[] = {
  { "2025",            2025, DS_DATE_PRECISION_YEAR,    0,  0 },
  { "2026-H1",         2026, DS_DATE_PRECISION_HALF,    1,  0 },
  { "2026-H2",         2026, DS_DATE_PRECISION_HALF,    2,  0 },
  { "2026-Q1",         2026, DS_DATE_PRECISION_QUARTER, 1,  0 },
  { "2026-Q3",         2026, DS_DATE_PRECISION_QUARTER, 3,  0 },
  { "2026-Q4",         2026, DS_DATE_PRECISION_QUARTER, 4,  0 },
  { "2026-01",         2026, DS_DATE_PRECISION_MONTH,   1,  0 },
  { "2026-12",         2026, DS_DATE_PRECISION_MONTH,   12, 0 },
  { "2025-09-22",      2025, DS_DATE_PRECISION_DAY,     9,  22 },
  { "2025-01-31",      2025, DS_DATE_PRECISION_DAY,     1,  31 },
  { "2025-12-31",      2025, DS_DATE_PRECISION_DAY,     12, 31 },
  { "2024-02-29",      2024, DS_DATE_PRECISION_DAY,     2,  29 },
  { "2000-02-29",      2000, DS_DATE_PRECISION_DAY,     2,  29 },
  { "0000",            0,    DS_DATE_PRECISION_YEAR,    0,  0 },
  { "0044",            44,   DS_DATE_PRECISION_YEAR,    0,  0 },
  { "-0044",           -44,  DS_DATE_PRECISION_YEAR,    0,  0 },
  { "-0044-03-15",     -44,  DS_DATE_PRECISION_DAY,     3,  15 },
  { "-0004-02-29",     -4,   DS_DATE_PRECISION_DAY,     2,  29 },
  { "00002025",        2025, DS_DATE_PRECISION_YEAR,    0,  0 },
  { "12345-Q2",        12345, DS_DATE_PRECISION_QUARTER, 2, 0 },
  { "-13800000000",    G_GINT64_CONSTANT (-13800000000), DS_DATE_PRECISION_YEAR, 0, 0 },
  { "100000000000",    DS_DATE_YEAR_MAX, DS_DATE_PRECISION_YEAR, 0, 0 },
  { "-100000000000",   DS_DATE_YEAR_MIN, DS_DATE_PRECISION_YEAR, 0, 0 },
  { "100000000000-12-31", DS_DATE_YEAR_MAX, DS_DATE_PRECISION_DAY, 12, 31 },
  { "-100000000000-01-01", DS_DATE_YEAR_MIN, DS_DATE_PRECISION_DAY, 1, 1 },
};

typedef struct
{
  const char  *text;
  DsDateError  code;
} RejectCase;

static const RejectCase reject_cases[] = {
  { "",                        DS_DATE_ERROR_SYNTAX },
  { "sept 2025",               DS_DATE_ERROR_SYNTAX },
  { "2025-9-1",                DS_DATE_ERROR_SYNTAX },
  { " 2025",                   DS_DATE_ERROR_SYNTAX },
  { "2025 ",                   DS_DATE_ERROR_SYNTAX },
  { "2025\n",                  DS_DATE_ERROR_SYNTAX },
  { "+2025",                   DS_DATE_ERROR_SYNTAX },
  { "2025-09-22T10:00",        DS_DATE_ERROR_SYNTAX },
  { "2025/09/22",              DS_DATE_ERROR_SYNTAX },
  { "025",                     DS_DATE_ERROR_SYNTAX },
  { "-025",                    DS_DATE_ERROR_SYNTAX },
  { "-",                       DS_DATE_ERROR_SYNTAX },
  { "--2025",                  DS_DATE_ERROR_SYNTAX },
  { "2025-",                   DS_DATE_ERROR_SYNTAX },
  { "2025-Q",                  DS_DATE_ERROR_SYNTAX },
  { "2025-H",                  DS_DATE_ERROR_SYNTAX },
  { "2025-q3",                 DS_DATE_ERROR_SYNTAX },
  { "2025-h1",                 DS_DATE_ERROR_SYNTAX },
  { "2025-Q12",                DS_DATE_ERROR_SYNTAX },
  { "2025-Q3-01",              DS_DATE_ERROR_SYNTAX },
  { "2025-1",                  DS_DATE_ERROR_SYNTAX },
  { "2025-001",                DS_DATE_ERROR_SYNTAX },
  { "2025-09-",                DS_DATE_ERROR_SYNTAX },
  { "2025-09-2",               DS_DATE_ERROR_SYNTAX },
  { "2025-09-222",             DS_DATE_ERROR_SYNTAX },
  { "2025-09-22-",             DS_DATE_ERROR_SYNTAX },
  { "\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x95", DS_DATE_ERROR_SYNTAX }, /* fullwidth */
  { "2025-13",                 DS_DATE_ERROR_RANGE },
  { "2025-00",                 DS_DATE_ERROR_RANGE },
  { "2025-00-10",              DS_DATE_ERROR_RANGE },
  { "2025-Q5",                 DS_DATE_ERROR_RANGE },
  { "2025-Q0",                 DS_DATE_ERROR_RANGE },
  { "2025-H3",                 DS_DATE_ERROR_RANGE },
  { "2025-H0",                 DS_DATE_ERROR_RANGE },
  { "2025-02-29",              DS_DATE_ERROR_RANGE },
  { "1900-02-29",              DS_DATE_ERROR_RANGE },
  { "2024-02-30",              DS_DATE_ERROR_RANGE },
  { "2025-09-00",              DS_DATE_ERROR_RANGE },
  { "2025-09-31",              DS_DATE_ERROR_RANGE },
  { "2025-01-32",              DS_DATE_ERROR_RANGE },
  { "99999999999999999999",    DS_DATE_ERROR_RANGE },
  { "-99999999999999999999-Q1", DS_DATE_ERROR_RANGE },
  { "100000000001",            DS_DATE_ERROR_RANGE },
  { "-100000000001",           DS_DATE_ERROR_RANGE },
  { "9223372036854775808",     DS_DATE_ERROR_RANGE },
};

static DsDate
parse_or_fail (const char *text)
{
  g_autoptr(GError) error = NULL;
  DsDate date = { 0 };

  if (!ds_date_parse (text, &date, &error))
    g_error ("“%s” should parse: %s", text, error->message);

  return date;
}

static void
test_parse_valid (gconstpointer data)
{
  const ValidCase *c = data;
  g_autoptr(GError) error = NULL;
  DsDate date = { 0 };

  g_assert_true (ds_date_parse (c->text, &date, &error));
  g_assert_no_error (error);
  g_assert_cmpint (date.year, ==, c->year);
  g_assert_cmpint (date.precision, ==, c->precision);
  g_assert_cmpuint (date.part, ==, c->part);
  g_assert_cmpuint (date.day, ==, c->day);
  g_assert_true (ds_date_is_valid (&date));

  /* Validation alone, without a date to fill. */
  g_assert_true (ds_date_parse (c->text, NULL, NULL));
}

static void
test_parse_reject (gconstpointer data)
{
  const RejectCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *escaped = g_strescape (c->text, NULL);
  DsDate date = { 1234, DS_DATE_PRECISION_MONTH, 5, 0 };

  g_test_message ("input: “%s”", escaped);

  g_assert_false (ds_date_parse (c->text, &date, &error));
  g_assert_error (error, DS_DATE_ERROR, (gint) c->code);
  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");
  g_test_message ("error: %s", error->message);

  /* A failed parse leaves the date alone. */
  g_assert_cmpint (date.year, ==, 1234);
  g_assert_cmpint (date.precision, ==, DS_DATE_PRECISION_MONTH);
  g_assert_cmpuint (date.part, ==, 5);
  g_assert_cmpuint (date.day, ==, 0);

  g_assert_false (ds_date_parse (c->text, NULL, NULL));
}

static void
test_leap_years (void)
{
  static const struct {
    gint64 year;
    gboolean leap;
  } years[] = {
    { 2024, TRUE }, { 2000, TRUE }, { 1600, TRUE }, { 0, TRUE }, { -4, TRUE },
    { -400, TRUE }, { -2000, TRUE }, { G_GINT64_CONSTANT (-13800000000), TRUE },
    { 2025, FALSE }, { 1900, FALSE }, { 2100, FALSE }, { -1, FALSE }, { -100, FALSE },
    { -1900, FALSE }, { 1, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_test_message ("year %" G_GINT64_FORMAT, years[i].year);
      g_assert_cmpint (ds_is_leap_year (years[i].year), ==, years[i].leap);
      g_assert_cmpuint (ds_days_in_month (years[i].year, 2), ==, years[i].leap ? 29 : 28);
    }

  g_assert_true (ds_date_parse ("2024-02-29", NULL, NULL));
  g_assert_true (ds_date_parse ("2000-02-29", NULL, NULL));
  g_assert_false (ds_date_parse ("1900-02-29", NULL, NULL));
  g_assert_false (ds_date_parse ("2025-02-29", NULL, NULL));

  g_assert_cmpuint (ds_days_in_month (2025, 1), ==, 31);
  g_assert_cmpuint (ds_days_in_month (2025, 4), ==, 30);
  g_assert_cmpuint (ds_days_in_month (2025, 9), ==, 30);
  g_assert_cmpuint (ds_days_in_month (2025, 12), ==, 31);
}

static void
test_day_numbers (void)
{
  /* Values checked against an independent count (Python's datetime, shifted by
   * whole 400-year cycles of 146097 days for years before 1). */
  static const struct {
    gint64 year;
    guint month;
    guint day;
    gint64 number;
  } days[] = {
    { 1970, 1, 1, 0 },
    { 1969, 12, 31, -1 },
    { 1970, 1, 2, 1 },
    { 2000, 1, 1, 10957 },
    { 2000, 2, 29, 11016 },
    { 2000, 3, 1, 11017 },
    { 2024, 2, 29, 19782 },
    { 2025, 9, 22, 20353 },
    { 9999, 12, 31, 2932896 },
    { 1, 1, 1, -719162 },
    { 0, 3, 1, -719468 },
    { 0, 1, 1, -719528 },
    { -1, 1, 1, -719893 },
    { -44, 3, 15, -735525 },
    { G_GINT64_CONSTANT (-13800000000), 1, 1, G_GINT64_CONSTANT (-5040347219528) },
    { DS_DATE_YEAR_MAX, 12, 31, G_GINT64_CONSTANT (36524249280837) },
    { DS_DATE_YEAR_MIN, 1, 1, G_GINT64_CONSTANT (-36524250719528) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    {
      gint64 year;
      guint month;
      guint day;

      g_test_message ("%" G_GINT64_FORMAT "-%02u-%02u", days[i].year, days[i].month, days[i].day);

      g_assert_cmpint (ds_date_days_from_civil (days[i].year, days[i].month, days[i].day),
                       ==, days[i].number);

      ds_date_from_day_number (days[i].number, &year, &month, &day);
      g_assert_cmpint (year, ==, days[i].year);
      g_assert_cmpuint (month, ==, days[i].month);
      g_assert_cmpuint (day, ==, days[i].day);
    }
}

/* Every day of a stretch converts back and forth, and follows the day before. */
static void
check_day_sweep (gint64 start,
                 gint64 n_days)
{
  gint64 prev_year;
  guint prev_month;
  guint prev_day;

  ds_date_from_day_number (start - 1, &prev_year, &prev_month, &prev_day);

  for (gint64 z = start; z < start + n_days; z++)
    {
      gint64 year;
      guint month;
      guint day;

      ds_date_from_day_number (z, &year, &month, &day);

      g_assert_cmpuint (month, >=, 1);
      g_assert_cmpuint (month, <=, 12);
      g_assert_cmpuint (day, >=, 1);
      g_assert_cmpuint (day, <=, ds_days_in_month (year, month));
      g_assert_cmpint (ds_date_days_from_civil (year, month, day), ==, z);

      if (day > 1)
        {
          g_assert_cmpint (year, ==, prev_year);
          g_assert_cmpuint (month, ==, prev_month);
          g_assert_cmpuint (day, ==, prev_day + 1);
        }
      else if (month > 1)
        {
          g_assert_cmpint (year, ==, prev_year);
          g_assert_cmpuint (month, ==, prev_month + 1);
          g_assert_cmpuint (prev_day, ==, ds_days_in_month (prev_year, prev_month));
        }
      else
        {
          g_assert_cmpint (year, ==, prev_year + 1);
          g_assert_cmpuint (prev_month, ==, 12);
          g_assert_cmpuint (prev_day, ==, 31);
        }

      prev_year = year;
      prev_month = month;
      prev_day = day;
    }
}

static void
test_day_sweep (void)
{
  /* Four centuries around 1970, around year 0, and near the limits. */
  check_day_sweep (-146097, 2 * 146097);
  check_day_sweep (ds_date_days_from_civil (-200, 1, 1), 146097);
  check_day_sweep (ds_date_days_from_civil (G_GINT64_CONSTANT (-13800000400), 1, 1), 146097);
  check_day_sweep (ds_date_days_from_civil (DS_DATE_YEAR_MIN, 1, 1), 146097);
  check_day_sweep (ds_date_days_from_civil (DS_DATE_YEAR_MAX - 399, 1, 1), 146097);
}

typedef struct
{
  const char *text;
  const char *first;
  const char *last;
} SpanCase;

static void
test_first_last_day (void)
{
  static const SpanCase spans[] = {
    { "2025",       "2025-01-01", "2025-12-31" },
    { "2026-H1",    "2026-01-01", "2026-06-30" },
    { "2026-H2",    "2026-07-01", "2026-12-31" },
    { "2025-Q1",    "2025-01-01", "2025-03-31" },
    { "2025-Q2",    "2025-04-01", "2025-06-30" },
    { "2025-Q3",    "2025-07-01", "2025-09-30" },
    { "2025-Q4",    "2025-10-01", "2025-12-31" },
    { "2024-02",    "2024-02-01", "2024-02-29" },
    { "2025-02",    "2025-02-01", "2025-02-28" },
    { "2025-09",    "2025-09-01", "2025-09-30" },
    { "2025-09-22", "2025-09-22", "2025-09-22" },
    { "-0044",      "-0044-01-01", "-0044-12-31" },
    { "-0001-H1",   "-0001-01-01", "-0001-06-30" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    {
      DsDate date = parse_or_fail (spans[i].text);
      DsDate first = parse_or_fail (spans[i].first);
      DsDate last = parse_or_fail (spans[i].last);

      g_test_message ("%s", spans[i].text);

      g_assert_cmpint (ds_date_get_first_day (&date), ==, ds_date_get_first_day (&first));
      g_assert_cmpint (ds_date_get_last_day (&date), ==, ds_date_get_last_day (&last));
      g_assert_cmpint (ds_date_get_first_day (&first), ==, ds_date_get_last_day (&first));
    }

  {
    DsDate date = parse_or_fail ("1970-01-01");
    g_assert_cmpint (ds_date_get_first_day (&date), ==, 0);
    g_assert_cmpint (ds_date_get_last_day (&date), ==, 0);
  }
  {
    DsDate date = parse_or_fail ("2000-03-01");
    g_assert_cmpint (ds_date_get_first_day (&date), ==, 11017);
  }
  {
    DsDate date = parse_or_fail ("2024");
    g_assert_cmpint (ds_date_get_last_day (&date) - ds_date_get_first_day (&date), ==, 365);
  }
  {
    DsDate date = parse_or_fail ("2025");
    g_assert_cmpint (ds_date_get_last_day (&date) - ds_date_get_first_day (&date), ==, 364);
  }
}

static void
test_huge_years (void)
{
  static const char * const texts[] = {
    "-13800000000", "-100000000000", "100000000000", "-100000000000-H1",
    "100000000000-Q4", "-99999999999-02", "99999999996-02-29",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      DsDate date = parse_or_fail (texts[i]);
      gint64 first = ds_date_get_first_day (&date);
      gint64 last = ds_date_get_last_day (&date);
      gint64 year;
      guint month;
      guint day;

      g_test_message ("%s: days %" G_GINT64_FORMAT "..%" G_GINT64_FORMAT, texts[i], first, last);

      g_assert_cmpint (first, <=, last);
      g_assert_cmpint (last - first, <=, 365);

      ds_date_from_day_number (first, &year, &month, &day);
      g_assert_cmpint (year, ==, date.year);
      g_assert_cmpuint (day, ==, date.precision == DS_DATE_PRECISION_DAY ? date.day : 1);

      ds_date_from_day_number (last, &year, &month, &day);
      g_assert_cmpint (year, ==, date.year);
    }

  {
    DsDate big_bang = parse_or_fail ("-13800000000");
    DsDate now = parse_or_fail ("2025-09-22");

    /* Divisible by 400: a leap year. */
    g_assert_cmpint (ds_date_get_last_day (&big_bang) - ds_date_get_first_day (&big_bang),
                     ==, 365);
    g_assert_cmpint (ds_date_compare (&big_bang, &now), <, 0);
    g_assert_cmpint (ds_date_compare (&now, &big_bang), >, 0);
  }
}

static void
test_compare (void)
{
  /* In order: by first day, coarser first when two start on the same day. */
  static const char * const ordered[] = {
    "-100000000000", "-13800000000", "-0044", "-0044-03-15", "0000", "0001-H1",
    "2024-12-31", "2025", "2025-H1", "2025-Q1", "2025-01", "2025-01-01", "2025-01-02",
    "2025-02", "2025-Q2", "2025-04", "2025-06-30", "2025-H2", "2025-Q3", "2025-07",
    "2025-07-01", "2025-09-22", "2026", "100000000000",
  };
  DsDate dates[G_N_ELEMENTS (ordered)];

  for (guint i = 0; i < G_N_ELEMENTS (ordered); i++)
    dates[i] = parse_or_fail (ordered[i]);

  for (guint i = 0; i < G_N_ELEMENTS (ordered); i++)
    {
      for (guint j = 0; j < G_N_ELEMENTS (ordered); j++)
        {
          int expected = i < j ? -1 : i > j ? 1 : 0;
          int result = ds_date_compare (&dates[i], &dates[j]);

          if ((result > 0) - (result < 0) != expected)
            g_error ("compare (%s, %s) gave %d, expected %d",
                     ordered[i], ordered[j], result, expected);
        }
    }
}

static void
test_to_string (void)
{
  static const char * const canonical[] = {
    "2025-09-22", "2026-Q3", "2026-H2", "2026-01", "2025", "-13800000000", "0044",
    "-0044", "-0044-03-15", "0000", "0001-01-01", "12345-Q2", "100000000000",
    "-100000000000",
  };
  static const struct {
    const char *text;
    const char *canonical;
  } normalized[] = {
    { "00002025", "2025" },
    { "-0000", "0000" },
    { "-00044-Q1", "-0044-Q1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (canonical); i++)
    {
      DsDate date = parse_or_fail (canonical[i]);
      g_autofree char *text = ds_date_to_string (&date);

      g_assert_cmpstr (text, ==, canonical[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (normalized); i++)
    {
      DsDate date = parse_or_fail (normalized[i].text);
      g_autofree char *text = ds_date_to_string (&date);

      g_assert_cmpstr (text, ==, normalized[i].canonical);
    }
}

static void
test_init (void)
{
  DsDate date = { 0 };
  DsDate bad;

  g_assert_true (ds_date_init_day (&date, 2024, 2, 29));
  g_assert_cmpint (date.year, ==, 2024);
  g_assert_cmpint (date.precision, ==, DS_DATE_PRECISION_DAY);
  g_assert_cmpuint (date.part, ==, 2);
  g_assert_cmpuint (date.day, ==, 29);
  g_assert_true (ds_date_is_valid (&date));

  g_assert_false (ds_date_init_day (&date, 2025, 2, 29));
  g_assert_false (ds_date_init_day (&date, 2025, 13, 1));
  g_assert_false (ds_date_init_day (&date, 2025, 0, 1));
  g_assert_false (ds_date_init_day (&date, 2025, 1, 0));
  g_assert_false (ds_date_init_day (&date, 2025, 4, 31));
  g_assert_false (ds_date_init_day (&date, DS_DATE_YEAR_MAX + 1, 1, 1));
  g_assert_false (ds_date_init_day (&date, G_MININT64, 1, 1));
  g_assert_cmpint (date.year, ==, 2024); /* untouched */

  ds_date_init_year (&date, -44);
  g_assert_cmpint (date.year, ==, -44);
  g_assert_cmpint (date.precision, ==, DS_DATE_PRECISION_YEAR);
  g_assert_cmpuint (date.part, ==, 0);
  g_assert_cmpuint (date.day, ==, 0);
  g_assert_true (ds_date_is_valid (&date));

  g_assert_false (ds_date_is_valid (NULL));

  bad = (DsDate) { 2025, DS_DATE_PRECISION_QUARTER, 5, 0 };
  g_assert_false (ds_date_is_valid (&bad));
  bad = (DsDate) { 2025, DS_DATE_PRECISION_HALF, 0, 0 };
  g_assert_false (ds_date_is_valid (&bad));
  bad = (DsDate) { 2025, DS_DATE_PRECISION_YEAR, 1, 0 };
  g_assert_false (ds_date_is_valid (&bad));
  bad = (DsDate) { 2025, DS_DATE_PRECISION_MONTH, 9, 3 };
  g_assert_false (ds_date_is_valid (&bad));
  bad = (DsDate) { 2025, DS_DATE_PRECISION_DAY, 2, 29 };
  g_assert_false (ds_date_is_valid (&bad));
  bad = (DsDate) { DS_DATE_YEAR_MIN - 1, DS_DATE_PRECISION_YEAR, 0, 0 };
  g_assert_false (ds_date_is_valid (&bad));
}

typedef struct
{
  const char *text;
  const char *display;
} FormatCase;

static void
check_format_cases (const FormatCase *cases,
                    gsize             n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      DsDate date = parse_or_fail (cases[i].text);
      g_autofree char *display = ds_date_format (&date);

      g_assert_cmpstr (display, ==, cases[i].display);
    }
}

static void
test_format_english (void)
{
  static const FormatCase cases[] = {
    { "2025-09-22",   "22 Sep 2025" },
    { "2025-01-01",   "1 Jan 2025" },
    { "2025-09",      "Sep 2025" },
    { "2025-Q3",      "Q3 2025" },
    { "2026-H1",      "H1 2026" },
    { "2026-H2",      "H2 2026" },
    { "2025",         "2025" },
    { "0001",         "1" },
    { "0000",         "1 BCE" },
    { "-0043",        "44 BCE" },
    { "-0043-03-15",  "15 Mar 44 BCE" },
    { "-0043-Q1",     "Q1 44 BCE" },
    { "-13800000000", "13800000001 BCE" },
    { "100000000000", "100000000000" },
  };
  static const char * const months[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };

  check_format_cases (cases, G_N_ELEMENTS (cases));

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    g_assert_cmpstr (ds_date_month_abbreviation (i + 1), ==, months[i]);

  {
    g_autofree char *year = ds_date_format_year (-43);
    g_assert_cmpstr (year, ==, "44 BCE");
  }
  {
    g_autofree char *year = ds_date_format_year (12345);
    g_assert_cmpstr (year, ==, "12345");
  }
}

static void
test_errors_english (void)
{
  static const struct {
    const char *text;
    const char *message;
  } cases[] = {
    { "",                     "expected a date like 2025-09-22 or 2026-Q3" },
    { "sept 2025",            "expected a date like 2025-09-22 or 2026-Q3" },
    { "2025-02-29",           "Feb 2025 has only 28 days" },
    { "2024-02-30",           "Feb 2024 has only 29 days" },
    { "2025-09-31",           "Sep 2025 has only 30 days" },
    { "2025-09-00",           "days start at 01" },
    { "2025-13",              "months run from 01 to 12" },
    { "2025-Q5",              "quarters run from Q1 to Q4" },
    { "2025-H3",              "half years are H1 and H2" },
    { "99999999999999999999", "year is out of range" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (ds_date_parse (cases[i].text, NULL, &error));
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_french_setup (void)
{
  const char *september = ds_date_month_abbreviation (9);

  if (g_strcmp0 (september, "sept.") != 0)
    g_test_fail_printf ("DS_TEST_FRENCH=1 but the French catalogue is not in use "
                        "(September is “%s”): check LANGUAGE=fr, LANG=fr_FR.UTF-8 and "
                        "DS_LOCALEDIR (now “%s”)",
                        september, g_getenv ("DS_LOCALEDIR"));
}

static void
test_format_french (void)
{
  static const FormatCase cases[] = {
    { "2025-09-22", "22 sept. 2025" },
    { "2025-09",    "sept. 2025" },
    { "2025-Q3",    "T3 2025" },
    { "2026-H1",    "1er semestre 2026" },
    { "2026-H2",    "2nd semestre 2026" },
    { "2025",       "2025" },
  };
  static const char * const months[] = {
    "janv.", "févr.", "mars", "avr.", "mai", "juin",
    "juil.", "août", "sept.", "oct.", "nov.", "déc.",
  };

  check_format_cases (cases, G_N_ELEMENTS (cases));

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    g_assert_cmpstr (ds_date_month_abbreviation (i + 1), ==, months[i]);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir;

  setlocale (LC_ALL, "");
  localedir = g_getenv ("DS_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (valid_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/dealscope/date/parse/%s", valid_cases[i].text);
      g_test_add_data_func (path, &valid_cases[i], test_parse_valid);
    }

  for (guint i = 0; i < G_N_ELEMENTS (reject_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/dealscope/date/reject/%02u", i);
      g_test_add_data_func (path, &reject_cases[i], test_parse_reject);
    }

  g_test_add_func ("/dealscope/date/leap-years", test_leap_years);
  g_test_add_func ("/dealscope/date/day-numbers", test_day_numbers);
  g_test_add_func ("/dealscope/date/day-sweep", test_day_sweep);
  g_test_add_func ("/dealscope/date/first-last-day", test_first_last_day);
  g_test_add_func ("/dealscope/date/huge-years", test_huge_years);
  g_test_add_func ("/dealscope/date/compare", test_compare);
  g_test_add_func ("/dealscope/date/to-string", test_to_string);
  g_test_add_func ("/dealscope/date/init", test_init);

  /* The build runs this program twice: in English (LANG=C.UTF-8), and in French with
   * DS_TEST_FRENCH=1, LANGUAGE=fr, LANG=fr_FR.UTF-8 and the compiled catalogue in
   * DS_LOCALEDIR. Each run registers the display tests of its own language. */
  if (g_strcmp0 (g_getenv ("DS_TEST_FRENCH"), "1") == 0)
    {
      g_test_add_func ("/dealscope/date/french/setup", test_french_setup);
      g_test_add_func ("/dealscope/date/french/format", test_format_french);
    }
  else
    {
      g_test_add_func ("/dealscope/date/english/format", test_format_english);
      g_test_add_func ("/dealscope/date/english/errors", test_errors_english);
    }

  return g_test_run ();
}
