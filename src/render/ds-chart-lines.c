/* ds-chart-lines.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Line and step series. The points in the x range are found by binary search; when
 * there are more than DS_CHART_LOD_FACTOR per pixel column, the series is drawn
 * through its level of detail (ds-chart-lod.c), computed for the x range and width
 * and kept on the series until either changes: a frame then strokes at most about
 * two points per column (the lowest and highest), whatever the size of the data.
 *
 * Status is drawn twice over: the segment leading to an estimate or a rumour is
 * dashed, and markers are filled (actual), half-filled (guidance) or hollow (estimate,
 * with a solid outline; rumour, with a dashed one). The marker's shape tells the
 * series apart without its colour. Markers show only where points are sparse.
 */

#define G_LOG_DOMAIN "ds-chart"

#include "config.h"

#include <math.h>

#include "ds-chart-private.h"

#define BAND_ALPHA      0.14
#define WHISKER_ALPHA   0.75
#define HOVER_SIZE     14.0

void
ds_chart_visible_span (DsChartSeries *series,
                       double         x_first,
                       double         x_last,
                       guint         *begin,
                       guint         *end)
{
  *begin = ds_lod_lower_bound (series->x, series->n_points, x_first);
  *end = ds_lod_upper_bound (series->x, series->n_points, x_last);
  if (*end < *begin)
    *end = *begin;
}

/* --- Markers ------------------------------------------------------------------------ */

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

/* --- Level of detail ------------------------------------------------------------------- */

static const GArray *
ensure_lod (DsChartSeries         *series,
            const DsChartGeometry *geometry,
            guint                  columns)
{
  if (series->lod != NULL && series->lod_columns == columns &&
      series->lod_first == geometry->x_first && series->lod_last == geometry->x_last)
    return series->lod;

  g_clear_pointer (&series->lod, g_array_unref);
  series->lod = ds_lod_reduce (series->x, series->y, series->n_points,
                               geometry->x_first, geometry->x_last, columns);
  series->lod_first = geometry->x_first;
  series->lod_last = geometry->x_last;
  series->lod_columns = columns;
  series->lod_computations++;

  return series->lod;
}

/* --- Drawing ---------------------------------------------------------------------------- */

static gboolean
is_dashed (DsPointStatus status)
{
  return status == DS_POINT_ESTIMATE || status == DS_POINT_RUMOUR;
}

static void
stroke_run (cairo_t       *cr,
            const DsColor *color,
            gboolean       dashed)
{
  double dash[] = { 6, 4 };

  ds_color_set_source (cr, color);
  cairo_set_dash (cr, dash, dashed ? G_N_ELEMENTS (dash) : 0, 0);
  cairo_stroke (cr);
}

/* Strokes the polyline through @n points, given as source indices into the series
 * (@indices) or as the level of detail (@lod); runs of one dash style are one path. */
