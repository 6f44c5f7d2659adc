/* ds-chart-lines.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Line and step series. The points in the x range are found by binary search; when
 * there are more than DS_CHART_LOD_FACTOR per pixel column, the series is drawn
 * through its level of detail (ds-chart-lod.c), computed for the x range and width
 * and kept on the series until either changes: a frame then draws at most about two
 * points per column (the lowest and highest), whatever the size of the data, and
 * fills runs of such columns as a band rather than stroking their zig-zag.
 *
 * Status is drawn twice over: the segment leading to an estimate or a rumour is
 * dashed, and markers are filled (actual), half-filled (guidance) or hollow (estimate,
 * with a solid outline; rumour, with a dashed one: ds-chart-markers.c). Markers show
 * only where points are sparse.
 */

#define G_LOG_DOMAIN "ds-chart"

#include "config.h"

#include <math.h>

#include "ds-chart-private.h"

#define BAND_ALPHA         0.14
#define WHISKER_ALPHA      0.75
#define HOVER_SIZE        14.0
#define DASHED_BAND_ALPHA  0.45   /* dense estimates and rumours */

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

/* Strokes the polyline through @n points from @first: indices into the series, or into
 * the level of detail when @lod is given; runs of one dash style are one path. */
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
      guint index = lod != NULL ? g_array_index (lod, DsLodPoint, first + k).source_index
                                : first + k;
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

/* --- Dense lines -------------------------------------------------------------------------- */

/* At the level of detail, a dense column keeps its lowest and highest points, and the
 * polyline through them zig-zags over the column's range: what shows is a band from
 * the column's lowest to its highest point, a line's width thicker. Stroking that
 * zig-zag (round joins at two points per column) was most of a dense frame, so runs of
 * columns holding two points are filled as that band instead, in one path; columns
 * holding one point (sparse stretches, the points beyond the edges) keep the stroked
 * line, which meets the bands at their end points. Estimates and rumours, dashed on a
 * line, fill their band lighter: a dash pattern would not show on a band. */
typedef struct
{
  double   x;                 /* pixels: the mean of the column's points */
  double   top;
  double   bottom;
  guint    first;             /* its points in the level of detail: [first, end) */
  guint    end;
  gboolean dashed;            /* every point of it is dashed */
} BandColumn;

static GArray *
band_columns (const DsChartGeometry *geometry,
              DsChartSeries         *series,
              const GArray          *lod,
              guint                  n_columns)
{
  GArray *columns = g_array_new (FALSE, FALSE, sizeof (BandColumn));
  double span = geometry->x_last - geometry->x_first;
  gint64 current = G_MININT64;
  BandColumn *column = NULL;

  for (guint k = 0; k < lod->len; k++)
    {
      const DsLodPoint *point = &g_array_index (lod, DsLodPoint, k);
      double x = ds_chart_geometry_x (geometry, point->x);
      double y = ds_chart_geometry_y (geometry, point->y);
      gboolean dashed = is_dashed (ds_chart_series_status (series, point->source_index));
      guint n;
      gint64 c;

      /* The columns of ds_lod_reduce(); the points beyond the edges stand alone. */
      if (point->x < geometry->x_first)
        c = -1;
      else if (point->x > geometry->x_last)
        c = n_columns;
      else
        c = CLAMP (span > 0 ? (gint64) floor ((point->x - geometry->x_first) / span * n_columns)
                            : 0, 0, (gint64) n_columns - 1);

      if (column == NULL || c != current)
        {
          g_array_append_val (columns, ((BandColumn) { x, y, y, k, k + 1, dashed }));
          column = &g_array_index (columns, BandColumn, columns->len - 1);
          current = c;
          continue;
        }
      n = column->end - column->first;
      column->x = (column->x * n + x) / (n + 1);
      column->top = MIN (column->top, y);
      column->bottom = MAX (column->bottom, y);
      column->dashed = column->dashed && dashed;
      column->end = k + 1;
    }

  return columns;
}

