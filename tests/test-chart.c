/* test-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart engine on cairo image surfaces (no display needed): pixels where points
 * and bars should be, status cues, the level of detail, hit tests, descriptions, CSV
 * and the charts built from dossiers. Set DS_TEST_SAVE_PNG=1 to also write every
 * chart of the bundled dossier, light and dark, to /tmp/chart-*.png.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "ds-chart.h"
#include "ds-chart-lod.h"
#include "ds-chart-private.h"   /* white-box: the level-of-detail cache */
#include "ds-dossier-loader.h"
#include "ds-test-data.h"


static gboolean
is_french (void)
{
  return g_strcmp0 (g_getenv ("DS_TEST_FRENCH"), "1") == 0;
}

/* --- Helpers --------------------------------------------------------------------------- */

static double
day_of (const char *text)
{
  DsDate date;

  g_assert_true (ds_date_parse (text, &date, NULL));

  return ds_date_get_first_day (&date);
}

typedef struct
{
  const char    *date;
  double         value;
  double         low;     /* 0 and 0: no range */
  double         high;
  DsPointStatus  status;
  const char    *source;
} PointSpec;

static DsSeries *
make_series (const char      *id,
             const char      *title,
             DsMetric         metric,
             const char      *currency,
             const char      *actor,
             const PointSpec *specs,
             guint            n_specs)
{
  g_autoptr(DsText) text = ds_text_new_plain (title);
  GArray *points = g_array_new (FALSE, TRUE, sizeof (DsPoint));
  DsSeries *series;

  g_array_set_clear_func (points, (GDestroyNotify) ds_point_clear);
  for (guint i = 0; i < n_specs; i++)
    {
      DsPoint point = {
        .value = specs[i].value,
        .low = specs[i].low == 0 && specs[i].high == 0 ? NAN : specs[i].low,
        .high = specs[i].low == 0 && specs[i].high == 0 ? NAN : specs[i].high,
        .status = specs[i].status,
        .source = g_strdup (specs[i].source),
      };

      g_assert_true (ds_date_parse (specs[i].date, &point.date, NULL));
      g_array_append_val (points, point);
    }

  series = ds_series_new (id, text, metric, currency != NULL ? "currency" : "GW", currency, points);
  if (actor != NULL)
    ds_series_set_actor (series, actor);

  return series;
}

static cairo_surface_t *
render (DsChart                 *chart,
        const DsChartDrawParams *params)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) ceil (params->width),
                                                         (int) ceil (params->height));
  cairo_t *cr = cairo_create (surface);

  ds_chart_render (chart, cr, params);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);

  return surface;
}

/* The pixel's colour, un-premultiplied, as a DsColor. */
static DsColor
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int px = (int) floor (x);
  int py = (int) floor (y);
  guint32 value;
  double alpha;

  g_assert_cmpint (px, >=, 0);
  g_assert_cmpint (py, >=, 0);
  g_assert_cmpint (px, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (py, <, cairo_image_surface_get_height (surface));

  value = *(const guint32 *) (data + py * stride + px * 4);
  alpha = (value >> 24 & 0xff) / 255.0;
  if (alpha == 0)
    return (DsColor) { 0, 0, 0, 0 };

  return (DsColor) {
    (value >> 16 & 0xff) / 255.0 / alpha,
    (value >> 8 & 0xff) / 255.0 / alpha,
    (value & 0xff) / 255.0 / alpha,
    alpha,
  };
}

static gboolean
color_near (DsColor        color,
            const DsColor *expected,
            double         tolerance)
{
  return fabs (color.red - expected->red) <= tolerance &&
         fabs (color.green - expected->green) <= tolerance &&
         fabs (color.blue - expected->blue) <= tolerance;
}

static void
assert_color_within (cairo_surface_t *surface,
                     double           x,
                     double           y,
                     const DsColor   *expected,
                     double           tolerance,
                     const char      *what)
{
  DsColor color = pixel_at (surface, x, y);

  if (!color_near (color, expected, tolerance))
    g_error ("%s: pixel (%g, %g) is (%.3f, %.3f, %.3f), expected (%.3f, %.3f, %.3f)",
             what, x, y, color.red, color.green, color.blue,
             expected->red, expected->green, expected->blue);
}

static void
assert_color (cairo_surface_t *surface,
              double           x,
              double           y,
              const DsColor   *expected,
              const char      *what)
{
  assert_color_within (surface, x, y, expected, 0.04, what);
}

static DsChart *
find_chart (GPtrArray  *charts,
            const char *id)
{
  for (guint i = 0; i < charts->len; i++)
    if (g_strcmp0 (ds_chart_get_id (g_ptr_array_index (charts, i)), id) == 0)
      return g_ptr_array_index (charts, i);

  return NULL;
}

static void
save_png (DsChart    *chart,
          const char *prefix,
          DsTheme     theme)
{
  DsChartDrawParams params;
  g_autofree char *path = NULL;
  cairo_surface_t *surface;

  ds_chart_draw_params_init (&params, 1400, 500);
  params.theme = theme;
  surface = render (chart, &params);
  path = g_strdup_printf ("/tmp/chart-%s%s-%s.png", prefix, ds_chart_get_id (chart),
                          ds_theme_is_dark (theme) ? "dark" : "light");
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  g_test_message ("wrote %s", path);
  cairo_surface_destroy (surface);
}

/* --- Level of detail ----------------------------------------------------------------- */

/* For every column, the raw minimum and maximum are in the reduction and nothing else
 * is; the reduction is in index order, within its bound, and keeps the neighbours of
 * the range. */
static void
check_reduction (const double *x,
                 const double *y,
                 guint         n,
                 double        first,
                 double        last,
                 guint         columns)
{
  g_autoptr(GArray) lod = ds_lod_reduce (x, y, n, first, last, columns);
  g_autofree double *raw_min = g_new (double, columns);
  g_autofree double *raw_max = g_new (double, columns);
  g_autofree double *kept_min = g_new (double, columns);
  g_autofree double *kept_max = g_new (double, columns);
  g_autofree guint *kept = g_new0 (guint, columns);
  double span = last - first;
  guint begin = ds_lod_lower_bound (x, n, first);
  guint end = ds_lod_upper_bound (x, n, last);

  g_assert_cmpuint (lod->len, <=, 2 * columns + 2);

  for (guint c = 0; c < columns; c++)
    {
      raw_min[c] = kept_min[c] = G_MAXDOUBLE;
      raw_max[c] = kept_max[c] = -G_MAXDOUBLE;
    }

  for (guint i = begin; i < end; i++)
    {
      gint64 c = (gint64) floor ((x[i] - first) / span * columns);

      c = CLAMP (c, 0, (gint64) columns - 1);
      raw_min[c] = MIN (raw_min[c], y[i]);
      raw_max[c] = MAX (raw_max[c], y[i]);
    }

  for (guint k = 0; k < lod->len; k++)
    {
      const DsLodPoint *point = &g_array_index (lod, DsLodPoint, k);
      gint64 c;

      g_assert_cmpuint (point->source_index, <, n);
      g_assert_cmpfloat (point->x, ==, x[point->source_index]);
      g_assert_cmpfloat (point->y, ==, y[point->source_index]);
      if (k > 0)
        g_assert_cmpuint (point->source_index, >, g_array_index (lod, DsLodPoint, k - 1).source_index);
      if (point->source_index < begin || point->source_index >= end)
        continue;

      c = (gint64) floor ((point->x - first) / span * columns);
      c = CLAMP (c, 0, (gint64) columns - 1);
      kept_min[c] = MIN (kept_min[c], point->y);
      kept_max[c] = MAX (kept_max[c], point->y);
      kept[c]++;
    }

  /* Two points at most per column: its extremes, nothing else. */
  for (guint c = 0; c < columns; c++)
    {
      g_assert_cmpuint (kept[c], <=, 2);
      g_assert_cmpfloat (kept_min[c], ==, raw_min[c]);
      g_assert_cmpfloat (kept_max[c], ==, raw_max[c]);
    }

  /* The neighbours just outside the range. */
  if (begin > 0 && begin < n)
    g_assert_cmpuint (g_array_index (lod, DsLodPoint, 0).source_index, ==, begin - 1);
  if (end < n && end > 0)
    g_assert_cmpuint (g_array_index (lod, DsLodPoint, lod->len - 1).source_index, ==, end);
}

