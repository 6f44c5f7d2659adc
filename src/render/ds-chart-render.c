/* ds-chart-render.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A frame, in the visual language of the timeline renderer: small dim axis labels,
 * light grid lines, bold tick labels where a larger period starts, rounded cards and
 * pills for labels over data. Back to front: background, drag-to-zoom band, grid,
 * annotation rules, the data (ds-chart-bars.c or ds-chart-lines.c), axes, annotation
 * labels, legend. A frame only reads the cached geometry (ds-chart-layout.c); its
 * only allocation is one PangoLayout.
 */

#define G_LOG_DOMAIN "ds-chart"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "ds-chart-private.h"

#define RULE_ALPHA   0.45
#define KEY_ALPHA    0.72

static inline double
snap (double v)
{
  return round (v) + 0.5;
}

void
ds_chart_rounded_rect (cairo_t *cr,
                       double   x,
                       double   y,
                       double   width,
                       double   height,
                       double   radius)
{
  radius = MIN (radius, MIN (width, height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

void
ds_chart_set_text (DsChartFrame               *frame,
                   const PangoFontDescription *font,
                   const char                 *text,
                   double                      max_width,
                   int                        *width,
                   int                        *height)
{
  pango_layout_set_font_description (frame->text, font);
  pango_layout_set_width (frame->text, max_width < 0 ? -1 : (int) (max_width * PANGO_SCALE));
  pango_layout_set_text (frame->text, text != NULL ? text : "", -1);
  pango_layout_get_pixel_size (frame->text, width, height);
}

void
ds_chart_show_text (DsChartFrame *frame,
                    double        x,
                    double        y)
{
  cairo_move_to (frame->cr, round (x), round (y));
  pango_cairo_show_layout (frame->cr, frame->text);
}

/* --- Grid and axes ---------------------------------------------------------------------- */

static void
draw_selection (DsChartFrame *frame)
{
  const DsChartDrawParams *params = frame->params;
  const DsRect *plot = &frame->geometry->plot;
  cairo_t *cr = frame->cr;
  double from;
  double to;

  if (!isfinite (params->selection_from) || !isfinite (params->selection_to))
    return;

  from = CLAMP (MIN (params->selection_from, params->selection_to), plot->x, plot->x + plot->width);
  to = CLAMP (MAX (params->selection_from, params->selection_to), plot->x, plot->x + plot->width);
  ds_color_set_source_alpha (cr, &frame->palette->accent, 0.14);
  cairo_rectangle (cr, from, plot->y, to - from, plot->height);
  cairo_fill (cr);
  ds_color_set_source_alpha (cr, &frame->palette->accent, 0.7);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, snap (from), plot->y);
  cairo_line_to (cr, snap (from), plot->y + plot->height);
  cairo_move_to (cr, snap (to), plot->y);
  cairo_line_to (cr, snap (to), plot->y + plot->height);
  cairo_stroke (cr);
}

static void
draw_grid (DsChartFrame *frame)
{
  const DsChartGeometry *geometry = frame->geometry;
  const DsRect *plot = &geometry->plot;
  cairo_t *cr = frame->cr;
  double baseline = plot->y + plot->height;

  cairo_set_line_width (cr, 1);

  for (guint i = 0; i < geometry->value_ticks->len; i++)
    {
      const DsChartTick *tick = &g_array_index (geometry->value_ticks, DsChartTick, i);
      double y = snap (tick->pixel);

      if (tick->pixel < plot->y - 0.5 || tick->pixel > plot->y + plot->height - 0.5)
        continue;
      ds_color_set_source_alpha (cr, &frame->palette->grid, tick->major ? 1.0 : 0.45);
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
      cairo_stroke (cr);
    }

  for (guint i = 0; i < geometry->x_ticks->len; i++)
    {
      const DsChartTick *tick = &g_array_index (geometry->x_ticks, DsChartTick, i);
      double x = snap (tick->pixel);

      if (tick->pixel < plot->x || tick->pixel > plot->x + plot->width)
        continue;
      ds_color_set_source_alpha (cr, &frame->palette->grid, tick->major ? 0.9 : 0.5);
      cairo_move_to (cr, x, plot->y);
      cairo_line_to (cr, x, plot->y + plot->height);
      cairo_stroke (cr);
    }

  /* The x axis line and its ticks, under the data: a point at its level stays whole. */
  ds_color_set_source_alpha (cr, &frame->palette->dim, 0.6);
  cairo_move_to (cr, plot->x, snap (baseline));
  cairo_line_to (cr, plot->x + plot->width, snap (baseline));
  cairo_stroke (cr);

  for (guint i = 0; i < geometry->x_ticks->len; i++)
    {
      const DsChartTick *tick = &g_array_index (geometry->x_ticks, DsChartTick, i);

      if (tick->pixel < plot->x - 0.5 || tick->pixel > plot->x + plot->width + 0.5)
        continue;
      ds_color_set_source_alpha (cr, &frame->palette->dim, tick->major ? 1.0 : 0.6);
      cairo_move_to (cr, snap (tick->pixel), baseline);
      cairo_line_to (cr, snap (tick->pixel), baseline + (tick->major ? 5 : 3));
      cairo_stroke (cr);
    }

  /* Bar periods: a tick between them, once per pixel (thousands of periods share a
   * few hundred pixels, and stroking one tick twice paints the same pixels). */
  ds_color_set_source_alpha (cr, &frame->palette->dim, 0.6);
  if (geometry->slots != NULL && geometry->slots->len > 0)
    {
      gint64 left = (gint64) snap (plot->x - 0.5);
      guint n_pixels = (guint) MAX (0, snap (plot->x + plot->width + 0.5) - left) + 1;
      g_autofree guint8 *ticked = g_new0 (guint8, n_pixels);

      for (guint i = 0; i < geometry->slots->len; i++)
        {
          const DsChartSlot *slot = &g_array_index (geometry->slots, DsChartSlot, i);

          for (guint k = 0; k < 2; k++)
            {
              double x = k == 0 ? slot->x0 : slot->x1;
              gint64 pixel;

              if (x < plot->x - 0.5 || x > plot->x + plot->width + 0.5)
                continue;
              pixel = (gint64) snap (x) - left;
              if (pixel >= 0 && pixel < n_pixels)
                {
                  if (ticked[pixel])
                    continue;
                  ticked[pixel] = 1;
                }
              cairo_move_to (cr, snap (x), baseline);
              cairo_line_to (cr, snap (x), baseline + 4);
            }
        }
    }
  cairo_stroke (cr);
}

static void
draw_value_axis (DsChartFrame *frame)
{
  const DsChartGeometry *geometry = frame->geometry;
  const DsRect *plot = &geometry->plot;
  cairo_t *cr = frame->cr;
  double previous_top = G_MAXDOUBLE;

  for (guint i = 0; i < geometry->value_ticks->len; i++)
    {
      const DsChartTick *tick = &g_array_index (geometry->value_ticks, DsChartTick, i);
      int width;
      int height;
      double y;

      if (tick->label == NULL || tick->pixel < plot->y - 1 || tick->pixel > plot->y + plot->height + 1)
        continue;

      ds_chart_set_text (frame, geometry->font_small, tick->label, -1, &width, &height);
      y = round (tick->pixel - height / 2.0);
      if (y + height > previous_top)
        continue;
      ds_color_set_source (cr, &frame->palette->dim);
      ds_chart_show_text (frame, plot->x - 8 - width, y);
      previous_top = y;
    }

  /* The zero line, stronger than the grid, when the axis crosses zero. */
  if (!geometry->values.logarithmic && geometry->values.min < 0 && geometry->values.max > 0)
    {
      double y = snap (ds_chart_geometry_y (geometry, 0));

      ds_color_set_source_alpha (cr, &frame->palette->dim, 0.6);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, plot->x, y);
      cairo_line_to (cr, plot->x + plot->width, y);
      cairo_stroke (cr);
    }

  if (geometry->value_title != NULL && geometry->value_title_rect.width > 0)
    {
      int width;
      int height;

      ds_chart_set_text (frame, geometry->font_small_bold, geometry->value_title,
                         -1, &width, &height);
      ds_color_set_source (cr, &frame->palette->dim);
      ds_chart_show_text (frame, geometry->value_title_rect.x, geometry->value_title_rect.y);
    }
}

static void
draw_x_axis (DsChartFrame *frame)
{
  const DsChartGeometry *geometry = frame->geometry;
  const DsRect *plot = &geometry->plot;
  cairo_t *cr = frame->cr;
  double baseline = plot->y + plot->height;
  double label_y = baseline + 7;
  double previous_right = -G_MAXDOUBLE;
  int width;
  int height;

  for (guint i = 0; i < geometry->x_ticks->len; i++)
    {
      const DsChartTick *tick = &g_array_index (geometry->x_ticks, DsChartTick, i);

      if (tick->pixel < plot->x - 0.5 || tick->pixel > plot->x + plot->width + 0.5 ||
          tick->label == NULL)
        continue;
      ds_chart_set_text (frame, tick->major ? geometry->font_small_bold : geometry->font_small,
                         tick->label, -1, &width, &height);
      if (tick->pixel - width / 2.0 < 2 || tick->pixel + width / 2.0 > geometry->width - 2 ||
          tick->pixel - width / 2.0 < previous_right + 8)
        continue;
      ds_color_set_source (cr, tick->major ? &frame->palette->foreground : &frame->palette->dim);
      ds_chart_show_text (frame, tick->pixel - width / 2.0, label_y);
      previous_right = tick->pixel + width / 2.0;
    }

  /* Bar periods: the label under their middle. */
  for (guint i = 0; geometry->slots != NULL && i < geometry->slots->len; i++)
    {
      const DsChartSlot *slot = &g_array_index (geometry->slots, DsChartSlot, i);
      double centre = (slot->x0 + slot->x1) / 2;

      if (!slot->show_label || slot->label == NULL || centre < plot->x ||
          centre > plot->x + plot->width)
        continue;
      /* Labels are spaced out to fit (see slot_labels): only a lone label wider than
       * its period and its neighbours' room is cut short. */
      ds_chart_set_text (frame, geometry->font_small, slot->label,
                         MAX (slot->x1 - slot->x0, slot->label_width), &width, &height);
      ds_color_set_source (cr, &frame->palette->foreground);
      ds_chart_show_text (frame, centre - width / 2.0, label_y);
    }

  if (geometry->x_title != NULL && geometry->x_title_rect.width > 0)
    {
      ds_chart_set_text (frame, geometry->font_small_bold, geometry->x_title, -1, &width, &height);
      ds_color_set_source (cr, &frame->palette->dim);
      ds_chart_show_text (frame, geometry->x_title_rect.x, geometry->x_title_rect.y);
    }
}

/* --- Annotations ----------------------------------------------------------------------- */

static void
draw_annotation_rules (DsChartFrame *frame)
{
  const DsChartGeometry *geometry = frame->geometry;
  const DsRect *plot = &geometry->plot;
  cairo_t *cr = frame->cr;
  double dash[] = { 3, 3 };

  cairo_save (cr);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_set_line_width (cr, 1);
  ds_color_set_source_alpha (cr, &frame->palette->foreground, RULE_ALPHA);

  for (guint i = 0; i < geometry->annotations->len; i++)
    {
      const DsChartAnnotationPlace *place = &g_array_index (geometry->annotations,
                                                            DsChartAnnotationPlace, i);
      const DsChartAnnotation *annotation = &g_array_index (frame->chart->annotations,
                                                            DsChartAnnotation,
                                                            place->annotation);

      if (annotation->vertical)
        {
          double top = place->row >= 0 ? place->label.y + place->label.height / 2 : plot->y;

          cairo_move_to (cr, snap (place->pixel), plot->y + plot->height);
          cairo_line_to (cr, snap (place->pixel), top);
        }
      else if (place->pixel >= plot->y - 0.5 && place->pixel <= plot->y + plot->height + 0.5)
        {
          cairo_move_to (cr, plot->x, snap (place->pixel));
          cairo_line_to (cr, plot->x + plot->width, snap (place->pixel));
        }
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_annotation_labels (DsChartFrame *frame)
{
  const DsChartGeometry *geometry = frame->geometry;
  const DsRect *plot = &geometry->plot;
  cairo_t *cr = frame->cr;

  for (guint i = 0; i < geometry->annotations->len; i++)
    {
      const DsChartAnnotationPlace *place = &g_array_index (geometry->annotations,
                                                            DsChartAnnotationPlace, i);
      const DsChartAnnotation *annotation = &g_array_index (frame->chart->annotations,
                                                            DsChartAnnotation,
                                                            place->annotation);
      int width;
      int height;

      if (annotation->label == NULL || annotation->label[0] == '\0')
        continue;
      if (annotation->vertical ? place->row < 0
                               : place->pixel < plot->y || place->pixel > plot->y + plot->height)
        continue;

      ds_chart_set_text (frame, geometry->font_small, annotation->label, place->label.width,
                         &width, &height);
      if (annotation->vertical)
        {
          double x = place->pixel;

          cairo_arc (cr, snap (x), place->label.y + height / 2.0, 2.5, 0, 2 * G_PI);
          ds_color_set_source_alpha (cr, &frame->palette->foreground, 0.7);
          cairo_fill (cr);
        }
      else
        {
          ds_color_set_source_alpha (cr, &frame->palette->background, 0.85);
          ds_chart_rounded_rect (cr, place->label.x - 4, place->label.y - 1, width + 8,
                                 height + 2, 4);
          cairo_fill (cr);
        }
      ds_color_set_source (cr, &frame->palette->foreground);
      ds_chart_show_text (frame, place->label.x, place->label.y);
    }
}

/* --- Legend ------------------------------------------------------------------------------ */

static void
draw_swatch (DsChartFrame             *frame,
             const DsChartLegendEntry *entry,
             double                    cy)
{
  DsChart *chart = frame->chart;
  const DsPalette *palette = frame->palette;
  cairo_t *cr = frame->cr;
  double x = entry->rect.x;
  gboolean visible = entry->series < 0 || ds_chart_series_at (chart, entry->series)->visible;
  gboolean aggregate = entry->series >= 0 && ds_chart_series_at (chart, entry->series)->aggregate;
  DsPointStatus status = entry->series < 0 ? (DsPointStatus) entry->status : DS_POINT_ACTUAL;
  DsColor color = entry->series < 0 ? palette->foreground
                                    : *ds_chart_series_color (chart, palette, entry->series);

  if (entry->series < 0)
    color.alpha *= KEY_ALPHA;
  if (!visible)
    {
      /* Hidden: a hollow, greyed swatch. */
      color = palette->dim;
      color.alpha *= 0.7;
      status = DS_POINT_ESTIMATE;
    }

  if (chart->kind == DS_CHART_BARS || aggregate)
    {
      DsRect rect = { x + 5, round (cy - 6), 14, 12 };

      if (aggregate)
        rect = (DsRect) { x + 2, cy - 3, 20, 6 };
      ds_chart_draw_bar_swatch (cr, palette, &color, status, aggregate, &rect);
      return;
    }

  /* A stretch of line through the series' marker: its colour, dash and shape. */
  if (status == DS_POINT_ESTIMATE || status == DS_POINT_RUMOUR)
    {
      double dash[] = { 4, 3 };

      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
    }
  ds_color_set_source (cr, &color);
  cairo_set_line_width (cr, DS_CHART_LINE_WIDTH);
  cairo_move_to (cr, x, snap (cy) - 0.5);
  cairo_line_to (cr, x + 24, snap (cy) - 0.5);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  ds_chart_draw_marker (cr, entry->series < 0 ? DS_CHART_SHAPE_CIRCLE : ds_chart_shape_for (entry->series),
                        status, x + 12, round (cy), 9, &color, &palette->background);
}

static void
draw_legend (DsChartFrame *frame)
{
  const DsChartGeometry *geometry = frame->geometry;
  cairo_t *cr = frame->cr;
  PangoAttrList *strike = NULL;

  for (guint i = 0; i < geometry->legend_entries->len; i++)
    {
      const DsChartLegendEntry *entry = &g_array_index (geometry->legend_entries,
                                                        DsChartLegendEntry, i);
      gboolean hidden = entry->series >= 0 &&
                        !ds_chart_series_at (frame->chart, entry->series)->visible;
      const char *text = entry->series >= 0
                         ? ds_chart_series_at (frame->chart, entry->series)->title
                         : ds_point_status_to_label (entry->status);
      double cy = entry->rect.y + entry->rect.height / 2;
      int width;
      int height;

      if (entry->rect.width <= 0)
        continue;

      cairo_save (cr);
      draw_swatch (frame, entry, cy);
      cairo_restore (cr);

      if (hidden)
        {
          if (strike == NULL)
            {
              strike = pango_attr_list_new ();
              pango_attr_list_insert (strike, pango_attr_strikethrough_new (TRUE));
            }
          pango_layout_set_attributes (frame->text, strike);
        }
      ds_chart_set_text (frame, geometry->font_small, text, entry->text_width, &width, &height);
      ds_color_set_source (cr, hidden || entry->series < 0 ? &frame->palette->dim
                                                           : &frame->palette->foreground);
      ds_chart_show_text (frame, entry->rect.x + 30, round (cy - height / 2.0));
      pango_layout_set_attributes (frame->text, NULL);
    }

  g_clear_pointer (&strike, pango_attr_list_unref);
}

/* --- Frame ------------------------------------------------------------------------------- */

void
ds_chart_render (DsChart                 *chart,
                 cairo_t                 *cr,
                 const DsChartDrawParams *params)
{
  g_autoptr(PangoLayout) text = NULL;
  DsChartFrame frame = { 0 };

  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (params != NULL);

  frame.chart = chart;
  frame.params = params;
  frame.geometry = ds_chart_ensure_geometry (chart, params);
  frame.cr = cr;
  frame.palette = ds_palette_get (params->theme);
  frame.text = text = pango_cairo_create_layout (cr);
  pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (text, TRUE);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, params->width, params->height);
  cairo_clip (cr);
  ds_color_set_source (cr, &frame.palette->background);
  cairo_paint (cr);

  draw_selection (&frame);
  draw_grid (&frame);
  draw_annotation_rules (&frame);
  if (chart->kind == DS_CHART_BARS)
    ds_chart_draw_bars (&frame);
  else
    ds_chart_draw_lines (&frame);
  draw_value_axis (&frame);
  draw_x_axis (&frame);
  draw_annotation_labels (&frame);
  draw_legend (&frame);

  cairo_restore (cr);
}
