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
 * Vertically a frame is: a header strip (phase titles and the today pill), the lanes
 * (scrolled by scroll_y and clipped), and the time axis pinned to the bottom. In the
 * actor and kind modes each lane starts with a caption strip (its name in a pill, pinned
 * to the left edge of the plot), so lane names never hide events. The legend floats in
 * the top-right corner of the lanes; rows keep labels out from under it.
 *
 * Per frame the only allocations are one PangoLayout, the tick labels and the marks;
 * label widths are measured once per event and font, in a cache kept on the layout.
 */

#define G_LOG_DOMAIN "ds-timeline-renderer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "ds-timeline-renderer.h"

#define PLOT_MARGIN_LEFT   16.0
#define PLOT_MARGIN_RIGHT  16.0
#define HEADER_HEIGHT      28.0   /* phase titles, today pill */
#define AXIS_HEIGHT        34.0
#define MIN_LANE_HEIGHT    44.0
#define LANE_CAPTION       18.0   /* actor and kind modes: the lane's name */
#define LANE_TOP_PADDING    6.0   /* single mode */
#define ROW_HEIGHT         26.0
#define MAX_ROWS           32
#define MARKER_SIZE        12.0
#define CLUSTER_RADIUS      9.0
#define CLUSTER_GAP         4.0
#define LABEL_GAP           6.0   /* marker → its label */
#define LABEL_PADDING       8.0   /* label → the next mark of its row */
#define LABEL_MIN_WIDTH    48.0
#define LABEL_MAX_WIDTH   440.0
#define SPAN_HEIGHT         8.0
#define SPAN_ALPHA          0.35
#define DIM_ALPHA           0.25
#define TICK_LABEL_GAP     16.0
#define LEGEND_PADDING     10.0

/* One mark of a lane in a frame: a single event or a cluster. */
typedef struct
{
  guint    event;          /* the first event */
  guint    count;          /* 0: merged into another item */
  double   x;
  double   half;           /* half the width of the marker or cluster pill */
  double   span_end_x;     /* NAN without a span */
  DsStatus status;
  DsStatus span_status;
  guint    mixed : 1;      /* cluster of several statuses */
  guint    dimmed : 1;
  guint    selected : 1;
  guint    hovered : 1;
  guint    off_left : 1;   /* a span whose start is left of the view */
  guint    row;
  double   label_x;
  double   label_width;    /* 0: no label */
} Item;

/* Kept on the layout between frames (ds_timeline_layout_set_render_data). */
typedef struct
{
  PangoFontDescription *default_font;
  PangoFontDescription *font;
  PangoFontDescription *font_small;
  PangoFontDescription *font_bold;
  PangoFontDescription *font_small_bold;
  double               *label_widths;  /* per event, in the regular font; NAN: unknown */
  guint                 n_events;
  GArray               *items;         /* Item, one lane at a time */
} Cache;

/* Everything a frame computes once and passes to its helpers. */
typedef struct
{
  DsTimelineLayout           *layout;
  Cache                      *cache;
  const DsTimelineDrawParams *params;
  cairo_t                    *cr;
  PangoLayout                *text;
  const DsPalette            *palette;
  DsPalette                   dimmed;
  double                      lanes_top;
  double                      lanes_bottom;
  double                      lane_height;
  double                      scroll;
  double                      label_height;
  DsRect                      today_pill;  /* width 0: no today marker */
  DsRect                      legend;      /* width 0: no legend */
  GArray                     *marks;
} Frame;

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

/* --- Per-layout cache, drawing helpers ---------------------------------------------- */

static void
clear_fonts (Cache *cache)
{
  g_clear_pointer (&cache->font, pango_font_description_free);
  g_clear_pointer (&cache->font_small, pango_font_description_free);
  g_clear_pointer (&cache->font_bold, pango_font_description_free);
  g_clear_pointer (&cache->font_small_bold, pango_font_description_free);
}

static void
cache_free (gpointer data)
{
  Cache *cache = data;

  clear_fonts (cache);
  pango_font_description_free (cache->default_font);
  g_free (cache->label_widths);
  g_array_unref (cache->items);
  g_free (cache);
}

