/* ds-timeline-lanes.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 4 of ds-timeline-renderer.c: drawing the visible lanes (separators, captions,
 * span bars, markers, clusters, labels) where ds-timeline-placement.c put their marks,
 * and recording the marks for hit testing. Separate from the frame, which draws what
 * lies behind and around the lanes.
 */

#define G_LOG_DOMAIN "ds-timeline-renderer"

#include "config.h"

#include <math.h>

#include "ds-timeline-private.h"

static void
draw_cluster (Frame      *frame,
              const Item *item,
              double      y)
{
  _ds_timeline_draw_shape (frame, item->mixed ? MIXED_STATUS : item->status, item->dimmed,
                           item->half, item->x, y);
  _ds_timeline_draw_count (frame, item->count, item->dimmed, item->x, y);
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

  /* Labels drawn before leave a current point, which the arc would join. */
  cairo_new_path (cr);
  if (item->count == 1)
    cairo_arc (cr, item->x, y, item->half + gap, 0, 2 * G_PI);
  else
    _ds_timeline_rounded_rect (cr, item->x - item->half - gap, y - CLUSTER_RADIUS - gap,
                               2 * (item->half + gap), 2 * (CLUSTER_RADIUS + gap),
                               CLUSTER_RADIUS + gap);
  ds_color_set_source_alpha (cr, color, alpha);
  cairo_set_line_width (cr, line_width);
  cairo_stroke (cr);
}

/* Span bars are translucent. Where sprites serve, each bar is copied from them at once;
 * else each style's bars are filled as one path, which is as if they were filled one by
 * one as long as none of them overlaps another. Bars in different rows never do; in a
 * row, an overlapping bar first draws what is pending. */
#define N_SPAN_STYLES   (5 * 2)    /* status, dimmed or not */
#define MAX_SPAN_BATCH  256

typedef struct
{
  guint  style;
  double x;
  double y;
  double width;
} SpanBar;

typedef struct
{
  SpanBar bars[MAX_SPAN_BATCH];
  guint   n;
  double  row_end[MAX_ROWS];
} Spans;

static void
flush_spans (Frame *frame,
             Spans *spans)
{
  cairo_t *cr = frame->cr;

  for (guint style = 0; style < N_SPAN_STYLES && spans->n > 0; style++)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < spans->n; i++)
        {
          const SpanBar *bar = &spans->bars[i];

          if (bar->style != style)
            continue;
          _ds_timeline_rounded_rect (cr, bar->x, bar->y - SPAN_HEIGHT / 2, bar->width,
                                     SPAN_HEIGHT, SPAN_HEIGHT / 2);
          any = TRUE;
        }
      if (!any)
        continue;
      ds_color_set_source_alpha (cr, &frame->palette->status[style / 2],
                                 SPAN_ALPHA * (style % 2 ? DIM_ALPHA : 1));
      cairo_fill (cr);
    }

  spans->n = 0;
  for (guint r = 0; r < MAX_ROWS; r++)
    spans->row_end[r] = -G_MAXDOUBLE;
}

static void
add_span (Frame      *frame,
          Spans      *spans,
          const Item *item,
          double      x0,
          double      y)
{
  /* One pixel of slack: antialiased edges that touch overlap. */
  if (x0 < spans->row_end[item->row] + 1 || spans->n == MAX_SPAN_BATCH)
    flush_spans (frame, spans);
  /* Drawn at once, after what it overlaps. */
  if (_ds_timeline_draw_span (frame, item->span_status, item->dimmed, x0, item->span_end_x, y))
    return;

  spans->bars[spans->n++] = (SpanBar) {
    .style = item->span_status * 2 + (item->dimmed ? 1 : 0),
    .x = x0,
    .y = y,
    .width = item->span_end_x - x0,
  };
  spans->row_end[item->row] = MAX (spans->row_end[item->row], item->span_end_x);
}

/* Row centres and shape centres sit on whole pixels: shapes and bars then have crisp
 * edges, and every shape of a kind is the same sprite (ds-timeline-sprites.c). */
