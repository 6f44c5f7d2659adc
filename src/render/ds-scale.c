/* ds-scale.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Time ticks are computed on whole calendar units with the integer day numbers of
 * ds-date.c, never through GDateTime, so that a cosmological range costs the same as a
 * quarter. Every loop is bounded by MAX_TICKS whatever the step and range passed in.
 *
 * Ticks and labels, by step:
 *  - DAY: every @count days from the 1st of each month (a month's last tick is dropped
 *    when closer than @count days to the next 1st); major on a week's first tick.
 *  - WEEK: Mondays; major on a month's first Monday. Both labelled "22 Sep".
 *  - MONTH, QUARTER, HALF: 1st of the month, restarting each January (quarters on
 *    Jan/Apr/Jul/Oct); major in January. "Sep" / "Jan 2026", "Q3 2025", "H2 2026".
 *  - YEAR, DECADE: January 1 of years that are multiples of @count, or, before the era,
 *    of round BCE numbers (10 BCE, 20 BCE) so that labels read round on both sides; for
 *    steps of ten years and more year 1 is a tick too, filling the gap across the era.
 *    Major on multiples of the next power of ten. Labels as ds_date_format_year ("2025",
 *    "44 BCE") below a million years from the era, then "66 Myr ago", "13.8 Gyr ago",
 *    "in 5 Gyr": from there on the ~2000 years between year 1 and today are below the
 *    precision of the label.
 */

#define G_LOG_DOMAIN "ds-scale"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ds-scale.h"

/* The mean Gregorian year; month-based steps use a twelfth of it. */
#define DAYS_PER_YEAR   365.2425
#define DAYS_PER_MONTH  (DAYS_PER_YEAR / 12.0)

/* Zoom limits: below an hour there is nothing to label, and beyond the whole span of
 * DS_DATE_YEAR_MIN..MAX there is nothing to show. */
#define MIN_SPAN_DAYS   (1.0 / 24.0)
#define MAX_SPAN_DAYS   (2e11 * DAYS_PER_YEAR)

/* Far more than a screen can label; they bound time and memory for silly inputs (a
 * daily step across a billion years). */
#define MAX_TICKS       2000

/* From a million years on either side of the era, year labels are compact. */
#define COMPACT_YEARS   G_GINT64_CONSTANT (1000000)

/* 1970-01-05, day number 4, was a Monday. */
#define MONDAY_DAY_NUMBER 4

/* --- Time: mapping --------------------------------------------------------------------- */

void
ds_time_tick_clear (DsTimeTick *tick)
{
  g_return_if_fail (tick != NULL);

  g_clear_pointer (&tick->label, g_free);
}

double
ds_time_scale_to_x (const DsTimeScale *scale,
                    double             day)
{
  double span;

  g_return_val_if_fail (scale != NULL, 0.0);

  span = scale->last_day - scale->first_day;
  if (span == 0.0 || !isfinite (span))
    return scale->x;

  return scale->x + (day - scale->first_day) / span * scale->width;
}

double
ds_time_scale_to_day (const DsTimeScale *scale,
                      double             x)
{
  g_return_val_if_fail (scale != NULL, 0.0);

  if (scale->width == 0.0 || !isfinite (scale->width))
    return scale->first_day;

  return scale->first_day + (x - scale->x) / scale->width * (scale->last_day - scale->first_day);
}

void
ds_time_scale_zoom (DsTimeScale *scale,
                    double       factor,
                    double       anchor_day)
{
  double span;
  double new_span;
  double fraction = 0.5;

  g_return_if_fail (scale != NULL);

  /* NaN and non-positive factors (an underflowed exp() in a scroll handler) change
   * nothing rather than break the view; an infinite one just reaches a limit. */
  span = scale->last_day - scale->first_day;
  if (!(factor > 0.0) || !isfinite (scale->first_day) || !isfinite (span))
    return;

  if (!isfinite (anchor_day))
    anchor_day = scale->first_day + span / 2.0;

  /* Keeping the anchor's share of the range keeps it at the same pixel. */
  if (span > 0.0)
    fraction = (anchor_day - scale->first_day) / span;

  new_span = CLAMP (fabs (span) / factor, MIN_SPAN_DAYS, MAX_SPAN_DAYS);
  scale->first_day = anchor_day - fraction * new_span;
  scale->last_day = scale->first_day + new_span;
}

/* The content follows the pointer: a positive @dx_pixels (a drag to the right) brings
 * earlier days into view. */
