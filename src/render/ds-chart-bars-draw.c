/* ds-chart-bars-draw.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws the bars laid out by ds-chart-bars.c. Status: actual bars are solid; guidance
 * bars are hatched (diagonal lines clipped to the bar) over a light fill; estimates are
 * outlined over a light fill, rumours the same with a dashed outline. Ranges are error
 * whiskers, drawn over every bar; stacks carry their total above them, and aggregate
 * series a dashed total marker with its value over their period.
 *
 * Bars merged per pixel column (ds-chart-bars.c) are snapped to whole pixels and
 * filled in one path per series: cairo fills a path of pixel-aligned rectangles as
 * boxes. One path of unaligned or rounded bars across the plot would not help: it is
 * scan-converted over its whole bounding box, which costs more than a fill per bar.
 */

#define G_LOG_DOMAIN "ds-chart"

#include "config.h"

#include <math.h>

#include "ds-chart-private.h"

#define BAR_RADIUS       2.5
#define HATCH_SPACING    6.0
#define LIGHT_FILL       0.22
#define HATCH_CUT_RATIO 20.0    /* bars taller than this many widths: cut diagonals, square */
#define HATCH_REACH      2.0    /* how far past the sides a cut diagonal runs */

static void
bar_path (cairo_t      *cr,
          const DsRect *rect,
          double        radius)
{
  radius = MIN (radius, MIN (rect->width, rect->height) / 2);
  if (radius <= 0.5)
    {
      cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
      return;
    }

  /* Rounded at the top only: the bar stands on the axis. */
  cairo_new_sub_path (cr);
  cairo_move_to (cr, rect->x, rect->y + rect->height);
  cairo_arc (cr, rect->x + radius, rect->y + radius, radius, G_PI, 1.5 * G_PI);
  cairo_arc (cr, rect->x + rect->width - radius, rect->y + radius, radius, 1.5 * G_PI, 2 * G_PI);
  cairo_line_to (cr, rect->x + rect->width, rect->y + rect->height);
  cairo_close_path (cr);
}

/* Guidance hatching: diagonals over @rect, for the caller to clip and stroke. */
static void
hatch_path (cairo_t      *cr,
            const DsRect *rect)
{
  for (double d = -rect->height; d < rect->width; d += HATCH_SPACING)
    {
      /* A diagonal across a tall, narrow bar runs mostly outside it, and stroking
       * it whole is costly: cut it a little beyond the bar's sides (the clip still
       * shapes the edge). Other bars keep whole diagonals, as they always had. */
      double t0 = 0;
      double t1 = rect->height;

      if (rect->height > HATCH_CUT_RATIO * rect->width)
        {
          t0 = MAX (0, -d - HATCH_REACH);
          t1 = MIN (rect->height, rect->width - d + HATCH_REACH);
          if (t0 >= t1)
            continue;
        }
      cairo_move_to (cr, rect->x + d + t0, rect->y + rect->height - t0);
      cairo_line_to (cr, rect->x + d + t1, rect->y + rect->height - t1);
    }
}