static Cache *
ensure_cache (DsTimelineLayout           *layout,
              const PangoFontDescription *font)
{
  Cache *cache = ds_timeline_layout_get_render_data (layout);
  gint size;

  if (cache == NULL)
    {
      cache = g_new0 (Cache, 1);
      cache->default_font = pango_font_description_from_string ("Sans 10");
      cache->n_events = ds_timeline_layout_get_n_events (layout);
      cache->label_widths = g_new (double, MAX (cache->n_events, 1));
      cache->items = g_array_new (FALSE, FALSE, sizeof (Item));
      ds_timeline_layout_set_render_data (layout, cache, cache_free);
    }

  if (font == NULL)
    font = cache->default_font;
  if (cache->font != NULL && pango_font_description_equal (cache->font, font))
    return cache;

  clear_fonts (cache);
  cache->font = pango_font_description_copy (font);
  cache->font_bold = pango_font_description_copy (font);
  pango_font_description_set_weight (cache->font_bold, PANGO_WEIGHT_BOLD);

  cache->font_small = pango_font_description_copy (font);
  size = pango_font_description_get_size (font);
  if (size <= 0)
    pango_font_description_set_size (cache->font_small, 9 * PANGO_SCALE);
  else if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (cache->font_small, size * 0.9);
  else
    pango_font_description_set_size (cache->font_small, (gint)(size * 0.9));
  cache->font_small_bold = pango_font_description_copy (cache->font_small);
  pango_font_description_set_weight (cache->font_small_bold, PANGO_WEIGHT_BOLD);

  /* Widths measured with another font are stale: O(n), but only on a font change. */
  for (guint i = 0; i < cache->n_events; i++)
    cache->label_widths[i] = NAN;

  return cache;
}

/* Sets @text on the frame's layout, ellipsized to @max_width (<= 0: no limit), and
 * returns its size in pixels. */
static void
set_text (Frame                      *frame,
          const PangoFontDescription *font,
          const char                 *text,
          double                      max_width,
          int                        *width,
          int                        *height)
{
  pango_layout_set_font_description (frame->text, font);
  pango_layout_set_width (frame->text, max_width > 0 ? (int)(max_width * PANGO_SCALE) : -1);
  pango_layout_set_text (frame->text, text, -1);
  pango_layout_get_pixel_size (frame->text, width, height);
}

static void
show_text_at (Frame  *frame,
              double  x,
              double  y)
{
  cairo_move_to (frame->cr, x, y);
  pango_cairo_show_layout (frame->cr, frame->text);
}

