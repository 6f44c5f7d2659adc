/* ds-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-date"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-date.h"

/* Day numbers are computed with Howard Hinnant's days_from_civil / civil_from_days
 * (http://howardhinnant.github.io/date_algorithms.html), in gint64 with floor
 * division so that negative years are right. 400 Gregorian years are 146097 days;
 * 719468 is the day number of 0000-03-01 counted back from 1970-01-01. */
#define DAYS_PER_ERA   G_GINT64_CONSTANT (146097)
#define EPOCH_SHIFT    G_GINT64_CONSTANT (719468)

/* Far beyond any day of DS_DATE_YEAR_MIN..MAX, far from gint64 overflow. */
#define DAY_NUMBER_LIMIT (G_MAXINT64 / 4)

static const char * const month_abbreviations[] = {
  /* Translators: abbreviated month name, as in "22 Jan 2025" and "Jan 2025" */
  NC_("month abbreviation", "Jan"),
  /* Translators: abbreviated month name, as in "22 Feb 2025" and "Feb 2025" */
  NC_("month abbreviation", "Feb"),
  /* Translators: abbreviated month name, as in "22 Mar 2025" and "Mar 2025" */
  NC_("month abbreviation", "Mar"),
  /* Translators: abbreviated month name, as in "22 Apr 2025" and "Apr 2025" */
  NC_("month abbreviation", "Apr"),
  /* Translators: abbreviated month name, as in "22 May 2025" and "May 2025" */
  NC_("month abbreviation", "May"),
  /* Translators: abbreviated month name, as in "22 Jun 2025" and "Jun 2025" */
  NC_("month abbreviation", "Jun"),
  /* Translators: abbreviated month name, as in "22 Jul 2025" and "Jul 2025" */
  NC_("month abbreviation", "Jul"),
  /* Translators: abbreviated month name, as in "22 Aug 2025" and "Aug 2025" */
  NC_("month abbreviation", "Aug"),
  /* Translators: abbreviated month name, as in "22 Sep 2025" and "Sep 2025" */
  NC_("month abbreviation", "Sep"),
  /* Translators: abbreviated month name, as in "22 Oct 2025" and "Oct 2025" */
  NC_("month abbreviation", "Oct"),
  /* Translators: abbreviated month name, as in "22 Nov 2025" and "Nov 2025" */
  NC_("month abbreviation", "Nov"),
  /* Translators: abbreviated month name, as in "22 Dec 2025" and "Dec 2025" */
  NC_("month abbreviation", "Dec"),
};

G_DEFINE_QUARK (ds-date-error-quark, ds_date_error)

static inline gint64
floor_div (gint64 a,
           gint64 b)
{
  g_assert (b > 0);

  return (a >= 0 ? a : a - (b - 1)) / b;
}

static inline gboolean
year_in_range (gint64 year)
{
  return year >= DS_DATE_YEAR_MIN && year <= DS_DATE_YEAR_MAX;
}

/* The months a precision covers: first and last month of the period. */
static void
get_month_span (const DsDate *date,
                guint        *first_month,
                guint        *last_month)
{
  g_assert (date != NULL);

  switch (date->precision)
    {
    case DS_DATE_PRECISION_YEAR:
      *first_month = 1;
      *last_month = 12;
      break;

    case DS_DATE_PRECISION_HALF:
      *first_month = (date->part - 1) * 6 + 1;
      *last_month = date->part * 6;
      break;

    case DS_DATE_PRECISION_QUARTER:
      *first_month = (date->part - 1) * 3 + 1;
      *last_month = date->part * 3;
      break;

    case DS_DATE_PRECISION_MONTH:
    case DS_DATE_PRECISION_DAY:
      *first_month = date->part;
      *last_month = date->part;
      break;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
set_syntax_error (GError **error)
{
  g_set_error_literal (error, DS_DATE_ERROR, DS_DATE_ERROR_SYNTAX,
                       /* Translators: an error about a date in a file, shown after
                          what holds it ("event “launch”: …"); keep the example dates
                          as they are, they are the file's syntax */
                       _("expected a date like 2025-09-22 or 2026-Q3"));
  return FALSE;
}

static gboolean
set_range_error (GError     **error,
                 const char  *message)
{
  g_set_error_literal (error, DS_DATE_ERROR, DS_DATE_ERROR_RANGE, message);
  return FALSE;
}

/* Reads exactly two ASCII digits. */
static gboolean
read_two_digits (const char *p,
                 guint      *value)
{
  if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]))
    return FALSE;

  *value = (guint) (p[0] - '0') * 10 + (guint) (p[1] - '0');
  return TRUE;
}

