/* ds-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart as a model: its series (a dossier series is copied once into x and y
 * arrays, so that a frame, the level of detail and the hit tests work on plain sorted
 * doubles) and their options. Annotations, scales and the x range are in
 * ds-chart-range.c. Every change that moves pixels bumps the generation, which
 * invalidates the cached geometry (ds-chart-layout.c); the level of detail of a series
 * is dropped with its range, width or visibility.
 */

#define G_LOG_DOMAIN "ds-chart"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ds-chart-private.h"

/* --- Private helpers ---------------------------------------------------------------- */

static void
chart_series_free (gpointer data)
{
  DsChartSeries *series = data;

  g_free (series->title);
  g_clear_object (&series->series);
  g_free (series->x);
  g_free (series->y);
  g_free (series->end);
  g_free (series->low);
  g_free (series->high);
  g_free (series->source);
  g_clear_pointer (&series->lod, g_array_unref);
  g_free (series);
}

static void
annotation_clear (gpointer data)
{
  DsChartAnnotation *annotation = data;

  g_clear_pointer (&annotation->label, g_free);
}

void
ds_chart_invalidate (DsChart *chart)
{
  g_assert (chart != NULL);

  chart->generation++;
}

DsChartSeries *
ds_chart_series_at (DsChart *chart,
                    guint    index)
{
  g_assert (chart != NULL);
  g_assert (index < chart->series->len);

  return g_ptr_array_index (chart->series, index);
}

DsPointStatus
ds_chart_series_status (DsChartSeries *series,
                        guint          point)
{
  g_assert (point < series->n_points);

  if (series->series != NULL)
    return ds_series_get_point (series->series, point)->status;

  return series->status;
}

const char *
ds_chart_series_source (DsChartSeries *series,
                        guint          point)
{
  g_assert (point < series->n_points);

  if (series->series != NULL)
    return ds_series_get_point (series->series, point)->source;

  return series->source;
}

gboolean
ds_chart_series_has_range (DsChartSeries *series,
                           guint          point)
{
  return series->low != NULL && isfinite (series->low[point]) && isfinite (series->high[point]);
}

void
ds_chart_series_clear_lod (DsChartSeries *series)
{
  g_clear_pointer (&series->lod, g_array_unref);
  series->lod_columns = 0;
}

void
ds_chart_clear_all_lod (DsChart *chart)
{
  for (guint i = 0; i < chart->series->len; i++)
    ds_chart_series_clear_lod (g_ptr_array_index (chart->series, i));
}

DsChartShape
ds_chart_shape_for (guint index)
{
  return (DsChartShape) (index % DS_CHART_N_SHAPES);
}

const DsColor *
ds_chart_series_color (DsChart         *chart,
                       const DsPalette *palette,
                       guint            index)
{
  if (index < chart->series->len && ds_chart_series_at (chart, index)->aggregate)
    return &palette->foreground;

  return &palette->series[index % DS_N_SERIES_COLORS];
}

gboolean
ds_chart_is_bar_series (DsChart *chart,
                        guint    index)
{
  return chart->kind == DS_CHART_BARS && !ds_chart_series_at (chart, index)->aggregate;
}

static DsChartSeries *
append_series (DsChart    *chart,
               const char *title,
               guint       n_points)
{
  DsChartSeries *series = g_new0 (DsChartSeries, 1);

  series->title = g_strdup (title != NULL ? title : "");
  series->n_points = n_points;
  series->x = g_new (double, MAX (n_points, 1));
  series->y = g_new (double, MAX (n_points, 1));
  series->visible = TRUE;
  g_ptr_array_add (chart->series, series);
  ds_chart_clear_all_lod (chart);
  ds_chart_invalidate (chart);

  return series;
}

/* --- Public API ----------------------------------------------------------------------- */

