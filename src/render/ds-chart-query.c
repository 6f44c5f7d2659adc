/* ds-chart-query.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a chart answers besides its pixels: which point is under the pointer, where a
 * point is drawn, the labels of values and x positions, period totals. Descriptions
 * and CSV are in ds-chart-describe.c.
 */

#define G_LOG_DOMAIN "ds-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ds-chart-private.h"

#define HIT_SLACK 8.0

/* --- Formatting -------------------------------------------------------------------------- */

char *
ds_chart_format_number_unit (double      value,
                             const char *unit,
                             guint       max_decimals)
{
  g_autofree char *number = ds_format_number (value, max_decimals);

  if (unit == NULL || unit[0] == '\0')
    return g_steal_pointer (&number);

  /* Translators: a number followed by its unit, as in "10 GW" */
  return g_strdup_printf (C_("number with unit", "%1$s %2$s"), number, unit);
}

char *
ds_chart_format_day (double day)
{
  gint64 year;
  guint month;
  guint day_of_month;
  DsDate date;

  ds_date_from_day_number ((gint64) floor (day), &year, &month, &day_of_month);
  if (!ds_date_init_day (&date, year, month, day_of_month))
    return g_strdup ("—");

  return ds_date_format (&date);
}

char *
ds_chart_format_value (DsChart *chart,
                       double   value)
{
  g_return_val_if_fail (chart != NULL, NULL);

  if (chart->currency != NULL)
    return ds_money_format_value (value, chart->currency);

  return ds_chart_format_number_unit (value, chart->unit, 2);
}

/* A point's value in its own series' terms: Mistral's in euros on a dollar axis. */
char *
ds_chart_format_series_value (DsChart *chart,
                              guint    series,
                              double   value)
{
  DsChartSeries *item;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (series < chart->series->len, NULL);

  item = ds_chart_series_at (chart, series);

  if (item->series != NULL)
    return ds_series_format_value (item->series, value);

  return ds_chart_format_value (chart, value);
}

char *
ds_chart_format_x (DsChart *chart,
                   guint    series,
                   guint    index)
{
  DsChartSeries *item;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (series < chart->series->len, NULL);

  item = ds_chart_series_at (chart, series);
  g_return_val_if_fail (index < item->n_points, NULL);

  if (item->series != NULL)
    return ds_date_format (&ds_series_get_point (item->series, index)->date);
  if (chart->x_axis == DS_CHART_X_TIME)
    return ds_chart_format_day (item->x[index]);

  return ds_chart_format_number_unit (item->x[index], chart->x_unit, 2);
}

/* --- Hit tests and positions -------------------------------------------------------------- */

static gboolean
hit_test_bars (const DsChartGeometry *geometry,
               double                 x,
               double                 y,
               guint                 *series,
               guint                 *point)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < geometry->bars->len; i++)
    {
      const DsChartBar *bar = &g_array_index (geometry->bars, DsChartBar, i);
      const DsRect *rect = &bar->rect;
      double distance;

      if (x < rect->x - 1 || x > rect->x + rect->width + 1)
        continue;

      if (y >= rect->y && y <= rect->y + rect->height)
        distance = 0;
      else
        distance = MIN (fabs (y - rect->y), fabs (y - rect->y - rect->height));
      /* A total marker crosses the bars: it wins near its line. */
      if (bar->aggregate && distance <= 5)
        distance = -1;

      if (distance < best)
        {
          best = distance;
          *series = bar->series;
          *point = bar->point;
        }
    }

  return best < G_MAXDOUBLE;
}

