/* ds-timeline-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the pieces of the timeline renderer: ds-timeline-renderer.c (the frame and
 * the helpers below), ds-timeline-placement.c (where a lane's marks go, and which mark
 * is under a point), ds-timeline-lanes.c (drawing the lanes), ds-timeline-cache.c
 * (what frames keep: fonts, shaped text, sprites), ds-timeline-sprites.c (markers,
 * pills and span caps as small images) and ds-timeline-pixels.c (blending those into
 * an image target's pixels). Nothing here is for other files but the renderer's tests.
 */

#pragma once

#include "ds-timeline-renderer.h"

G_BEGIN_DECLS

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
#define MIXED_STATUS        5     /* a cluster of several statuses, for shapes */
#define SPRITE_PAD          3     /* transparent pixels around a sprite's shape */
#define SPAN_CAP   ((int) (SPAN_HEIGHT / 2) + 1)        /* a span cap sprite's columns */
#define SPAN_ROWS  ((int) SPAN_HEIGHT + 2 * SPRITE_PAD) /* and its rows */

/* What the layout keeps per event (ds-timeline-layout.c). */
typedef struct
{
  double   first_day;
  double   end_day;        /* the day after the end date, or NAN without one */
  char    *label;          /* "title · amount"; NULL until first asked for */
  DsStatus status;
} EventInfo;

/* An event of a lane, in the lane's order, for the sweep: reading these one after the
 * other costs far less memory traffic than looking each EventInfo up by index. Made
 * per lane on first use and kept in the cache. */
typedef struct
{
  double   first_day;
  double   end_day;
  guint    event;
  DsStatus status;
} LaneEvent;

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

typedef struct _CountText CountText;

/* Kept on the layout between frames (ds_timeline_layout_set_render_data); see
 * ds-timeline-cache.c. */
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
  PangoContext         *context;       /* every layout's, updated when the target changes */
  cairo_font_options_t *font_options;  /* the last frame's target's, and its scale */
  cairo_matrix_t        matrix;
  DsTheme               theme;
  GQueue                labels;        /* LabelEntry, most recently drawn first */
  GHashTable           *label_index;   /* key → its link in labels */
  GHashTable           *texts;         /* other text: "font width text" → TextEntry */
  CountText            *counts;        /* cluster counts, by count */
  GHashTable           *big_counts;    /* the larger ones: count → CountText */
  GArray               *count_glyphs[2];  /* the frame's, not dimmed and dimmed */
  cairo_scaled_font_t  *count_font;       /* theirs */
  GHashTable           *sprites;       /* shape key → cairo_surface_t */
  GPtrArray            *lane_events;   /* LaneEvent arrays by lane; NULL: not made yet */
  guint                 n_shaped;      /* for tests: layouts shaped so far */
  guint                 font_changes;
  guint                 n_sprites_drawn;
} Cache;

/* A span bar with whole-pixel ends, centred on row @y, for ds-timeline-pixels.c. */
typedef struct
{
  int   x0;
  int   x1;
  int   y;
  guint style;             /* status × 2 + dimmed */
  guint order;             /* bars later in the lane lie over earlier ones */
} PixelSpan;

/* Everything a frame computes once and passes to its helpers. */
typedef struct
{
  DsTimelineLayout           *layout;
  Cache                      *cache;
  const DsTimelineDrawParams *params;
  cairo_t                    *cr;
  PangoLayout                *text;        /* the last _ds_timeline_set_text ()'s */
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
  gboolean                    sprites;     /* shapes may be copied from sprites */
  guint                       new_sprites; /* made in this frame */
  guint32                    *pixels;      /* the target's, for ds-timeline-pixels.c; or NULL */
  int                         stride;      /* in pixels */
  int                         origin_x;    /* user space to the target's pixels */
  int                         origin_y;
  int                         clip_x0;     /* in the target's pixels */
  int                         clip_y0;
  int                         clip_x1;
  int                         clip_y1;
  guint32                    *columns;     /* a row of span colours, clip_x1 − clip_x0 long */
  guint32                    *scratch;     /* as long: the pixels under a row of bars */
  GArray                     *pixel_spans; /* PixelSpan, a lane's */
} Frame;

