/* ds-chart-range.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What decides a chart's axes besides its series: annotations, the logarithmic and
 * bar options, and the x range (the data's extent, or a zoomed part of it).
 */

#define G_LOG_DOMAIN "ds-chart"

#include "config.h"

#include <math.h>

#include "ds-chart-private.h"

/* A lone point still gets an axis around it. */
#define LONE_POINT_DAYS   183.0
#define LONE_POINT_NUMBER   1.0

static void
add_annotation (DsChart    *chart,
                gboolean    vertical,
                double      at,
                const char *label)
{
  DsChartAnnotation annotation = { vertical, at, g_strdup (label) };

  g_return_if_fail (isfinite (at));

  g_array_append_val (chart->annotations, annotation);
  ds_chart_invalidate (chart);
}

void
ds_chart_add_vertical_annotation (DsChart    *chart,
                                  double      x,
                                  const char *label)
{
  g_return_if_fail (chart != NULL);

  add_annotation (chart, TRUE, x, label);
}

void
ds_chart_add_horizontal_annotation (DsChart    *chart,
                                    double      value,
                                    const char *label)
{
  g_return_if_fail (chart != NULL);

  add_annotation (chart, FALSE, value, label);
}

guint
ds_chart_get_n_annotations (DsChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);

  return chart->annotations->len;
}

const char *
ds_chart_get_annotation (DsChart  *chart,
                         guint     index,
                         gboolean *vertical,
                         double   *at)
{
  const DsChartAnnotation *annotation;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (index < chart->annotations->len, NULL);

  annotation = &g_array_index (chart->annotations, DsChartAnnotation, index);
  if (vertical != NULL)
    *vertical = annotation->vertical;
  if (at != NULL)
    *at = annotation->at;

  return annotation->label;
}

gboolean
ds_chart_can_be_logarithmic (DsChart *chart)
{
  gboolean positive = TRUE;

  g_return_val_if_fail (chart != NULL, FALSE);

  /* Known until the next change: a frame may ask as often as it likes. */
  if (chart->positive_known && chart->positive_generation == chart->generation)
    return chart->positive;

  for (guint s = 0; s < chart->series->len && positive; s++)
    {
      DsChartSeries *series = ds_chart_series_at (chart, s);

      for (guint i = 0; series->visible && i < series->n_points && positive; i++)
        positive = series->y[i] > 0;
    }

  chart->positive = positive;
  chart->positive_known = TRUE;
  chart->positive_generation = chart->generation;

  return positive;
}

gboolean
ds_chart_get_logarithmic (DsChart *chart)
{
  g_return_val_if_fail (chart != NULL, FALSE);

  /* A series shown later may bring a zero: the axis is then linear until it hides. */
  return chart->logarithmic && ds_chart_can_be_logarithmic (chart);
}

void
ds_chart_set_logarithmic (DsChart  *chart,
                          gboolean  logarithmic)
{
  g_return_if_fail (chart != NULL);

  if (logarithmic && !ds_chart_can_be_logarithmic (chart))
    {
      g_debug ("Chart “%s” has values ≤ 0: it stays linear", chart->id);
      logarithmic = FALSE;
    }

  if (chart->logarithmic == !!logarithmic)
    return;

  chart->logarithmic = !!logarithmic;
  ds_chart_invalidate (chart);
}

DsBarMode
ds_chart_get_bar_mode (DsChart *chart)
{
  g_return_val_if_fail (chart != NULL, DS_BARS_GROUPED);

  return chart->bar_mode;
}

void
ds_chart_set_bar_mode (DsChart   *chart,
                       DsBarMode  mode)
{
  g_return_if_fail (chart != NULL);

  if (chart->bar_mode == mode)
    return;

  chart->bar_mode = mode;
  ds_chart_invalidate (chart);
}

void
ds_chart_get_full_x_range (DsChart *chart,
                           double  *first,
                           double  *last)
{
  double low = G_MAXDOUBLE;
  double high = -G_MAXDOUBLE;
  double lone = chart != NULL && chart->x_axis == DS_CHART_X_TIME
                ? LONE_POINT_DAYS : LONE_POINT_NUMBER;

  g_return_if_fail (chart != NULL);

  if (chart->kind == DS_CHART_BARS)
    ds_chart_bars_full_range (chart, &low, &high);

  for (guint s = 0; s < chart->series->len; s++)
    {
      DsChartSeries *series = ds_chart_series_at (chart, s);

      if (series->n_points == 0 || chart->kind == DS_CHART_BARS)
        continue;
      low = MIN (low, series->x[0]);
      high = MAX (high, series->x[series->n_points - 1]);
    }

  for (guint a = 0; a < chart->annotations->len; a++)
    {
      const DsChartAnnotation *annotation = &g_array_index (chart->annotations,
                                                            DsChartAnnotation, a);

      if (annotation->vertical)
        {
          low = MIN (low, annotation->at);
          high = MAX (high, annotation->at);
        }
    }

  if (low > high)
    {
      low = 0;
      high = chart->x_axis == DS_CHART_X_TIME ? 365 : 1;
    }
  else if (low == high)
    {
      low -= lone;
      high += lone;
    }

  if (first != NULL)
    *first = low;
  if (last != NULL)
    *last = high;
}

void
ds_chart_get_x_range (DsChart *chart,
                      double  *first,
                      double  *last)
{
  g_return_if_fail (chart != NULL);

  if (!chart->zoomed)
    {
      ds_chart_get_full_x_range (chart, first, last);
      return;
    }

  if (first != NULL)
    *first = chart->x_first;
  if (last != NULL)
    *last = chart->x_last;
}

void
ds_chart_set_x_range (DsChart *chart,
                      double   first,
                      double   last)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (isfinite (first) && isfinite (last));

  if (first > last)
    {
      double swap = first;

      first = last;
      last = swap;
    }
  if (first == last)
    last = first + (chart->x_axis == DS_CHART_X_TIME ? 1.0 : 1e-9 * MAX (1.0, fabs (first)));

  if (chart->zoomed && chart->x_first == first && chart->x_last == last)
    return;

  chart->zoomed = TRUE;
  chart->x_first = first;
  chart->x_last = last;
  ds_chart_clear_all_lod (chart);
  ds_chart_invalidate (chart);
}

void
ds_chart_reset_x_range (DsChart *chart)
{
  g_return_if_fail (chart != NULL);

  if (!chart->zoomed)
    return;

  chart->zoomed = FALSE;
  chart->x_first = chart->x_last = NAN;
  ds_chart_clear_all_lod (chart);
  ds_chart_invalidate (chart);
}

gboolean
ds_chart_is_zoomed (DsChart *chart)
{
  double first;
  double last;

  g_return_val_if_fail (chart != NULL, FALSE);

  if (!chart->zoomed)
    return FALSE;

  ds_chart_get_full_x_range (chart, &first, &last);

  return chart->x_first != first || chart->x_last != last;
}

void
ds_chart_draw_params_init (DsChartDrawParams *params,
                           double             width,
                           double             height)
{
  g_return_if_fail (params != NULL);

  *params = (DsChartDrawParams) {
    .width = width,
    .height = height,
    .theme = DS_THEME_LIGHT,
    .font = NULL,
    .hover_series = -1,
    .hover_point = -1,
    .show_legend = TRUE,
    .selection_from = NAN,
    .selection_to = NAN,
  };
}