gboolean
ds_date_parse (const char  *text,
               DsDate      *date,
               GError     **error)
{
  const char *p;
  gboolean negative = FALSE;
  gboolean overflow = FALSE;
  gint64 year = 0;
  gsize n_digits = 0;
  DsDatePrecision precision = DS_DATE_PRECISION_YEAR;
  guint part = 0;
  guint day = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  p = text;

  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }

  /* Keep scanning digits past the limit so that the whole string is checked for
   * syntax first; the value stops growing once it is out of range. */
  for (; g_ascii_isdigit (*p); p++, n_digits++)
    {
      if (!overflow)
        {
          year = year * 10 + (*p - '0');
          if (year > DS_DATE_YEAR_MAX)
            overflow = TRUE;
        }
    }

  if (n_digits < 4)
    return set_syntax_error (error);

  if (*p == '-')
    {
      p++;

      if ((p[0] == 'H' || p[0] == 'Q') && g_ascii_isdigit (p[1]) && p[2] == '\0')
        {
          precision = p[0] == 'H' ? DS_DATE_PRECISION_HALF : DS_DATE_PRECISION_QUARTER;
          part = (guint) (p[1] - '0');
          p += 2;
        }
      else if (read_two_digits (p, &part))
        {
          precision = DS_DATE_PRECISION_MONTH;
          p += 2;

          if (*p == '-')
            {
              p++;
              if (!read_two_digits (p, &day))
                return set_syntax_error (error);
              precision = DS_DATE_PRECISION_DAY;
              p += 2;
            }
        }
      else
        {
          return set_syntax_error (error);
        }
    }

  if (*p != '\0')
    return set_syntax_error (error);

  if (overflow)
    {
      /* Translators: an error about a date in a file, as in "99999999999999" */
      return set_range_error (error, _("year is out of range"));
    }

  if (negative)
    year = -year;

  switch (precision)
    {
    case DS_DATE_PRECISION_HALF:
      if (part < 1 || part > 2)
        {
          /* Translators: an error about a date in a file, as in "2025-H3"; "H1"
             and "H2" are the file's syntax, keep them */
          return set_range_error (error, _("half years are H1 and H2"));
        }
      break;

    case DS_DATE_PRECISION_QUARTER:
      if (part < 1 || part > 4)
        {
          /* Translators: an error about a date in a file, as in "2025-Q5"; "Q1"
             and "Q4" are the file's syntax, keep them */
          return set_range_error (error, _("quarters run from Q1 to Q4"));
        }
      break;

    case DS_DATE_PRECISION_MONTH:
    case DS_DATE_PRECISION_DAY:
      if (part < 1 || part > 12)
        {
          /* Translators: an error about a date in a file, as in "2025-13" */
          return set_range_error (error, _("months run from 01 to 12"));
        }
      break;

    case DS_DATE_PRECISION_YEAR:
    default:
      break;
    }

  if (precision == DS_DATE_PRECISION_DAY)
    {
      guint n_days = ds_days_in_month (year, part);

      if (day < 1)
        {
          /* Translators: an error about a date in a file, as in "2025-09-00" */
          return set_range_error (error, _("days start at 01"));
        }

      if (day > n_days)
        {
          DsDate month = { year, DS_DATE_PRECISION_MONTH, part, 0 };
          g_autofree char *month_text = ds_date_format (&month);

          g_set_error (error, DS_DATE_ERROR, DS_DATE_ERROR_RANGE,
                       /* Translators: an error about a day that does not exist, as in
                          "2025-02-29"; %1$s is a month and year as shown elsewhere
                          ("Feb 2025"), %2$u the number of days of that month (28 to
                          31) */
                       g_dngettext (GETTEXT_PACKAGE, "%1$s has only %2$u day",
                                    "%1$s has only %2$u days", n_days),
                       month_text, n_days);
          return FALSE;
        }
    }

  if (date != NULL)
    {
      date->year = year;
      date->precision = precision;
      date->part = part;
      date->day = day;
    }

  return TRUE;
}

gboolean
ds_date_is_valid (const DsDate *date)
{
  if (date == NULL || !year_in_range (date->year))
    return FALSE;

  switch (date->precision)
    {
    case DS_DATE_PRECISION_YEAR:
      return date->part == 0 && date->day == 0;

    case DS_DATE_PRECISION_HALF:
      return date->part >= 1 && date->part <= 2 && date->day == 0;

    case DS_DATE_PRECISION_QUARTER:
      return date->part >= 1 && date->part <= 4 && date->day == 0;

    case DS_DATE_PRECISION_MONTH:
      return date->part >= 1 && date->part <= 12 && date->day == 0;

    case DS_DATE_PRECISION_DAY:
      return date->part >= 1 && date->part <= 12 &&
             date->day >= 1 && date->day <= ds_days_in_month (date->year, date->part);

    default:
      return FALSE;
    }
}

