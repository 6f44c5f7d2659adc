/* test-chart-bars.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bar charts with many points: culling to the x range and the level of detail that
 * merges bars per slot or pixel column, with hit tests and positions on merged bars.
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "ds-chart.h"
#include "ds-chart-private.h"   /* white-box: the laid-out bars */
#include "ds-palette.h"

#define N_POINTS   200000
#define PER_X      100        /* points sharing each x: 2,000 periods */

static DsChart *
dense_chart (double **values)
{
  g_autofree double *x = g_new (double, N_POINTS);
  double *y = g_new (double, N_POINTS);
  DsChart *chart = ds_chart_new ("dense", "Dense", DS_CHART_BARS, DS_CHART_X_NUMBER);

  for (guint i = 0; i < N_POINTS; i++)
    {
      x[i] = i / PER_X;
      /* Spikes on some periods, so that a column's maximum is not its first point. */
      y[i] = 10 + (i * 7919 % 97) + ((i / PER_X) % 37 == 0 && i % PER_X == 63 ? 500 : 0);
    }
  ds_chart_add_xy_series (chart, "Signal", x, y, N_POINTS, DS_POINT_ACTUAL, NULL);
  ds_chart_set_value_unit (chart, NULL, "MW");
  *values = y;

  return chart;
}

static cairo_surface_t *
render_surface (DsChart                 *chart,
                const DsChartDrawParams *params)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) params->width,
                                                         (int) params->height);
  cairo_t *cr = cairo_create (surface);

  ds_chart_render (chart, cr, params);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static void
render (DsChart                 *chart,
        const DsChartDrawParams *params)
{
  cairo_surface_destroy (render_surface (chart, params));
}

/* Whether the pixel of an opaque surface is @color. */
static gboolean
pixel_is (cairo_surface_t *surface,
          double           x,
          double           y,
          const DsColor   *color)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 value = *(const guint32 *) (data + (int) floor (y) * stride + (int) floor (x) * 4);

  return fabs ((value >> 16 & 0xff) / 255.0 - color->red) < 0.04 &&
         fabs ((value >> 8 & 0xff) / 255.0 - color->green) < 0.04 &&
         fabs ((value & 0xff) / 255.0 - color->blue) < 0.04;
}

/* The tallest bar (merged or not) whose x extent holds @px: what is seen there. */
static const DsChartBar *
bar_at (const DsChartGeometry *geometry,
        double                 px)
{
  const DsChartBar *found = NULL;

  for (guint i = 0; i < geometry->bars->len; i++)
    {
      const DsChartBar *bar = &g_array_index (geometry->bars, DsChartBar, i);

      if (px >= bar->rect.x - 0.5 && px <= bar->rect.x + bar->rect.width + 0.5 &&
          (found == NULL || bar->value_y < found->value_y))
        found = bar;
    }

  return found;
}

/* 200,000 points in 2,000 periods on 900 pixels: at most one bar per column, each as
 * tall as the tallest point it stands for, and every point under one. */