static void
rounded_rect (cairo_t *cr,
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
static double
snap (double coordinate)
{
  return floor (coordinate) + 0.5;
}

static gboolean
scale_is_usable (const DsTimeScale *scale)
{
  return isfinite (scale->first_day) && isfinite (scale->last_day) &&
         scale->last_day > scale->first_day && scale->width > 0;
}

static double
clamp_x (double x)
{
  /* Keeps far-away coordinates (a span over centuries) within what cairo handles. */
  return CLAMP (x, -1e5, 1e5);
}

static double
event_label_width (Frame    *frame,
                   guint     event,
                   gboolean  bold)
{
  Cache *cache = frame->cache;
  int width;
  int height;

  if (!bold && !isnan (cache->label_widths[event]))
    return cache->label_widths[event];

  set_text (frame, bold ? cache->font_bold : cache->font,
            ds_timeline_layout_get_event_label (frame->layout, event), -1, &width, &height);
  if (!bold)
    cache->label_widths[event] = width;

  return width;
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
          ds_color_set_source (cr, &frame->palette->band);
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

      set_text (frame, frame->cache->font_small_bold, title, title_end - title_x, &width, &height);
      ds_color_set_source (cr, &frame->palette->dim);
      show_text_at (frame, title_x, (HEADER_HEIGHT - height) / 2);
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
          set_text (frame, frame->cache->font_small, tick->label, -1, &width, &height);
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
      double x = snap (tick->x);

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
  cairo_move_to (cr, params->scale.x, snap (baseline));
  cairo_line_to (cr, params->scale.x + params->scale.width, snap (baseline));
  cairo_stroke (cr);

  for (guint i = 0; i < ticks->len; i++)
    {
      const DsTimeTick *tick = &g_array_index (ticks, DsTimeTick, i);
      double x = snap (tick->x);
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

      set_text (frame, tick->major ? frame->cache->font_small_bold : frame->cache->font_small,
                tick->label, -1, &width, &height);
      if (tick->x - width / 2.0 < 2 || tick->x + width / 2.0 > params->width - 2 ||
          tick->x - width / 2.0 < previous_right + 6)
        continue;
      ds_color_set_source (cr, tick->major ? &palette->foreground : &palette->dim);
      show_text_at (frame, round (tick->x - width / 2.0), baseline + 8);
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
  set_text (frame, frame->cache->font_small_bold, _("Today"), -1, &width, &height);
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

  set_text (frame, frame->cache->font_small_bold, _("Today"), -1, &width, &height);
  ds_color_set_source (cr, &frame->palette->accent);
  rounded_rect (cr, pill->x, pill->y, pill->width, pill->height, pill->height / 2);
  cairo_fill (cr);
  ds_color_set_source (cr, &frame->palette->background);
  show_text_at (frame, pill->x + 6, pill->y + 2);
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

      set_text (frame, frame->cache->font_small, ds_status_to_label (s), -1, &w, &h);
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
  rounded_rect (cr, legend->x + 0.5, legend->y + 0.5, legend->width, legend->height, 8);
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
      set_text (frame, frame->cache->font_small, ds_status_to_label (s), -1, &w, &h);
      ds_color_set_source (cr, &frame->palette->foreground);
      show_text_at (frame, legend->x + LEGEND_PADDING + 20, round (cy - h / 2.0));
    }
}

/* --- Lanes ------------------------------------------------------------------------- */

static double
cluster_half_width (guint count)
{
  guint digits = 1;

  if (count == 1)
    return MARKER_SIZE / 2;

  for (guint c = count; c >= 10; c /= 10)
    digits++;

  return CLUSTER_RADIUS + (digits - 1) * 3.5;
}

static void
item_merge (Item       *into,
            const Item *item)
{
  into->count += item->count;
  into->half = cluster_half_width (into->count);
  into->mixed |= item->mixed || item->status != into->status;
  into->dimmed &= item->dimmed;
  into->selected |= item->selected;
  into->hovered |= item->hovered;
  into->label_width = 0;
  if (isfinite (item->span_end_x) && !(item->span_end_x <= into->span_end_x))
    {
      into->span_end_x = item->span_end_x;
      into->span_status = item->span_status;
    }
}

/* Steps 1 and 2: the visible events of @lane, merged into clusters where their markers
 * would overlap. Once a day is wider than that, zooming in cannot split a cluster any
 * more (its events share a day): events are then kept apart, for the rows to stack. */
static void
collect_items (Frame *frame,
               guint  lane)
{
  const DsTimelineDrawParams *params = frame->params;
  const DsTimeScale *scale = &params->scale;
  DsTimelineLayout *layout = frame->layout;
  GArray *items = frame->cache->items;
  double first_visible = ds_time_scale_to_day (scale, scale->x - MARKER_SIZE);
  double last_visible = ds_time_scale_to_day (scale, scale->x + scale->width + MARKER_SIZE);
  double day_width = scale->width / (scale->last_day - scale->first_day);
  gboolean by_x = day_width < MARKER_SIZE / 2 + CLUSTER_RADIUS + CLUSTER_GAP;
  guint n_events;
  const guint *events = ds_timeline_layout_get_lane_events (layout, lane, &n_events);
  Item *last = NULL;

  g_array_set_size (items, 0);

  for (guint e = ds_timeline_layout_lane_search (layout, lane, first_visible); e < n_events; e++)
    {
      guint event = events[e];
      double first_day;
      double end_day;
      Item item;

      ds_timeline_layout_get_event_span (layout, event, &first_day, &end_day);
      if (first_day > last_visible)
        break;

      /* Left of the view: only spans that reach into it. */
      if (first_day < first_visible && !(isfinite (end_day) && end_day > scale->first_day))
        continue;

      item = (Item) {
        .event = event,
        .count = 1,
        .x = ds_time_scale_to_x (scale, first_day),
        .half = MARKER_SIZE / 2,
        .span_end_x = isfinite (end_day) ? clamp_x (ds_time_scale_to_x (scale, end_day)) : NAN,
        .status = ds_timeline_layout_get_event_status (layout, event),
        .dimmed = params->matches != NULL && params->matches[event] == 0,
        .selected = (gint)event == params->selected,
        .hovered = (gint)event == params->hovered,
        .off_left = first_day < first_visible,
      };
      item.span_status = item.status;

      if (by_x && !item.off_left && last != NULL && !last->off_left &&
          item.x - last->x < last->half + CLUSTER_RADIUS + CLUSTER_GAP)
        {
          item_merge (last, &item);
        }
      else
        {
          g_array_append_val (items, item);
          last = &g_array_index (items, Item, items->len - 1);
        }
    }
}

/* Step 3: rows and labels, greedily from left to right. Rows are tried from the middle
 * of the lane outwards (middle, above, below, …), so that a sparse lane reads as one line
 * through its centre and a dense one spreads evenly; a row never moves with the view. */
static void
pack_items (Frame  *frame,
            guint   n_rows,
            double  rows_top,
            double  row_height)
{
  GArray *items = frame->cache->items;
  const DsRect *legend = &frame->legend;
  double hard_end[MAX_ROWS];    /* markers and labels: nothing may start before */
  double soft_end[MAX_ROWS];    /* span bars: avoided while another row is free */
  double marker_end[MAX_ROWS];  /* the last marker: only a cluster may grow there */
  double limit[MAX_ROWS];       /* the right edge, or the legend's left edge */
  gint last_in_row[MAX_ROWS];
  guint order[MAX_ROWS];
  guint middle = (n_rows - 1) / 2;
  double half_text = MAX (frame->label_height, CLUSTER_RADIUS * 2) / 2;

  for (guint r = 0; r < n_rows; r++)
    {
      double y = rows_top + row_height * (r + 0.5);

      hard_end[r] = soft_end[r] = marker_end[r] = -G_MAXDOUBLE;
      last_in_row[r] = -1;
      limit[r] = frame->params->width - 4;
      if (legend->width > 0 &&
          y + half_text > legend->y && y - half_text < legend->y + legend->height)
        limit[r] = legend->x - LABEL_PADDING;
    }

  order[0] = middle;
  for (guint distance = 1, n = 1; n < n_rows; distance++)
    {
      if (distance <= middle)
        order[n++] = middle - distance;
      if (middle + distance < n_rows && n < n_rows)
        order[n++] = middle + distance;
    }

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      double left = item->off_left ? -G_MAXDOUBLE / 2 : item->x - item->half;
      double right = item->x + item->half;
      gint row = -1;
      double end;

      /* Free and clear of the legend, then free, then the least crowded. */
      for (guint k = 0; k < n_rows && row < 0; k++)
        if (hard_end[order[k]] <= left && soft_end[order[k]] <= left && right <= limit[order[k]])
          row = order[k];
      for (guint k = 0; k < n_rows && row < 0; k++)
        if (hard_end[order[k]] <= left && right <= limit[order[k]])
          row = order[k];
      for (guint k = 0; k < n_rows && row < 0; k++)
        if (hard_end[order[k]] <= left)
          row = order[k];
      if (row < 0)
        {
          /* Every row is taken here. Where only a label is in the way, cut the one that
           * runs the least far; where markers are in every row, join the middle one. */
          for (guint k = 0; k < n_rows; k++)
            if (marker_end[order[k]] <= left && (row < 0 || hard_end[order[k]] < hard_end[row]))
              row = order[k];

          if (row < 0)
            {
              Item *target = &g_array_index (items, Item, last_in_row[order[0]]);

              item_merge (target, item);
              item->count = 0;
              hard_end[order[0]] = marker_end[order[0]] = target->x + target->half + CLUSTER_GAP;
              continue;
            }

          if (last_in_row[row] >= 0)
            {
              Item *previous = &g_array_index (items, Item, last_in_row[row]);
              double room = left - LABEL_PADDING - previous->label_x;

              if (previous->label_width > room)
                previous->label_width = room >= LABEL_MIN_WIDTH ? room : 0;
            }
        }

      item->row = row;
      item->label_width = 0;
      end = right;

      if (item->count == 1 && !item->dimmed)
        {
          double natural = MIN (event_label_width (frame, item->event, item->selected),
                                LABEL_MAX_WIDTH);
          double room;

          item->label_x = MAX (right + LABEL_GAP, frame->params->scale.x + 4);
          room = limit[row] - item->label_x;
          if (room >= natural || room >= LABEL_MIN_WIDTH)
            {
              item->label_width = MIN (natural, room);
              end = item->label_x + item->label_width;
            }
        }

      hard_end[row] = end + LABEL_PADDING;
      marker_end[row] = right + CLUSTER_GAP;
      if (isfinite (item->span_end_x))
        soft_end[row] = MAX (soft_end[row], item->span_end_x + LABEL_PADDING);
      last_in_row[row] = i;
    }
}

