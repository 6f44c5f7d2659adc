/* ds-timeline-renderer.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws a frame from a DsTimelineLayout (ds-timeline-layout.c), lane by lane on the
 * visible lanes only:
 *
 *   1. binary search of the first event that can show (ds_timeline_layout_lane_search:
 *      from the first visible day minus the lane's longest span, so that spans starting
 *      off the left edge still draw);
 *   2. one sweep that merges events whose markers would overlap into clusters;
 *   3. a greedy, left-to-right packing of the marks into the lane's rows: each label
 *      may run up to the next mark of its row, else it is ellipsized or dropped;
 *   4. drawing: span bars, markers, labels.
 *
 * Steps 1 to 3 live in ds-timeline-placement.c, step 4 in ds-timeline-lanes.c; this
 * file holds the frame around them and the helpers they share (ds-timeline-private.h).
 *
 * Vertically a frame is: a header strip (phase titles and the today pill), the lanes
 * (scrolled by scroll_y and clipped), and the time axis pinned to the bottom. In the
 * actor and kind modes each lane starts with a caption strip (its name in a pill, pinned
 * to the left edge of the plot), so lane names never hide events. The legend floats in
 * the top-right corner of the lanes; rows keep labels out from under it.
 *
 * Per frame the only allocations are the tick labels and the marks: label widths,
 * shaped text and marker sprites are kept on the layout between frames
 * (ds-timeline-cache.c).
 */

#define G_LOG_DOMAIN "ds-timeline-renderer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "ds-timeline-private.h"

/* --- Geometry and parameters ------------------------------------------------------ */

double
ds_timeline_layout_get_content_height (DsTimelineLayout *self,
                                       double            view_height)
{
  guint n_lanes;

  g_return_val_if_fail (self != NULL, view_height);

  n_lanes = ds_timeline_layout_get_n_lanes (self);

  return MAX (view_height, HEADER_HEIGHT + AXIS_HEIGHT + n_lanes * MIN_LANE_HEIGHT);
}

double
ds_timeline_layout_get_max_scroll (DsTimelineLayout *self,
                                   double            view_height)
{
  g_return_val_if_fail (self != NULL, 0);

  return ds_timeline_layout_get_content_height (self, view_height) - MAX (view_height, 0);
}

void
ds_timeline_draw_params_init (DsTimelineDrawParams *params,
                              double                width,
                              double                height)
{
  g_return_if_fail (params != NULL);

  *params = (DsTimelineDrawParams) {
    .scale = {
      .first_day = 0,
      .last_day = 0,
      .x = PLOT_MARGIN_LEFT,
      .width = MAX (0, width - PLOT_MARGIN_LEFT - PLOT_MARGIN_RIGHT),
    },
    .width = width,
    .height = height,
    .scroll_y = 0,
    .theme = DS_THEME_LIGHT,
    .font = NULL,
    .selected = -1,
    .hovered = -1,
    .matches = NULL,
    .today_day = NAN,
    .show_legend = TRUE,
  };
}

void
ds_timeline_get_plot_margins (double *left,
                              double *right)
{
  if (left != NULL)
    *left = PLOT_MARGIN_LEFT;
  if (right != NULL)
    *right = PLOT_MARGIN_RIGHT;
}

/* --- Drawing helpers ---------------------------------------------------------------- */

/* Makes @text, ellipsized to @max_width (<= 0: no limit), the frame's current text for
 * _ds_timeline_show_text_at (), and returns its size in pixels. Shaped once and kept
 * in the cache. */
void
_ds_timeline_set_text (Frame                      *frame,
                       const PangoFontDescription *font,
                       const char                 *text,
                       double                      max_width,
                       int                        *width,
                       int                        *height)
{
  frame->text = _ds_timeline_text_layout (frame, font, text, max_width, width, height);
}

void
_ds_timeline_show_text_at (Frame  *frame,
                           double  x,
                           double  y)
{
  cairo_move_to (frame->cr, x, y);
  pango_cairo_show_layout (frame->cr, frame->text);
}