static void
test_lod_columns (void)
{
  g_autofree double *y = NULL;
  DsChart *chart = dense_chart (&y);
  const DsChartGeometry *geometry;
  DsChartDrawParams params;
  DsRect plot;
  guint merged = 0;
  double top = G_MAXDOUBLE;
  double max = 0;
  guint s;
  guint p;
  double px;
  double py;

  ds_chart_draw_params_init (&params, 900, 400);
  render (chart, &params);
  ds_chart_get_plot_area (chart, &params, &plot);
  geometry = &chart->geometry;

  g_assert_cmpuint (geometry->bars->len, >, 0);
  g_assert_cmpuint (geometry->bars->len, <=, (guint) ceil (plot.width) + 2);
  for (guint i = 0; i < geometry->bars->len; i++)
    {
      const DsChartBar *bar = &g_array_index (geometry->bars, DsChartBar, i);

      g_assert_true (bar->column);
      g_assert_cmpfloat (bar->rect.width, <, 4);
      merged += bar->n_points;
      top = MIN (top, bar->value_y);
      /* The merged bar's point is where its top is. */
      g_assert_cmpfloat_with_epsilon (bar->value_y,
                                      ds_chart_value_to_pixel (chart, &params, y[bar->point]),
                                      1e-6);
    }
  g_assert_cmpuint (merged, ==, N_POINTS);

  /* Every point is covered by a bar that reaches at least as high. */
  for (guint i = 0; i < N_POINTS; i += 7)
    {
      const DsChartBar *bar = bar_at (geometry, ds_chart_x_to_pixel (chart, &params, i / PER_X));

      g_assert_nonnull (bar);
      g_assert_cmpfloat (bar->value_y, <=, ds_chart_value_to_pixel (chart, &params, y[i]) + 1e-6);
      max = MAX (max, y[i]);
    }
  for (guint i = 0; i < N_POINTS; i++)
    max = MAX (max, y[i]);
  g_assert_cmpfloat_with_epsilon (top, ds_chart_value_to_pixel (chart, &params, max), 1e-6);

  /* A spike: its column's bar stands for it, and the pointer on it finds it. */
  px = ds_chart_x_to_pixel (chart, &params, 37);
  g_assert_cmpfloat (y[37 * PER_X + 63], ==, 10 + ((37 * PER_X + 63) * 7919 % 97) + 500);
  g_assert_true (ds_chart_point_position (chart, &params, 0, 37 * PER_X + 63, &px, &py));
  g_assert_cmpfloat_with_epsilon (py, ds_chart_value_to_pixel (chart, &params, y[37 * PER_X + 63]), 1e-6);
  g_assert_true (ds_chart_hit_test (chart, &params, px, py + 2, &s, &p));
  g_assert_cmpuint (s, ==, 0);
  g_assert_cmpfloat (y[p], ==, y[37 * PER_X + 63]);
  /* A point of that period that is not the tallest is placed on the merged bar. */
  g_assert_true (ds_chart_point_position (chart, &params, 0, 37 * PER_X, &px, &py));
  g_assert_cmpfloat_with_epsilon (py, ds_chart_value_to_pixel (chart, &params, y[37 * PER_X + 63]), 1e-6);

  ds_chart_free (chart);
}

/* Stacked: a period's points pile up, and the merged column reaches the tallest pile. */
static void
test_lod_stacked (void)
{
  g_autofree double *y = NULL;
  DsChart *chart = dense_chart (&y);
  const DsChartGeometry *geometry;
  DsChartDrawParams params;
  double tallest = 0;
  double top = G_MAXDOUBLE;

  ds_chart_set_bar_mode (chart, DS_BARS_STACKED);
  ds_chart_draw_params_init (&params, 900, 400);
  render (chart, &params);
  geometry = &chart->geometry;

  for (guint period = 0; period < N_POINTS / PER_X; period++)
    {
      double sum = 0;

      for (guint k = 0; k < PER_X; k++)
        sum += y[period * PER_X + k];
      tallest = MAX (tallest, sum);
    }
  for (guint i = 0; i < geometry->bars->len; i++)
    top = MIN (top, g_array_index (geometry->bars, DsChartBar, i).rect.y);

  g_assert_cmpuint (geometry->bars->len, <=, (guint) ceil (geometry->plot.width) + 2);
  g_assert_cmpfloat_with_epsilon (top, ds_chart_value_to_pixel (chart, &params, tallest), 1e-3);

  ds_chart_free (chart);
}

/* Zoomed in: only the periods in the range are laid out, and at this scale the bars
 * are not merged. */