static void
draw_cluster (Frame      *frame,
              const Item *item,
              double      y)
{
  const DsPalette *palette = item->dimmed ? &frame->dimmed : frame->palette;
  cairo_t *cr = frame->cr;
  char count[16];
  double half_height = CLUSTER_RADIUS;
  int width;
  int height;

  g_snprintf (count, sizeof count, "%u", item->count);

  rounded_rect (cr, item->x - item->half, y - half_height, item->half * 2, half_height * 2,
                half_height);
  if (item->mixed)
    ds_color_set_source_alpha (cr, &palette->foreground, 0.72);
  else
    ds_color_set_source (cr, &palette->status[item->status]);
  cairo_fill_preserve (cr);
  ds_color_set_source (cr, &frame->palette->background);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);

  set_text (frame, frame->cache->font_small_bold, count, -1, &width, &height);
  ds_color_set_source (cr, &palette->background);
  show_text_at (frame, item->x - width / 2.0, y - height / 2.0);
}

static void
draw_ring (cairo_t       *cr,
           const Item    *item,
           double         y,
           const DsColor *color,
           double         alpha,
           double         line_width)
{
  double gap = 3;

  if (item->count == 1)
    cairo_arc (cr, item->x, y, item->half + gap, 0, 2 * G_PI);
  else
    rounded_rect (cr, item->x - item->half - gap, y - CLUSTER_RADIUS - gap,
                  2 * (item->half + gap), 2 * (CLUSTER_RADIUS + gap), CLUSTER_RADIUS + gap);
  ds_color_set_source_alpha (cr, color, alpha);
  cairo_set_line_width (cr, line_width);
  cairo_stroke (cr);
}