void
_ds_timeline_rounded_rect (cairo_t *cr,
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

/* A crisp 1-pixel line sits on half pixels. */
double
_ds_timeline_snap (double coordinate)
{
  return floor (coordinate) + 0.5;
}

gboolean
_ds_timeline_scale_is_usable (const DsTimeScale *scale)
{
  return isfinite (scale->first_day) && isfinite (scale->last_day) &&
         scale->last_day > scale->first_day && scale->width > 0;
}

double
_ds_timeline_clamp_x (double x)
{
  /* Keeps far-away coordinates (a span over centuries) within what cairo handles. */
  return CLAMP (x, -1e5, 1e5);
}

/* --- Background: phases, grid, axis, today -------------------------------------------- */

static void
draw_phases (Frame *frame)
{
  const DsTimelineDrawParams *params = frame->params;
  guint n_phases = ds_timeline_layout_get_n_phases (frame->layout);
  cairo_t *cr = frame->cr;
  const DsRect *pill = &frame->today_pill;
  double left = params->scale.x;
  double right = params->scale.x + params->scale.width;
  const DsColor *background = &frame->palette->background;
  const DsColor *band = &frame->palette->band;
  DsColor solid = *band;

  /* Bands lie on the opaque background alone: filled with their colour over it, which
   * is opaque, they cost a plain fill instead of blending a screenful of pixels. */
  if (background->alpha == 1)
    solid = (DsColor) {
      background->red + band->alpha * (band->red - background->red),
      background->green + band->alpha * (band->green - background->green),
      background->blue + band->alpha * (band->blue - background->blue),
      1,
    };

  for (guint i = 0; i < n_phases; i++)
    {
      double first_day;
      double end_day;
      const char *title = ds_timeline_layout_get_phase (frame->layout, i, &first_day, &end_day);
      double x0 = MAX (ds_time_scale_to_x (&params->scale, first_day), left);
      double x1 = MIN (ds_time_scale_to_x (&params->scale, end_day), right);
      double title_x;
      double title_end;
      int width;
      int height;

      if (x1 <= x0)
        continue;

      if (i % 2 == 0)
        {
          ds_color_set_source (cr, &solid);
          cairo_rectangle (cr, x0, 0, x1 - x0, frame->lanes_bottom);
          cairo_fill (cr);
        }

      if (x1 - x0 < 24 || title[0] == '\0')
        continue;

      /* The title starts at the band's visible start and steps around the today pill. */
      title_x = x0 + 6;
      title_end = x1 - 6;
      if (pill->width > 0 && title_x >= pill->x - 4 && title_x < pill->x + pill->width + 4)
        title_x = pill->x + pill->width + 6;
      else if (pill->width > 0 && title_x < pill->x && pill->x - 6 < title_end)
        title_end = pill->x - 6;
      if (title_end - title_x < 24)
        continue;

      _ds_timeline_set_text (frame, frame->cache->font_small_bold, title, title_end - title_x,
                             &width, &height);
      ds_color_set_source (cr, &frame->palette->dim);
      _ds_timeline_show_text_at (frame, title_x, (HEADER_HEIGHT - height) / 2);
    }
}

static GArray *
make_ticks (Frame *frame)
{
  const DsTimeScale *scale = &frame->params->scale;
  double spacing = 40;

  for (guint pass = 0;; pass++)
    {
      DsTimeStep step = ds_time_scale_choose_step (scale, spacing);
      GArray *ticks = ds_time_scale_ticks (scale, step);
      double widest = 0;

      for (guint i = 0; i < ticks->len; i++)
        {
          const DsTimeTick *tick = &g_array_index (ticks, DsTimeTick, i);
          int width;
          int height;

          if (tick->label == NULL)
            continue;
          _ds_timeline_set_text (frame, frame->cache->font_small, tick->label, -1,
                                 &width, &height);
          widest = MAX (widest, width);
        }

      if (widest + TICK_LABEL_GAP <= spacing || pass == 2)
        return ticks;

      spacing = widest + TICK_LABEL_GAP;
      g_array_unref (ticks);
    }
}

static void
draw_grid_and_axis (Frame  *frame,
                    GArray *ticks)
{
  const DsTimelineDrawParams *params = frame->params;
  const DsPalette *palette = frame->palette;
  cairo_t *cr = frame->cr;
  double baseline = frame->lanes_bottom;
  double left = params->scale.x - 0.5;
  double right = params->scale.x + params->scale.width + 0.5;
  double previous_right = -G_MAXDOUBLE;

  cairo_save (cr);
  cairo_set_line_width (cr, 1);

  /* Grid lines across the lanes. */
  for (guint i = 0; i < ticks->len; i++)
    {
      const DsTimeTick *tick = &g_array_index (ticks, DsTimeTick, i);
      double x = _ds_timeline_snap (tick->x);

      if (tick->x < left || tick->x > right)
        continue;
      ds_color_set_source_alpha (cr, &palette->grid, tick->major ? 1.0 : 0.55);
      cairo_move_to (cr, x, HEADER_HEIGHT);
      cairo_line_to (cr, x, baseline);
      cairo_stroke (cr);
    }

  /* The axis strip, baseline and ticks. */
  ds_color_set_source (cr, &palette->background);
  cairo_rectangle (cr, 0, baseline, params->width, params->height - baseline);
  cairo_fill (cr);

  ds_color_set_source_alpha (cr, &palette->dim, 0.6);
  cairo_move_to (cr, params->scale.x, _ds_timeline_snap (baseline));
  cairo_line_to (cr, params->scale.x + params->scale.width, _ds_timeline_snap (baseline));
  cairo_stroke (cr);

  for (guint i = 0; i < ticks->len; i++)
    {
      const DsTimeTick *tick = &g_array_index (ticks, DsTimeTick, i);
      double x = _ds_timeline_snap (tick->x);
      int width;
      int height;

      if (tick->x < left || tick->x > right)
        continue;

      ds_color_set_source_alpha (cr, &palette->dim, tick->major ? 1.0 : 0.6);
      cairo_set_line_width (cr, tick->major ? 1.5 : 1);
      cairo_move_to (cr, x, baseline);
      cairo_line_to (cr, x, baseline + (tick->major ? 6 : 3));
      cairo_stroke (cr);

      if (tick->label == NULL)
        continue;

      _ds_timeline_set_text (frame,
                             tick->major ? frame->cache->font_small_bold : frame->cache->font_small,
                             tick->label, -1, &width, &height);
      if (tick->x - width / 2.0 < 2 || tick->x + width / 2.0 > params->width - 2 ||
          tick->x - width / 2.0 < previous_right + 6)
        continue;
      ds_color_set_source (cr, tick->major ? &palette->foreground : &palette->dim);
      _ds_timeline_show_text_at (frame, round (tick->x - width / 2.0), baseline + 8);
      previous_right = tick->x + width / 2.0;
    }

  cairo_restore (cr);
}

static void
measure_today (Frame *frame)
{
  const DsTimelineDrawParams *params = frame->params;
  double x;
  int width;
  int height;

  frame->today_pill = (DsRect) { 0 };
  if (!isfinite (params->today_day) ||
      params->today_day < params->scale.first_day || params->today_day > params->scale.last_day)
    return;

  x = round (ds_time_scale_to_x (&params->scale, params->today_day));
  /* Translators: the marker of the current day on the timeline. */
  _ds_timeline_set_text (frame, frame->cache->font_small_bold, _("Today"), -1, &width, &height);
  frame->today_pill.width = width + 12;
  frame->today_pill.height = height + 4;
  frame->today_pill.x = CLAMP (x - frame->today_pill.width / 2, 2,
                               MAX (2, params->width - frame->today_pill.width - 2));
  frame->today_pill.y = round ((HEADER_HEIGHT - frame->today_pill.height) / 2);
}

static void
draw_today_line (Frame *frame)
{
  cairo_t *cr = frame->cr;
  double x;

  if (frame->today_pill.width <= 0)
    return;

  x = round (ds_time_scale_to_x (&frame->params->scale, frame->params->today_day));
  ds_color_set_source_alpha (cr, &frame->palette->accent, 0.8);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, x, HEADER_HEIGHT - 4);
  cairo_line_to (cr, x, frame->lanes_bottom);
  cairo_stroke (cr);
}