gboolean
ds_date_init_day (DsDate *date,
                  gint64  year,
                  guint   month,
                  guint   day)
{
  g_return_val_if_fail (date != NULL, FALSE);

  if (!year_in_range (year) || month < 1 || month > 12 ||
      day < 1 || day > ds_days_in_month (year, month))
    return FALSE;

  date->year = year;
  date->precision = DS_DATE_PRECISION_DAY;
  date->part = month;
  date->day = day;

  return TRUE;
}

void
ds_date_init_year (DsDate *date,
                   gint64  year)
{
  g_return_if_fail (date != NULL);
  g_return_if_fail (year_in_range (year));

  date->year = year;
  date->precision = DS_DATE_PRECISION_YEAR;
  date->part = 0;
  date->day = 0;
}

gboolean
ds_is_leap_year (gint64 year)
{
  /* The C remainder is negative for negative years, but only its being zero matters. */
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

guint
ds_days_in_month (gint64 year,
                  guint  month)
{
  static const guint8 days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  if (month == 2 && ds_is_leap_year (year))
    return 29;

  return days[month - 1];
}

gint64
ds_date_days_from_civil (gint64 year,
                         guint  month,
                         guint  day)
{
  gint64 y;
  gint64 era;
  gint64 yoe;
  gint64 doy;
  gint64 doe;

  g_return_val_if_fail (year_in_range (year), 0);
  g_return_val_if_fail (month >= 1 && month <= 12, 0);
  g_return_val_if_fail (day >= 1 && day <= 31, 0);

  /* Years start on 1 March, so that the leap day is the last day of a year. */
  y = month <= 2 ? year - 1 : year;
  era = floor_div (y, 400);
  yoe = y - era * 400;                                            /* [0, 399] */
  doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1; /* [0, 365] */
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                     /* [0, 146096] */

  return era * DAYS_PER_ERA + doe - EPOCH_SHIFT;
}

void
ds_date_from_day_number (gint64  day_number,
                         gint64 *year,
                         guint  *month,
                         guint  *day)
{
  gint64 z;
  gint64 era;
  gint64 doe;
  gint64 yoe;
  gint64 doy;
  gint64 mp;
  gint64 y;
  guint m;
  guint d;

  g_return_if_fail (day_number > -DAY_NUMBER_LIMIT && day_number < DAY_NUMBER_LIMIT);

  z = day_number + EPOCH_SHIFT;
  era = floor_div (z, DAYS_PER_ERA);
  doe = z - era * DAYS_PER_ERA;                                          /* [0, 146096] */
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;           /* [0, 399] */
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                         /* [0, 365] */
  mp = (5 * doy + 2) / 153;                                              /* [0, 11] */
  d = (guint) (doy - (153 * mp + 2) / 5 + 1);                            /* [1, 31] */
  m = (guint) (mp < 10 ? mp + 3 : mp - 9);                               /* [1, 12] */
  y = yoe + era * 400 + (m <= 2 ? 1 : 0);

  if (year != NULL)
    *year = y;
  if (month != NULL)
    *month = m;
  if (day != NULL)
    *day = d;
}

gint64
ds_date_get_first_day (const DsDate *date)
{
  guint first_month;
  guint last_month;

  g_return_val_if_fail (ds_date_is_valid (date), 0);

  get_month_span (date, &first_month, &last_month);

  return ds_date_days_from_civil (date->year, first_month,
                                  date->precision == DS_DATE_PRECISION_DAY ? date->day : 1);
}

gint64
ds_date_get_last_day (const DsDate *date)
{
  guint first_month;
  guint last_month;
  guint last_day;

  g_return_val_if_fail (ds_date_is_valid (date), 0);

  get_month_span (date, &first_month, &last_month);

  if (date->precision == DS_DATE_PRECISION_DAY)
    last_day = date->day;
  else
    last_day = ds_days_in_month (date->year, last_month);

  return ds_date_days_from_civil (date->year, last_month, last_day);
}

int
ds_date_compare (const DsDate *a,
                 const DsDate *b)
{
  gint64 a_first;
  gint64 b_first;
  gint64 a_last;
  gint64 b_last;

  /* Dates of one precision order by their fields as by their days, without the
   * arithmetic: that was most of sorting a big dossier's events or a series' points. */
  if (a->precision == b->precision)
    {
      if (a->year != b->year)
        return a->year < b->year ? -1 : 1;
      if (a->part != b->part)
        return a->part < b->part ? -1 : 1;
      return a->day < b->day ? -1 : a->day > b->day;
    }

  g_return_val_if_fail (ds_date_is_valid (a), 0);
  g_return_val_if_fail (ds_date_is_valid (b), 0);

  a_first = ds_date_get_first_day (a);
  b_first = ds_date_get_first_day (b);
  if (a_first != b_first)
    return a_first < b_first ? -1 : 1;

  /* The enum runs from the coarsest precision to the finest. */
  if (a->precision != b->precision)
    return a->precision < b->precision ? -1 : 1;

  a_last = ds_date_get_last_day (a);
  b_last = ds_date_get_last_day (b);
  if (a_last != b_last)
    return a_last < b_last ? -1 : 1;

  return 0;
}

char *
ds_date_to_string (const DsDate *date)
{
  g_autofree char *year = NULL;

  g_return_val_if_fail (ds_date_is_valid (date), NULL);

  /* |year| ≤ DS_DATE_YEAR_MAX, so negating cannot overflow. */
  if (date->year < 0)
    year = g_strdup_printf ("-%04" G_GINT64_FORMAT, -date->year);
  else
    year = g_strdup_printf ("%04" G_GINT64_FORMAT, date->year);

  switch (date->precision)
    {
    case DS_DATE_PRECISION_YEAR:
      return g_steal_pointer (&year);

    case DS_DATE_PRECISION_HALF:
      return g_strdup_printf ("%s-H%u", year, (guint) date->part);

    case DS_DATE_PRECISION_QUARTER:
      return g_strdup_printf ("%s-Q%u", year, (guint) date->part);

    case DS_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%s-%02u", year, (guint) date->part);

    case DS_DATE_PRECISION_DAY:
      return g_strdup_printf ("%s-%02u-%02u", year, (guint) date->part, (guint) date->day);

    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ds_date_month_abbreviation (guint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "month abbreviation", month_abbreviations[month - 1]);
}

char *
ds_date_format_year (gint64 year)
{
  g_autofree char *number = NULL;

  if (year >= 1)
    return g_strdup_printf ("%" G_GINT64_FORMAT, year);

  /* Year 0 is 1 BCE. Years in gint64 far beyond DS_DATE_YEAR_MIN are not dates. */
  g_return_val_if_fail (year >= DS_DATE_YEAR_MIN, NULL);

  number = g_strdup_printf ("%" G_GINT64_FORMAT, 1 - year);

  /* Translators: a year before the common era; %s is the year counted back, without
     digit grouping, as in "44 BCE" */
  return g_strdup_printf (C_("date", "%s BCE"), number);
}

char *
ds_date_format (const DsDate *date)
{
  g_autofree char *year = NULL;
  g_autofree char *day = NULL;

  g_return_val_if_fail (ds_date_is_valid (date), NULL);

  year = ds_date_format_year (date->year);

  switch (date->precision)
    {
    case DS_DATE_PRECISION_YEAR:
      return g_steal_pointer (&year);

    case DS_DATE_PRECISION_HALF:
      if (date->part == 1)
        {
          /* Translators: the first half of a year, as in "H1 2026"; %s is the year */
          return g_strdup_printf (C_("date", "H1 %s"), year);
        }
      else
        {
          /* Translators: the second half of a year, as in "H2 2026"; %s is the year */
          return g_strdup_printf (C_("date", "H2 %s"), year);
        }

    case DS_DATE_PRECISION_QUARTER:
      /* Translators: a quarter of a year, as in "Q3 2025"; %1$u is the quarter (1–4),
         %2$s the year. Keep the "1$" and "2$" to reorder them. */
      return g_strdup_printf (C_("date", "Q%1$u %2$s"), (guint) date->part, year);

    case DS_DATE_PRECISION_MONTH:
      /* Translators: a month of a year, as in "Sep 2025"; %1$s is the abbreviated
         month name (translated separately), %2$s the year. Keep the "1$" and "2$"
         to reorder them. */
      return g_strdup_printf (C_("date", "%1$s %2$s"),
                              ds_date_month_abbreviation (date->part), year);

    case DS_DATE_PRECISION_DAY:
      day = g_strdup_printf ("%u", (guint) date->day);
      /* Translators: a day, as in "22 Sep 2025"; %1$s is the day of the month (1–31),
         %2$s the abbreviated month name (translated separately), %3$s the year.
         Keep the "1$", "2$" and "3$" to reorder them, e.g. "%2$s %1$s, %3$s". */
      return g_strdup_printf (C_("date", "%1$s %2$s %3$s"),
                              day, ds_date_month_abbreviation (date->part), year);

    default:
      g_return_val_if_reached (NULL);
    }
}