DsChart *
ds_chart_new (const char   *id,
              const char   *title,
              DsChartKind   kind,
              DsChartXAxis  x_axis)
{
  DsChart *chart;

  g_return_val_if_fail (id != NULL, NULL);

  chart = g_new0 (DsChart, 1);
  chart->id = g_strdup (id);
  chart->title = g_strdup (title != NULL ? title : "");
  chart->kind = kind;
  chart->x_axis = x_axis;
  chart->series = g_ptr_array_new_with_free_func (chart_series_free);
  chart->annotations = g_array_new (FALSE, FALSE, sizeof (DsChartAnnotation));
  g_array_set_clear_func (chart->annotations, annotation_clear);
  chart->bar_mode = DS_BARS_GROUPED;
  chart->x_first = chart->x_last = NAN;

  return chart;
}

void
ds_chart_free (DsChart *chart)
{
  if (chart == NULL)
    return;

  ds_chart_geometry_clear (&chart->geometry);
  g_clear_object (&chart->context);
  g_ptr_array_unref (chart->series);
  g_array_unref (chart->annotations);
  g_free (chart->id);
  g_free (chart->title);
  g_free (chart->footnote);
  g_free (chart->currency);
  g_free (chart->unit);
  g_free (chart->x_unit);
  g_free (chart->x_title);
  g_free (chart->value_title);
  g_free (chart);
}

const char *
ds_chart_get_id (DsChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->id;
}

const char *
ds_chart_get_title (DsChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->title;
}

DsChartKind
ds_chart_get_kind (DsChart *chart)
{
  g_return_val_if_fail (chart != NULL, DS_CHART_LINES);

  return chart->kind;
}

DsChartXAxis
ds_chart_get_x_axis (DsChart *chart)
{
  g_return_val_if_fail (chart != NULL, DS_CHART_X_TIME);

  return chart->x_axis;
}

void
ds_chart_set_footnote (DsChart    *chart,
                       const char *footnote)
{
  g_return_if_fail (chart != NULL);

  g_free (chart->footnote);
  chart->footnote = g_strdup (footnote);
}

const char *
ds_chart_get_footnote (DsChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->footnote;
}

void
ds_chart_set_value_unit (DsChart    *chart,
                         const char *currency,
                         const char *unit)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (currency == NULL || ds_currency_is_valid (currency));

  g_free (chart->currency);
  g_free (chart->unit);
  chart->currency = g_strdup (currency);
  chart->unit = g_strdup (unit);
  ds_chart_invalidate (chart);
}

const char *
ds_chart_get_currency (DsChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->currency;
}

const char *
ds_chart_get_unit (DsChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->unit;
}

void
ds_chart_set_x_unit (DsChart    *chart,
                     const char *unit)
{
  g_return_if_fail (chart != NULL);

  g_free (chart->x_unit);
  chart->x_unit = g_strdup (unit);
  ds_chart_invalidate (chart);
}

const char *
ds_chart_get_x_unit (DsChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->x_unit;
}

void
ds_chart_set_axis_titles (DsChart    *chart,
                          const char *x_title,
                          const char *value_title)
{
  g_return_if_fail (chart != NULL);

  g_free (chart->x_title);
  g_free (chart->value_title);
  chart->x_title = g_strdup (x_title);
  chart->value_title = g_strdup (value_title);
  ds_chart_invalidate (chart);
}

const char *
ds_chart_get_x_title (DsChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->x_title;
}

const char *
ds_chart_get_value_title (DsChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);

  return chart->value_title;
}

guint
ds_chart_add_series (DsChart  *chart,
                     DsSeries *series)
{
  DsChartSeries *item;
  guint n;

  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (DS_IS_SERIES (series), 0);

  n = ds_series_get_n_points (series);
  item = append_series (chart, ds_series_get_title (series), n);
  item->series = g_object_ref (series);
  item->end = g_new (double, MAX (n, 1));
  item->low = g_new (double, MAX (n, 1));
  item->high = g_new (double, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      const DsPoint *point = ds_series_get_point (series, i);

      item->x[i] = (double) ds_date_get_first_day (&point->date);
      item->end[i] = (double) ds_date_get_last_day (&point->date) + 1.0;
      item->y[i] = point->value;
      item->low[i] = point->low;
      item->high[i] = point->high;
      item->statuses |= 1u << point->status;
      item->longest = MAX (item->longest, item->end[i] - item->x[i]);
    }

  return chart->series->len - 1;
}

