/* ds-date.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Partial dates: a year, a half, a quarter, a month or a day. They never go through
 * GDateTime, so that years far outside 1..9999 (cosmological timelines) stay safe.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DS_DATE_PRECISION_YEAR,
  DS_DATE_PRECISION_HALF,
  DS_DATE_PRECISION_QUARTER,
  DS_DATE_PRECISION_MONTH,
  DS_DATE_PRECISION_DAY,
} DsDatePrecision;

/* Years are astronomical: year 0 is 1 BCE, year -1 is 2 BCE. */
#define DS_DATE_YEAR_MIN (-100000000000LL)
#define DS_DATE_YEAR_MAX ( 100000000000LL)

typedef struct
{
  gint64          year;
  DsDatePrecision precision : 8;
  guint           part      : 8; /* half 1–2, quarter 1–4 or month 1–12; 0 for a year */
  guint           day       : 8; /* 1–31 for a day, else 0 */
} DsDate;

#define DS_DATE_ERROR (ds_date_error_quark ())

typedef enum
{
  DS_DATE_ERROR_SYNTAX,
  DS_DATE_ERROR_RANGE,
} DsDateError;

GQuark          ds_date_error_quark      (void);

gboolean        ds_date_parse            (const char      *text,
                                          DsDate          *date,
                                          GError         **error);
gboolean        ds_date_is_valid         (const DsDate    *date);
gboolean        ds_date_init_day         (DsDate          *date,
                                          gint64           year,
                                          guint            month,
                                          guint            day);
void            ds_date_init_year        (DsDate          *date,
                                          gint64           year);

/* Day numbers count days from 1970-01-01 in the proleptic Gregorian calendar. */
gint64          ds_date_get_first_day    (const DsDate    *date);
gint64          ds_date_get_last_day     (const DsDate    *date);
void            ds_date_from_day_number  (gint64           day_number,
                                          gint64          *year,
                                          guint           *month,
                                          guint           *day);
gint64          ds_date_days_from_civil  (gint64           year,
                                          guint            month,
                                          guint            day);
gboolean        ds_is_leap_year          (gint64           year);
guint           ds_days_in_month         (gint64           year,
                                          guint            month);

/* Orders by first day, then coarser precision first, then by last day. */
int             ds_date_compare          (const DsDate    *a,
                                          const DsDate    *b);

/* The canonical form written in dossiers: "2025-09-22", "2026-Q3", "-13800000000". */
char           *ds_date_to_string        (const DsDate    *date);

/* Localized for display in the UI language at the date's own precision:
 * "22 Sep 2025", "Sep 2025", "Q3 2025", "H2 2026", "2025" /
 * "22 sept. 2025", "sept. 2025", "T3 2025", "2nd semestre 2026", "2025". */
char           *ds_date_format           (const DsDate    *date);
char           *ds_date_format_year      (gint64           year);
const char     *ds_date_month_abbreviation (guint          month);

G_END_DECLS