static void
draw_today_pill (Frame *frame)
{
  const DsRect *pill = &frame->today_pill;
  cairo_t *cr = frame->cr;
  int width;
  int height;

  if (pill->width <= 0)
    return;

  _ds_timeline_set_text (frame, frame->cache->font_small_bold, _("Today"), -1, &width, &height);
  ds_color_set_source (cr, &frame->palette->accent);
  _ds_timeline_rounded_rect (cr, pill->x, pill->y, pill->width, pill->height, pill->height / 2);
  cairo_fill (cr);
  ds_color_set_source (cr, &frame->palette->background);
  _ds_timeline_show_text_at (frame, pill->x + 6, pill->y + 2);
}

static double
legend_row_height (Frame *frame)
{
  return MAX (18, frame->label_height + 2);
}

static void
measure_legend (Frame *frame)
{
  const DsTimelineDrawParams *params = frame->params;
  double widest = 0;
  double width;
  double height;

  frame->legend = (DsRect) { 0 };
  if (!params->show_legend)
    return;

  for (DsStatus s = DS_STATUS_CONFIRMED; s <= DS_STATUS_PLANNED; s++)
    {
      int w;
      int h;

      _ds_timeline_set_text (frame, frame->cache->font_small, ds_status_to_label (s), -1, &w, &h);
      widest = MAX (widest, w);
    }

  width = LEGEND_PADDING * 2 + 20 + widest;
  height = LEGEND_PADDING * 2 + legend_row_height (frame) * 5;
  frame->legend = (DsRect) {
    round (params->width - PLOT_MARGIN_RIGHT - width), frame->lanes_top + 8, ceil (width), height,
  };
  if (frame->legend.x < 0 || frame->legend.y + height > frame->lanes_bottom)
    frame->legend = (DsRect) { 0 };
}