void
ds_time_scale_pan (DsTimeScale *scale,
                   double       dx_pixels)
{
  double shift;

  g_return_if_fail (scale != NULL);

  if (scale->width == 0.0)
    return;

  shift = dx_pixels / scale->width * (scale->last_day - scale->first_day);
  if (!isfinite (shift))
    return;

  scale->first_day -= shift;
  scale->last_day -= shift;
}

/* --- Time: steps ----------------------------------------------------------------------- */

static const DsTimeStep fine_steps[] = {
  { DS_TIME_STEP_DAY, 1 }, { DS_TIME_STEP_DAY, 2 }, { DS_TIME_STEP_WEEK, 1 },
  { DS_TIME_STEP_MONTH, 1 }, { DS_TIME_STEP_MONTH, 2 }, { DS_TIME_STEP_QUARTER, 1 },
  { DS_TIME_STEP_HALF, 1 }, { DS_TIME_STEP_YEAR, 1 }, { DS_TIME_STEP_YEAR, 2 },
  { DS_TIME_STEP_YEAR, 5 },
};

/* Candidates from finest to coarsest: the steps above, then DECADE steps of 10, 20,
 * 50, 100, … years up to DS_DATE_YEAR_MAX. FALSE past the last one. */
static gboolean
get_candidate (guint       index,
               DsTimeStep *step)
{
  static const gint64 mantissas[] = { 1, 2, 5 };
  gint64 count;

  if (index < G_N_ELEMENTS (fine_steps))
    {
      *step = fine_steps[index];
      return TRUE;
    }

  index -= G_N_ELEMENTS (fine_steps);
  count = mantissas[index % 3] * 10;
  for (guint i = 0; i < index / 3 && count <= DS_DATE_YEAR_MAX; i++)
    count *= 10;

  step->unit = DS_TIME_STEP_DECADE;
  step->count = count;
  return count <= DS_DATE_YEAR_MAX;
}

/* The mean distance between ticks in days: what choose_step compares. */
static double
get_period_days (DsTimeStep step)
{
  static const double unit_days[] = {
    [DS_TIME_STEP_DAY] = 1.0,
    [DS_TIME_STEP_WEEK] = 7.0,
    [DS_TIME_STEP_MONTH] = DAYS_PER_MONTH,
    [DS_TIME_STEP_QUARTER] = 3.0 * DAYS_PER_MONTH,
    [DS_TIME_STEP_HALF] = 6.0 * DAYS_PER_MONTH,
    [DS_TIME_STEP_YEAR] = DAYS_PER_YEAR,
    [DS_TIME_STEP_DECADE] = DAYS_PER_YEAR,
  };
  double count = (double) MAX (step.count, 1);

  if ((guint) step.unit >= G_N_ELEMENTS (unit_days))
    return count * DAYS_PER_YEAR;

  return count * unit_days[step.unit];
}

DsTimeStep
ds_time_scale_choose_step (const DsTimeScale *scale,
                           double             min_spacing)
{
  DsTimeStep step = { DS_TIME_STEP_DAY, 1 };
  DsTimeStep candidate;
  double pixels_per_day;

  g_return_val_if_fail (scale != NULL, step);

  /* A zero span gives +inf (the finest step fits), a zero width 0 and NaN bounds NaN
   * (only the coarsest is left): every case ends on a real step. */
  pixels_per_day = fabs (scale->width / (scale->last_day - scale->first_day));

  for (guint i = 0; get_candidate (i, &candidate); i++)
    {
      step = candidate;
      if (get_period_days (step) * pixels_per_day >= min_spacing)
        break;
    }

  return step;
}

/* --- Time: ticks ----------------------------------------------------------------------- */

static inline gint64
floor_mod (gint64 a,
           gint64 b)
{
  gint64 r = a % b;

  return r < 0 ? r + b : r;
}

static void
append_tick (GArray            *ticks,
             const DsTimeScale *scale,
             gint64             day,
             gboolean           major,
             char              *label)
{
  DsTimeTick tick = { (double) day, ds_time_scale_to_x (scale, (double) day), major, label };

  g_array_append_val (ticks, tick);
}

static gboolean
is_day_tick (gint64 day,
             gint64 count)
{
  gint64 year;
  guint month;
  guint day_of_month;

  if (count <= 1)
    return TRUE;

  ds_date_from_day_number (day, &year, &month, &day_of_month);

  return day_of_month == 1 ||
         ((day_of_month - 1) % count == 0 &&
          day_of_month + count - 1 <= ds_days_in_month (year, month));
}

