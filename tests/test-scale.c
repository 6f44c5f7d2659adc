/* test-scale.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>

#include "ds-scale.h"

#define YEAR_DAYS 365.2425
#define MAX_TICKS 2000

static double
civil (gint64 year,
       guint  month,
       guint  day)
{
  return (double) ds_date_days_from_civil (year, month, day);
}

static DsTimeScale
make_scale (double first_day,
            double last_day,
            double width)
{
  DsTimeScale scale = { first_day, last_day, 0.0, width };

  return scale;
}

static const DsTimeTick *
find_tick (GArray *ticks,
           double  day)
{
  for (guint i = 0; i < ticks->len; i++)
    {
      const DsTimeTick *tick = &g_array_index (ticks, DsTimeTick, i);

      if (tick->day == day)
        return tick;
    }

  return NULL;
}

/* The label of the tick at @day, failing the test if there is none. */
static const char *
get_label (GArray *ticks,
           double  day)
{
  const DsTimeTick *tick = find_tick (ticks, day);

  g_assert_nonnull (tick);
  g_assert_nonnull (tick->label);
  return tick->label;
}

/* --- Mapping --------------------------------------------------------------------------- */

static void
test_round_trip (void)
{
  static const double days[] = { -1e13, -719468.0, -0.5, 0.0, 0.25, 20353.0, 20353.999, 3.6e13 };
  DsTimeScale scales[] = {
    { 0.0, 365.0, 0.0, 1000.0 },
    { civil (2025, 1, 1), civil (2026, 1, 1), 120.0, 1200.0 },
    { -13.8e9 * YEAR_DAYS, civil (2026, 1, 1), 0.0, 1200.0 },
    { 20353.0, 20353.0 + 1.0 / 24.0, 10.0, 800.0 },
  };

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      const DsTimeScale *scale = &scales[s];
      double span = scale->last_day - scale->first_day;

      g_assert_cmpfloat_with_epsilon (ds_time_scale_to_x (scale, scale->first_day), scale->x, 1e-9);
      g_assert_cmpfloat_with_epsilon (ds_time_scale_to_x (scale, scale->last_day),
                                      scale->x + scale->width, 1e-6);

      for (guint i = 0; i < G_N_ELEMENTS (days); i++)
        {
          double x = ds_time_scale_to_x (scale, days[i]);
          double back = ds_time_scale_to_day (scale, x);

          g_assert_cmpfloat_with_epsilon (back, days[i], MAX (fabs (days[i]), span) * 1e-12);
        }
    }
}

static void
test_date_position (void)
{
  DsTimeScale scale = make_scale (civil (2025, 1, 1), civil (2026, 1, 1), 1000.0);
  DsDate date;

  g_assert_true (ds_date_parse ("2025-09-22", &date, NULL));

  /* 264 of 365 days into the year. */
  g_assert_cmpfloat_with_epsilon (ds_time_scale_to_x (&scale, (double) ds_date_get_first_day (&date)),
                                  264.0 / 365.0 * 1000.0, 1e-9);

  scale.x = 50.0;
  g_assert_cmpfloat_with_epsilon (ds_time_scale_to_x (&scale, (double) ds_date_get_first_day (&date)),
                                  50.0 + 264.0 / 365.0 * 1000.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ds_time_scale_to_day (&scale, 50.0 + 264.0 / 365.0 * 1000.0),
                                  civil (2025, 9, 22), 1e-9);
}

static void
test_degenerate_mapping (void)
{
  DsTimeScale empty = make_scale (100.0, 100.0, 500.0);
  DsTimeScale no_width = make_scale (100.0, 200.0, 0.0);

  g_assert_cmpfloat (ds_time_scale_to_x (&empty, 150.0), ==, 0.0);
  g_assert_cmpfloat (ds_time_scale_to_day (&no_width, 42.0), ==, 100.0);
}

static void
test_zoom (void)
{
  static const double factors[] = { 2.0, 0.5, 10.0, 1.0 / 3.0, 1.25 };
  DsTimeScale scale = make_scale (civil (2020, 1, 1), civil (2030, 1, 1), 1000.0);
  double anchor = civil (2024, 6, 15);
  double anchor_x = ds_time_scale_to_x (&scale, anchor);
  double span = scale.last_day - scale.first_day;

  for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
    {
      ds_time_scale_zoom (&scale, factors[i], anchor);
      span /= factors[i];

      g_assert_cmpfloat_with_epsilon (ds_time_scale_to_x (&scale, anchor), anchor_x, 1e-6);
      g_assert_cmpfloat_with_epsilon (scale.last_day - scale.first_day, span, span * 1e-12);
    }

  /* An anchor outside the view stays where it was too. */
  anchor = civil (2040, 1, 1);
  anchor_x = ds_time_scale_to_x (&scale, anchor);
  ds_time_scale_zoom (&scale, 4.0, anchor);
  g_assert_cmpfloat_with_epsilon (ds_time_scale_to_x (&scale, anchor), anchor_x, 1e-6);
}