static void
test_lod_property (void)
{
  static const guint widths[] = { 1, 3, 97, 640, 1399 };

  for (guint seed = 1; seed <= 50; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      guint n = g_rand_int_range (rand, 1000, 200001);
      g_autofree double *x = g_new (double, n);
      g_autofree double *y = g_new (double, n);
      double at = g_rand_double_range (rand, -1000, 1000);
      double value = 0;

      /* Sorted x with gaps and duplicates; a random walk with spikes. */
      for (guint i = 0; i < n; i++)
        {
          guint r = g_rand_int_range (rand, 0, 10);

          at += r == 0 ? 0 : r == 1 ? g_rand_double_range (rand, 0, 500) : g_rand_double (rand);
          x[i] = at;
          value += g_rand_double_range (rand, -1, 1);
          y[i] = g_rand_int_range (rand, 0, 200) == 0 ? value * 40 : value;
        }

      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        {
          double a = g_rand_double_range (rand, x[0] - 10, x[n - 1]);
          double b = g_rand_double_range (rand, a, x[n - 1] + 10);

          check_reduction (x, y, n, x[0], x[n - 1], widths[w]);
          check_reduction (x, y, n, a, b, widths[w]);
        }
    }
}

static void
test_lod_edges (void)
{
  double x[] = { 0, 1, 2, 3, 4 };
  double y[] = { 5, NAN, 1, 9, 2 };
  g_autoptr(GArray) empty = ds_lod_reduce (NULL, NULL, 0, 0, 1, 10);
  g_autoptr(GArray) all = ds_lod_reduce (x, y, 5, 0, 4, 100);
  g_autoptr(GArray) one = ds_lod_reduce (x, y, 5, 2, 2, 1);

  g_assert_cmpuint (empty->len, ==, 0);
  /* The NaN point is dropped, the others kept. */
  g_assert_cmpuint (all->len, ==, 4);
  /* One column: the point, and the nearest defined neighbours. */
  g_assert_cmpuint (one->len, ==, 3);
  g_assert_cmpuint (g_array_index (one, DsLodPoint, 0).source_index, ==, 0);
  g_assert_cmpuint (g_array_index (one, DsLodPoint, 1).source_index, ==, 2);
  g_assert_cmpuint (g_array_index (one, DsLodPoint, 2).source_index, ==, 3);
}

/* A million points render through at most two per column, computed once per range
 * and width. */
static void
test_lod_million (void)
{
  const guint n = 1000000;
  g_autofree double *x = g_new (double, n);
  g_autofree double *y = g_new (double, n);
  DsChart *chart = ds_chart_new ("dense", "Dense", DS_CHART_LINES, DS_CHART_X_NUMBER);
  DsChartDrawParams params;
  DsChartSeries *series;
  cairo_surface_t *surface;
  DsRect plot;

  for (guint i = 0; i < n; i++)
    {
      x[i] = i;
      y[i] = sin (i / 5000.0) * 100 + (i % 97);
    }
  ds_chart_add_xy_series (chart, "Signal", x, y, n, DS_POINT_ACTUAL, NULL);
  ds_chart_set_value_unit (chart, NULL, "MW");
  series = ds_chart_series_at (chart, 0);

  ds_chart_draw_params_init (&params, 900, 400);
  ds_chart_get_plot_area (chart, &params, &plot);
  surface = render (chart, &params);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (ds_chart_get_n_drawn_points (chart, 0), >, 0);
  g_assert_cmpuint (ds_chart_get_n_drawn_points (chart, 0), <=, 2 * (guint) ceil (plot.width) + 2);
  g_assert_cmpuint (series->lod_computations, ==, 1);

  /* Nothing changed: the cached reduction is drawn again. */
  surface = render (chart, &params);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (series->lod_computations, ==, 1);

  /* A new width, a new range, visibility: computed again. */
  params.width = 700;
  surface = render (chart, &params);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (series->lod_computations, ==, 2);
  ds_chart_get_plot_area (chart, &params, &plot);
  g_assert_cmpuint (ds_chart_get_n_drawn_points (chart, 0), <=, 2 * (guint) ceil (plot.width) + 2);

  ds_chart_set_x_range (chart, 100000, 600000);
  g_assert_true (ds_chart_is_zoomed (chart));
  surface = render (chart, &params);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (series->lod_computations, ==, 3);

  ds_chart_set_series_visible (chart, 0, FALSE);
  g_assert_null (series->lod);
  surface = render (chart, &params);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (ds_chart_get_n_drawn_points (chart, 0), ==, 0);
  ds_chart_set_series_visible (chart, 0, TRUE);
  surface = render (chart, &params);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (series->lod_computations, ==, 4);

  /* Zoomed in to a few points: drawn raw, with markers. */
  ds_chart_set_x_range (chart, 1000, 1040);
  surface = render (chart, &params);
  g_assert_cmpuint (ds_chart_get_n_drawn_points (chart, 0), ==, 43);
  cairo_surface_destroy (surface);
  ds_chart_reset_x_range (chart);
  g_assert_false (ds_chart_is_zoomed (chart));

  ds_chart_free (chart);
}

/* --- Pixels ------------------------------------------------------------------------------ */

static DsChart *
three_point_chart (void)
{
  double x[] = { 0, 5, 10 };
  double y[] = { 0, 50, 100 };
  DsChart *chart = ds_chart_new ("simple", "Simple", DS_CHART_LINES, DS_CHART_X_NUMBER);

  ds_chart_add_xy_series (chart, "Output", x, y, 3, DS_POINT_ACTUAL, "Test");
  ds_chart_set_value_unit (chart, NULL, "MW");
  ds_chart_set_x_unit (chart, "GW");

  return chart;
}

