/* ds-scale.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Axes: where a date or a value lands in pixels, and which ticks to label. Pure maths
 * and formatting, shared by the timeline and the charts; no cairo, no GTK.
 */

#pragma once

#include <glib.h>

#include "ds-date.h"

G_BEGIN_DECLS

/* --- Time ------------------------------------------------------------------------------ */

/* A visible range of days (day numbers as in ds-date.h, fractional allowed) mapped
 * linearly onto [x, x + width] pixels. */
typedef struct
{
  double first_day;
  double last_day;
  double x;
  double width;
} DsTimeScale;

typedef enum
{
  DS_TIME_STEP_DAY,
  DS_TIME_STEP_WEEK,
  DS_TIME_STEP_MONTH,
  DS_TIME_STEP_QUARTER,
  DS_TIME_STEP_HALF,
  DS_TIME_STEP_YEAR,
  DS_TIME_STEP_DECADE,       /* every `count` years, count a multiple of 10 ... */
} DsTimeStepUnit;

typedef struct
{
  DsTimeStepUnit unit;
  gint64         count;      /* 1, 2, 5, 10, 25, 50, 100, … units per tick (years for YEAR/DECADE) */
} DsTimeStep;

typedef struct
{
  double  day;               /* where the tick is, as a day number */
  double  x;                 /* and in pixels */
  gboolean major;            /* starts a larger period: a year among months, a decade among years */
  char   *label;             /* localized; NULL for unlabelled minor ticks */
} DsTimeTick;

void     ds_time_tick_clear      (DsTimeTick        *tick);

double   ds_time_scale_to_x      (const DsTimeScale *scale,
                                  double             day);
double   ds_time_scale_to_day    (const DsTimeScale *scale,
                                  double             x);
/* Zooms by @factor (> 1 zooms in) keeping @anchor_day at the same pixel. */
void     ds_time_scale_zoom      (DsTimeScale       *scale,
                                  double             factor,
                                  double             anchor_day);
void     ds_time_scale_pan       (DsTimeScale       *scale,
                                  double             dx_pixels);

/* The finest step whose labelled ticks are at least @min_spacing pixels apart. */
DsTimeStep ds_time_scale_choose_step (const DsTimeScale *scale,
                                      double             min_spacing);

/* Ticks across the visible range for @step (a GArray of DsTimeTick with its clear
 * function set). Labels in the UI language at the step's precision: "2025", "Q3 2025"
 * / "T3 2025", "Sep 2025" / "sept. 2025", "22 Sep" for days and weeks; a month's
 * first tick of a year may carry the year. */
GArray  *ds_time_scale_ticks     (const DsTimeScale *scale,
                                  DsTimeStep         step);

/* --- Values ---------------------------------------------------------------------------- */

typedef struct
{
  double   min;
  double   max;
  gboolean logarithmic;      /* then min > 0 */
  double   y;                /* pixel of max (top) */
  double   height;           /* pixels from max down to min */
} DsValueScale;

typedef struct
{
  double value;
  double y;
  gboolean major;
} DsValueTick;

double   ds_value_scale_to_y      (const DsValueScale *scale,
                                   double              value);
double   ds_value_scale_to_value  (const DsValueScale *scale,
                                   double              y);
/* Widens [min, max] to "nice" bounds (0 included for linear scales of non-negative
 * data; whole decades for logarithmic ones). */
void     ds_value_scale_nice      (DsValueScale       *scale,
                                   guint               target_ticks);
/* 1-2-5 ticks for linear scales, decades (with 2 and 5 as minor ticks when room) for
 * logarithmic ones. A GArray of DsValueTick. */
GArray  *ds_value_scale_ticks     (const DsValueScale *scale,
                                   guint               target_ticks);
/* The "nice" number (1, 2, 2.5, 5 × 10^k) nearest above @x when @round_up, else nearest. */
double   ds_nice_number           (double              x,
                                   gboolean            round_up);

G_END_DECLS