static gboolean
is_dense (const GArray *columns,
          guint         c)
{
  const BandColumn *column = &g_array_index (columns, BandColumn, c);

  return column->end - column->first >= 2;
}

/* The band over columns [first, last], as one closed polygon. */
static void
band_path (cairo_t      *cr,
           const GArray *columns,
           guint         first,
           guint         last)
{
  double half = DS_CHART_LINE_WIDTH / 2;

  for (guint c = first; c <= last; c++)
    {
      const BandColumn *column = &g_array_index (columns, BandColumn, c);

      if (c == first)
        cairo_move_to (cr, column->x, column->top - half);
      else
        cairo_line_to (cr, column->x, column->top - half);
    }
  for (guint c = last + 1; c-- > first;)
    cairo_line_to (cr, g_array_index (columns, BandColumn, c).x,
                   g_array_index (columns, BandColumn, c).bottom + half);
  cairo_close_path (cr);
}

/* The bands of one style over the dense runs [begin, end) of @runs; a stretch of one
 * style reaches the next stretch's first column, so that they meet. */
static void
fill_bands (cairo_t       *cr,
            const GArray  *columns,
            const GArray  *runs,
            gboolean       dashed,
            const DsColor *color)
{
  gboolean any = FALSE;

  cairo_new_path (cr);
  for (guint r = 0; r + 1 < runs->len; r += 2)
    {
      guint begin = g_array_index (runs, guint, r);
      guint end = g_array_index (runs, guint, r + 1);

      for (guint i = begin; i < end;)
        {
          gboolean style = g_array_index (columns, BandColumn, i).dashed;
          guint j = i + 1;

          while (j < end && g_array_index (columns, BandColumn, j).dashed == style)
            j++;
          if (style == dashed)
            {
              /* A last stretch of one column leans on the column before it. */
              band_path (cr, columns, j - i < 2 && j == end ? i - 1 : i, MIN (j, end - 1));
              any = TRUE;
            }
          i = j;
        }
    }
  if (!any)
    return;

  ds_color_set_source_alpha (cr, color, dashed ? DASHED_BAND_ALPHA : 1);
  cairo_fill (cr);
}

static void
draw_reduced (DsChartFrame  *frame,
              DsChartSeries *series,
              const DsColor *color,
              const GArray  *lod,
              guint          n_columns)
{
  g_autoptr(GArray) columns = band_columns (frame->geometry, series, lod, n_columns);
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (guint));
  guint line_from = 0;        /* the first point of the level of detail the line takes */

  /* Runs of at least two dense columns: a band needs two. */
  for (guint c = 0; c < columns->len;)
    {
      guint end = c;

      while (end < columns->len && is_dense (columns, end))
        end++;
      if (end - c >= 2)
        {
          g_array_append_val (runs, c);
          g_array_append_val (runs, end);
        }
      c = MAX (end, c + 1);
    }

  fill_bands (frame->cr, columns, runs, FALSE, color);
  fill_bands (frame->cr, columns, runs, TRUE, color);

  /* The line between the bands, from the last point of one to the first of the next. */
  for (guint r = 0; r + 1 < runs->len; r += 2)
    {
      const BandColumn *first = &g_array_index (columns, BandColumn, g_array_index (runs, guint, r));
      const BandColumn *last = &g_array_index (columns, BandColumn,
                                               g_array_index (runs, guint, r + 1) - 1);

      if (first->first > line_from)
        draw_polyline (frame, series, color, lod, line_from, first->first + 1 - line_from);
      line_from = last->end - 1;
    }
  if (lod->len > line_from + 1)
    draw_polyline (frame, series, color, lod, line_from, lod->len - line_from);
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

            draw_reduced (frame, series, color, lod, columns);
            series->n_drawn = lod->len;
          }
        else if (pass == 1)
          {
            /* Within the range, the level of detail of another zoom level is stale. */
            if (series->lod != NULL)
              ds_chart_series_clear_lod (series);
            draw_polyline (frame, series, color, NULL, first, last - first);
            series->n_drawn = last - first;
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