static void
test_known_point (void)
{
  DsChart *chart = three_point_chart ();
  const DsPalette *palette = ds_palette_get (DS_THEME_LIGHT);
  DsChartDrawParams params;
  cairo_surface_t *surface;
  DsRect plot;
  double x0;
  double x1;
  double px;
  double py;

  ds_chart_draw_params_init (&params, 600, 400);
  ds_chart_get_plot_area (chart, &params, &plot);
  g_assert_cmpfloat (plot.width, >, 300);
  g_assert_cmpfloat (plot.height, >, 200);

  /* x: linear, inside the plot; value: [0, 100] across the plot's height. */
  x0 = ds_chart_x_to_pixel (chart, &params, 0);
  x1 = ds_chart_x_to_pixel (chart, &params, 10);
  g_assert_cmpfloat (x0, >=, plot.x);
  g_assert_cmpfloat (x1, <=, plot.x + plot.width);
  g_assert_cmpfloat_with_epsilon (ds_chart_x_to_pixel (chart, &params, 5), (x0 + x1) / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (ds_chart_pixel_to_x (chart, &params, (x0 + x1) / 2), 5, 1e-9);
  g_assert_cmpfloat_with_epsilon (ds_chart_value_to_pixel (chart, &params, 0), plot.y + plot.height, 1e-9);
  g_assert_cmpfloat_with_epsilon (ds_chart_value_to_pixel (chart, &params, 100), plot.y, 1e-9);

  g_assert_true (ds_chart_point_position (chart, &params, 0, 1, &px, &py));
  g_assert_cmpfloat_with_epsilon (px, (x0 + x1) / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (py, plot.y + plot.height / 2, 1e-9);

  surface = render (chart, &params);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (ds_chart_point_position (chart, &params, 0, i, &px, &py));
      assert_color (surface, px, py, &palette->series[0], "actual point");
    }
  /* Between points, on the segment. */
  assert_color (surface, ds_chart_x_to_pixel (chart, &params, 2.5),
                ds_chart_value_to_pixel (chart, &params, 25), &palette->series[0], "segment");
  cairo_surface_destroy (surface);

  /* Dark theme: the dark series colour. */
  params.theme = DS_THEME_DARK;
  surface = render (chart, &params);
  g_assert_true (ds_chart_point_position (chart, &params, 0, 1, &px, &py));
  assert_color (surface, px, py, &ds_palette_get (DS_THEME_DARK)->series[0], "dark point");
  cairo_surface_destroy (surface);

  ds_chart_free (chart);
}

static void
test_hidden_series (void)
{
  double x[] = { 0, 5, 10 };
  double low[] = { 10, 90, 10 };
  double high[] = { 90, 10, 90 };
  DsChart *chart = ds_chart_new ("two", "Two", DS_CHART_LINES, DS_CHART_X_NUMBER);
  const DsPalette *palette = ds_palette_get (DS_THEME_LIGHT);
  DsChartDrawParams params;
  cairo_surface_t *surface;
  double px;
  double py;

  ds_chart_add_xy_series (chart, "Low", x, low, 3, DS_POINT_ACTUAL, NULL);
  ds_chart_add_xy_series (chart, "High", x, high, 3, DS_POINT_ACTUAL, NULL);
  ds_chart_set_value_unit (chart, NULL, "MW");
  ds_chart_draw_params_init (&params, 600, 400);

  surface = render (chart, &params);
  g_assert_true (ds_chart_point_position (chart, &params, 1, 1, &px, &py));
  assert_color (surface, px, py, &palette->series[1], "shown series");
  cairo_surface_destroy (surface);

  ds_chart_set_series_visible (chart, 1, FALSE);
  g_assert_false (ds_chart_get_series_visible (chart, 1));
  g_assert_false (ds_chart_point_position (chart, &params, 1, 1, NULL, NULL));
  surface = render (chart, &params);
  for (guint i = 0; i < 3; i++)
    {
      px = ds_chart_x_to_pixel (chart, &params, x[i]);
      py = ds_chart_value_to_pixel (chart, &params, high[i]);
      /* Background, or a faint grid line. */
      assert_color_within (surface, px, py, &palette->background, 0.08, "hidden series");
      /* The hit test never finds it. */
      {
        guint series = 99;
        guint point = 99;

        g_assert_true (ds_chart_hit_test (chart, &params, px, py, &series, &point));
        g_assert_cmpuint (series, ==, 0);
        g_assert_cmpuint (point, ==, i);
      }
    }
  cairo_surface_destroy (surface);

  ds_chart_free (chart);
}

/* Markers carry status: rumour hollow, guidance half-filled, actual solid. */
static void
test_status_markers (void)
{
  static const PointSpec specs[] = {
    { "2024", 10, 0, 0, DS_POINT_ACTUAL, NULL },
    { "2025", 20, 0, 0, DS_POINT_RUMOUR, NULL },
    { "2026", 30, 0, 0, DS_POINT_GUIDANCE, NULL },
    { "2027", 40, 0, 0, DS_POINT_ESTIMATE, NULL },
  };
  g_autoptr(DsSeries) series = make_series ("s", "Series", DS_METRIC_CAPACITY, NULL, NULL,
                                            specs, G_N_ELEMENTS (specs));
  DsChart *chart = ds_chart_new ("status", "Status", DS_CHART_LINES, DS_CHART_X_TIME);
  const DsPalette *palette = ds_palette_get (DS_THEME_LIGHT);
  DsChartDrawParams params;
  cairo_surface_t *surface;
  double px;
  double py;

  ds_chart_add_series (chart, series);
  ds_chart_set_value_unit (chart, NULL, "GW");
  ds_chart_draw_params_init (&params, 800, 400);
  surface = render (chart, &params);

  g_assert_true (ds_chart_point_position (chart, &params, 0, 0, &px, &py));
  assert_color (surface, px, py, &palette->series[0], "actual: solid");
  g_assert_true (ds_chart_point_position (chart, &params, 0, 1, &px, &py));
  assert_color (surface, px, py, &palette->background, "rumour: hollow");
  g_assert_true (ds_chart_point_position (chart, &params, 0, 3, &px, &py));
  assert_color (surface, px, py, &palette->background, "estimate: hollow");
  g_assert_true (ds_chart_point_position (chart, &params, 0, 2, &px, &py));
  assert_color (surface, px - 2, py, &palette->series[0], "guidance: left half filled");
  assert_color (surface, px + 1.5, py, &palette->background, "guidance: right half empty");
  cairo_surface_destroy (surface);

  ds_chart_free (chart);
}

/* --- Bars --------------------------------------------------------------------------------- */

static DsChart *
stacked_chart (DsSeries **series,
               guint      n)
{
  DsChart *chart = ds_chart_new ("stack", "Stack", DS_CHART_BARS, DS_CHART_X_TIME);

  for (guint i = 0; i < n; i++)
    ds_chart_add_series (chart, series[i]);
  ds_chart_set_value_unit (chart, "USD", NULL);

  return chart;
}

static void
test_stacked_totals (void)
{
  static const PointSpec a[] = { { "2024", 10e9 }, { "2025", 20e9 } };
  static const PointSpec b[] = { { "2024", 5e9 }, { "2025", 30e9 } };
  static const PointSpec c[] = { { "2025", 12.5e9 } };
  DsSeries *series[] = {
    make_series ("a", "Alpha", DS_METRIC_CAPEX, "USD", "a", a, 2),
    make_series ("b", "Beta", DS_METRIC_CAPEX, "USD", "b", b, 2),
    make_series ("c", "Gamma", DS_METRIC_CAPEX, "USD", "c", c, 1),
  };
  DsChart *chart = stacked_chart (series, 3);
  const DsPalette *palette = ds_palette_get (DS_THEME_LIGHT);
  DsChartDrawParams params;
  cairo_surface_t *surface;
  g_autofree char *description = NULL;
  g_autofree char *total_text = NULL;
  double total;
  double px;
  double py;

  ds_chart_set_bar_mode (chart, DS_BARS_STACKED);
  g_assert_true (ds_chart_get_period_total (chart, day_of ("2025"), &total));
  g_assert_cmpfloat (total, ==, 62.5e9);
  g_assert_true (ds_chart_get_period_total (chart, day_of ("2024"), &total));
  g_assert_cmpfloat (total, ==, 15e9);
  g_assert_false (ds_chart_get_period_total (chart, day_of ("2023"), &total));

  /* The description gives the latest period and its total. */
  description = ds_chart_describe (chart);
  total_text = ds_money_format_value (62.5e9, "USD");
  g_test_message ("%s", description);
  g_assert_nonnull (strstr (description, total_text));
  if (!is_french ())
    g_assert_cmpstr (description, ==, "In 2025: Alpha: $20B; Beta: $30B; Gamma: $12.5B; total $62.5B.");
  else
    g_assert_true (g_str_has_prefix (description, "En 2025\u00a0: Alpha\u00a0: "));

  /* The top of the stack is the total; above it, background then the label. */
  ds_chart_draw_params_init (&params, 700, 420);
  surface = render (chart, &params);
  g_assert_true (ds_chart_point_position (chart, &params, 2, 0, &px, &py));
  g_assert_cmpfloat_with_epsilon (py, ds_chart_value_to_pixel (chart, &params, 62.5e9), 0.5);
  assert_color (surface, px, py + 2, &palette->series[2], "stack top");
  assert_color (surface, px, py - 2, &palette->background, "above the stack");
  g_assert_true (ds_chart_point_position (chart, &params, 0, 1, &px, &py));
  g_assert_cmpfloat_with_epsilon (py, ds_chart_value_to_pixel (chart, &params, 20e9), 0.5);
  cairo_surface_destroy (surface);

  /* Hiding a series takes it out of the total. */
  ds_chart_set_series_visible (chart, 1, FALSE);
  g_assert_true (ds_chart_get_period_total (chart, day_of ("2025"), &total));
  g_assert_cmpfloat (total, ==, 32.5e9);

  ds_chart_free (chart);
  for (guint i = 0; i < G_N_ELEMENTS (series); i++)
    g_object_unref (series[i]);
}

/* Bars sit centred on their period; grouped bars split it. */
static void
test_grouped_periods (void)
{
  static const PointSpec a[] = { { "2024", 10e9 }, { "2025", 20e9, 18e9, 22e9 } };
  static const PointSpec b[] = { { "2024", 5e9 }, { "2025", 30e9 } };
  DsSeries *series[] = {
    make_series ("a", "Alpha", DS_METRIC_CAPEX, "USD", "a", a, 2),
    make_series ("b", "Beta", DS_METRIC_CAPEX, "USD", "b", b, 2),
  };
  DsChart *chart = stacked_chart (series, 2);
  DsChartDrawParams params;
  double year_start;
  double year_end;
  double ax;
  double bx;
  double ay;
  guint s;
  guint p;

  ds_chart_draw_params_init (&params, 700, 420);
  year_start = ds_chart_x_to_pixel (chart, &params, day_of ("2025"));
  year_end = ds_chart_x_to_pixel (chart, &params, day_of ("2026"));
  g_assert_true (ds_chart_point_position (chart, &params, 0, 1, &ax, &ay));
  g_assert_true (ds_chart_point_position (chart, &params, 1, 1, &bx, NULL));
  g_assert_cmpfloat (ax, >, year_start);
  g_assert_cmpfloat (bx, <, year_end);
  g_assert_cmpfloat (ax, <, bx);
  g_assert_cmpfloat_with_epsilon ((ax + bx) / 2, (year_start + year_end) / 2, 0.5);

  /* The bar under the pointer. */
  g_assert_true (ds_chart_hit_test (chart, &params, ax, ay + 5, &s, &p));
  g_assert_cmpuint (s, ==, 0);
  g_assert_cmpuint (p, ==, 1);
  g_assert_true (ds_chart_hit_test (chart, &params, bx, ds_chart_value_to_pixel (chart, &params, 1e9), &s, &p));
  g_assert_cmpuint (s, ==, 1);
  g_assert_cmpuint (p, ==, 1);
  g_assert_false (ds_chart_hit_test (chart, &params, 2, 2, &s, &p));

  ds_chart_free (chart);
  for (guint i = 0; i < G_N_ELEMENTS (series); i++)
    g_object_unref (series[i]);
}

static void
test_hatching (void)
{
  static const PointSpec guidance[] = { { "2026", 100e9, 0, 0, DS_POINT_GUIDANCE } };
  static const PointSpec estimate[] = { { "2026", 100e9, 0, 0, DS_POINT_ESTIMATE } };
  DsSeries *series[] = {
    make_series ("g", "Guided", DS_METRIC_CAPEX, "USD", "g", guidance, 1),
    make_series ("e", "Estimated", DS_METRIC_CAPEX, "USD", "e", estimate, 1),
  };
  DsChart *chart = stacked_chart (series, 2);
  const DsPalette *palette = ds_palette_get (DS_THEME_LIGHT);
  DsChartDrawParams params;
  cairo_surface_t *surface;
  double gx;
  double ex;
  double top;
  double bottom;
  guint changes = 0;
  guint strokes = 0;
  gboolean previous = FALSE;
  DsColor color;

  ds_chart_draw_params_init (&params, 700, 420);
  surface = render (chart, &params);
  g_assert_true (ds_chart_point_position (chart, &params, 0, 0, &gx, &top));
  g_assert_true (ds_chart_point_position (chart, &params, 1, 0, &ex, NULL));
  bottom = ds_chart_value_to_pixel (chart, &params, 0);

  /* Down the middle of the guidance bar: hatch lines alternate with the light fill. */
  for (double y = top + 4; y < bottom - 4; y++)
    {
      gboolean on_line = color_near (pixel_at (surface, gx, y), &palette->series[0], 0.12);

      if (y > top + 4 && on_line != previous)
        changes++;
      strokes += on_line;
      previous = on_line;
    }
  g_test_message ("guidance bar: %u changes, %u hatch pixels", changes, strokes);
  g_assert_cmpuint (changes, >=, 10);
  g_assert_cmpuint (strokes, >, 5);

  /* The estimate bar: a light fill, neither the colour nor the background. */
  color = pixel_at (surface, ex, (top + bottom) / 2);
  g_assert_false (color_near (color, &palette->series[1], 0.1));
  g_assert_false (color_near (color, &palette->background, 0.02));
  cairo_surface_destroy (surface);

  ds_chart_free (chart);
  for (guint i = 0; i < G_N_ELEMENTS (series); i++)
    g_object_unref (series[i]);
}

/* --- Hit tests, legend, scales -------------------------------------------------------------- */

static void
test_hit_test (void)
{
  double x[] = { 0, 1, 2, 3, 4 };
  double a[] = { 10, 20, 30, 40, 50 };
  double b[] = { 50, 40, 30, 20, 10 };
  DsChart *chart = ds_chart_new ("hits", "Hits", DS_CHART_LINES, DS_CHART_X_NUMBER);
  DsChartDrawParams params;
  DsRect plot;
  guint series;
  guint point;
  double px;
  double py;
  gboolean seen[2] = { FALSE, FALSE };

  ds_chart_add_xy_series (chart, "Rising", x, a, 5, DS_POINT_ACTUAL, NULL);
  ds_chart_add_xy_series (chart, "Falling", x, b, 5, DS_POINT_ESTIMATE, NULL);
  ds_chart_draw_params_init (&params, 640, 360);
  ds_chart_get_plot_area (chart, &params, &plot);

  /* On a point. */
  g_assert_true (ds_chart_point_position (chart, &params, 0, 3, &px, &py));
  g_assert_true (ds_chart_hit_test (chart, &params, px, py, &series, &point));
  g_assert_cmpuint (series, ==, 0);
  g_assert_cmpuint (point, ==, 3);

  /* Snaps by x first: a little right of x = 1, near the falling line's point. */
  px = ds_chart_x_to_pixel (chart, &params, 1.2);
  py = ds_chart_value_to_pixel (chart, &params, 38);
  g_assert_true (ds_chart_hit_test (chart, &params, px, py, &series, &point));
  g_assert_cmpuint (series, ==, 1);
  g_assert_cmpuint (point, ==, 1);
  py = ds_chart_value_to_pixel (chart, &params, 15);
  g_assert_true (ds_chart_hit_test (chart, &params, px, py, &series, &point));
  g_assert_cmpuint (series, ==, 0);
  g_assert_cmpuint (point, ==, 1);

  /* Outside the plot: nothing. */
  g_assert_false (ds_chart_hit_test (chart, &params, plot.x + plot.width + 40, py, &series, &point));

  /* The legend: scanning its rows finds each series, left to right. */
  for (double y = 0; y < plot.y; y += 2)
    for (double lx = 0; lx < params.width; lx += 2)
      {
        gint hit = ds_chart_legend_hit_test (chart, &params, lx, y);

        if (hit < 0)
          continue;
        g_assert_cmpint (hit, <, 2);
        seen[hit] = TRUE;
      }
  g_assert_true (seen[0]);
  g_assert_true (seen[1]);
  g_assert_cmpint (ds_chart_legend_hit_test (chart, &params, plot.x + plot.width / 2,
                                             plot.y + plot.height / 2), ==, -1);

  /* Without a legend, no entry. */
  params.show_legend = FALSE;
  for (double lx = 0; lx < params.width; lx += 4)
    g_assert_cmpint (ds_chart_legend_hit_test (chart, &params, lx, 20), ==, -1);

  ds_chart_free (chart);
}

static void
test_logarithmic (void)
{
  double x[] = { 0, 1, 2 };
  double positive[] = { 1, 10, 1000 };
  double with_zero[] = { 0, 10, 100 };
  double negative[] = { 5, -1, 100 };
  DsChart *chart = ds_chart_new ("log", "Log", DS_CHART_LINES, DS_CHART_X_NUMBER);
  DsChartDrawParams params;
  cairo_surface_t *surface;

  ds_chart_add_xy_series (chart, "Positive", x, positive, 3, DS_POINT_ACTUAL, NULL);
  g_assert_true (ds_chart_can_be_logarithmic (chart));
  ds_chart_set_logarithmic (chart, TRUE);
  g_assert_true (ds_chart_get_logarithmic (chart));

  ds_chart_draw_params_init (&params, 600, 400);
  /* Decades are evenly spaced. */
  g_assert_cmpfloat_with_epsilon (ds_chart_value_to_pixel (chart, &params, 1) -
                                  ds_chart_value_to_pixel (chart, &params, 10),
                                  ds_chart_value_to_pixel (chart, &params, 10) -
                                  ds_chart_value_to_pixel (chart, &params, 100), 1e-6);

  /* A series with zero makes the axis linear while it shows. */
  ds_chart_add_xy_series (chart, "Zero", x, with_zero, 3, DS_POINT_ACTUAL, NULL);
  g_assert_false (ds_chart_can_be_logarithmic (chart));
  g_assert_false (ds_chart_get_logarithmic (chart));
  surface = render (chart, &params);
  cairo_surface_destroy (surface);
  ds_chart_set_series_visible (chart, 1, FALSE);
  g_assert_true (ds_chart_can_be_logarithmic (chart));
  g_assert_true (ds_chart_get_logarithmic (chart));

  /* Refused outright for non-positive data. */
  ds_chart_set_logarithmic (chart, FALSE);
  ds_chart_add_xy_series (chart, "Negative", x, negative, 3, DS_POINT_ACTUAL, NULL);
  ds_chart_set_logarithmic (chart, TRUE);
  g_assert_false (ds_chart_get_logarithmic (chart));
  ds_chart_set_series_visible (chart, 2, FALSE);
  g_assert_false (ds_chart_get_logarithmic (chart));

  ds_chart_free (chart);
}

/* --- Text ---------------------------------------------------------------------------------- */

static void
test_csv (void)
{
  static const PointSpec specs[] = {
    { "2025-Q3", 1.5e9, 1e9, 2e9, DS_POINT_GUIDANCE, "Company, \"Q3\" call" },
    { "2026-01-02", 2.25e9, 0, 0, DS_POINT_ACTUAL, "Line one\nline two" },
  };
  g_autoptr(DsSeries) series = make_series ("s", "Revenue, \"core\"", DS_METRIC_REVENUE, "USD",
                                            NULL, specs, G_N_ELEMENTS (specs));
  double x[] = { 0.5, 2 };
  double y[] = { 0.1, 3 };
  DsChart *chart = ds_chart_new ("csv", "CSV", DS_CHART_LINES, DS_CHART_X_TIME);
  g_autofree char *csv = NULL;

  ds_chart_add_series (chart, series);
  ds_chart_add_xy_series (chart, "Plain", x, y, 2, DS_POINT_ESTIMATE, NULL);
  ds_chart_add_xy_series (chart, "Hidden", x, y, 2, DS_POINT_ACTUAL, NULL);
  ds_chart_set_series_visible (chart, 2, FALSE);
  ds_chart_set_value_unit (chart, "USD", NULL);

  csv = ds_chart_to_csv (chart);
  g_assert_cmpstr (csv, ==,
                   "series,x,value,low,high,status,source\r\n"
                   "\"Revenue, \"\"core\"\"\",2025-Q3,1500000000,1000000000,2000000000,guidance,"
                   "\"Company, \"\"Q3\"\" call\"\r\n"
                   "\"Revenue, \"\"core\"\"\",2026-01-02,2250000000,,,actual,\"Line one\nline two\"\r\n"
                   "Plain,0.5,0.1,,,estimate,\r\n"
                   "Plain,2,3,,,estimate,\r\n");

  ds_chart_free (chart);
}

/* Dossier text a spreadsheet would take for a formula is made text; numbers, negative
 * ones included, stay numbers. */
static void
test_csv_formula_text (void)
{
  double x[] = { 1 };
  double y[] = { -3 };
  DsChart *chart = ds_chart_new ("csv", "CSV", DS_CHART_LINES, DS_CHART_X_NUMBER);
  g_autofree char *csv = NULL;

  ds_chart_add_xy_series (chart, "=HYPERLINK(\"http://example.com\")", x, y, 1, DS_POINT_ACTUAL, NULL);
  ds_chart_add_xy_series (chart, "@SUM(A1)", x, y, 1, DS_POINT_ACTUAL, NULL);
  ds_chart_add_xy_series (chart, "+1", x, y, 1, DS_POINT_ACTUAL, NULL);
  ds_chart_add_xy_series (chart, "-1", x, y, 1, DS_POINT_ACTUAL, NULL);
  ds_chart_add_xy_series (chart, "a=b", x, y, 1, DS_POINT_ACTUAL, NULL);

  csv = ds_chart_to_csv (chart);
  g_assert_cmpstr (csv, ==,
                   "series,x,value,low,high,status,source\r\n"
                   "\"'=HYPERLINK(\"\"http://example.com\"\")\",1,-3,,,actual,\r\n"
                   "'@SUM(A1),1,-3,,,actual,\r\n"
                   "'+1,1,-3,,,actual,\r\n"
                   "'-1,1,-3,,,actual,\r\n"
                   "a=b,1,-3,,,actual,\r\n");

  ds_chart_free (chart);
}

static void
test_describe_lines (void)
{
  static const PointSpec specs[] = {
    { "2021", 14e9 }, { "2024-10-02", 157e9 }, { "2026-03", 852e9 },
  };
  g_autoptr(DsSeries) series = make_series ("v", "OpenAI valuation", DS_METRIC_VALUATION, "USD",
                                            NULL, specs, G_N_ELEMENTS (specs));
  DsChart *chart = ds_chart_new ("valuations", "Valuations", DS_CHART_LINES, DS_CHART_X_TIME);
  g_autofree char *text = NULL;
  g_autofree char *zoomed = NULL;
  g_autofree char *hidden = NULL;

  ds_chart_add_series (chart, series);
  ds_chart_set_value_unit (chart, "USD", NULL);
  text = ds_chart_describe (chart);
  g_test_message ("%s", text);
  if (!is_french ())
    g_assert_cmpstr (text, ==, "OpenAI valuation: from $14B in 2021 to $852B in Mar 2026.");
  else
    {
      g_assert_nonnull (strstr (text, "OpenAI valuation\u00a0: de "));
      g_assert_nonnull (strstr (text, " en 2021 à "));
      g_assert_nonnull (strstr (text, " en mars 2026."));
    }

  /* Zoomed in: what shows. */
  ds_chart_set_x_range (chart, day_of ("2024"), day_of ("2025"));
  zoomed = ds_chart_describe (chart);
  if (!is_french ())
    g_assert_cmpstr (zoomed, ==, "OpenAI valuation: $157B in 2 Oct 2024.");
  ds_chart_reset_x_range (chart);

  ds_chart_set_series_visible (chart, 0, FALSE);
  hidden = ds_chart_describe (chart);
  if (!is_french ())
    g_assert_cmpstr (hidden, ==, "No data shown.");
  else
    g_assert_cmpstr (hidden, ==, "Aucune donnée affichée.");

  ds_chart_free (chart);
}

static void
test_format (void)
{
  DsChart *chart = three_point_chart ();
  DsChart *money = ds_chart_new ("money", "Money", DS_CHART_LINES, DS_CHART_X_TIME);
  double x[] = { 20000 };
  double y[] = { 5e11 };
  g_autofree char *gw = ds_chart_format_x (chart, 0, 1);
  g_autofree char *mw = ds_chart_format_value (chart, 50);
  g_autofree char *dollars = NULL;
  g_autofree char *day = NULL;

  ds_chart_add_xy_series (money, "Money", x, y, 1, DS_POINT_ACTUAL, NULL);
  ds_chart_set_value_unit (money, "USD", NULL);
  dollars = ds_chart_format_value (money, 5e11);
  day = ds_chart_format_x (money, 0, 0);

  if (!is_french ())
    {
      g_assert_cmpstr (gw, ==, "5 GW");
      g_assert_cmpstr (mw, ==, "50 MW");
      g_assert_cmpstr (dollars, ==, "$500B");
      g_assert_cmpstr (day, ==, "4 Oct 2024");
    }
  else
    g_assert_cmpstr (day, ==, "4 oct. 2024");

  ds_chart_free (chart);
  ds_chart_free (money);
}

/* --- Dossiers -------------------------------------------------------------------------------- */

static void
render_all (GPtrArray  *charts,
            const char *prefix)
{
  gboolean save = g_getenv ("DS_TEST_SAVE_PNG") != NULL;

  for (guint i = 0; i < charts->len; i++)
    {
      DsChart *chart = g_ptr_array_index (charts, i);
      DsChartDrawParams params;
      cairo_surface_t *surface;

      /* Every size from tiny to wide draws without error. */
      for (guint k = 0; k < 4; k++)
        {
          static const double sizes[][2] = { { 1, 1 }, { 200, 120 }, { 640, 360 }, { 1400, 500 } };

          ds_chart_draw_params_init (&params, sizes[k][0], sizes[k][1]);
          params.theme = k % 2 ? DS_THEME_HIGH_CONTRAST_DARK : DS_THEME_HIGH_CONTRAST;
          surface = render (chart, &params);
          cairo_surface_destroy (surface);
        }

      if (save)
        {
          save_png (chart, prefix, DS_THEME_LIGHT);
          save_png (chart, prefix, DS_THEME_DARK);
        }
    }
}

static void
test_builder_bundled (void)
{
  g_autoptr(DsDossier) dossier = ds_test_load_bundled ();
  g_autoptr(GPtrArray) charts = ds_charts_from_dossier (dossier);
  gboolean has_model = ds_dossier_get_deal_model (dossier) != NULL;
  gboolean has_claims = g_list_model_get_n_items (ds_dossier_get_claims (dossier)) > 0;
  DsChart *valuations = find_chart (charts, "valuations");
  DsChart *capex = find_chart (charts, "capex");
  DsChart *revenue = find_chart (charts, "revenue");
  g_autofree char *description = NULL;

  g_assert_nonnull (valuations);
  g_assert_nonnull (capex);
  g_assert_nonnull (revenue);
  g_assert_true (g_ptr_array_index (charts, 0) == valuations);
  g_assert_true (g_ptr_array_index (charts, 1) == capex);

  /* Valuations: four companies, lines, logarithmic; Mistral's euros are noted. */
  g_assert_cmpint (ds_chart_get_kind (valuations), ==, DS_CHART_LINES);
  g_assert_cmpuint (ds_chart_get_n_series (valuations), ==, 4);
  g_assert_true (ds_chart_get_logarithmic (valuations));
  g_assert_cmpstr (ds_chart_get_currency (valuations), ==, "USD");
  g_assert_nonnull (strstr (ds_chart_get_footnote (valuations), "Mistral AI"));
  g_assert_nonnull (strstr (ds_chart_get_footnote (valuations), "EUR"));
  for (guint i = 0; i < ds_chart_get_n_series (valuations); i++)
    {
      DsSeries *series = ds_chart_get_series (valuations, i);
      g_autofree char *own = ds_chart_format_series_value (valuations, i, 11.7e9);
      g_autofree char *expected = ds_money_format_value (11.7e9, ds_series_get_currency (series));

      /* Each point in its own currency: Mistral's in euros. */
      g_assert_cmpstr (own, ==, expected);
    }
  if (has_claims)
    g_assert_cmpuint (ds_chart_get_n_annotations (valuations), >, 0);
  else
    g_assert_cmpuint (ds_chart_get_n_annotations (valuations), ==, 0);

  /* Capex: five companies as bars, the combined total as an aggregate. */
  g_assert_cmpint (ds_chart_get_kind (capex), ==, DS_CHART_BARS);
  g_assert_cmpuint (ds_chart_get_n_series (capex), ==, 6);
  for (guint i = 0; i < 5; i++)
    g_assert_false (ds_chart_get_series_aggregate (capex, i));
  g_assert_true (ds_chart_get_series_aggregate (capex, 5));
  g_assert_cmpstr (ds_chart_get_series_title (capex, 5), ==,
                   ds_series_get_title (ds_dossier_lookup_series (dossier, "capex-big-tech-total")));
  if (!is_french ())
    {
      g_assert_cmpstr (ds_chart_get_title (capex), ==, "AI Capital Expenditure");
      g_assert_true (g_str_has_prefix (ds_chart_get_footnote (capex), "Microsoft: Calendar years"));
      g_assert_nonnull (strstr (ds_chart_get_footnote (capex), " Meta: Calendar years"));
    }
  else
    {
      g_assert_cmpstr (ds_chart_get_title (capex), ==, "Investissements dans l’IA");
      g_assert_true (g_str_has_prefix (ds_chart_get_footnote (capex), "Microsoft\u00a0: Années civiles"));
      g_assert_nonnull (strstr (ds_chart_get_footnote (capex), " Meta\u00a0: Années civiles"));
    }
  description = ds_chart_describe (capex);
  g_test_message ("%s", description);

  g_assert_cmpint (ds_chart_get_kind (revenue), ==, DS_CHART_BARS);
  g_assert_cmpuint (ds_chart_get_n_series (revenue), ==, 1);

  /* The investment series shows on its own until the deal model replaces it. */
  if (has_model)
    {
      g_assert_nonnull (find_chart (charts, "deal"));
      g_assert_null (find_chart (charts, "investment"));
    }
  else
    {
      g_assert_null (find_chart (charts, "deal"));
      g_assert_nonnull (find_chart (charts, "investment"));
      g_assert_cmpuint (charts->len, ==, 4);
    }

  render_all (charts, "");
}

static DsEvent *
make_event (const char *id,
            const char *date_text,
            const char *title)
{
  g_autoptr(DsText) text = ds_text_new_plain (title);
  DsDate date;

  g_assert_true (ds_date_parse (date_text, &date, NULL));

  return ds_event_new (id, &date, text, DS_EVENT_REPORT, DS_STATUS_REPORTED);
}

static DsClaim *
make_claim (const char *id,
            const char *statements)
{
  g_autoptr(DsText) text = ds_text_new_plain (id);
  g_auto(GStrv) ids = g_strsplit (statements, ",", -1);

  return ds_claim_new (id, text, ids);
}

static DsDealModel *
make_deal_model (void)
{
  DsDealModel *model = g_new0 (DsDealModel, 1);

  model->title = ds_text_new_plain ("Up to $100B, $10B per gigawatt deployed");
  model->unit = g_strdup ("GW");
  g_assert_true (ds_money_init (&model->per_unit, 10, DS_SCALE_BILLION, "USD"));
  g_assert_true (ds_money_init (&model->cap, 100, DS_SCALE_BILLION, "USD"));
  model->has_first_unit = TRUE;
  g_assert_true (ds_date_parse ("2026-H2", &model->first_unit_date, NULL));
  model->first_unit_label = ds_text_new_plain ("First gigawatt on Vera Rubin");
  model->has_actual = TRUE;
  g_assert_true (ds_money_init (&model->actual, 30, DS_SCALE_BILLION, "USD"));
  model->actual_label = ds_text_new_plain ("Nvidia’s $30B equity ticket");

  return model;
}

/* Claims and events of the bundled story, added to @dossier. */
static void
add_claims (DsDossier *dossier,
            gboolean   with_events)
{
  g_autoptr(GPtrArray) claims = g_ptr_array_new_with_free_func (g_object_unref);

  if (with_events)
    {
      g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);

      g_ptr_array_add (events, make_event ("loi", "2025-09-22",
                                           "Nvidia and OpenAI sign a 10-gigawatt letter of intent"));
      g_ptr_array_add (events, make_event ("wsj", "2026-01-30", "WSJ: Nvidia’s $100B plan for OpenAI is on ice"));
      g_ptr_array_add (events, make_event ("rebuttal", "2026-01-31", "Huang: “nonsense”"));
      g_ptr_array_add (events, make_event ("round", "2026-02-27",
                                           "OpenAI announces a $110B round at $730B pre-money"));
      g_ptr_array_add (events, make_event ("other", "2025-11-01", "Not a statement"));
      g_ptr_array_add (events, make_event ("early", "2019", "Before the data"));
      ds_dossier_set_list (dossier, DS_TYPE_EVENT, events);
      g_ptr_array_add (claims, make_claim ("deal", "loi,wsj,early"));
      g_ptr_array_add (claims, make_claim ("denial", "rebuttal,round,loi,missing"));
    }
  else
    {
      g_ptr_array_add (claims, make_claim ("deal", "nvidia-openai-loi,wsj-on-ice"));
      g_ptr_array_add (claims, make_claim ("denial", "huang-nonsense,openai-110b-round"));
    }
  ds_dossier_set_list (dossier, DS_TYPE_CLAIM, claims);
  ds_dossier_take_deal_model (dossier, make_deal_model ());
}