static void
test_culling (void)
{
  g_autofree double *y = NULL;
  DsChart *chart = dense_chart (&y);
  const DsChartGeometry *geometry;
  DsChartDrawParams params;
  guint in_range = 0;
  guint merged = 0;

  ds_chart_set_x_range (chart, 500, 520);
  ds_chart_draw_params_init (&params, 900, 400);
  render (chart, &params);
  geometry = &chart->geometry;

  /* Periods are one wide, centred on x: those meeting (500, 520). */
  for (guint i = 0; i < N_POINTS; i++)
    if ((double) (i / PER_X) + 0.5 > 500 && (double) (i / PER_X) - 0.5 < 520)
      in_range++;

  g_assert_cmpuint (geometry->slots->len, ==, 21);
  for (guint i = 0; i < geometry->bars->len; i++)
    {
      const DsChartBar *bar = &g_array_index (geometry->bars, DsChartBar, i);
      double x = bar->point / PER_X;

      g_assert_false (bar->column);
      g_assert_cmpfloat (x, >=, 500);
      g_assert_cmpfloat (x, <=, 520);
      merged += bar->n_points;
    }
  /* One bar per period: its points share its place and sign. */
  g_assert_cmpuint (geometry->bars->len, ==, 21);
  g_assert_cmpuint (merged, ==, in_range);

  ds_chart_free (chart);
}

/* A few points: one bar each, nothing merged. */
static void
test_sparse_unmerged (void)
{
  const double x[] = { 1, 2, 3, 4 };
  const double y[] = { 5, -3, 8, 2 };
  DsChart *chart = ds_chart_new ("sparse", "Sparse", DS_CHART_BARS, DS_CHART_X_NUMBER);
  const DsChartGeometry *geometry;
  DsChartDrawParams params;
  guint s;
  guint p;
  double px;
  double py;

  ds_chart_add_xy_series (chart, "Few", x, y, G_N_ELEMENTS (x), DS_POINT_ACTUAL, NULL);
  ds_chart_draw_params_init (&params, 700, 400);
  render (chart, &params);
  geometry = &chart->geometry;

  g_assert_cmpuint (geometry->bars->len, ==, G_N_ELEMENTS (x));
  for (guint i = 0; i < geometry->bars->len; i++)
    {
      const DsChartBar *bar = &g_array_index (geometry->bars, DsChartBar, i);

      g_assert_cmpuint (bar->point, ==, i);
      g_assert_cmpuint (bar->n_points, ==, 1);
      g_assert_false (bar->column);
      g_assert_cmpfloat (bar->rect.width, >, 20);
    }
  g_assert_true (ds_chart_point_position (chart, &params, 0, 1, &px, &py));
  g_assert_true (ds_chart_hit_test (chart, &params, px, py - 2, &s, &p));
  g_assert_cmpuint (p, ==, 1);

  ds_chart_free (chart);
}

/* Several points of one series in one period (a monthly figure among others of that
 * month): one bar per sign, whatever their statuses, shown with the status of the
 * point furthest from the baseline; every point of the period is placed on it. */
