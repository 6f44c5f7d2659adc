/* ds-timeline-placement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where a lane's marks go in a frame, before anything is drawn: steps 1 to 3 of
 * ds-timeline-renderer.c (culling, clustering, rows and labels). Kept apart from the
 * drawing (ds-timeline-lanes.c): this part decides and measures text, but draws nothing.
 * Hit testing lives here too: it answers the reverse question, which of the marks a
 * frame recorded is under a point.
 */

#define G_LOG_DOMAIN "ds-timeline-renderer"

#include "config.h"

#include <math.h>

#include "ds-timeline-private.h"

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

double
_ds_timeline_event_label_width (Frame    *frame,
                                guint     event,
                                gboolean  bold)
{
  Cache *cache = frame->cache;
  int width;
  int height;

  if (!bold && !isnan (cache->label_widths[event]))
    return cache->label_widths[event];

  /* Through the label cache: a label drawn at its natural width is shaped once. */
  _ds_timeline_label_layout (frame, event, bold, -1, &width, &height);
  if (!bold)
    cache->label_widths[event] = width;

  return width;
}

/* The merges of single events into the cluster being built, kept in locals while the
 * sweep runs (the Item's bit fields cost a read and a write each) and stored when the
 * next item starts. */
typedef struct
{
  guint    count;
  guint    next_digit;     /* the count at which the pill widens */
  gboolean mixed;
  gboolean dimmed;
  gboolean selected;
  gboolean hovered;
  double   span_end_x;
  DsStatus span_status;
} Merges;

static void
merges_store (Merges *merges,
              Item   *item)
{
  if (item == NULL || merges->count == item->count)
    return;
  item->count = merges->count;
  item->half = cluster_half_width (merges->count);
  item->mixed = merges->mixed;
  item->dimmed = merges->dimmed;
  item->selected = merges->selected;
  item->hovered = merges->hovered;
  item->label_width = 0;
  item->span_end_x = merges->span_end_x;
  item->span_status = merges->span_status;
}

static void
merges_start (Merges     *merges,
              const Item *item)
{
  *merges = (Merges) {
    .count = item->count,
    .next_digit = 10,
    .mixed = item->mixed,
    .dimmed = item->dimmed,
    .selected = item->selected,
    .hovered = item->hovered,
    .span_end_x = item->span_end_x,
    .span_status = item->span_status,
  };
}

/* Steps 1 and 2: the visible events of @lane, merged into clusters where their markers
 * would overlap. Once a day is wider than that, zooming in cannot split a cluster any
 * more (its events share a day): events are then kept apart, for the rows to stack. */
