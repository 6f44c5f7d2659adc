/* ds-chart-bars-draw.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws the bars laid out by ds-chart-bars.c. Status: actual bars are solid; guidance
 * bars are hatched (diagonal lines clipped to the bar) over a light fill; estimates are
 * outlined over a light fill, rumours the same with a dashed outline. Ranges are error
 * whiskers, drawn over every bar; stacks carry their total above them, and aggregate
 * series a dashed total marker with its value over their period.
 */

#define G_LOG_DOMAIN "ds-chart"

#include "config.h"

#include <math.h>

#include "ds-chart-private.h"

#define BAR_RADIUS       2.5
#define HATCH_SPACING    6.0
#define LIGHT_FILL       0.22

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

static void
draw_bar (cairo_t         *cr,
          const DsPalette *palette,
          const DsColor   *color,
          DsPointStatus    status,
          const DsRect    *rect,
          double           radius)
{
  DsRect inner = { rect->x + 0.75, rect->y + 0.75, rect->width - 1.5, rect->height - 0.75 };

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
      for (double d = -rect->height; d < rect->width; d += HATCH_SPACING)
        {
          cairo_move_to (cr, rect->x + d, rect->y + rect->height);
          cairo_line_to (cr, rect->x + d + rect->height, rect->y);
        }
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
  g_autofree char *label = ds_chart_format_series_value (frame->chart, bar->series,
                                                         series->y[bar->point]);

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

  draw_value_label (frame, label, bar->rect.x + bar->rect.width / 2, y - 4, color);
}

void
ds_chart_draw_bars (DsChartFrame *frame)
{
  const DsChartGeometry *geometry = frame->geometry;
  const DsChartDrawParams *params = frame->params;
  DsChart *chart = frame->chart;
  cairo_t *cr = frame->cr;
  gboolean stacked = chart->bar_mode == DS_BARS_STACKED;

  cairo_save (cr);
  cairo_rectangle (cr, geometry->plot.x, geometry->plot.y - geometry->small_height - 8,
                   geometry->plot.width, geometry->plot.height + geometry->small_height + 8);
  cairo_clip (cr);

  for (guint i = 0; i < geometry->bars->len; i++)
    {
      const DsChartBar *bar = &g_array_index (geometry->bars, DsChartBar, i);
      DsChartSeries *series = ds_chart_series_at (chart, bar->series);
      const DsColor *color = ds_chart_series_color (chart, frame->palette, bar->series);

      if (bar->aggregate)
        continue;

      draw_bar (cr, frame->palette, color, ds_chart_series_status (series, bar->point),
                &bar->rect, stacked ? 0 : BAR_RADIUS);

      if (params->hover_series == (gint) bar->series && params->hover_point == (gint) bar->point)
        {
          ds_chart_rounded_rect (cr, bar->rect.x - 2, bar->rect.y - 2,
                                 bar->rect.width + 4, bar->rect.height + 4, BAR_RADIUS + 1);
          ds_color_set_source (cr, &frame->palette->foreground);
          cairo_set_line_width (cr, 2);
          cairo_stroke (cr);
        }
    }

  /* Whiskers over every bar, so that a neighbour never hides one. */
  for (guint i = 0; i < geometry->bars->len; i++)
    {
      const DsChartBar *bar = &g_array_index (geometry->bars, DsChartBar, i);
      DsChartSeries *series = ds_chart_series_at (chart, bar->series);

      if (bar->aggregate || stacked || !ds_chart_series_has_range (series, bar->point))
        continue;
      draw_whisker (cr, geometry, &frame->palette->foreground, bar->rect.x + bar->rect.width / 2,
                    series->low[bar->point], series->high[bar->point],
                    MIN (bar->rect.width * 0.5, 12));
    }

  if (stacked)
    for (guint i = 0; i < geometry->slots->len; i++)
      {
        const DsChartSlot *slot = &g_array_index (geometry->slots, DsChartSlot, i);

        if (!slot->has_total || geometry->n_groups < 2)
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

  cairo_restore (cr);
}