/* Step 4, for one lane whose top is at @top. */
static void
draw_lane (Frame *frame,
           guint  lane_index,
           double top)
{
  DsTimelineLayout *layout = frame->layout;
  gboolean captioned = ds_timeline_layout_get_mode (layout) != DS_LANES_SINGLE;
  double rows_top = top + (captioned ? LANE_CAPTION : LANE_TOP_PADDING);
  double rows_height = top + frame->lane_height - rows_top;
  guint n_rows = CLAMP ((guint)(rows_height / ROW_HEIGHT), 1, MAX_ROWS);
  double row_height = n_rows == 1 ? rows_height : ROW_HEIGHT;
  GArray *items = frame->cache->items;
  cairo_t *cr = frame->cr;

  collect_items (frame, lane_index);
  pack_items (frame, n_rows, rows_top, row_height);

  /* Span bars under everything. */
  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);
      double y = rows_top + row_height * (item->row + 0.5);
      double x0 = clamp_x (item->x);

      /* A span hardly longer than its marker would only make a stub. */
      if (item->count == 0 ||
          !isfinite (item->span_end_x) || item->span_end_x <= MAX (x0, item->x + item->half + 4))
        continue;
      ds_color_set_source_alpha (cr, &frame->palette->status[item->span_status],
                                 SPAN_ALPHA * (item->dimmed ? DIM_ALPHA : 1));
      rounded_rect (cr, x0, y - SPAN_HEIGHT / 2, item->span_end_x - x0, SPAN_HEIGHT,
                    SPAN_HEIGHT / 2);
      cairo_fill (cr);
    }

  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);
      double y = rows_top + row_height * (item->row + 0.5);
      DsTimelineMark mark = {
        .lane = lane_index,
        .event = item->event,
        .count = item->count,
        .x = item->x,
        .y = y,
        .radius = item->half,
      };

      if (item->count == 0)
        continue;

      /* A span's start may lie far left of the view: only its bar and label show. */
      if (!item->off_left)
        {
          if (item->count == 1)
            ds_draw_status_marker (cr, item->status, item->x, y, MARKER_SIZE,
                                   item->dimmed ? &frame->dimmed : frame->palette);
          else
            draw_cluster (frame, item, y);

          if (item->selected)
            draw_ring (cr, item, y, &frame->palette->accent, 1.0, 2);
          else if (item->hovered)
            draw_ring (cr, item, y, &frame->palette->foreground, 0.35, 1.5);
        }

      if (item->label_width > 0)
        {
          int width;
          int height;
          double natural = event_label_width (frame, item->event, item->selected);

          set_text (frame, item->selected ? frame->cache->font_bold : frame->cache->font,
                    ds_timeline_layout_get_event_label (layout, item->event),
                    item->label_width < natural ? item->label_width : -1, &width, &height);
          mark.label = (DsRect) {
            item->label_x, round (y - height / 2.0), MIN (width, item->label_width), height,
          };
          ds_color_set_source (cr, &frame->palette->foreground);
          show_text_at (frame, mark.label.x, mark.label.y);
        }

      if (frame->marks != NULL && y >= frame->lanes_top && y <= frame->lanes_bottom)
        g_array_append_val (frame->marks, mark);
    }
}