static double
row_centre (double rows_top,
            double row_height,
            guint  row)
{
  return round (rows_top + row_height * (row + 0.5));
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
  Spans spans;

  _ds_timeline_collect_items (frame, lane_index);
  _ds_timeline_pack_items (frame, n_rows, rows_top, row_height);
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      item->x = round (_ds_timeline_clamp_x (item->x));
      if (isfinite (item->span_end_x))
        item->span_end_x = round (item->span_end_x);
    }

  /* Span bars under everything. */
  spans.n = 0;
  for (guint r = 0; r < MAX_ROWS; r++)
    spans.row_end[r] = -G_MAXDOUBLE;
  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);
      double x0 = item->x;

      /* A span hardly longer than its marker would only look like a smudge. */
      if (item->count == 0 ||
          !isfinite (item->span_end_x) || item->span_end_x <= MAX (x0, item->x + item->half + 4))
        continue;
      if (frame->pixels != NULL && item->span_end_x - x0 > SPAN_HEIGHT)
        {
          PixelSpan bar = {
            .x0 = (int) x0,
            .x1 = (int) item->span_end_x,
            .y = (int) row_centre (rows_top, row_height, item->row),
            .style = item->span_status * 2 + (item->dimmed ? 1 : 0),
            .order = i,
          };

          g_array_append_val (frame->pixel_spans, bar);
          continue;
        }
      add_span (frame, &spans, item, x0, row_centre (rows_top, row_height, item->row));
    }
  flush_spans (frame, &spans);
  if (frame->pixels != NULL)
    {
      _ds_timeline_pixels_spans (frame, frame->pixel_spans);
      g_array_set_size (frame->pixel_spans, 0);
    }

  for (guint i = 0; i < items->len; i++)
    {
      const Item *item = &g_array_index (items, Item, i);
      double y = row_centre (rows_top, row_height, item->row);
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
            _ds_timeline_draw_shape (frame, item->status, item->dimmed, 0, item->x, y);
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
          double natural = _ds_timeline_event_label_width (frame, item->event, item->selected);
          PangoLayout *label;

          label = _ds_timeline_label_layout (frame, item->event, item->selected,
                                             item->label_width < natural ? item->label_width : -1,
                                             &width, &height);
          mark.label = (DsRect) {
            item->label_x, round (y - height / 2.0), MIN (width, item->label_width), height,
          };
          ds_color_set_source (cr, &frame->palette->foreground);
          _ds_timeline_show_layout_at (frame, label, mark.label.x, mark.label.y);
        }

      if (frame->marks != NULL && y >= frame->lanes_top && y <= frame->lanes_bottom)
        g_array_append_val (frame->marks, mark);
    }

  /* Counts sit inside their pills, clear of everything drawn after them in the lane. */
  _ds_timeline_flush_counts (frame);
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

  _ds_timeline_set_text (frame, frame->cache->font_small_bold,
                         ds_timeline_layout_get_lane_label (frame->layout, lane_index),
                         MAX (24, frame->params->scale.width / 2), &width, &height);

  ds_color_set_source_alpha (cr, &frame->palette->background, 0.88);
  _ds_timeline_rounded_rect (cr, x - 6, top + 2, width + dot + 12, height + 2, (height + 2) / 2.0);
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
  _ds_timeline_show_text_at (frame, x + dot, top + 3);
}

void
_ds_timeline_draw_lanes (Frame *frame)
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
  _ds_timeline_pixels_begin (frame);

  /* Separators between lanes. */
  ds_color_set_source (cr, &frame->palette->grid);
  cairo_set_line_width (cr, 1);
  for (guint l = MAX (first, 1); l < last; l++)
    {
      double y = _ds_timeline_snap (frame->lanes_top - frame->scroll + l * frame->lane_height);

      cairo_move_to (cr, 0, y);
      cairo_line_to (cr, params->width, y);
    }
  cairo_stroke (cr);

  for (guint l = first; l < last; l++)
    {
      double top = frame->lanes_top - frame->scroll + l * frame->lane_height;

      if (_ds_timeline_scale_is_usable (&params->scale))
        draw_lane (frame, l, top);
      if (captioned)
        draw_lane_caption (frame, l, top);
    }

  _ds_timeline_pixels_end (frame);
  cairo_restore (cr);
}