guint
ds_chart_add_xy_series (DsChart       *chart,
                        const char    *title,
                        const double  *x,
                        const double  *y,
                        guint          n_points,
                        DsPointStatus  status,
                        const char    *source)
{
  DsChartSeries *item;

  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (n_points == 0 || (x != NULL && y != NULL), 0);

  item = append_series (chart, title, n_points);
  item->status = status;
  item->statuses = n_points > 0 ? 1u << status : 0;
  item->source = g_strdup (source);
  if (n_points > 0)
    {
      memcpy (item->x, x, n_points * sizeof (double));
      memcpy (item->y, y, n_points * sizeof (double));
    }

  for (guint i = 1; i < n_points; i++)
    if (!(item->x[i - 1] <= item->x[i]))
      {
        g_warning ("Series “%s”: x values must be ascending", item->title);
        break;
      }

  return chart->series->len - 1;
}

void
ds_chart_set_series_aggregate (DsChart  *chart,
                               guint     index,
                               gboolean  aggregate)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (index < chart->series->len);

  ds_chart_series_at (chart, index)->aggregate = !!aggregate;
  ds_chart_invalidate (chart);
}

gboolean
ds_chart_get_series_aggregate (DsChart *chart,
                               guint    index)
{
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (index < chart->series->len, FALSE);

  return ds_chart_series_at (chart, index)->aggregate;
}

void
ds_chart_set_series_step (DsChart  *chart,
                          guint     index,
                          gboolean  step)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (index < chart->series->len);

  ds_chart_series_at (chart, index)->step = !!step;
  ds_chart_invalidate (chart);
}

gboolean
ds_chart_get_series_step (DsChart *chart,
                          guint    index)
{
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (index < chart->series->len, FALSE);

  return ds_chart_series_at (chart, index)->step;
}

guint
ds_chart_get_n_series (DsChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);

  return chart->series->len;
}

const char *
ds_chart_get_series_title (DsChart *chart,
                           guint    index)
{
  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (index < chart->series->len, NULL);

  return ds_chart_series_at (chart, index)->title;
}

DsSeries *
ds_chart_get_series (DsChart *chart,
                     guint    index)
{
  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (index < chart->series->len, NULL);

  return ds_chart_series_at (chart, index)->series;
}

gboolean
ds_chart_get_series_visible (DsChart *chart,
                             guint    index)
{
  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (index < chart->series->len, FALSE);

  return ds_chart_series_at (chart, index)->visible;
}

void
ds_chart_set_series_visible (DsChart  *chart,
                             guint     index,
                             gboolean  visible)
{
  DsChartSeries *series;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (index < chart->series->len);

  series = ds_chart_series_at (chart, index);
  if (series->visible == !!visible)
    return;

  series->visible = !!visible;
  ds_chart_series_clear_lod (series);
  series->n_drawn = 0;
  ds_chart_invalidate (chart);
}

guint
ds_chart_get_n_points (DsChart *chart,
                       guint    series)
{
  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (series < chart->series->len, 0);

  return ds_chart_series_at (chart, series)->n_points;
}

void
ds_chart_get_point (DsChart      *chart,
                    guint         series,
                    guint         index,
                    DsChartPoint *point)
{
  DsChartSeries *item;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (series < chart->series->len);
  g_return_if_fail (point != NULL);

  item = ds_chart_series_at (chart, series);
  g_return_if_fail (index < item->n_points);

  *point = (DsChartPoint) {
    .x = item->x[index],
    .value = item->y[index],
    .low = item->low != NULL ? item->low[index] : NAN,
    .high = item->high != NULL ? item->high[index] : NAN,
    .status = ds_chart_series_status (item, index),
    .source = ds_chart_series_source (item, index),
    .note = NULL,
  };

  if (item->series != NULL)
    {
      const DsPoint *raw = ds_series_get_point (item->series, index);

      point->note = raw->note != NULL ? ds_text_get (raw->note) : NULL;
    }
}

guint
ds_chart_get_n_drawn_points (DsChart *chart,
                             guint    series)
{
  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (series < chart->series->len, 0);

  return ds_chart_series_at (chart, series)->n_drawn;
}