/* ds-timeline-layout.c: the events' infos, by event index, for the frame's inner loop. */
const EventInfo *_ds_timeline_layout_get_infos (DsTimelineLayout *layout);

/* ds-timeline-renderer.c */
void     _ds_timeline_set_text          (Frame                      *frame,
                                         const PangoFontDescription *font,
                                         const char                 *text,
                                         double                      max_width,
                                         int                        *width,
                                         int                        *height);
void     _ds_timeline_show_text_at      (Frame                      *frame,
                                         double                      x,
                                         double                      y);
void     _ds_timeline_rounded_rect      (cairo_t                    *cr,
                                         double                      x,
                                         double                      y,
                                         double                      width,
                                         double                      height,
                                         double                      radius);
double   _ds_timeline_snap              (double                      coordinate);
gboolean _ds_timeline_scale_is_usable   (const DsTimeScale          *scale);
double   _ds_timeline_clamp_x           (double                      x);

/* ds-timeline-cache.c */
Cache       *_ds_timeline_ensure_cache    (DsTimelineLayout           *layout,
                                           cairo_t                    *cr,
                                           const DsTimelineDrawParams *params);
PangoLayout *_ds_timeline_text_layout     (Frame                      *frame,
                                           const PangoFontDescription *font,
                                           const char                 *text,
                                           double                      max_width,
                                           int                        *width,
                                           int                        *height);
PangoLayout *_ds_timeline_label_layout    (Frame                      *frame,
                                           guint                       event,
                                           gboolean                    bold,
                                           double                      max_width,
                                           int                        *width,
                                           int                        *height);
const LaneEvent *_ds_timeline_lane_events (Frame                      *frame,
                                           guint                       lane);
void         _ds_timeline_draw_count      (Frame                      *frame,
                                           guint                       count,
                                           gboolean                    dimmed,
                                           double                      x,
                                           double                      y);
void         _ds_timeline_flush_counts    (Frame                      *frame);
void         _ds_timeline_show_layout_at  (Frame                      *frame,
                                           PangoLayout                *layout,
                                           double                      x,
                                           double                      y);
/* ds-timeline-sprites.c */
gboolean     _ds_timeline_sprites_usable  (cairo_t                    *cr,
                                           const DsTimelineDrawParams *params);
void         _ds_timeline_draw_shape      (Frame                      *frame,
                                           DsStatus                    status,
                                           gboolean                    dimmed,
                                           double                      half,
                                           double                      x,
                                           double                      y);
gboolean     _ds_timeline_draw_span       (Frame                      *frame,
                                           DsStatus                    status,
                                           gboolean                    dimmed,
                                           double                      x0,
                                           double                      x1,
                                           double                      y);
guint32      _ds_timeline_span_caps       (Frame                      *frame,
                                           guint                       style,
                                           cairo_surface_t           **left,
                                           cairo_surface_t           **right);
/* ds-timeline-pixels.c */
void         _ds_timeline_pixels_begin    (Frame                      *frame);
void         _ds_timeline_pixels_end      (Frame                      *frame);
void         _ds_timeline_pixels_blit     (Frame                      *frame,
                                           cairo_surface_t            *sprite,
                                           int                         x,
                                           int                         y,
                                           int                         src_x,
                                           int                         width);
void         _ds_timeline_pixels_spans    (Frame                      *frame,
                                           GArray                     *spans);
/* ds-timeline-cache.c, for tests: what the layout's cache did so far. */
void         _ds_timeline_get_cache_stats (DsTimelineLayout           *layout,
                                           guint                      *n_shaped,
                                           guint                      *n_labels,
                                           guint                      *font_changes,
                                           guint                      *n_sprites_drawn);

/* ds-timeline-placement.c */
double   _ds_timeline_event_label_width (Frame                      *frame,
                                         guint                       event,
                                         gboolean                    bold);
void     _ds_timeline_collect_items     (Frame                      *frame,
                                         guint                       lane);
void     _ds_timeline_pack_items        (Frame                      *frame,
                                         guint                       n_rows,
                                         double                      rows_top,
                                         double                      row_height);

/* ds-timeline-lanes.c */
void     _ds_timeline_draw_lanes        (Frame                      *frame);

G_END_DECLS