static char *
format_day_label (gint64 day)
{
  guint month;
  guint day_of_month;
  char number[8];

  ds_date_from_day_number (day, NULL, &month, &day_of_month);
  g_snprintf (number, sizeof number, "%u", day_of_month);

  /* Translators: a day on the time axis, as in "22 Sep"; %1$s is the day of the month
     (1–31), %2$s the abbreviated month name (translated separately). Keep the "1$"
     and "2$" to reorder them, e.g. "%2$s %1$s". */
  return g_strdup_printf (C_("axis", "%1$s %2$s"), number, ds_date_month_abbreviation (month));
}

static void
add_day_ticks (GArray            *ticks,
               const DsTimeScale *scale,
               gint64             first,
               gint64             last,
               DsTimeStep         step)
{
  gint64 count = CLAMP (step.count, 1, 1000);
  gboolean weeks = step.unit == DS_TIME_STEP_WEEK;
  gint64 period = weeks ? 7 * count : 1;

  /* Weeks: Mondays whose week number since 1970-01-05 is a multiple of @count. */
  for (gint64 day = weeks ? first + floor_mod (MONDAY_DAY_NUMBER - first, period) : first;
       day <= last && ticks->len < MAX_TICKS;
       day += period)
    {
      gint64 monday = day - floor_mod (day - MONDAY_DAY_NUMBER, 7);
      gboolean major = TRUE;
      guint day_of_month;

      if (!weeks && !is_day_tick (day, count))
        continue;

      ds_date_from_day_number (day, NULL, NULL, &day_of_month);
      if (weeks)
        major = day_of_month <= period;
      for (gint64 d = monday; !weeks && d < day && major; d++)
        major = !is_day_tick (d, count);

      append_tick (ticks, scale, day, major, format_day_label (day));
    }
}

static char *
format_month_label (DsTimeStepUnit unit,
                    gint64         year,
                    guint          month)
{
  DsDate date = { year, DS_DATE_PRECISION_MONTH, month, 0 };

  if (unit == DS_TIME_STEP_QUARTER)
    {
      date.precision = DS_DATE_PRECISION_QUARTER;
      date.part = (month - 1) / 3 + 1;
    }
  else if (unit == DS_TIME_STEP_HALF)
    {
      date.precision = DS_DATE_PRECISION_HALF;
      date.part = (month - 1) / 6 + 1;
    }
  else if (month != 1)
    {
      /* Only January carries the year among months. */
      return g_strdup (ds_date_month_abbreviation (month));
    }

  return ds_date_format (&date);
}

static void
add_month_ticks (GArray            *ticks,
                 const DsTimeScale *scale,
                 gint64             first,
                 gint64             last,
                 DsTimeStep         step)
{
  guint unit_months = step.unit == DS_TIME_STEP_QUARTER ? 3 : step.unit == DS_TIME_STEP_HALF ? 6 : 1;
  guint months_per_tick = MIN (unit_months * (guint) CLAMP (step.count, 1, 12), 12);
  gint64 year;
  guint month;
  guint day_of_month;

  ds_date_from_day_number (first, &year, &month, &day_of_month);
  if (day_of_month != 1)
    month++;

  for (; ticks->len < MAX_TICKS; month++)
    {
      gint64 day;

      if (month > 12)
        {
          month = 1;
          year++;
        }

      if ((month - 1) % months_per_tick != 0)
        continue;

      if (year > DS_DATE_YEAR_MAX)
        break;
      day = ds_date_days_from_civil (year, month, 1);
      if (day > last)
        break;

      append_tick (ticks, scale, day, month == 1, format_month_label (step.unit, year, month));
    }
}

/* The first tick year at or after @year (see the top of the file). */
static gint64
get_tick_year (gint64 year,
               gint64 count)
{
  if (count <= 1)
    return year;

  if (year <= 0)
    {
      gint64 multiple = (1 - year) / count * count;

      if (multiple >= count)
        return 1 - multiple;
      year = 1;
    }

  if (year == 1 && count >= 10)
    return 1;

  return (year + count - 1) / count * count;
}

