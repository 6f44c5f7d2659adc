/* ds-value-scale.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Value axes for the charts: linear with 1-2-2.5-5 "nice" steps chosen so that ticks
 * land on the bounds, or logarithmic by decades. Declared in ds-scale.h.
 */

#define G_LOG_DOMAIN "ds-scale"

#include "config.h"

#include <math.h>

#include "ds-scale.h"

#define MAX_VALUE_TICKS 1000

/* Slack for rounding when a value should be a whole number of steps or decades. */
#define SNAP            1e-9

/* log10 of the bounds; a non-positive min (a caller that has not called nice yet)
 * stands for max / 1000, as in nice. */
static void
get_log_bounds (const DsValueScale *scale,
                double             *log_min,
                double             *log_max)
{
  *log_max = log10 (scale->max);
  *log_min = scale->min > 0.0 ? log10 (scale->min) : *log_max - 3.0;
}

double
ds_value_scale_to_y (const DsValueScale *scale,
                     double              value)
{
  double log_min;
  double log_max;
  double fraction;

  g_return_val_if_fail (scale != NULL, 0.0);

  if (!scale->logarithmic)
    fraction = (scale->max - value) / (scale->max - scale->min);
  else if (value > 0.0)
    {
      get_log_bounds (scale, &log_min, &log_max);
      fraction = (log_max - log10 (value)) / (log_max - log_min);
    }
  else
    fraction = 1.0;   /* no place for zero on a log axis: the bottom edge */

  /* A degenerate scale puts everything in the middle rather than at NaN. */
  return scale->y + (isfinite (fraction) ? fraction : 0.5) * scale->height;
}

double
ds_value_scale_to_value (const DsValueScale *scale,
                         double              y)
{
  double log_min;
  double log_max;
  double fraction;

  g_return_val_if_fail (scale != NULL, 0.0);

  fraction = (y - scale->y) / scale->height;
  if (!isfinite (fraction))
    fraction = 0.5;

  if (!scale->logarithmic)
    return scale->max - fraction * (scale->max - scale->min);

  get_log_bounds (scale, &log_min, &log_max);
  return pow (10.0, log_max - fraction * (log_max - log_min));
}

double
ds_nice_number (double   x,
                gboolean round_up)
{
  static const double nice[] = { 1.0, 2.0, 2.5, 5.0, 10.0 };
  /* Heckbert's thresholds for "nearest" (1.5, 3, 7), with 2.5 fitted in. */
  static const double nearest_below[] = { 1.5, 2.25, 3.5, 7.0 };
  double power;
  double fraction;
  guint i;

  /* Zero, infinities and NaN have no nice neighbour; negative numbers mirror positive
   * ones. */
  if (x == 0.0 || !isfinite (x))
    return x;
  if (x < 0.0)
    return -ds_nice_number (-x, round_up);

  power = pow (10.0, floor (log10 (x)));
  if (!(power > 0.0) || !isfinite (power))
    return x;

  /* The tolerance absorbs the rounding of log10 and of the division. */
  fraction = x / power;
  for (i = 0; i < G_N_ELEMENTS (nearest_below); i++)
    if (round_up ? fraction <= nice[i] * (1.0 + 1e-9) : fraction < nearest_below[i])
      break;

  return isfinite (nice[i] * power) ? nice[i] * power : x;
}

static guint
clamp_target (guint target_ticks)
{
  return CLAMP (target_ticks, 2, MAX_VALUE_TICKS);
}

/* The finest nice step whose multiples around [min, max] make at most target - 1
 * intervals (two at least when the range straddles zero). Widening [min, max] to those
 * multiples keeps the same step, so nice and ticks always agree on it. */
static double
get_linear_step (double min,
                 double max,
                 guint  target_ticks)
{
  double intervals = MAX (clamp_target (target_ticks) - 1, min < 0.0 && max > 0.0 ? 2 : 1);
  double step = ds_nice_number ((max - min) / intervals, TRUE);

  /* Up from the lower bound through the nice numbers: the number of intervals only
   * falls, to one or two, within a few rounds per decade. */
  for (guint i = 0; i < 64 && step > 0.0 && isfinite (step); i++)
    {
      if (ceil (max / step - SNAP) - floor (min / step + SNAP) <= intervals)
        break;
      step = ds_nice_number (step * (1.0 + 1e-6), TRUE);
    }

  return step;
}

