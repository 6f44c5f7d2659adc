/* ds-chart-markers.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Point markers of line charts: filled (actual), half-filled (guidance) or hollow
 * (estimate, with a solid outline; rumour, with a dashed one). The marker's shape
 * tells the series apart without its colour.
 */

#define G_LOG_DOMAIN "ds-chart"

#include "config.h"

#include <math.h>

#include "ds-chart-private.h"

static void
polygon_path (cairo_t *cr,
              double   x,
              double   y,
              double   radius,
              guint    corners,
              double   rotation)
{
  for (guint i = 0; i < corners; i++)
    {
      double angle = rotation + 2 * G_PI * i / corners;

      if (i == 0)
        cairo_move_to (cr, x + radius * cos (angle), y + radius * sin (angle));
      else
        cairo_line_to (cr, x + radius * cos (angle), y + radius * sin (angle));
    }
  cairo_close_path (cr);
}

/* Shapes of about the same visual weight inside a circle of @radius. */
static void
shape_path (cairo_t      *cr,
            DsChartShape  shape,
            double        x,
            double        y,
            double        radius)
{
  cairo_new_path (cr);

  switch (shape)
    {
    case DS_CHART_SHAPE_SQUARE:
      cairo_rectangle (cr, x - radius * 0.86, y - radius * 0.86, radius * 1.72, radius * 1.72);
      break;
    case DS_CHART_SHAPE_TRIANGLE:
      polygon_path (cr, x, y + radius * 0.12, radius * 1.2, 3, -G_PI / 2);
      break;
    case DS_CHART_SHAPE_DIAMOND:
      polygon_path (cr, x, y, radius * 1.2, 4, -G_PI / 2);
      break;
    case DS_CHART_SHAPE_TRIANGLE_DOWN:
      polygon_path (cr, x, y - radius * 0.12, radius * 1.2, 3, G_PI / 2);
      break;
    case DS_CHART_SHAPE_PENTAGON:
      polygon_path (cr, x, y, radius * 1.08, 5, -G_PI / 2);
      break;
    case DS_CHART_SHAPE_CIRCLE:
    case DS_CHART_N_SHAPES:
    default:
      cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
      break;
    }
}

void
ds_chart_draw_marker (cairo_t       *cr,
                      DsChartShape   shape,
                      DsPointStatus  status,
                      double         x,
                      double         y,
                      double         size,
                      const DsColor *color,
                      const DsColor *background)
{
  double radius = size / 2;
  double line = MAX (1.5, size / 7);

  cairo_save (cr);

  /* A halo of background keeps the marker apart from lines running through it. */
  shape_path (cr, shape, x, y, radius + 1.5);
  ds_color_set_source (cr, background);
  cairo_fill (cr);

  if (status == DS_POINT_ACTUAL)
    {
      shape_path (cr, shape, x, y, radius);
      ds_color_set_source (cr, color);
      cairo_fill (cr);
      cairo_restore (cr);
      return;
    }

  if (status == DS_POINT_GUIDANCE)
    {
      /* Left half filled. */
      cairo_save (cr);
      cairo_rectangle (cr, x - size, y - size, size, 2 * size);
      cairo_clip (cr);
      shape_path (cr, shape, x, y, radius - line / 2);
      ds_color_set_source (cr, color);
      cairo_fill (cr);
      cairo_restore (cr);
    }
  else if (status == DS_POINT_RUMOUR)
    {
      double dash[] = { line * 1.3, line * 1.1 };

      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
    }

  shape_path (cr, shape, x, y, radius - line / 2);
  ds_color_set_source (cr, color);
  cairo_set_line_width (cr, line);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  cairo_restore (cr);
}