static void
draw_legend (Frame *frame)
{
  const DsRect *legend = &frame->legend;
  cairo_t *cr = frame->cr;
  double row = legend_row_height (frame);

  if (legend->width <= 0)
    return;

  ds_color_set_source_alpha (cr, &frame->palette->background, 0.92);
  _ds_timeline_rounded_rect (cr, legend->x + 0.5, legend->y + 0.5, legend->width, legend->height,
                             8);
  cairo_fill_preserve (cr);
  ds_color_set_source (cr, &frame->palette->grid);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);

  for (DsStatus s = DS_STATUS_CONFIRMED; s <= DS_STATUS_PLANNED; s++)
    {
      double cy = legend->y + LEGEND_PADDING + row * (s + 0.5);
      int w;
      int h;

      ds_draw_status_marker (cr, s, legend->x + LEGEND_PADDING + 6, cy, 11, frame->palette);
      _ds_timeline_set_text (frame, frame->cache->font_small, ds_status_to_label (s), -1, &w, &h);
      ds_color_set_source (cr, &frame->palette->foreground);
      _ds_timeline_show_text_at (frame, legend->x + LEGEND_PADDING + 20,
                                 round (cy - h / 2.0));
    }
}

/* --- Frame -------------------------------------------------------------------------- */

void
ds_timeline_render (DsTimelineLayout           *layout,
                    cairo_t                    *cr,
                    const DsTimelineDrawParams *params,
                    GArray                     *marks)
{
  g_autoptr(GArray) ticks = NULL;
  Frame frame = { 0 };
  guint n_lanes;
  double lanes_view;
  double lanes_content;
  int width;
  int height;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (params != NULL);
  g_return_if_fail (marks == NULL || g_array_get_element_size (marks) == sizeof (DsTimelineMark));

  if (marks != NULL)
    g_array_set_size (marks, 0);

  n_lanes = ds_timeline_layout_get_n_lanes (layout);
  frame.cache = _ds_timeline_ensure_cache (layout, cr, params);
  frame.sprites = _ds_timeline_sprites_usable (cr, params);

  frame.layout = layout;
  frame.params = params;
  frame.cr = cr;
  frame.marks = marks;
  frame.palette = ds_palette_get (params->theme);
  frame.dimmed = *frame.palette;
  for (guint s = 0; s < G_N_ELEMENTS (frame.dimmed.status); s++)
    frame.dimmed.status[s].alpha *= DIM_ALPHA;
  frame.dimmed.foreground.alpha *= DIM_ALPHA;
  frame.dimmed.background.alpha *= DIM_ALPHA;

  frame.lanes_top = HEADER_HEIGHT;
  frame.lanes_bottom = MAX (HEADER_HEIGHT, params->height - AXIS_HEIGHT);
  lanes_view = frame.lanes_bottom - frame.lanes_top;
  lanes_content = MAX (lanes_view, n_lanes * MIN_LANE_HEIGHT);
  frame.lane_height = n_lanes > 0 ? lanes_content / n_lanes : lanes_content;
  frame.scroll = CLAMP (params->scroll_y, 0, lanes_content - lanes_view);
  _ds_timeline_set_text (&frame, frame.cache->font, "Ag", -1, &width, &height);
  frame.label_height = height;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, params->width, params->height);
  cairo_clip (cr);

  ds_color_set_source (cr, &frame.palette->background);
  cairo_paint (cr);

  measure_legend (&frame);
  if (_ds_timeline_scale_is_usable (&params->scale))
    {
      measure_today (&frame);
      draw_phases (&frame);
      ticks = make_ticks (&frame);
      draw_grid_and_axis (&frame, ticks);
      draw_today_line (&frame);
    }

  _ds_timeline_draw_lanes (&frame);

  draw_today_pill (&frame);
  draw_legend (&frame);

  cairo_restore (cr);
}