static char *
format_year_label (gint64 year,
                   gint64 count)
{
  gint64 years = year >= 1 ? year : 1 - year;
  gboolean billions = years >= 1000 * COMPACT_YEARS;
  gint64 unit = billions ? 1000 * COMPACT_YEARS : COMPACT_YEARS;
  int decimals = 0;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (years < COMPACT_YEARS)
    return ds_date_format_year (year);

  /* As many decimals as the step needs to tell neighbouring ticks apart; the decimal
   * separator follows the locale, as the rest of the label does. */
  for (gint64 c = MAX (count, 1); c < unit && decimals < 9; c *= 10)
    decimals++;
  g_snprintf (number, sizeof number, "%.*f", decimals, (double) years / (double) unit);

  if (year >= 1 && billions)
    {
      /* Translators: a far-future year on the time axis, as in "in 5 Gyr"; %s is a
         number of billions (10^9) of years, with decimals in the locale's format */
      return g_strdup_printf (C_("axis", "in %s Gyr"), number);
    }
  else if (year >= 1)
    {
      /* Translators: a far-future year on the time axis, as in "in 5 Myr"; %s is a
         number of millions of years, with decimals in the locale's format */
      return g_strdup_printf (C_("axis", "in %s Myr"), number);
    }
  else if (billions)
    {
      /* Translators: a year in the deep past on the time axis, as in "13.8 Gyr ago";
         %s is a number of billions (10^9) of years, with decimals in the locale's
         format */
      return g_strdup_printf (C_("axis", "%s Gyr ago"), number);
    }
  else
    {
      /* Translators: a year in the deep past on the time axis, as in "66 Myr ago"; %s
         is a number of millions of years, with decimals in the locale's format */
      return g_strdup_printf (C_("axis", "%s Myr ago"), number);
    }
}

static void
add_year_ticks (GArray            *ticks,
                const DsTimeScale *scale,
                gint64             first,
                gint64             last,
                gint64             count)
{
  gint64 first_year;
  gint64 last_year;
  gint64 major_period = 10;

  count = CLAMP (count, 1, DS_DATE_YEAR_MAX);
  while (major_period <= count)
    major_period *= 10;

  ds_date_from_day_number (first, &first_year, NULL, NULL);
  if (ds_date_days_from_civil (first_year, 1, 1) < first)
    first_year++;
  ds_date_from_day_number (last, &last_year, NULL, NULL);

  for (gint64 year = get_tick_year (first_year, count);
       year <= last_year && ticks->len < MAX_TICKS;
       year = get_tick_year (year + 1, count))
    {
      gint64 years = year >= 1 ? year : 1 - year;
      gboolean major = (year == 1 && count >= 10) || years % major_period == 0;

      append_tick (ticks, scale, ds_date_days_from_civil (year, 1, 1), major,
                   format_year_label (year, count));
    }
}

GArray *
ds_time_scale_ticks (const DsTimeScale *scale,
                     DsTimeStep         step)
{
  GArray *ticks;
  double low;
  double high;
  double estimate;

  g_return_val_if_fail (scale != NULL, NULL);

  /* Only days of representable years get ticks; this also keeps the conversions
   * below far from gint64 overflow. */
  low = MAX (MIN (scale->first_day, scale->last_day),
             (double) ds_date_days_from_civil (DS_DATE_YEAR_MIN, 1, 1));
  high = MIN (MAX (scale->first_day, scale->last_day),
              (double) ds_date_days_from_civil (DS_DATE_YEAR_MAX, 12, 31));
  low = ceil (low);
  high = floor (high);

  estimate = (high - low) / get_period_days (step) + 2.0;
  ticks = g_array_sized_new (FALSE, FALSE, sizeof (DsTimeTick),
                             estimate >= 0.0 ? (guint) MIN (estimate, MAX_TICKS) : 0);
  g_array_set_clear_func (ticks, (GDestroyNotify) ds_time_tick_clear);

  if (isnan (scale->first_day) || isnan (scale->last_day) || !(low <= high))
    return ticks;

  switch (step.unit)
    {
    case DS_TIME_STEP_DAY:
    case DS_TIME_STEP_WEEK:
      add_day_ticks (ticks, scale, (gint64) low, (gint64) high, step);
      break;
    case DS_TIME_STEP_MONTH:
    case DS_TIME_STEP_QUARTER:
    case DS_TIME_STEP_HALF:
      add_month_ticks (ticks, scale, (gint64) low, (gint64) high, step);
      break;
    case DS_TIME_STEP_YEAR:
    case DS_TIME_STEP_DECADE:
      add_year_ticks (ticks, scale, (gint64) low, (gint64) high, step.count);
      break;
    default:
      g_warn_if_reached ();
      break;
    }

  return ticks;
}