static void
draw_bar (cairo_t         *cr,
          const DsPalette *palette,
          const DsColor   *color,
          DsPointStatus    status,
          const DsRect    *rect,
          double           radius)
{
  DsRect inner = { rect->x + 0.75, rect->y + 0.75, rect->width - 1.5, rect->height - 0.75 };

  /* A bar much taller than wide (many periods on a tall chart) has square corners:
   * their rounding hardly shows at that width, and rectangles fill, clip and stroke
   * as boxes instead of being scan-converted over the bar's whole height. */
  if (rect->height > HATCH_CUT_RATIO * rect->width)
    radius = 0;

  cairo_save (cr);

  if (status == DS_POINT_ACTUAL || rect->width < 4 || rect->height < 3)
    {
      bar_path (cr, rect, radius);
      ds_color_set_source (cr, color);
      cairo_fill (cr);
      cairo_restore (cr);
      return;
    }

  bar_path (cr, rect, radius);
  ds_color_set_source_alpha (cr, color, status == DS_POINT_RUMOUR ? LIGHT_FILL / 2 : LIGHT_FILL);
  cairo_fill (cr);

  if (status == DS_POINT_GUIDANCE)
    {
      cairo_save (cr);
      bar_path (cr, rect, radius);
      cairo_clip (cr);
      ds_color_set_source (cr, color);
      cairo_set_line_width (cr, 1.5);
      hatch_path (cr, rect);
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  if (status == DS_POINT_RUMOUR)
    {
      double dash[] = { 4, 3 };

      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
    }
  bar_path (cr, &inner, MAX (0, radius - 0.75));
  ds_color_set_source (cr, color);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
ds_chart_draw_bar_swatch (cairo_t         *cr,
                          const DsPalette *palette,
                          const DsColor   *color,
                          DsPointStatus    status,
                          gboolean         aggregate,
                          const DsRect    *rect)
{
  if (aggregate)
    {
      double dash[] = { 4, 2 };
      double y = round (rect->y + rect->height / 2) + 0.5;

      cairo_save (cr);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_set_line_width (cr, 2);
      ds_color_set_source (cr, color);
      cairo_move_to (cr, rect->x, y);
      cairo_line_to (cr, rect->x + rect->width, y);
      cairo_stroke (cr);
      cairo_restore (cr);
      return;
    }

  draw_bar (cr, palette, color, status, rect, 2);
}

static void
draw_whisker (cairo_t               *cr,
              const DsChartGeometry *geometry,
              const DsColor         *color,
              double                 x,
              double                 low,
              double                 high,
              double                 cap)
{
  double y0 = ds_chart_geometry_y (geometry, low);
  double y1 = ds_chart_geometry_y (geometry, high);

  x = round (x) + 0.5;
  cairo_move_to (cr, x, y0);
  cairo_line_to (cr, x, y1);
  cairo_move_to (cr, x - cap / 2, round (y0) + 0.5);
  cairo_line_to (cr, x + cap / 2, round (y0) + 0.5);
  cairo_move_to (cr, x - cap / 2, round (y1) + 0.5);
  cairo_line_to (cr, x + cap / 2, round (y1) + 0.5);
  ds_color_set_source_alpha (cr, color, 0.8);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

static void
draw_value_label (DsChartFrame *frame,
                  const char   *label,
                  double        centre,
                  double        bottom,
                  const DsColor *color)
{
  cairo_t *cr = frame->cr;
  int width;
  int height;

  ds_chart_set_text (frame, frame->geometry->font_small_bold, label, -1, &width, &height);
  ds_color_set_source_alpha (cr, &frame->palette->background, 0.85);
  ds_chart_rounded_rect (cr, round (centre - width / 2.0) - 3, bottom - height - 1,
                         width + 6, height + 2, 4);
  cairo_fill (cr);
  ds_color_set_source (cr, color);
  ds_chart_show_text (frame, round (centre - width / 2.0), bottom - height);
}

static void
draw_aggregate (DsChartFrame     *frame,
                const DsChartBar *bar,
                DsChartSeries    *series,
                gboolean          hovered)
{
  cairo_t *cr = frame->cr;
  const DsColor *color = ds_chart_series_color (frame->chart, frame->palette, bar->series);
  DsPointStatus status = ds_chart_series_status (series, bar->point);
  double actual_dash[] = { 6, 3 };
  double other_dash[] = { 2, 3 };
  double y = round (bar->value_y) + 0.5;
  g_autofree char *label = NULL;

  cairo_save (cr);
  if (status == DS_POINT_ACTUAL)
    cairo_set_dash (cr, actual_dash, G_N_ELEMENTS (actual_dash), 0);
  else
    cairo_set_dash (cr, other_dash, G_N_ELEMENTS (other_dash), 0);
  cairo_set_line_width (cr, hovered ? 3 : 2);
  ds_color_set_source (cr, color);
  cairo_move_to (cr, bar->rect.x, y);
  cairo_line_to (cr, bar->rect.x + bar->rect.width, y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, bar->rect.x, y - 4);
  cairo_line_to (cr, bar->rect.x, y + 4);
  cairo_move_to (cr, bar->rect.x + bar->rect.width, y - 4);
  cairo_line_to (cr, bar->rect.x + bar->rect.width, y + 4);
  cairo_stroke (cr);
  cairo_restore (cr);

  /* Markers merged per pixel column are too close for their values to be read. */
  if (bar->column)
    return;
  label = ds_chart_format_series_value (frame->chart, bar->series, series->y[bar->point]);
  draw_value_label (frame, label, bar->rect.x + bar->rect.width / 2, y - 4, color);
}

/* Merged columns snap to whole pixels: a path of pixel-aligned rectangles is filled
 * as boxes, without scan-converting the bounding box of the whole path. */
static gboolean
column_box (const DsRect *rect,
            double        *x0,
            double        *y0,
            double        *x1,
            double        *y1)
{
  if (rect->height <= 0)
    return FALSE;
  *x0 = round (rect->x);
  *x1 = MAX (*x0 + 1, round (rect->x + rect->width));
  *y0 = round (rect->y);
  *y1 = MAX (*y0 + 1, round (rect->y + rect->height));

  return TRUE;
}

/* Guidance hatching for merged bars: one tile of the diagonals, repeated as a mask,
 * composites as a pattern over the bar's box instead of stroking every diagonal. */
static cairo_pattern_t *
hatch_tile (void)
{
  int size = (int) HATCH_SPACING;
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_A8, size, size);
  cairo_t *cr = cairo_create (tile);
  cairo_pattern_t *pattern;

  /* The diagonal through the tile and its neighbours' ends, so that tiles join. */
  for (int k = -1; k <= 1; k++)
    {
      cairo_move_to (cr, k * size, size);
      cairo_line_to (cr, (k + 1) * size, 0);
    }
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);

  return pattern;
}

/* The outline of a pixel-aligned box, two pixels wide, as boxes; rumours dashed. */
static void
outline_boxes (cairo_t      *cr,
               const DsRect *box,
               gboolean      dashed)
{
  double x1 = box->x + box->width;
  double y1 = box->y + box->height;
  double on = dashed ? 4 : MAX (box->width, box->height);
  double period = dashed ? 7 : on;

  for (double x = box->x; x < x1; x += period)
    {
      cairo_rectangle (cr, x, box->y, MIN (on, x1 - x), 2);
      cairo_rectangle (cr, x, y1 - 2, MIN (on, x1 - x), 2);
    }
  for (double y = box->y; y < y1; y += period)
    {
      cairo_rectangle (cr, box->x, y, 2, MIN (on, y1 - y));
      cairo_rectangle (cr, x1 - 2, y, 2, MIN (on, y1 - y));
    }
}

/* A bar that stands for several points of its slot (dense data: one point per slot
 * never gets here, and keeps draw_bar's look) is snapped to whole pixels, with square
 * corners, its outline is boxes and its hatching a repeated tile: composited as such,
 * rather than polygons scan-converted over the bar's height, which on a tall chart of
 * many such bars was most of the frame. Its style is its shown point's. */
static void
draw_merged_bar (cairo_t          *cr,
                 const DsColor    *color,
                 DsPointStatus     status,
                 const DsRect     *rect,
                 cairo_pattern_t **hatch)
{
  DsRect box;
  double x0, y0, x1, y1;

  if (!column_box (rect, &x0, &y0, &x1, &y1))
    return;
  box = (DsRect) { x0, y0, x1 - x0, y1 - y0 };

  cairo_rectangle (cr, box.x, box.y, box.width, box.height);
  if (status == DS_POINT_ACTUAL || box.width < 4 || box.height < 3)
    {
      ds_color_set_source (cr, color);
      cairo_fill (cr);
      return;
    }

  ds_color_set_source_alpha (cr, color, status == DS_POINT_RUMOUR ? LIGHT_FILL / 2 : LIGHT_FILL);
  if (status == DS_POINT_GUIDANCE)
    {
      cairo_matrix_t matrix;

      if (*hatch == NULL)
        *hatch = hatch_tile ();
      /* Diagonals start from the bar's bottom left corner, as hatch_path()'s do. */
      cairo_matrix_init_translate (&matrix, -box.x, -(box.y + box.height));
      cairo_pattern_set_matrix (*hatch, &matrix);
      cairo_fill_preserve (cr);
      cairo_save (cr);
      cairo_clip (cr);
      ds_color_set_source (cr, color);
      cairo_mask (cr, *hatch);
      cairo_restore (cr);
    }
  else
    cairo_fill (cr);
  outline_boxes (cr, &box, status == DS_POINT_RUMOUR);
  ds_color_set_source (cr, color);
  cairo_fill (cr);
}

/* Bars [@first, @end) of one series: the merged columns in one fill, then the others
 * one by one, as they always were drawn (few: each is at least
 * DS_CHART_BAR_LOD_PIXELS wide). */
static void
draw_series_bars (DsChartFrame     *frame,
                  guint             first,
                  guint             end,
                  double            radius,
                  cairo_pattern_t **hatch)
{
  const GArray *bars = frame->geometry->bars;
  const DsChartDrawParams *params = frame->params;
  guint series = g_array_index (bars, DsChartBar, first).series;
  DsChartSeries *item = ds_chart_series_at (frame->chart, series);
  const DsColor *color = ds_chart_series_color (frame->chart, frame->palette, series);
  cairo_t *cr = frame->cr;
  gboolean any = FALSE;

  cairo_new_path (cr);
  for (guint i = first; i < end; i++)
    {
      const DsChartBar *bar = &g_array_index (bars, DsChartBar, i);
      double x0, y0, x1, y1;

      if (bar->aggregate || !bar->column || !column_box (&bar->rect, &x0, &y0, &x1, &y1))
        continue;
      cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
      any = TRUE;
    }
  if (any)
    {
      ds_color_set_source (cr, color);
      cairo_fill (cr);
    }

  for (guint i = first; i < end; i++)
    {
      const DsChartBar *bar = &g_array_index (bars, DsChartBar, i);

      if (bar->aggregate || bar->column)
        continue;
      if (bar->n_points > 1)
        draw_merged_bar (cr, color, bar->status, &bar->rect, hatch);
      else
        draw_bar (cr, frame->palette, color, ds_chart_series_status (item, bar->point),
                  &bar->rect, radius);
    }

  /* The hovered bar's ring. */
  for (guint i = first; i < end; i++)
    {
      const DsChartBar *bar = &g_array_index (bars, DsChartBar, i);

      if (bar->aggregate || params->hover_series != (gint) bar->series ||
          params->hover_point != (gint) bar->point)
        continue;
      ds_chart_rounded_rect (cr, bar->rect.x - 2, bar->rect.y - 2,
                             bar->rect.width + 4, bar->rect.height + 4, BAR_RADIUS + 1);
      ds_color_set_source (cr, &frame->palette->foreground);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }
}

void
ds_chart_draw_bars (DsChartFrame *frame)
{
  const DsChartGeometry *geometry = frame->geometry;
  const DsChartDrawParams *params = frame->params;
  DsChart *chart = frame->chart;
  cairo_t *cr = frame->cr;
  gboolean stacked = chart->bar_mode == DS_BARS_STACKED;
  cairo_pattern_t *hatch = NULL;
  gboolean any = FALSE;

  cairo_save (cr);
  cairo_rectangle (cr, geometry->plot.x, geometry->plot.y - geometry->small_height - 8,
                   geometry->plot.width, geometry->plot.height + geometry->small_height + 8);
  cairo_clip (cr);

  /* The bars are in series order. */
  for (guint i = 0; i < geometry->bars->len;)
    {
      guint series = g_array_index (geometry->bars, DsChartBar, i).series;
      guint end = i + 1;

      while (end < geometry->bars->len &&
             g_array_index (geometry->bars, DsChartBar, end).series == series)
        end++;
      draw_series_bars (frame, i, end, stacked ? 0 : BAR_RADIUS, &hatch);
      i = end;
    }

  /* Whiskers over every bar, so that a neighbour never hides one; on bars that stand
   * for several points, a pixel-wide line over the merged range (with caps on slots),
   * all in one fill of boxes. */
  for (guint i = 0; !stacked && i < geometry->bars->len; i++)
    {
      const DsChartBar *bar = &g_array_index (geometry->bars, DsChartBar, i);

      if (bar->aggregate || bar->column || bar->n_points > 1 || isnan (bar->low))
        continue;
      draw_whisker (cr, geometry, &frame->palette->foreground, bar->rect.x + bar->rect.width / 2,
                    bar->low, bar->high, MIN (bar->rect.width * 0.5, 12));
    }
  cairo_new_path (cr);
  for (guint i = 0; !stacked && i < geometry->bars->len; i++)
    {
      const DsChartBar *bar = &g_array_index (geometry->bars, DsChartBar, i);
      double x;
      double y0;
      double y1;

      if (bar->aggregate || !(bar->column || bar->n_points > 1) || isnan (bar->low))
        continue;
      x = floor (bar->rect.x + bar->rect.width / 2);
      y0 = round (ds_chart_geometry_y (geometry, bar->high));
      y1 = round (ds_chart_geometry_y (geometry, bar->low));
      cairo_rectangle (cr, x, MIN (y0, y1), 1, MAX (1, fabs (y1 - y0)));
      if (!bar->column)
        {
          double cap = round (MIN (bar->rect.width * 0.5, 12) / 2);

          cairo_rectangle (cr, x - cap, y0, 2 * cap + 1, 1);
          cairo_rectangle (cr, x - cap, y1, 2 * cap + 1, 1);
        }
      any = TRUE;
    }
  if (any)
    {
      ds_color_set_source_alpha (cr, &frame->palette->foreground, 0.8);
      cairo_fill (cr);
    }

  /* Totals over stacks wide enough to be read. */
  if (stacked)
    for (guint i = 0; i < geometry->slots->len; i++)
      {
        const DsChartSlot *slot = &g_array_index (geometry->slots, DsChartSlot, i);

        if (!slot->has_total || geometry->n_groups < 2 ||
            slot->x1 - slot->x0 < DS_CHART_BAR_LOD_PIXELS)
          continue;
        draw_value_label (frame, slot->total_label, (slot->x0 + slot->x1) / 2,
                          ds_chart_geometry_y (geometry, slot->positive) - 4,
                          &frame->palette->foreground);
      }

  for (guint i = 0; i < geometry->bars->len; i++)
    {
      const DsChartBar *bar = &g_array_index (geometry->bars, DsChartBar, i);

      if (bar->aggregate)
        draw_aggregate (frame, bar, ds_chart_series_at (chart, bar->series),
                        params->hover_series == (gint) bar->series &&
                        params->hover_point == (gint) bar->point);
    }

  g_clear_pointer (&hatch, cairo_pattern_destroy);
  cairo_restore (cr);
}