void
ds_value_scale_nice (DsValueScale *scale,
                     guint         target_ticks)
{
  gboolean finite;
  double min;
  double max;
  double step;

  g_return_if_fail (scale != NULL);

  if (scale->logarithmic)
    {
      /* Exponents are clamped so that the powers of ten stay normal doubles. */
      max = isfinite (scale->max) && scale->max > 0.0 ? scale->max : 10.0;
      min = isfinite (scale->min) && scale->min > 0.0 && scale->min <= max
            ? scale->min : max / 1000.0;
      min = CLAMP (floor (log10 (min) + SNAP), -300.0, 300.0);
      max = CLAMP (ceil (log10 (max) - SNAP), -300.0, 300.0);
      scale->min = pow (10.0, min);
      scale->max = pow (10.0, MAX (max, min + 1.0));
      return;
    }

  finite = isfinite (scale->min) && isfinite (scale->max);
  min = finite ? MIN (scale->min, scale->max) : 0.0;
  max = finite ? MAX (scale->min, scale->max) : 1.0;

  if (min > 0.0)
    min = 0.0;
  if (min == max)
    {
      /* Only zero or a negative value gets here: a positive one became [0, value]. */
      min = min == 0.0 ? 0.0 : min - fabs (min) * 0.1;
      max = max == 0.0 ? 1.0 : max + fabs (max) * 0.1;
    }

  /* A range too wide for a finite step (±DBL_MAX) stays as it is. */
  step = get_linear_step (min, max, target_ticks);
  if (step > 0.0 && isfinite (floor (min / step + SNAP) * step) &&
      isfinite (ceil (max / step - SNAP) * step))
    {
      min = floor (min / step + SNAP) * step;
      max = ceil (max / step - SNAP) * step;
    }

  scale->min = min;
  scale->max = max;
}

static void
append_value_tick (GArray             *ticks,
                   const DsValueScale *scale,
                   double              value,
                   gboolean            major)
{
  DsValueTick tick = { value, ds_value_scale_to_y (scale, value), major };

  g_array_append_val (ticks, tick);
}

static void
add_log_ticks (GArray             *ticks,
               const DsValueScale *scale,
               guint               target_ticks)
{
  static const double minors[] = { 2.0, 5.0 };
  double log_min;
  double log_max;
  double stride;
  gboolean with_minors;

  get_log_bounds (scale, &log_min, &log_max);
  if (!isfinite (log_min) || !isfinite (log_max) || log_max <= log_min)
    return;

  /* 2 and 5 as minor ticks when they fit in the target with the decades; too many
   * decades are thinned to every stride-th one instead. */
  with_minors = 3.0 * (log_max - log_min) + 1.0 <= target_ticks;
  stride = MAX (1.0, ceil ((log_max - log_min) / (target_ticks - 1) - SNAP));

  for (double e = floor (log_min + SNAP); e <= log_max + SNAP; e++)
    {
      double decade = pow (10.0, e);

      if (e >= log_min - SNAP && fmod (e, stride) == 0.0)
        append_value_tick (ticks, scale, decade, TRUE);

      for (guint i = 0; with_minors && i < G_N_ELEMENTS (minors); i++)
        {
          double log_value = log10 (minors[i] * decade);

          if (log_value >= log_min - SNAP && log_value <= log_max + SNAP)
            append_value_tick (ticks, scale, minors[i] * decade, FALSE);
        }
    }
}

GArray *
ds_value_scale_ticks (const DsValueScale *scale,
                      guint               target_ticks)
{
  GArray *ticks;
  double min;
  double max;
  double step;

  g_return_val_if_fail (scale != NULL, NULL);

  target_ticks = clamp_target (target_ticks);
  ticks = g_array_sized_new (FALSE, FALSE, sizeof (DsValueTick), target_ticks + 2);

  if (scale->logarithmic)
    {
      add_log_ticks (ticks, scale, target_ticks);
      return ticks;
    }

  min = MIN (scale->min, scale->max);
  max = MAX (scale->min, scale->max);
  step = get_linear_step (min, max, target_ticks);
  if (!(step > 0.0) || !isfinite (step) || !isfinite (min) || !isfinite (max))
    return ticks;

  /* Each value is index × step, not a running sum, so errors do not build up; one
   * that should be zero but is a rounding error away is made exactly zero. */
  for (double i = ceil (min / step - SNAP); ticks->len < MAX_VALUE_TICKS; i++)
    {
      double value = i * step;

      if (value > max + step * SNAP)
        break;

      append_value_tick (ticks, scale, fabs (value) < step * SNAP ? 0.0 : value, TRUE);
    }

  return ticks;
}