static void
test_builder_claims_and_deal (void)
{
  static const PointSpec valuation[] = {
    { "2025-03-31", 300e9 }, { "2025-10-02", 500e9 }, { "2026-03-31", 852e9 },
  };
  static const PointSpec investment[] = { { "2026-H2", 10e9, 0, 0, DS_POINT_GUIDANCE } };
  g_autoptr(DsText) title = ds_text_new_plain ("Test");
  g_autoptr(DsDossier) dossier = ds_dossier_new ("dealscope/1", "test", title);
  g_autoptr(GPtrArray) series = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) charts = NULL;
  DsChart *valuations;
  DsChart *deal;
  DsChartPoint point;
  gboolean vertical;
  double at;
  const char *label;
  g_autofree char *first_unit_date = NULL;
  g_autofree char *expected = NULL;

  g_ptr_array_add (series, make_series ("v", "OpenAI valuation", DS_METRIC_VALUATION, "USD",
                                        NULL, valuation, G_N_ELEMENTS (valuation)));
  g_ptr_array_add (series, make_series ("i", "First tranche", DS_METRIC_INVESTMENT, "USD",
                                        NULL, investment, 1));
  ds_dossier_set_list (dossier, DS_TYPE_SERIES, series);
  add_claims (dossier, TRUE);

  charts = ds_charts_from_dossier (dossier);
  g_assert_cmpuint (charts->len, ==, 2);
  valuations = g_ptr_array_index (charts, 0);
  deal = g_ptr_array_index (charts, 1);
  g_assert_cmpstr (ds_chart_get_id (valuations), ==, "valuations");
  g_assert_cmpstr (ds_chart_get_id (deal), ==, "deal");
  g_assert_null (find_chart (charts, "investment"));

  /* One rule per statement event in the range, once each, with a short label. */
  g_assert_cmpuint (ds_chart_get_n_annotations (valuations), ==, 4);
  label = ds_chart_get_annotation (valuations, 0, &vertical, &at);
  g_assert_true (vertical);
  g_assert_cmpfloat (at, ==, day_of ("2025-09-22"));
  g_assert_cmpstr (label, ==, "Nvidia and OpenAI sign a…");
  g_assert_cmpint (g_utf8_strlen (label, -1), <=, 28);
  label = ds_chart_get_annotation (valuations, 1, &vertical, &at);
  g_assert_cmpfloat (at, ==, day_of ("2026-01-30"));
  g_assert_cmpstr (label, ==, "WSJ: Nvidia’s $100B plan…");
  label = ds_chart_get_annotation (valuations, 2, &vertical, &at);
  g_assert_cmpfloat (at, ==, day_of ("2026-01-31"));
  g_assert_cmpstr (label, ==, "Huang: “nonsense”");
  label = ds_chart_get_annotation (valuations, 3, &vertical, &at);
  g_assert_cmpfloat (at, ==, day_of ("2026-02-27"));
  g_assert_cmpstr (label, ==, "OpenAI announces a $110B…");

  /* The deal: released against units deployed, past the cap. */
  g_assert_cmpint (ds_chart_get_kind (deal), ==, DS_CHART_LINES);
  g_assert_cmpint (ds_chart_get_x_axis (deal), ==, DS_CHART_X_NUMBER);
  g_assert_cmpstr (ds_chart_get_x_unit (deal), ==, "GW");
  g_assert_cmpstr (ds_chart_get_currency (deal), ==, "USD");
  g_assert_cmpuint (ds_chart_get_n_series (deal), ==, 1);
  g_assert_null (ds_chart_get_series (deal, 0));
  g_assert_true (ds_chart_get_series_step (deal, 0));
  g_assert_cmpuint (ds_chart_get_n_points (deal, 0), ==, 13);
  ds_chart_get_point (deal, 0, 0, &point);
  g_assert_cmpfloat (point.x, ==, 0);
  g_assert_cmpfloat (point.value, ==, 0);
  g_assert_cmpint (point.status, ==, DS_POINT_GUIDANCE);
  ds_chart_get_point (deal, 0, 1, &point);
  g_assert_cmpfloat (point.value, ==, 10e9);
  ds_chart_get_point (deal, 0, 10, &point);
  g_assert_cmpfloat (point.x, ==, 10);
  g_assert_cmpfloat (point.value, ==, 100e9);
  ds_chart_get_point (deal, 0, 12, &point);
  g_assert_cmpfloat (point.x, ==, 12);
  g_assert_cmpfloat (point.value, ==, 100e9);
  if (!is_french ())
    g_assert_cmpstr (ds_chart_get_series_title (deal, 0), ==, "Released under the model");
  else
    g_assert_cmpstr (ds_chart_get_series_title (deal, 0), ==, "Versé selon le modèle");

  g_assert_cmpuint (ds_chart_get_n_annotations (deal), ==, 2);
  label = ds_chart_get_annotation (deal, 0, &vertical, &at);
  g_assert_true (vertical);
  g_assert_cmpfloat (at, ==, 1);
  first_unit_date = ds_date_format (&ds_dossier_get_deal_model (dossier)->first_unit_date);
  g_assert_true (g_str_has_prefix (label, first_unit_date));
  g_assert_nonnull (strstr (label, "First gigawatt on Vera Rubin"));
  label = ds_chart_get_annotation (deal, 1, &vertical, &at);
  g_assert_false (vertical);
  g_assert_cmpfloat (at, ==, 30e9);
  g_assert_cmpstr (label, ==, "Nvidia’s $30B equity ticket");

  expected = ds_chart_describe (deal);
  g_test_message ("%s", expected);
  render_all (charts, "memory-");
}