static void
test_statuses_merged (void)
{
  static const struct { const char *date; double value; DsPointStatus status; } specs[] = {
    { "2024-03", 10, DS_POINT_ACTUAL },
    { "2024-03", 30, DS_POINT_GUIDANCE },
    { "2024-03", 20, DS_POINT_RUMOUR },
    { "2024-03", -5, DS_POINT_ESTIMATE },
    { "2024-04", 12, DS_POINT_ACTUAL },
    { "2024-05", 15, DS_POINT_ESTIMATE },
  };
  g_autoptr(DsText) title = ds_text_new_plain ("Monthly");
  GArray *points = g_array_new (FALSE, TRUE, sizeof (DsPoint));
  g_autoptr(DsSeries) series = NULL;
  DsChart *chart = ds_chart_new ("months", "Months", DS_CHART_BARS, DS_CHART_X_TIME);
  const DsChartGeometry *geometry;
  DsChartDrawParams params;
  guint n_positive = 0;
  guint n_negative = 0;
  guint s;
  guint p;
  double px;
  double py;

  g_array_set_clear_func (points, (GDestroyNotify) ds_point_clear);
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      DsPoint point = { .value = specs[i].value, .low = NAN, .high = NAN,
                        .status = specs[i].status };

      g_assert_true (ds_date_parse (specs[i].date, &point.date, NULL));
      g_array_append_val (points, point);
    }
  series = ds_series_new ("m", title, DS_METRIC_CAPACITY, "GW", NULL, points);
  ds_chart_add_series (chart, series);
  ds_chart_set_value_unit (chart, NULL, "GW");
  ds_chart_draw_params_init (&params, 900, 400);
  render (chart, &params);
  geometry = &chart->geometry;

  g_assert_cmpuint (geometry->bars->len, ==, 4);
  for (guint i = 0; i < geometry->bars->len; i++)
    {
      const DsChartBar *bar = &g_array_index (geometry->bars, DsChartBar, i);
      double value = specs[bar->point].value;

      g_assert_false (bar->column);
      g_assert_cmpint (bar->status, ==, specs[bar->point].status);
      if (value == 30)
        {
          g_assert_cmpuint (bar->n_points, ==, 3);
          g_assert_cmpint (bar->status, ==, DS_POINT_GUIDANCE);
          n_positive++;
        }
      else if (value < 0)
        {
          g_assert_cmpuint (bar->n_points, ==, 1);
          g_assert_cmpint (bar->status, ==, DS_POINT_ESTIMATE);
          n_negative++;
        }
      else
        g_assert_cmpuint (bar->n_points, ==, 1);
    }
  g_assert_cmpuint (n_positive, ==, 1);
  g_assert_cmpuint (n_negative, ==, 1);

  /* Drawn in its point's style: an outline of the series' colour on whole pixels
   * around a light fill. */
  for (guint i = 0; i < geometry->bars->len; i++)
    {
      const DsChartBar *bar = &g_array_index (geometry->bars, DsChartBar, i);
      const DsPalette *palette = ds_palette_get (DS_THEME_LIGHT);
      cairo_surface_t *surface;
      double x0 = round (bar->rect.x);
      double x1 = round (bar->rect.x + bar->rect.width);
      double middle = bar->rect.y + bar->rect.height / 2;

      if (bar->n_points < 2)
        continue;
      surface = render_surface (chart, &params);
      g_assert_true (pixel_is (surface, x0 + 0.5, middle, &palette->series[0]));
      g_assert_true (pixel_is (surface, x1 - 0.5, middle, &palette->series[0]));
      g_assert_true (pixel_is (surface, x0 - 0.5, middle, &palette->background));
      g_assert_false (pixel_is (surface, (x0 + x1) / 2, middle, &palette->background));
      g_assert_false (pixel_is (surface, (x0 + x1) / 2, middle, &palette->series[0]) &&
                      pixel_is (surface, (x0 + x1) / 2 + 1, middle, &palette->series[0]) &&
                      pixel_is (surface, (x0 + x1) / 2 + 2, middle, &palette->series[0]));
      cairo_surface_destroy (surface);
    }

  /* The rumour stands under the guidance bar: placed on its top, and the pointer
   * there finds the guidance point. */
  g_assert_true (ds_chart_point_position (chart, &params, 0, 2, &px, &py));
  g_assert_cmpfloat_with_epsilon (py, ds_chart_value_to_pixel (chart, &params, 30), 1e-6);
  g_assert_true (ds_chart_hit_test (chart, &params, px, py + 3, &s, &p));
  g_assert_cmpuint (p, ==, 1);
  /* The negative point keeps its own bar. */
  g_assert_true (ds_chart_point_position (chart, &params, 0, 3, &px, &py));
  g_assert_cmpfloat_with_epsilon (py, ds_chart_value_to_pixel (chart, &params, -5), 1e-6);

  ds_chart_free (chart);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dealscope/chart-bars/lod-columns", test_lod_columns);
  g_test_add_func ("/dealscope/chart-bars/lod-stacked", test_lod_stacked);
  g_test_add_func ("/dealscope/chart-bars/culling", test_culling);
  g_test_add_func ("/dealscope/chart-bars/sparse-unmerged", test_sparse_unmerged);
  g_test_add_func ("/dealscope/chart-bars/statuses-merged", test_statuses_merged);

  return g_test_run ();
}