static void
draw_lane_caption (Frame *frame,
                   guint  lane_index,
                   double top)
{
  cairo_t *cr = frame->cr;
  double x = frame->params->scale.x;
  double dot = ds_timeline_layout_get_mode (frame->layout) == DS_LANES_ACTOR ? 12 : 0;
  int width;
  int height;

  set_text (frame, frame->cache->font_small_bold,
            ds_timeline_layout_get_lane_label (frame->layout, lane_index),
            MAX (24, frame->params->scale.width / 2), &width, &height);

  ds_color_set_source_alpha (cr, &frame->palette->background, 0.88);
  rounded_rect (cr, x - 6, top + 2, width + dot + 12, height + 2, (height + 2) / 2.0);
  cairo_fill (cr);

  if (dot > 0)
    {
      gint32 hint = ds_timeline_layout_get_lane_color (frame->layout, lane_index);
      DsColor color = ds_palette_actor_color (frame->palette, hint, lane_index);

      ds_color_set_source (cr, &color);
      cairo_arc (cr, x + 4, top + 3 + height / 2.0, 4, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  ds_color_set_source (cr, &frame->palette->dim);
  show_text_at (frame, x + dot, top + 3);
}

static void
draw_lanes (Frame *frame)
{
  DsTimelineLayout *layout = frame->layout;
  const DsTimelineDrawParams *params = frame->params;
  cairo_t *cr = frame->cr;
  guint n_lanes = ds_timeline_layout_get_n_lanes (layout);
  gboolean captioned = ds_timeline_layout_get_mode (layout) != DS_LANES_SINGLE;
  guint first;
  guint last;

  if (n_lanes == 0)
    return;

  first = (guint)(frame->scroll / frame->lane_height);
  last = (guint)ceil ((frame->scroll + frame->lanes_bottom - frame->lanes_top) /
                      frame->lane_height);
  last = MIN (last, n_lanes);

  cairo_save (cr);
  cairo_rectangle (cr, 0, frame->lanes_top, params->width, frame->lanes_bottom - frame->lanes_top);
  cairo_clip (cr);

  /* Separators between lanes. */
  ds_color_set_source (cr, &frame->palette->grid);
  cairo_set_line_width (cr, 1);
  for (guint l = MAX (first, 1); l < last; l++)
    {
      double y = snap (frame->lanes_top - frame->scroll + l * frame->lane_height);

      cairo_move_to (cr, 0, y);
      cairo_line_to (cr, params->width, y);
    }
  cairo_stroke (cr);

  for (guint l = first; l < last; l++)
    {
      double top = frame->lanes_top - frame->scroll + l * frame->lane_height;

      if (scale_is_usable (&params->scale))
        draw_lane (frame, l, top);
      if (captioned)
        draw_lane_caption (frame, l, top);
    }

  cairo_restore (cr);
}

/* --- Frame -------------------------------------------------------------------------- */

void
ds_timeline_render (DsTimelineLayout           *layout,
                    cairo_t                    *cr,
                    const DsTimelineDrawParams *params,
                    GArray                     *marks)
{
  g_autoptr(PangoLayout) text = NULL;
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
  frame.cache = ensure_cache (layout, params->font);
  text = pango_cairo_create_layout (cr);
  pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (text, TRUE);

  frame.layout = layout;
  frame.params = params;
  frame.cr = cr;
  frame.text = text;
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
  set_text (&frame, frame.cache->font, "Ag", -1, &width, &height);
  frame.label_height = height;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, params->width, params->height);
  cairo_clip (cr);

  ds_color_set_source (cr, &frame.palette->background);
  cairo_paint (cr);

  measure_legend (&frame);
  if (scale_is_usable (&params->scale))
    {
      measure_today (&frame);
      draw_phases (&frame);
      ticks = make_ticks (&frame);
      draw_grid_and_axis (&frame, ticks);
      draw_today_line (&frame);
    }

  draw_lanes (&frame);

  draw_today_pill (&frame);
  draw_legend (&frame);

  cairo_restore (cr);
}