static void
draw_polyline (DsChartFrame  *frame,
               DsChartSeries *series,
               const DsColor *color,
               const GArray  *lod,
               guint          first,
               guint          n)
{
  const DsChartGeometry *geometry = frame->geometry;
  cairo_t *cr = frame->cr;
  gboolean has_previous = FALSE;
  gboolean run_dashed = FALSE;
  gboolean run_open = FALSE;
  double px = 0;
  double py = 0;

  cairo_set_line_width (cr, DS_CHART_LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_new_path (cr);

  for (guint k = 0; k < n; k++)
    {
      guint index = lod != NULL ? g_array_index (lod, DsLodPoint, k).source_index : first + k;
      double value = series->y[index];
      gboolean dashed;
      double x;
      double y;

      if (!isfinite (value))
        {
          has_previous = FALSE;
          continue;
        }

      x = ds_chart_geometry_x (geometry, series->x[index]);
      y = ds_chart_geometry_y (geometry, value);
      if (!has_previous)
        {
          px = x;
          py = y;
          has_previous = TRUE;
          continue;
        }

      dashed = is_dashed (ds_chart_series_status (series, index));
      if (run_open && dashed != run_dashed)
        {
          stroke_run (cr, color, run_dashed);
          run_open = FALSE;
        }
      if (!run_open)
        {
          cairo_move_to (cr, px, py);
          run_open = TRUE;
          run_dashed = dashed;
        }
      if (series->step)
        cairo_line_to (cr, x, py);
      cairo_line_to (cr, x, y);
      px = x;
      py = y;
    }

  if (run_open)
    stroke_run (cr, color, run_dashed);
  cairo_new_path (cr);
  series->n_drawn = n;
}

/* Ranges: a band between lows and highs where consecutive points have one, a whisker
 * where a point has one alone. */
static void
draw_ranges (DsChartFrame  *frame,
             DsChartSeries *series,
             const DsColor *color,
             guint          first,
             guint          last)
{
  const DsChartGeometry *geometry = frame->geometry;
  cairo_t *cr = frame->cr;

  if (series->low == NULL)
    return;

  for (guint i = first; i < last;)
    {
      guint end = i;

      while (end < last && ds_chart_series_has_range (series, end))
        end++;

      if (end - i >= 2)
        {
          for (guint k = i; k < end; k++)
            {
              double x = ds_chart_geometry_x (geometry, series->x[k]);
              double y = ds_chart_geometry_y (geometry, series->high[k]);

              if (k == i)
                cairo_move_to (cr, x, y);
              else
                cairo_line_to (cr, x, y);
            }
          for (guint k = end; k-- > i;)
            cairo_line_to (cr, ds_chart_geometry_x (geometry, series->x[k]),
                           ds_chart_geometry_y (geometry, series->low[k]));
          cairo_close_path (cr);
          ds_color_set_source_alpha (cr, color, BAND_ALPHA);
          cairo_fill (cr);
        }
      else if (end - i == 1)
        {
          double x = round (ds_chart_geometry_x (geometry, series->x[i])) + 0.5;
          double y0 = ds_chart_geometry_y (geometry, series->low[i]);
          double y1 = ds_chart_geometry_y (geometry, series->high[i]);

          cairo_move_to (cr, x, y0);
          cairo_line_to (cr, x, y1);
          cairo_move_to (cr, x - 4, round (y0) + 0.5);
          cairo_line_to (cr, x + 4, round (y0) + 0.5);
          cairo_move_to (cr, x - 4, round (y1) + 0.5);
          cairo_line_to (cr, x + 4, round (y1) + 0.5);
          ds_color_set_source_alpha (cr, color, WHISKER_ALPHA);
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
        }

      i = MAX (end, i + 1);
    }
}

static void
draw_crosshair (DsChartFrame *frame)
{
  const DsChartGeometry *geometry = frame->geometry;
  const DsChartDrawParams *params = frame->params;
  DsChartSeries *series;
  double x;

  if (params->hover_series < 0 || (guint) params->hover_series >= frame->chart->series->len)
    return;
  series = ds_chart_series_at (frame->chart, params->hover_series);
  if (!series->visible || params->hover_point < 0 || (guint) params->hover_point >= series->n_points)
    return;

  x = round (ds_chart_geometry_x (geometry, series->x[params->hover_point])) + 0.5;
  ds_color_set_source_alpha (frame->cr, &frame->palette->foreground, 0.3);
  cairo_set_line_width (frame->cr, 1);
  cairo_move_to (frame->cr, x, geometry->plot.y);
  cairo_line_to (frame->cr, x, geometry->plot.y + geometry->plot.height);
  cairo_stroke (frame->cr);
}

void
ds_chart_draw_lines (DsChartFrame *frame)
{
  const DsChartGeometry *geometry = frame->geometry;
  const DsChartDrawParams *params = frame->params;
  DsChart *chart = frame->chart;
  cairo_t *cr = frame->cr;
  guint columns = (guint) MAX (1, ceil (geometry->x_width));

  cairo_save (cr);
  cairo_rectangle (cr, geometry->plot.x, geometry->plot.y - DS_CHART_MARKER_SIZE,
                   geometry->plot.width, geometry->plot.height + 2 * DS_CHART_MARKER_SIZE);
  cairo_clip (cr);

  draw_crosshair (frame);

  /* Bands under every line, then lines, then markers over every line. */
  for (guint pass = 0; pass < 3; pass++)
    for (guint s = 0; s < chart->series->len; s++)
      {
        DsChartSeries *series = ds_chart_series_at (chart, s);
        const DsColor *color = ds_chart_series_color (chart, frame->palette, s);
        guint begin;
        guint end;
        guint first;
        guint last;
        guint visible;
        gboolean reduced;

        if (!series->visible || series->n_points == 0)
          {
            series->n_drawn = 0;
            continue;
          }

        ds_chart_visible_span (series, geometry->x_first, geometry->x_last, &begin, &end);
        visible = end - begin;
        reduced = visible > DS_CHART_LOD_FACTOR * columns;
        first = begin > 0 ? begin - 1 : 0;
        last = MIN (end + 1, series->n_points);

        if (pass == 0 && !reduced)
          draw_ranges (frame, series, color, first, last);
        else if (pass == 1 && reduced)
          {
            const GArray *lod = ensure_lod (series, geometry, columns);

            draw_polyline (frame, series, color, lod, 0, lod->len);
          }
        else if (pass == 1)
          {
            /* Within the range, the level of detail of another zoom level is stale. */
            if (series->lod != NULL)
              ds_chart_series_clear_lod (series);
            draw_polyline (frame, series, color, NULL, first, last - first);
          }
        else if (pass == 2)
          {
            gboolean sparse = !reduced && visible * DS_CHART_SPARSE_PIXELS <= geometry->x_width;
            DsChartShape shape = ds_chart_shape_for (s);

            for (guint i = begin; sparse && i < end; i++)
              if (isfinite (series->y[i]))
                ds_chart_draw_marker (cr, shape, ds_chart_series_status (series, i),
                                      ds_chart_geometry_x (geometry, series->x[i]),
                                      ds_chart_geometry_y (geometry, series->y[i]),
                                      DS_CHART_MARKER_SIZE, color, &frame->palette->background);

            if (params->hover_series == (gint) s && params->hover_point >= 0 &&
                (guint) params->hover_point < series->n_points &&
                isfinite (series->y[params->hover_point]))
              {
                double x = ds_chart_geometry_x (geometry, series->x[params->hover_point]);
                double y = ds_chart_geometry_y (geometry, series->y[params->hover_point]);

                ds_chart_draw_marker (cr, shape,
                                      ds_chart_series_status (series, params->hover_point),
                                      x, y, HOVER_SIZE, color, &frame->palette->background);
                cairo_arc (cr, x, y, HOVER_SIZE / 2 + 3.5, 0, 2 * G_PI);
                ds_color_set_source_alpha (cr, color, 0.5);
                cairo_set_line_width (cr, 2);
                cairo_stroke (cr);
              }
          }
      }

  cairo_restore (cr);
}
