/* fuzz-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ds_date_parse() on arbitrary text. A date that parses must be valid, print back to
 * a string that parses to the same date, cover at least one day, and map to day numbers
 * and back; an error must be a date error. Covers the calendar arithmetic at the far
 * ends of the year range (DS_DATE_YEAR_MIN..MAX), where overflows would hide.
 */

#include "config.h"

#include "fuzz-common.h"

#include "ds-date.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fuzz_strndup (data, size);
  g_autoptr(GError) error = NULL;
  g_autofree char *canonical = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *year_shown = NULL;
  DsDate date, again;
  gint64 first, last, year;
  guint month, day;

  if (!ds_date_parse (text, &date, &error))
    {
      FUZZ_CHECK (error != NULL && error->domain == DS_DATE_ERROR, "refused without a date error");
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL), "the error is not UTF-8");
      return 0;
    }
  FUZZ_CHECK (error == NULL, "parsed and set an error");
  FUZZ_CHECK (ds_date_is_valid (&date), "\"%s\" parsed to an invalid date", text);

  canonical = ds_date_to_string (&date);
  FUZZ_CHECK (ds_date_parse (canonical, &again, NULL), "\"%s\" → \"%s\" does not parse", text, canonical);
  FUZZ_CHECK (ds_date_compare (&date, &again) == 0 && again.year == date.year &&
              again.precision == date.precision && again.part == date.part && again.day == date.day,
              "\"%s\" → \"%s\" parses to another date", text, canonical);

  first = ds_date_get_first_day (&date);
  last = ds_date_get_last_day (&date);
  FUZZ_CHECK (first <= last, "\"%s\" ends before it starts", text);
  FUZZ_CHECK (last - first <= 366, "\"%s\" covers %" G_GINT64_FORMAT " days", text, last - first + 1);

  /* Day numbers go back to the civil date they came from. */
  ds_date_from_day_number (first, &year, &month, &day);
  FUZZ_CHECK (year == date.year, "\"%s\": first day is in year %" G_GINT64_FORMAT, text, year);
  FUZZ_CHECK (day == (date.precision == DS_DATE_PRECISION_DAY ? date.day : 1),
              "\"%s\": first day is day %u", text, day);
  FUZZ_CHECK (ds_date_days_from_civil (year, month, day) == first, "\"%s\": day numbers differ", text);
  ds_date_from_day_number (last, &year, &month, &day);
  FUZZ_CHECK (year == date.year, "\"%s\": last day is in year %" G_GINT64_FORMAT, text, year);
  FUZZ_CHECK (day == ds_days_in_month (year, month) || date.precision == DS_DATE_PRECISION_DAY,
              "\"%s\": last day is not the end of its month", text);
  FUZZ_CHECK (ds_date_days_from_civil (year, month, day) == last, "\"%s\": day numbers differ", text);

  /* Display, in the C locale and in French (other formats, other code paths). */
  shown = ds_date_format (&date);
  FUZZ_CHECK (shown != NULL && g_utf8_validate (shown, -1, NULL), "ds_date_format() failed");
  year_shown = ds_date_format_year (date.year);
  FUZZ_CHECK (year_shown != NULL && g_utf8_validate (year_shown, -1, NULL),
              "ds_date_format_year() failed");

  return 0;
}