/* The bundled dossier with the claims and deal model that are on their way. */
static void
test_builder_bundled_augmented (void)
{
  g_autoptr(DsDossier) dossier = ds_test_load_bundled ();
  g_autoptr(GPtrArray) charts = NULL;
  DsChart *valuations;

  add_claims (dossier, FALSE);
  charts = ds_charts_from_dossier (dossier);
  valuations = find_chart (charts, "valuations");
  g_assert_cmpuint (ds_chart_get_n_annotations (valuations), ==, 4);
  g_assert_nonnull (find_chart (charts, "deal"));
  g_assert_null (find_chart (charts, "investment"));
  g_assert_true (g_ptr_array_index (charts, 2) == find_chart (charts, "deal"));

  render_all (charts, "augmented-");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("DS_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dealscope/chart/lod/property", test_lod_property);
  g_test_add_func ("/dealscope/chart/lod/edges", test_lod_edges);
  g_test_add_func ("/dealscope/chart/lod/million", test_lod_million);
  g_test_add_func ("/dealscope/chart/pixel/known-point", test_known_point);
  g_test_add_func ("/dealscope/chart/pixel/hidden-series", test_hidden_series);
  g_test_add_func ("/dealscope/chart/pixel/status-markers", test_status_markers);
  g_test_add_func ("/dealscope/chart/bars/stacked-totals", test_stacked_totals);
  g_test_add_func ("/dealscope/chart/bars/grouped-periods", test_grouped_periods);
  g_test_add_func ("/dealscope/chart/bars/hatching", test_hatching);
  g_test_add_func ("/dealscope/chart/hit-test", test_hit_test);
  g_test_add_func ("/dealscope/chart/logarithmic", test_logarithmic);
  g_test_add_func ("/dealscope/chart/csv", test_csv);
  g_test_add_func ("/dealscope/chart/csv-formula-text", test_csv_formula_text);
  g_test_add_func ("/dealscope/chart/describe/lines", test_describe_lines);
  g_test_add_func ("/dealscope/chart/format", test_format);
  g_test_add_func ("/dealscope/chart/builder/bundled", test_builder_bundled);
  g_test_add_func ("/dealscope/chart/builder/claims-and-deal", test_builder_claims_and_deal);
  g_test_add_func ("/dealscope/chart/builder/bundled-augmented", test_builder_bundled_augmented);

  return g_test_run ();
}