void
_ds_timeline_collect_items (Frame *frame,
                            guint  lane)
{
  const DsTimelineDrawParams *params = frame->params;
  const DsTimeScale *scale = &params->scale;
  DsTimelineLayout *layout = frame->layout;
  GArray *items = frame->cache->items;
  double first_visible = ds_time_scale_to_day (scale, scale->x - MARKER_SIZE);
  double last_visible = ds_time_scale_to_day (scale, scale->x + scale->width + MARKER_SIZE);
  /* As ds_time_scale_to_x (), without a call and a division per event: a frame may
   * sweep 100,000. */
  double per_day = scale->width / (scale->last_day - scale->first_day);
  gboolean by_x = per_day < MARKER_SIZE / 2 + CLUSTER_RADIUS + CLUSTER_GAP;
  guint n_events;
  const LaneEvent *events = _ds_timeline_lane_events (frame, lane);

  ds_timeline_layout_get_lane_events (layout, lane, &n_events);
  Item *last = NULL;
  Merges merges = { 0 };
  double reach = 0;        /* how near the next marker must be to join the last item */

  g_array_set_size (items, 0);

  for (guint e = ds_timeline_layout_lane_search (layout, lane, first_visible); e < n_events; e++)
    {
      const LaneEvent *info = &events[e];
      guint event = info->event;
      double first_day = info->first_day;
      double end_day = info->end_day;
      gboolean off_left;
      gboolean dimmed;
      double x;
      Item item;

      if (first_day > last_visible)
        break;

      /* Left of the view: only spans that reach into it. */
      off_left = first_day < first_visible;
      if (off_left && !(isfinite (end_day) && end_day > scale->first_day))
        continue;

      x = scale->x + (first_day - scale->first_day) * per_day;
      dimmed = params->matches != NULL && params->matches[event] == 0;

      if (by_x && !off_left && last != NULL && x < reach)
        {
          /* item_merge () for a single event, the common case in a dense lane. */
          if (++merges.count == 2 || merges.count == merges.next_digit)
            {
              if (merges.count > 2)
                merges.next_digit *= 10;
              reach = last->x + cluster_half_width (merges.count) + CLUSTER_RADIUS + CLUSTER_GAP;
            }
          merges.mixed |= info->status != last->status;
          merges.dimmed &= dimmed;
          merges.selected |= (gint)event == params->selected;
          merges.hovered |= (gint)event == params->hovered;
          if (isfinite (end_day))
            {
              double end_x = _ds_timeline_clamp_x (scale->x +
                                                   (end_day - scale->first_day) * per_day);

              if (!(end_x <= merges.span_end_x))
                {
                  merges.span_end_x = end_x;
                  merges.span_status = info->status;
                }
            }
          continue;
        }

      merges_store (&merges, last);
      item = (Item) {
        .event = event,
        .count = 1,
        .x = x,
        .half = MARKER_SIZE / 2,
        .span_end_x = isfinite (end_day)
                        ? _ds_timeline_clamp_x (scale->x + (end_day - scale->first_day) * per_day)
                        : NAN,
        .status = info->status,
        .span_status = info->status,
        .dimmed = dimmed,
        .selected = (gint)event == params->selected,
        .hovered = (gint)event == params->hovered,
        .off_left = off_left,
      };
      g_array_append_val (items, item);
      last = &g_array_index (items, Item, items->len - 1);
      merges_start (&merges, last);
      /* Off the left edge, an item takes no other. */
      reach = off_left ? -G_MAXDOUBLE : x + item.half + CLUSTER_RADIUS + CLUSTER_GAP;
    }
  merges_store (&merges, last);
}

/* Step 3: rows and labels, greedily from left to right. Rows are tried from the middle
 * of the lane outwards (middle, above, below, …), so that a sparse lane reads as one line
 * through its centre and a dense one spreads evenly; a row never moves with the view. */
void
_ds_timeline_pack_items (Frame  *frame,
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
          double natural = MIN (_ds_timeline_event_label_width (frame, item->event,
                                                                item->selected),
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

/* --- Hit testing -------------------------------------------------------------------- */

static gboolean
rect_contains (const DsRect *rect,
               double        x,
               double        y)
{
  return rect->width > 0 &&
         x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}

const DsTimelineMark *
ds_timeline_hit_test (GArray *marks,
                      double  x,
                      double  y)
{
  const DsTimelineMark *best = NULL;
  double best_distance = G_MAXDOUBLE;

  g_return_val_if_fail (marks != NULL, NULL);

  /* The nearest marker within its radius + 4 px, then a label. */
  for (guint i = 0; i < marks->len; i++)
    {
      const DsTimelineMark *mark = &g_array_index (marks, DsTimelineMark, i);
      double distance = hypot (x - mark->x, y - mark->y);

      if (distance <= mark->radius + 4 && distance < best_distance)
        {
          best = mark;
          best_distance = distance;
        }
    }
  if (best != NULL)
    return best;

  for (guint i = 0; i < marks->len; i++)
    {
      const DsTimelineMark *mark = &g_array_index (marks, DsTimelineMark, i);

      if (rect_contains (&mark->label, x, y))
        return mark;
    }

  return NULL;
}
