/* test-chart-lines.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dense line series at the level of detail, in pixels: runs of dense columns are
 * filled as the band of their range, sparse stretches stay a stroked line that meets
 * the band, and dense estimates fill lighter.
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "ds-chart.h"
#include "ds-palette.h"

#define N_DENSE   200000     /* over x in [0, 100) */
#define N_SPARSE  10         /* at x = 110, 120, … 200 */

static cairo_surface_t *
render (DsChart                 *chart,
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

/* Un-premultiplied components of a pixel of an opaque surface. */
static DsColor
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 value = *(const guint32 *) (data + (int) floor (y) * stride + (int) floor (x) * 4);

  return (DsColor) {
    (value >> 16 & 0xff) / 255.0, (value >> 8 & 0xff) / 255.0, (value & 0xff) / 255.0, 1,
  };
}

static void
assert_near (cairo_surface_t *surface,
             double           x,
             double           y,
             DsColor          expected,
             const char      *what)
{
  DsColor color = pixel_at (surface, x, y);

  if (fabs (color.red - expected.red) > 0.05 || fabs (color.green - expected.green) > 0.05 ||
      fabs (color.blue - expected.blue) > 0.05)
    g_error ("%s: pixel (%g, %g) is (%.3f, %.3f, %.3f), expected (%.3f, %.3f, %.3f)",
             what, x, y, color.red, color.green, color.blue,
             expected.red, expected.green, expected.blue);
}

static DsColor
blend (const DsColor *over,
       const DsColor *under,
       double         alpha)
{
  return (DsColor) {
    over->red * alpha + under->red * (1 - alpha),
    over->green * alpha + under->green * (1 - alpha),
    over->blue * alpha + under->blue * (1 - alpha),
    1,
  };
}

/* A dense stretch alternating between 10 and 20, then a few points at 40: the band
 * covers the range, not more, and the line runs on from it. */
static DsChart *
mixed_chart (DsPointStatus status)
{
  g_autofree double *x = g_new (double, N_DENSE + N_SPARSE);
  g_autofree double *y = g_new (double, N_DENSE + N_SPARSE);
  DsChart *chart = ds_chart_new ("mixed", "Mixed", DS_CHART_LINES, DS_CHART_X_NUMBER);

  for (guint i = 0; i < N_DENSE; i++)
    {
      x[i] = i * 100.0 / N_DENSE;
      y[i] = i % 2 == 0 ? 10 : 20;
    }
  for (guint i = 0; i < N_SPARSE; i++)
    {
      x[N_DENSE + i] = 110 + 10 * i;
      y[N_DENSE + i] = 40;
    }
  ds_chart_add_xy_series (chart, "Signal", x, y, N_DENSE + N_SPARSE, status, NULL);
  ds_chart_set_value_unit (chart, NULL, "MW");

  return chart;
}

static void
test_band_and_line (void)
{
  DsChart *chart = mixed_chart (DS_POINT_ACTUAL);
  const DsPalette *palette = ds_palette_get (DS_THEME_LIGHT);
  DsChartDrawParams params;
  cairo_surface_t *surface;
  double px;
  double top;
  double bottom;

  ds_chart_draw_params_init (&params, 900, 400);
  surface = render (chart, &params);
  /* Drawn through the level of detail: about two points per column. */
  g_assert_cmpuint (ds_chart_get_n_drawn_points (chart, 0), <, 2000);

  /* The band spans 10 to 20 (a line's width more), solid, and nothing beyond. */
  px = ds_chart_x_to_pixel (chart, &params, 50);
  top = ds_chart_value_to_pixel (chart, &params, 20);
  bottom = ds_chart_value_to_pixel (chart, &params, 10);
  for (double y = top; y <= bottom; y += 1)
    assert_near (surface, px, y, palette->series[0], "inside the band");
  assert_near (surface, px, top - 4, palette->background, "above the band");
  assert_near (surface, px, bottom + 4, palette->background, "below the band");

  /* The sparse stretch is a line at 40, between its points too. */
  px = ds_chart_x_to_pixel (chart, &params, 155);
  assert_near (surface, px, ds_chart_value_to_pixel (chart, &params, 40), palette->series[0],
               "sparse line");
  assert_near (surface, px, ds_chart_value_to_pixel (chart, &params, 33), palette->background,
               "below the sparse line");

  /* The line leaves the band's last point for the first sparse one (100, 20 → 110, 40). */
  px = ds_chart_x_to_pixel (chart, &params, 105);
  assert_near (surface, px, ds_chart_value_to_pixel (chart, &params, 30), palette->series[0],
               "joining line");

  cairo_surface_destroy (surface);
  ds_chart_free (chart);
}

/* Estimates are dashed on a line; their band is filled lighter instead. */
static void
test_band_estimate (void)
{
  DsChart *chart = mixed_chart (DS_POINT_ESTIMATE);
  const DsPalette *palette = ds_palette_get (DS_THEME_LIGHT);
  DsChartDrawParams params;
  cairo_surface_t *surface;
  double px;
  DsColor color;

  ds_chart_draw_params_init (&params, 900, 400);
  surface = render (chart, &params);

  px = ds_chart_x_to_pixel (chart, &params, 50);
  color = pixel_at (surface, px, ds_chart_value_to_pixel (chart, &params, 15));
  assert_near (surface, px, ds_chart_value_to_pixel (chart, &params, 15),
               blend (&palette->series[0], &palette->background, 0.45), "lighter band");
  g_assert_false (fabs (color.red - palette->series[0].red) < 0.05 &&
                  fabs (color.blue - palette->series[0].blue) < 0.05);

  cairo_surface_destroy (surface);
  ds_chart_free (chart);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dealscope/chart-lines/band-and-line", test_band_and_line);
  g_test_add_func ("/dealscope/chart-lines/band-estimate", test_band_estimate);

  return g_test_run ();
}