static gboolean
hit_test_lines (DsChart               *chart,
                const DsChartGeometry *geometry,
                double                 x,
                double                 y,
                guint                 *series,
                guint                 *point)
{
  double x_value;
  double best_dx = G_MAXDOUBLE;
  double best_dy = G_MAXDOUBLE;
  gboolean found = FALSE;

  x_value = geometry->x_first + (x - geometry->x_left) / geometry->x_width *
                                (geometry->x_last - geometry->x_first);

  /* Two passes: the nearest x over every series, then the nearest y at that x. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint s = 0; s < chart->series->len; s++)
      {
        DsChartSeries *item = ds_chart_series_at (chart, s);
        guint begin;
        guint end;
        guint k;

        if (!item->visible)
          continue;
        ds_chart_visible_span (item, geometry->x_first, geometry->x_last, &begin, &end);
        if (begin >= end)
          continue;

        k = CLAMP (ds_lod_lower_bound (item->x, item->n_points, x_value), begin, end - 1);
        for (guint c = k > begin ? k - 1 : k; c <= k + 1 && c < end; c++)
          {
            double dx;
            double dy;

            if (!isfinite (item->y[c]))
              continue;
            dx = fabs (ds_chart_geometry_x (geometry, item->x[c]) - x);
            if (pass == 0)
              {
                best_dx = MIN (best_dx, dx);
                continue;
              }
            if (dx > best_dx + 0.5)
              continue;
            dy = fabs (ds_chart_geometry_y (geometry, item->y[c]) - y);
            if (dy < best_dy)
              {
                best_dy = dy;
                *series = s;
                *point = c;
                found = TRUE;
              }
          }
      }

  return found;
}

gboolean
ds_chart_hit_test (DsChart                 *chart,
                   const DsChartDrawParams *params,
                   double                   x,
                   double                   y,
                   guint                   *series,
                   guint                   *point)
{
  const DsChartGeometry *geometry;
  const DsRect *plot;
  guint found_series = 0;
  guint found_point = 0;
  gboolean found;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (params != NULL, FALSE);

  geometry = ds_chart_ensure_geometry (chart, params);
  plot = &geometry->plot;
  if (x < plot->x - HIT_SLACK || x > plot->x + plot->width + HIT_SLACK ||
      y < plot->y - HIT_SLACK || y > plot->y + plot->height + HIT_SLACK)
    return FALSE;

  if (chart->kind == DS_CHART_BARS)
    found = hit_test_bars (geometry, x, y, &found_series, &found_point);
  else
    found = hit_test_lines (chart, geometry, x, y, &found_series, &found_point);

  if (found && series != NULL)
    *series = found_series;
  if (found && point != NULL)
    *point = found_point;

  return found;
}

gint
ds_chart_legend_hit_test (DsChart                 *chart,
                          const DsChartDrawParams *params,
                          double                   x,
                          double                   y)
{
  const DsChartGeometry *geometry;

  g_return_val_if_fail (chart != NULL, -1);
  g_return_val_if_fail (params != NULL, -1);

  geometry = ds_chart_ensure_geometry (chart, params);
  for (guint i = 0; i < geometry->legend_entries->len; i++)
    {
      const DsChartLegendEntry *entry = &g_array_index (geometry->legend_entries,
                                                        DsChartLegendEntry, i);

      if (entry->series >= 0 && entry->rect.width > 0 &&
          x >= entry->rect.x - 4 && x <= entry->rect.x + entry->rect.width + 4 &&
          y >= entry->rect.y && y <= entry->rect.y + entry->rect.height)
        return entry->series;
    }

  return -1;
}

gboolean
ds_chart_point_position (DsChart                 *chart,
                         const DsChartDrawParams *params,
                         guint                    series,
                         guint                    point,
                         double                  *x,
                         double                  *y)
{
  const DsChartGeometry *geometry;
  DsChartSeries *item;
  double px = 0;
  double py = 0;
  gboolean found = FALSE;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (params != NULL, FALSE);
  g_return_val_if_fail (series < chart->series->len, FALSE);

  item = ds_chart_series_at (chart, series);
  if (!item->visible || point >= item->n_points || !isfinite (item->y[point]))
    return FALSE;

  geometry = ds_chart_ensure_geometry (chart, params);
  if (chart->kind == DS_CHART_BARS)
    found = ds_chart_bars_point_position (chart, geometry, series, point, &px, &py);
  else if (item->x[point] >= geometry->x_first && item->x[point] <= geometry->x_last)
    {
      px = ds_chart_geometry_x (geometry, item->x[point]);
      py = ds_chart_geometry_y (geometry, item->y[point]);
      found = TRUE;
    }

  if (found && x != NULL)
    *x = px;
  if (found && y != NULL)
    *y = py;

  return found;
}

gboolean
ds_chart_get_period_total (DsChart *chart,
                           double   x,
                           double  *total)
{
  double sum = 0;
  gboolean found = FALSE;

  g_return_val_if_fail (chart != NULL, FALSE);

  for (guint s = 0; s < chart->series->len; s++)
    {
      DsChartSeries *item = ds_chart_series_at (chart, s);
      guint begin;
      guint end;

      if (!item->visible || item->aggregate)
        continue;
      begin = ds_lod_lower_bound (item->x, item->n_points, x);
      end = ds_lod_upper_bound (item->x, item->n_points, x);
      for (guint i = begin; i < end; i++)
        if (isfinite (item->y[i]))
          {
            sum += item->y[i];
            found = TRUE;
          }
    }

  if (total != NULL)
    *total = found ? sum : 0;

  return found;
}