static void
test_zoom_clamps (void)
{
  DsTimeScale scale = make_scale (civil (2025, 1, 1), civil (2026, 1, 1), 1000.0);
  DsTimeScale before;
  double anchor = civil (2025, 9, 22);
  double anchor_x = ds_time_scale_to_x (&scale, anchor);

  /* Zooming in stops at one hour, keeping the anchor in place. */
  for (guint i = 0; i < 40; i++)
    ds_time_scale_zoom (&scale, 10.0, anchor);
  g_assert_cmpfloat_with_epsilon (scale.last_day - scale.first_day, 1.0 / 24.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (ds_time_scale_to_x (&scale, anchor), anchor_x, 1e-3);

  ds_time_scale_zoom (&scale, INFINITY, anchor);
  g_assert_cmpfloat_with_epsilon (scale.last_day - scale.first_day, 1.0 / 24.0, 1e-9);

  /* Zooming out stops at 2 × 10^11 years. */
  for (guint i = 0; i < 40; i++)
    ds_time_scale_zoom (&scale, 0.01, anchor);
  g_assert_cmpfloat_with_epsilon (scale.last_day - scale.first_day, 2e11 * YEAR_DAYS, 1.0);
  g_assert_true (isfinite (scale.first_day) && isfinite (scale.last_day));

  /* Nonsense factors change nothing. */
  before = scale;
  ds_time_scale_zoom (&scale, 0.0, anchor);
  ds_time_scale_zoom (&scale, -2.0, anchor);
  ds_time_scale_zoom (&scale, NAN, anchor);
  g_assert_cmpfloat (scale.first_day, ==, before.first_day);
  g_assert_cmpfloat (scale.last_day, ==, before.last_day);

  /* A zero span opens up to the minimum. */
  scale = make_scale (100.0, 100.0, 1000.0);
  ds_time_scale_zoom (&scale, 2.0, 100.0);
  g_assert_cmpfloat_with_epsilon (scale.last_day - scale.first_day, 1.0 / 24.0, 1e-9);
  g_assert_cmpfloat (scale.first_day, <=, 100.0);
  g_assert_cmpfloat (scale.last_day, >=, 100.0);
}

static void
test_pan (void)
{
  DsTimeScale scale = make_scale (0.0, 365.0, 1000.0);
  DsTimeScale zero = make_scale (0.0, 365.0, 0.0);

  /* Dragging to the right brings earlier days into view. */
  ds_time_scale_pan (&scale, 100.0);
  g_assert_cmpfloat_with_epsilon (scale.first_day, -36.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (scale.last_day, 328.5, 1e-9);

  ds_time_scale_pan (&scale, -300.0);
  g_assert_cmpfloat_with_epsilon (scale.first_day, 73.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scale.last_day, 438.0, 1e-9);

  /* What was under x = 600 is now under x = 650. */
  {
    double day = ds_time_scale_to_day (&scale, 600.0);

    ds_time_scale_pan (&scale, 50.0);
    g_assert_cmpfloat_with_epsilon (ds_time_scale_to_x (&scale, day), 650.0, 1e-9);
  }

  ds_time_scale_pan (&zero, 100.0);
  ds_time_scale_pan (&scale, NAN);
  g_assert_cmpfloat (zero.first_day, ==, 0.0);
  g_assert_true (isfinite (scale.first_day));
}

/* --- Steps ----------------------------------------------------------------------------- */

typedef struct
{
  const char     *name;
  double          span_days;
  DsTimeStepUnit  unit;
  gint64          count;
} StepCase;

/* 1200 pixels, 80 pixels between labels. */
static const StepCase step_cases[] = {
  { "1-hour",        1.0 / 24.0,        DS_TIME_STEP_DAY,     1 },
  { "10-days",       10.0,              DS_TIME_STEP_DAY,     1 },
  { "20-days",       20.0,              DS_TIME_STEP_DAY,     2 },
  { "6-weeks",       42.0,              DS_TIME_STEP_WEEK,    1 },
  { "8-months",      243.0,             DS_TIME_STEP_MONTH,   1 },
  { "2-years",       2 * YEAR_DAYS,     DS_TIME_STEP_MONTH,   2 },
  { "3-years",       3 * YEAR_DAYS,     DS_TIME_STEP_QUARTER, 1 },
  { "5-years",       5 * YEAR_DAYS,     DS_TIME_STEP_HALF,    1 },
  { "8-years",       8 * YEAR_DAYS,     DS_TIME_STEP_YEAR,    1 },
  { "60-years",      60 * YEAR_DAYS,    DS_TIME_STEP_YEAR,    5 },
  { "80-years",      80 * YEAR_DAYS,    DS_TIME_STEP_DECADE,  10 },
  { "2000-years",    2000 * YEAR_DAYS,  DS_TIME_STEP_DECADE,  200 },
  { "cosmological",  13.8e9 * YEAR_DAYS, DS_TIME_STEP_DECADE, G_GINT64_CONSTANT (1000000000) },
  { "everything",    2e11 * YEAR_DAYS,  DS_TIME_STEP_DECADE,  G_GINT64_CONSTANT (20000000000) },
};

static void
test_choose_step (gconstpointer data)
{
  const StepCase *c = data;
  DsTimeScale scale = make_scale (civil (2025, 1, 1), civil (2025, 1, 1) + c->span_days, 1200.0);
  DsTimeStep step = ds_time_scale_choose_step (&scale, 80.0);

  g_assert_cmpint (step.unit, ==, c->unit);
  g_assert_cmpint (step.count, ==, c->count);
}

static void
test_choose_step_limits (void)
{
  DsTimeScale scale = make_scale (0.0, 2e11 * YEAR_DAYS, 1200.0);
  DsTimeScale empty = make_scale (5.0, 5.0, 1200.0);
  DsTimeScale broken = make_scale (NAN, 5.0, 1200.0);
  DsTimeStep step;

  /* Nothing fits: the coarsest step. */
  step = ds_time_scale_choose_step (&scale, 1e9);
  g_assert_cmpint (step.unit, ==, DS_TIME_STEP_DECADE);
  g_assert_cmpint (step.count, ==, DS_DATE_YEAR_MAX);

  step = ds_time_scale_choose_step (&empty, 80.0);
  g_assert_cmpint (step.unit, ==, DS_TIME_STEP_DAY);

  step = ds_time_scale_choose_step (&broken, 80.0);
  g_assert_cmpint (step.unit, ==, DS_TIME_STEP_DECADE);

  step = ds_time_scale_choose_step (&scale, 0.0);
  g_assert_cmpint (step.unit, ==, DS_TIME_STEP_DAY);
  g_assert_cmpint (step.count, ==, 1);
}

/* --- Ticks ----------------------------------------------------------------------------- */

static const DsTimeStep all_steps[] = {
  { DS_TIME_STEP_DAY, 1 }, { DS_TIME_STEP_DAY, 2 }, { DS_TIME_STEP_WEEK, 1 },
  { DS_TIME_STEP_MONTH, 1 }, { DS_TIME_STEP_MONTH, 2 }, { DS_TIME_STEP_QUARTER, 1 },
  { DS_TIME_STEP_HALF, 1 }, { DS_TIME_STEP_YEAR, 1 }, { DS_TIME_STEP_YEAR, 2 },
  { DS_TIME_STEP_YEAR, 5 }, { DS_TIME_STEP_DECADE, 10 }, { DS_TIME_STEP_DECADE, 20 },
  { DS_TIME_STEP_DECADE, 50 }, { DS_TIME_STEP_DECADE, 100 }, { DS_TIME_STEP_DECADE, 1000 },
  { DS_TIME_STEP_DECADE, 1000000 }, { DS_TIME_STEP_DECADE, 1000000000 },
  { DS_TIME_STEP_DECADE, G_GINT64_CONSTANT (100000000000) },
};

typedef struct
{
  const char *name;
  gint64      first_year;
  double      first_offset;    /* days after January 1 of first_year */
  double      span_days;
} RangeCase;

static const RangeCase range_cases[] = {
  { "1-hour",        2025, 264.0 - 0.5 / 24.0, 1.0 / 24.0 },
  { "10-days",       2025, 260.0,              10.0 },
  { "6-weeks",       2025, 250.5,              42.0 },
  { "8-months",      2025, 100.0,              243.0 },
  { "3-years",       2024, 17.25,              3 * YEAR_DAYS },
  { "80-years",      1950, 3.0,                80 * YEAR_DAYS },
  { "across-era",    -150, 0.0,                300 * YEAR_DAYS },
  { "cosmological",  G_GINT64_CONSTANT (-13800000000), 0.0, 13.8e9 * YEAR_DAYS },
  { "everything",    DS_DATE_YEAR_MIN, -1e6,   2.1e11 * YEAR_DAYS },
};

static gint64
next_power_of_ten (gint64 count)
{
  gint64 power = 10;

  while (power <= count)
    power *= 10;
  return power;
}

/* Calendar alignment and the major flag of one tick, as documented in ds-scale.c. */
static void
check_tick_alignment (const DsTimeTick *tick,
                      DsTimeStep        step)
{
  gint64 day = (gint64) tick->day;
  gint64 year;
  guint month;
  guint dom;

  g_assert_cmpfloat (tick->day, ==, floor (tick->day));
  ds_date_from_day_number (day, &year, &month, &dom);

  switch (step.unit)
    {
    case DS_TIME_STEP_DAY:
      if (step.count == 1)
        g_assert_cmpint (tick->major, ==, ((day - 4) % 7 + 7) % 7 == 0);
      else
        g_assert_true (dom == 1 ||
                       ((dom - 1) % step.count == 0 && dom < ds_days_in_month (year, month)));
      break;

    case DS_TIME_STEP_WEEK:
      g_assert_cmpint (((day - 4) % 7 + 7) % 7, ==, 0);
      g_assert_cmpint (tick->major, ==, dom <= 7);
      break;

    case DS_TIME_STEP_MONTH:
      g_assert_cmpuint (dom, ==, 1);
      g_assert_cmpuint ((month - 1) % step.count, ==, 0);
      g_assert_cmpint (tick->major, ==, month == 1);
      break;

    case DS_TIME_STEP_QUARTER:
      g_assert_cmpuint (dom, ==, 1);
      g_assert_true (month == 1 || month == 4 || month == 7 || month == 10);
      g_assert_cmpint (tick->major, ==, month == 1);
      break;

    case DS_TIME_STEP_HALF:
      g_assert_cmpuint (dom, ==, 1);
      g_assert_true (month == 1 || month == 7);
      g_assert_cmpint (tick->major, ==, month == 1);
      break;

    case DS_TIME_STEP_YEAR:
    case DS_TIME_STEP_DECADE:
      {
        gint64 years = year >= 1 ? year : 1 - year;
        gboolean era = year == 1 && step.count >= 10;

        g_assert_cmpuint (month, ==, 1);
        g_assert_cmpuint (dom, ==, 1);
        g_assert_true (era || years % step.count == 0);
        g_assert_cmpint (tick->major, ==, era || years % next_power_of_ten (step.count) == 0);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
test_ticks_invariants (gconstpointer data)
{
  const RangeCase *c = data;
  double first = civil (c->first_year, 1, 1) + c->first_offset;
  DsTimeScale scale = { first, first + c->span_days, 30.0, 1200.0 };
  DsTimeStep chosen = ds_time_scale_choose_step (&scale, 80.0);
  g_autoptr(GArray) chosen_ticks = ds_time_scale_ticks (&scale, chosen);

  /* The step chosen for the view labels it. */
  if (c->span_days >= 1.0)
    g_assert_cmpuint (chosen_ticks->len, >=, 2);
  g_assert_cmpuint (chosen_ticks->len, <=, 1200 / 80 + 2);

  for (guint s = 0; s < G_N_ELEMENTS (all_steps); s++)
    {
      g_autoptr(GArray) ticks = ds_time_scale_ticks (&scale, all_steps[s]);

      g_assert_cmpuint (ticks->len, <=, MAX_TICKS);

      for (guint i = 0; i < ticks->len; i++)
        {
          const DsTimeTick *tick = &g_array_index (ticks, DsTimeTick, i);

          g_assert_cmpfloat (tick->day, >=, scale.first_day);
          g_assert_cmpfloat (tick->day, <=, scale.last_day);
          g_assert_cmpfloat (tick->x, ==, ds_time_scale_to_x (&scale, tick->day));
          g_assert_nonnull (tick->label);
          g_assert_cmpstr (tick->label, !=, "");
          if (i > 0)
            g_assert_cmpfloat (tick->day, >, g_array_index (ticks, DsTimeTick, i - 1).day);

          check_tick_alignment (tick, all_steps[s]);
        }
    }
}

static void
test_ticks_counts (void)
{
  static const struct {
    DsTimeStep step;
    guint      count;
  } cases[] = {
    { { DS_TIME_STEP_DAY, 1 },     366 },
    { { DS_TIME_STEP_WEEK, 1 },    52 },   /* 2025-01-06 to 2025-12-29 */
    { { DS_TIME_STEP_MONTH, 1 },   13 },
    { { DS_TIME_STEP_MONTH, 2 },   7 },
    { { DS_TIME_STEP_QUARTER, 1 }, 5 },
    { { DS_TIME_STEP_HALF, 1 },    3 },
    { { DS_TIME_STEP_YEAR, 1 },    2 },
  };
  DsTimeScale scale = make_scale (civil (2025, 1, 1), civil (2026, 1, 1), 1000.0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) ticks = ds_time_scale_ticks (&scale, cases[i].step);

      double first = cases[i].step.unit == DS_TIME_STEP_WEEK ? civil (2025, 1, 6) : civil (2025, 1, 1);

      g_assert_cmpuint (ticks->len, ==, cases[i].count);
      g_assert_cmpfloat (g_array_index (ticks, DsTimeTick, 0).day, ==, first);
    }
}

static void
test_ticks_two_days (void)
{
  DsTimeScale scale = make_scale (civil (2025, 1, 25), civil (2025, 2, 6), 1000.0);
  g_autoptr(GArray) ticks = ds_time_scale_ticks (&scale, (DsTimeStep) { DS_TIME_STEP_DAY, 2 });
  static const guint expected[][2] = { { 1, 25 }, { 1, 27 }, { 1, 29 }, { 2, 1 }, { 2, 3 }, { 2, 5 } };

  /* The 31st is skipped: it would sit a day before the 1st. */
  g_assert_cmpuint (ticks->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < ticks->len; i++)
    g_assert_cmpfloat (g_array_index (ticks, DsTimeTick, i).day, ==,
                       civil (2025, expected[i][0], expected[i][1]));
}

static void
test_ticks_tiny_ranges (void)
{
  double midnight = civil (2025, 9, 22);
  DsTimeScale across = make_scale (midnight - 0.5 / 24.0, midnight + 0.5 / 24.0, 1200.0);
  DsTimeScale inside = make_scale (midnight + 0.25, midnight + 0.25 + 1.0 / 24.0, 1200.0);
  DsTimeScale point = make_scale (midnight, midnight, 1200.0);
  DsTimeStep step = ds_time_scale_choose_step (&across, 80.0);
  g_autoptr(GArray) across_ticks = ds_time_scale_ticks (&across, step);
  g_autoptr(GArray) inside_ticks = ds_time_scale_ticks (&inside, step);
  g_autoptr(GArray) point_ticks = ds_time_scale_ticks (&point, step);

  /* An hour around midnight shows that day in the middle; an hour inside a day has
   * nothing to label. */
  g_assert_cmpuint (across_ticks->len, ==, 1);
  g_assert_cmpfloat (g_array_index (across_ticks, DsTimeTick, 0).day, ==, midnight);
  g_assert_cmpfloat_with_epsilon (g_array_index (across_ticks, DsTimeTick, 0).x, 600.0, 1e-6);
  g_assert_cmpuint (inside_ticks->len, ==, 0);
  g_assert_cmpuint (point_ticks->len, ==, 1);
}

static void
test_ticks_nonsense (void)
{
  static const double bounds[][2] = {
    { NAN, 100.0 }, { 0.0, NAN }, { -INFINITY, INFINITY }, { 1e300, 2e300 },
    { -1e300, -1e299 }, { 100.0, 0.0 }, { -1e308, 1e308 },
  };

  for (guint b = 0; b < G_N_ELEMENTS (bounds); b++)
    for (guint s = 0; s < G_N_ELEMENTS (all_steps); s++)
      {
        DsTimeScale scale = make_scale (bounds[b][0], bounds[b][1], 1200.0);
        g_autoptr(GArray) ticks = ds_time_scale_ticks (&scale, all_steps[s]);

        g_assert_cmpuint (ticks->len, <=, MAX_TICKS);
        for (guint i = 0; i < ticks->len; i++)
          g_assert_nonnull (g_array_index (ticks, DsTimeTick, i).label);

        (void) ds_time_scale_choose_step (&scale, 80.0);
      }

  /* Steps no caller should pass still end. */
  {
    DsTimeScale scale = make_scale (civil (2000, 1, 1), civil (2100, 1, 1), 1200.0);
    static const DsTimeStep odd[] = {
      { DS_TIME_STEP_DAY, 0 }, { DS_TIME_STEP_DAY, -5 }, { DS_TIME_STEP_DAY, G_MAXINT64 },
      { DS_TIME_STEP_WEEK, G_MAXINT64 }, { DS_TIME_STEP_MONTH, 7 }, { DS_TIME_STEP_HALF, 9 },
      { DS_TIME_STEP_YEAR, G_MININT64 }, { DS_TIME_STEP_DECADE, G_MAXINT64 },
    };

    for (guint s = 0; s < G_N_ELEMENTS (odd); s++)
      {
        g_autoptr(GArray) ticks = ds_time_scale_ticks (&scale, odd[s]);

        g_assert_cmpuint (ticks->len, <=, MAX_TICKS);
      }
  }
}

static void
test_ticks_cap (void)
{
  DsTimeScale scale = make_scale (civil (-1000000, 1, 1), civil (1000000, 1, 1), 1200.0);
  g_autoptr(GArray) ticks = ds_time_scale_ticks (&scale, (DsTimeStep) { DS_TIME_STEP_DAY, 1 });

  g_assert_cmpuint (ticks->len, ==, MAX_TICKS);
}

static void
test_cosmological (void)
{
  double first = civil (G_GINT64_CONSTANT (-13800000000), 1, 1);
  DsTimeScale scale = make_scale (first, civil (2026, 1, 1), 1200.0);
  DsTimeStep step = ds_time_scale_choose_step (&scale, 80.0);
  g_autoptr(GArray) ticks = ds_time_scale_ticks (&scale, step);
  g_autoptr(GArray) fine = ds_time_scale_ticks (&scale, (DsTimeStep) { DS_TIME_STEP_DECADE, 100000000 });

  g_assert_cmpint (step.unit, ==, DS_TIME_STEP_DECADE);
  g_assert_cmpuint (ticks->len, >=, 5);
  for (guint i = 0; i < ticks->len; i++)
    g_assert_nonnull (g_array_index (ticks, DsTimeTick, i).label);

  g_test_message ("cosmological step: %" G_GINT64_FORMAT " years, %u ticks, first “%s”",
                  step.count, ticks->len, g_array_index (ticks, DsTimeTick, 0).label);

  /* Zooming all the way in and out from there never breaks. */
  for (guint i = 0; i < 60; i++)
    {
      g_autoptr(GArray) zoomed = NULL;

      ds_time_scale_zoom (&scale, i < 30 ? 4.0 : 0.25, first + 1000.0);
      zoomed = ds_time_scale_ticks (&scale, ds_time_scale_choose_step (&scale, 80.0));
      g_assert_cmpuint (zoomed->len, <=, 1200 / 80 + 2);
    }

  g_assert_nonnull (find_tick (fine, civil (1 - G_GINT64_CONSTANT (13800000000), 1, 1)));
}

/* --- Labels ---------------------------------------------------------------------------- */

typedef struct
{
  DsTimeStep  step;
  gint64      year;
  guint       month;
  guint       day;
  const char *label;
} LabelCase;

static void
check_label_cases (const LabelCase *cases,
                   guint            n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      double day = civil (cases[i].year, cases[i].month, cases[i].day);
      double margin;
      DsTimeScale scale;
      g_autoptr(GArray) ticks = NULL;

      /* A few ticks of the step on each side of the day. */
      switch (cases[i].step.unit)
        {
        case DS_TIME_STEP_DAY:
        case DS_TIME_STEP_WEEK:
          margin = 40.0;
          break;
        case DS_TIME_STEP_MONTH:
        case DS_TIME_STEP_QUARTER:
        case DS_TIME_STEP_HALF:
          margin = 400.0;
          break;
        case DS_TIME_STEP_YEAR:
        case DS_TIME_STEP_DECADE:
        default:
          margin = 3.0 * (double) cases[i].step.count * YEAR_DAYS;
          break;
        }

      scale = make_scale (day - margin, day + margin, 1000.0);
      ticks = ds_time_scale_ticks (&scale, cases[i].step);
      g_assert_cmpstr (get_label (ticks, day), ==, cases[i].label);
    }
}

static void
test_labels_english (void)
{
  static const LabelCase cases[] = {
    { { DS_TIME_STEP_DAY, 1 },     2025, 9, 22, "22 Sep" },
    { { DS_TIME_STEP_DAY, 2 },     2025, 9, 1,  "1 Sep" },
    { { DS_TIME_STEP_WEEK, 1 },    2025, 9, 22, "22 Sep" },
    { { DS_TIME_STEP_MONTH, 1 },   2025, 9, 1,  "Sep" },
    { { DS_TIME_STEP_MONTH, 1 },   2026, 1, 1,  "Jan 2026" },
    { { DS_TIME_STEP_MONTH, 2 },   2025, 9, 1,  "Sep" },
    { { DS_TIME_STEP_QUARTER, 1 }, 2025, 7, 1,  "Q3 2025" },
    { { DS_TIME_STEP_QUARTER, 1 }, 2026, 1, 1,  "Q1 2026" },
    { { DS_TIME_STEP_HALF, 1 },    2026, 7, 1,  "H2 2026" },
    { { DS_TIME_STEP_YEAR, 1 },    2025, 1, 1,  "2025" },
    { { DS_TIME_STEP_YEAR, 1 },    0,    1, 1,  "1 BCE" },
    { { DS_TIME_STEP_DECADE, 10 }, -9,   1, 1,  "10 BCE" },
    { { DS_TIME_STEP_DECADE, 10 }, 1,    1, 1,  "1" },
    { { DS_TIME_STEP_DECADE, 10 }, 10,   1, 1,  "10" },
    { { DS_TIME_STEP_DECADE, 100 }, -99,  1, 1,  "100 BCE" },
    { { DS_TIME_STEP_DECADE, 100000 }, -899999, 1, 1, "900000 BCE" },
    { { DS_TIME_STEP_DECADE, 1000000 }, -65999999, 1, 1, "66 Myr ago" },
    { { DS_TIME_STEP_DECADE, 500000 }, -66499999, 1, 1, "66.5 Myr ago" },
    { { DS_TIME_STEP_DECADE, 1000000000 }, -12999999999, 1, 1, "13 Gyr ago" },
    { { DS_TIME_STEP_DECADE, 100000000 }, -13799999999, 1, 1, "13.8 Gyr ago" },
    { { DS_TIME_STEP_DECADE, 20000000 }, -13819999999, 1, 1, "13.82 Gyr ago" },
    { { DS_TIME_STEP_DECADE, 1000000 }, 5000000, 1, 1, "in 5 Myr" },
    { { DS_TIME_STEP_DECADE, 1000000000 }, 5000000000, 1, 1, "in 5 Gyr" },
  };

  check_label_cases (cases, G_N_ELEMENTS (cases));
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
test_labels_french (void)
{
  static const LabelCase cases[] = {
    { { DS_TIME_STEP_DAY, 1 },     2025, 9, 22, "22 sept." },
    { { DS_TIME_STEP_WEEK, 1 },    2025, 9, 22, "22 sept." },
    { { DS_TIME_STEP_MONTH, 1 },   2025, 9, 1,  "sept." },
    { { DS_TIME_STEP_MONTH, 1 },   2026, 1, 1,  "janv. 2026" },
    { { DS_TIME_STEP_QUARTER, 1 }, 2025, 7, 1,  "T3 2025" },
    { { DS_TIME_STEP_YEAR, 1 },    2025, 1, 1,  "2025" },
    { { DS_TIME_STEP_DECADE, 10 }, -9,   1, 1,  "10\u00a0av.\u00a0J.-C." },
  };

  check_label_cases (cases, G_N_ELEMENTS (cases));
}

/* Separate from the calendar labels above, which use translations that exist already. */
static void
test_labels_french_deep_time (void)
{
  static const LabelCase cases[] = {
    { { DS_TIME_STEP_DECADE, 500000 }, -66499999, 1, 1, "il y a 66,5\u00a0Ma" },
    { { DS_TIME_STEP_DECADE, 100000000 }, -13799999999, 1, 1, "il y a 13,8\u00a0Ga" },
    { { DS_TIME_STEP_DECADE, 1000000 }, 5000000, 1, 1, "dans 5\u00a0Ma" },
    { { DS_TIME_STEP_DECADE, 1000000000 }, 5000000000, 1, 1, "dans 5\u00a0Ga" },
  };

  check_label_cases (cases, G_N_ELEMENTS (cases));
}

/* --- Values ---------------------------------------------------------------------------- */

typedef struct
{
  double   x;
  gboolean round_up;
  double   nice;
} NiceCase;

static const NiceCase nice_cases[] = {
  { 1.0,    TRUE,  1.0 },  { 1.2,    TRUE,  2.0 },  { 2.0,  TRUE,  2.0 },
  { 2.2,    TRUE,  2.5 },  { 2.5,    TRUE,  2.5 },  { 3.0,  TRUE,  5.0 },
  { 5.0,    TRUE,  5.0 },  { 7.0,    TRUE,  10.0 }, { 0.03, TRUE,  0.05 },
  { 850.0,  TRUE,  1000.0 }, { 170.4e9, TRUE, 200e9 }, { 0.1, TRUE, 0.1 },
  { 1.2,    FALSE, 1.0 },  { 1.6,    FALSE, 2.0 },  { 2.3,  FALSE, 2.5 },
  { 3.4,    FALSE, 2.5 },  { 3.6,    FALSE, 5.0 },  { 6.9,  FALSE, 5.0 },
  { 7.0,    FALSE, 10.0 }, { 0.0042, FALSE, 0.005 }, { 852e9, FALSE, 1000e9 },
  { 0.0,    TRUE,  0.0 },  { -3.0,   TRUE,  -5.0 }, { -1.2, FALSE, -1.0 },
};

static void
test_nice_number (gconstpointer data)
{
  const NiceCase *c = data;
  double nice = ds_nice_number (c->x, c->round_up);

  g_assert_cmpfloat_with_epsilon (nice, c->nice, fabs (c->nice) * 1e-12 + 1e-300);
}

static void
test_nice_number_odd (void)
{
  g_assert_true (isnan (ds_nice_number (NAN, TRUE)));
  g_assert_cmpfloat (ds_nice_number (INFINITY, FALSE), ==, INFINITY);
  g_assert_true (isfinite (ds_nice_number (1e308, TRUE)));
  g_assert_true (isfinite (ds_nice_number (5e-324, TRUE)));
}

typedef struct
{
  const char *name;
  double      min;
  double      max;
  guint       target;
  double      nice_min;
  double      nice_max;
  double      step;
} LinearCase;

static const LinearCase linear_cases[] = {
  { "billions-6",  0.0,   852e9, 6,  0.0,   1000e9, 200e9 },
  { "billions-5",  14e9,  852e9, 5,  0.0,   1000e9, 250e9 },
  { "small",       3.0,   47.0,  5,  0.0,   60.0,   20.0 },
  { "negative",    -37.0, 81.0,  5,  -50.0, 100.0,  50.0 },
  { "fractions",   0.13,  0.87,  6,  0.0,   1.0,    0.2 },
  { "equal",       5.0,   5.0,   5,  0.0,   6.0,    2.0 },
  { "zero",        0.0,   0.0,   5,  0.0,   1.0,    0.25 },
  { "nan",         NAN,   10.0,  5,  0.0,   1.0,    0.25 },
  { "swapped",     100.0, 20.0,  5,  0.0,   100.0,  25.0 },
};

static void
test_value_linear (gconstpointer data)
{
  const LinearCase *c = data;
  DsValueScale scale = { c->min, c->max, FALSE, 10.0, 300.0 };
  g_autoptr(GArray) ticks = NULL;

  ds_value_scale_nice (&scale, c->target);
  g_assert_cmpfloat_with_epsilon (scale.min, c->nice_min, 1e-9 * MAX (1.0, fabs (c->nice_max)));
  g_assert_cmpfloat_with_epsilon (scale.max, c->nice_max, 1e-9 * MAX (1.0, fabs (c->nice_max)));

  ticks = ds_value_scale_ticks (&scale, c->target);
  g_assert_cmpuint (ticks->len, ==, (guint) round ((c->nice_max - c->nice_min) / c->step) + 1);

  for (guint i = 0; i < ticks->len; i++)
    {
      const DsValueTick *tick = &g_array_index (ticks, DsValueTick, i);

      g_assert_cmpfloat_with_epsilon (tick->value, c->nice_min + i * c->step, c->step * 1e-9);
      g_assert_cmpfloat (tick->y, ==, ds_value_scale_to_y (&scale, tick->value));
      g_assert_true (tick->major);
    }

  /* The bounds are ticks. */
  g_assert_cmpfloat_with_epsilon (g_array_index (ticks, DsValueTick, 0).y, 310.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (g_array_index (ticks, DsValueTick, ticks->len - 1).y, 10.0, 1e-9);
}

static void
test_value_linear_random (void)
{
  /* Whatever the data, after nice the ticks start and end on the bounds. */
  for (guint i = 0; i < 2000; i++)
    {
      double magnitude = pow (10.0, g_test_rand_double_range (-6.0, 12.0));
      double a = g_test_rand_double_range (-1.0, 1.0) * magnitude;
      double b = g_test_rand_double_range (-1.0, 1.0) * magnitude;
      guint target = (guint) g_test_rand_int_range (2, 12);
      DsValueScale scale = { MIN (a, b), MAX (a, b), FALSE, 0.0, 100.0 };
      g_autoptr(GArray) ticks = NULL;
      double step;

      ds_value_scale_nice (&scale, target);
      g_assert_cmpfloat (scale.min, <=, MIN (a, b));
      g_assert_cmpfloat (scale.max, >=, MAX (a, b));

      ticks = ds_value_scale_ticks (&scale, target);
      g_assert_cmpuint (ticks->len, >=, 2);
      step = g_array_index (ticks, DsValueTick, 1).value - g_array_index (ticks, DsValueTick, 0).value;
      g_assert_cmpfloat_with_epsilon (g_array_index (ticks, DsValueTick, 0).value, scale.min, step * 1e-6);
      g_assert_cmpfloat_with_epsilon (g_array_index (ticks, DsValueTick, ticks->len - 1).value,
                                      scale.max, step * 1e-6);
      g_assert_cmpuint (ticks->len, <=, MAX (target, 3));
    }
}

static void
test_value_log (void)
{
  DsValueScale scale = { 14e9, 965e9, TRUE, 0.0, 200.0 };
  static const double with_minors[] = { 1e10, 2e10, 5e10, 1e11, 2e11, 5e11, 1e12 };
  g_autoptr(GArray) decades = NULL;
  g_autoptr(GArray) all = NULL;

  ds_value_scale_nice (&scale, 5);
  g_assert_cmpfloat (scale.min, ==, 1e10);
  g_assert_cmpfloat (scale.max, ==, 1e12);

  decades = ds_value_scale_ticks (&scale, 5);
  g_assert_cmpuint (decades->len, ==, 3);
  for (guint i = 0; i < decades->len; i++)
    {
      const DsValueTick *tick = &g_array_index (decades, DsValueTick, i);

      g_assert_cmpfloat_with_epsilon (tick->value, pow (10.0, 10 + i), 1.0);
      g_assert_cmpfloat_with_epsilon (tick->y, 200.0 - i * 100.0, 1e-9);
      g_assert_true (tick->major);
    }

  all = ds_value_scale_ticks (&scale, 10);
  g_assert_cmpuint (all->len, ==, G_N_ELEMENTS (with_minors));
  for (guint i = 0; i < all->len; i++)
    {
      const DsValueTick *tick = &g_array_index (all, DsValueTick, i);

      g_assert_cmpfloat_with_epsilon (tick->value, with_minors[i], with_minors[i] * 1e-12);
      g_assert_cmpint (tick->major, ==, i % 3 == 0);
    }
}

static void
test_value_log_odd (void)
{
  DsValueScale zero_min = { 0.0, 500.0, TRUE, 0.0, 100.0 };
  DsValueScale exact = { 100.0, 100.0, TRUE, 0.0, 100.0 };
  DsValueScale broken = { NAN, -5.0, TRUE, 0.0, 100.0 };
  DsValueScale huge = { 1e-300, 1e300, TRUE, 0.0, 100.0 };
  g_autoptr(GArray) ticks = NULL;

  ds_value_scale_nice (&zero_min, 5);
  g_assert_cmpfloat_with_epsilon (zero_min.min, 0.1, 1e-15);
  g_assert_cmpfloat_with_epsilon (zero_min.max, 1000.0, 1e-9);

  ds_value_scale_nice (&exact, 5);
  g_assert_cmpfloat (exact.min, ==, 100.0);
  g_assert_cmpfloat (exact.max, ==, 1000.0);

  ds_value_scale_nice (&broken, 5);
  g_assert_true (broken.min > 0.0 && broken.min < broken.max && isfinite (broken.max));

  /* 600 decades are thinned to a handful. */
  ds_value_scale_nice (&huge, 5);
  ticks = ds_value_scale_ticks (&huge, 5);
  g_assert_cmpuint (ticks->len, >=, 2);
  g_assert_cmpuint (ticks->len, <=, 6);

  /* Zero and below sit on the bottom edge. */
  g_assert_cmpfloat (ds_value_scale_to_y (&zero_min, 0.0), ==, 100.0);
  g_assert_cmpfloat (ds_value_scale_to_y (&zero_min, -3.0), ==, 100.0);
}

static void
test_value_inverse (void)
{
  DsValueScale scales[] = {
    { 0.0, 1000e9, FALSE, 20.0, 400.0 },
    { -50.0, 100.0, FALSE, 0.0, 250.0 },
    { 1e10, 1e12, TRUE, 20.0, 400.0 },
    { 0.001, 1e6, TRUE, 5.0, 90.0 },
  };

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      const DsValueScale *scale = &scales[s];

      g_assert_cmpfloat_with_epsilon (ds_value_scale_to_y (scale, scale->max), scale->y, 1e-9);
      g_assert_cmpfloat_with_epsilon (ds_value_scale_to_y (scale, scale->min),
                                      scale->y + scale->height, 1e-9);

      for (double y = scale->y; y <= scale->y + scale->height; y += scale->height / 16.0)
        {
          double value = ds_value_scale_to_value (scale, y);

          g_assert_cmpfloat_with_epsilon (ds_value_scale_to_y (scale, value), y, 1e-9);
        }

      for (guint i = 0; i <= 10; i++)
        {
          double value = scale->logarithmic
                         ? scale->min * pow (scale->max / scale->min, i / 10.0)
                         : scale->min + (scale->max - scale->min) * i / 10.0;
          double back = ds_value_scale_to_value (scale, ds_value_scale_to_y (scale, value));

          g_assert_cmpfloat_with_epsilon (back, value, MAX (fabs (value), fabs (scale->max)) * 1e-12);
        }
    }

  /* Midway on a log scale is the geometric mean. */
  g_assert_cmpfloat_with_epsilon (ds_value_scale_to_value (&scales[2], 220.0), 1e11, 1.0);
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

  g_test_add_func ("/dealscope/scale/time/round-trip", test_round_trip);
  g_test_add_func ("/dealscope/scale/time/date-position", test_date_position);
  g_test_add_func ("/dealscope/scale/time/degenerate-mapping", test_degenerate_mapping);
  g_test_add_func ("/dealscope/scale/time/zoom", test_zoom);
  g_test_add_func ("/dealscope/scale/time/zoom-clamps", test_zoom_clamps);
  g_test_add_func ("/dealscope/scale/time/pan", test_pan);

  for (guint i = 0; i < G_N_ELEMENTS (step_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/dealscope/scale/choose-step/%s", step_cases[i].name);
      g_test_add_data_func (path, &step_cases[i], test_choose_step);
    }
  g_test_add_func ("/dealscope/scale/choose-step/limits", test_choose_step_limits);

  for (guint i = 0; i < G_N_ELEMENTS (range_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/dealscope/scale/ticks/range/%s", range_cases[i].name);
      g_test_add_data_func (path, &range_cases[i], test_ticks_invariants);
    }
  g_test_add_func ("/dealscope/scale/ticks/counts", test_ticks_counts);
  g_test_add_func ("/dealscope/scale/ticks/two-days", test_ticks_two_days);
  g_test_add_func ("/dealscope/scale/ticks/tiny-ranges", test_ticks_tiny_ranges);
  g_test_add_func ("/dealscope/scale/ticks/nonsense", test_ticks_nonsense);
  g_test_add_func ("/dealscope/scale/ticks/cap", test_ticks_cap);
  g_test_add_func ("/dealscope/scale/ticks/cosmological", test_cosmological);

  for (guint i = 0; i < G_N_ELEMENTS (nice_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/dealscope/scale/nice-number/%02u", i);
      g_test_add_data_func (path, &nice_cases[i], test_nice_number);
    }
  g_test_add_func ("/dealscope/scale/nice-number/odd", test_nice_number_odd);

  for (guint i = 0; i < G_N_ELEMENTS (linear_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/dealscope/scale/value/linear/%s", linear_cases[i].name);
      g_test_add_data_func (path, &linear_cases[i], test_value_linear);
    }
  g_test_add_func ("/dealscope/scale/value/linear-random", test_value_linear_random);
  g_test_add_func ("/dealscope/scale/value/log", test_value_log);
  g_test_add_func ("/dealscope/scale/value/log-odd", test_value_log_odd);
  g_test_add_func ("/dealscope/scale/value/inverse", test_value_inverse);

  /* The build runs this program twice: in English (LANG=C.UTF-8), and in French with
   * DS_TEST_FRENCH=1, LANGUAGE=fr, LANG=fr_FR.UTF-8 and the compiled catalogue in
   * DS_LOCALEDIR. Each run registers the label tests of its own language. */
  if (g_strcmp0 (g_getenv ("DS_TEST_FRENCH"), "1") == 0)
    {
      g_test_add_func ("/dealscope/scale/french/setup", test_french_setup);
      g_test_add_func ("/dealscope/scale/french/labels", test_labels_french);
      g_test_add_func ("/dealscope/scale/french/deep-time", test_labels_french_deep_time);
    }
  else
    {
      g_test_add_func ("/dealscope/scale/english/labels", test_labels_english);
    }

  return g_test_run ();
}
