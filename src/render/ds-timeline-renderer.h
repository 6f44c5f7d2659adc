/* ds-timeline-renderer.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws a dossier's timeline into any cairo_t: phase bands, lanes, status markers,
 * clusters, labels, the time axis, a today marker and a legend. The widget and the
 * headless export call the same code, so what is exported is what is shown.
 *
 * Work is split so that a frame costs O(visible events + pixels): the layout is
 * prepared once per dossier and lane mode (O(n log n)); a frame finds the visible
 * events of each lane by binary search and clusters them in one sweep.
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "ds-dossier.h"
#include "ds-palette.h"
#include "ds-scale.h"

G_BEGIN_DECLS

typedef enum
{
  DS_LANES_SINGLE,
  DS_LANES_ACTOR,
  DS_LANES_KIND,
} DsLaneMode;

typedef struct _DsTimelineLayout DsTimelineLayout;

DsTimelineLayout *ds_timeline_layout_new            (DsDossier        *dossier,
                                                     DsLaneMode        mode);
void              ds_timeline_layout_free           (DsTimelineLayout *layout);
DsLaneMode        ds_timeline_layout_get_mode       (DsTimelineLayout *layout);
/* Events are indexed in the dossier's (date) order. */
guint             ds_timeline_layout_get_n_events   (DsTimelineLayout *layout);
DsEvent          *ds_timeline_layout_get_event      (DsTimelineLayout *layout,
                                                     guint             index);
/* The index of @event, or -1. */
gint              ds_timeline_layout_find_event     (DsTimelineLayout *layout,
                                                     DsEvent          *event);
guint             ds_timeline_layout_get_n_lanes    (DsTimelineLayout *layout);
const char       *ds_timeline_layout_get_lane_label (DsTimelineLayout *layout,
                                                     guint             lane);
/* First and last day covered by events (ends included) and phases; FALSE if empty. */
gboolean          ds_timeline_layout_get_extent     (DsTimelineLayout *layout,
                                                     double           *first_day,
                                                     double           *last_day);
/* The total height the lanes want for a given view height (lanes have a minimum
 * height, so many lanes may need vertical scrolling). */
double            ds_timeline_layout_get_content_height (DsTimelineLayout *layout,
                                                         double            view_height);
/* How far scroll_y can go for a given view height: content height − view height (the
 * content height counts the phase header and the axis, which do not scroll). */
double            ds_timeline_layout_get_max_scroll     (DsTimelineLayout *layout,
                                                         double            view_height);

/* Read-only access to what the layout prepared, for the renderer and for widgets
 * (tooltips, accessible descriptions). All O(1) but ds_timeline_layout_lane_search. */

/* The event's label as drawn: its title, with its amount when it has one. */
const char       *ds_timeline_layout_get_event_label    (DsTimelineLayout *layout,
                                                         guint             index);
/* The event's first day and the day after its end date (NAN when it has none). */
void              ds_timeline_layout_get_event_span     (DsTimelineLayout *layout,
                                                         guint             index,
                                                         double           *first_day,
                                                         double           *end_day);
DsStatus          ds_timeline_layout_get_event_status   (DsTimelineLayout *layout,
                                                         guint             index);
/* Actor lanes: the actor's colour hint (0xRRGGBB); -1 for none and for other lanes. */
gint32            ds_timeline_layout_get_lane_color     (DsTimelineLayout *layout,
                                                         guint             lane);
/* The event indices of a lane, by first day. */
const guint      *ds_timeline_layout_get_lane_events    (DsTimelineLayout *layout,
                                                         guint             lane,
                                                         guint            *n_events);
/* The first position in the lane's events that can show from @day on: a binary search
 * from @day minus the lane's longest span, so that spans starting earlier are found. */
guint             ds_timeline_layout_lane_search        (DsTimelineLayout *layout,
                                                         guint             lane,
                                                         double            day);
/* Phases by start. @end_day is the day after the phase's end; for an open-ended phase,
 * the day after the extent. Returns the title. */
guint             ds_timeline_layout_get_n_phases       (DsTimelineLayout *layout);
const char       *ds_timeline_layout_get_phase          (DsTimelineLayout *layout,
                                                         guint             index,
                                                         double           *first_day,
                                                         double           *end_day);
/* A renderer's private per-layout cache (measured label widths, scratch arrays),
 * destroyed with the layout or when replaced. */
gpointer          ds_timeline_layout_get_render_data    (DsTimelineLayout *layout);
void              ds_timeline_layout_set_render_data    (DsTimelineLayout *layout,
                                                         gpointer          data,
                                                         GDestroyNotify    destroy);

typedef struct
{
  DsTimeScale                 scale;       /* visible range → x; scale.x/width is the plot area */
  double                      width;
  double                      height;
  double                      scroll_y;    /* vertical offset of the lanes, in pixels */
  DsTheme                     theme;
  const PangoFontDescription *font;        /* NULL: "Sans 10" */
  gint                        selected;    /* event index or -1 */
  gint                        hovered;     /* event index or -1 */
  const guint8               *matches;     /* per event: 0 draws it dimmed; NULL: all match */
  double                      today_day;   /* NAN hides the today marker */
  gboolean                    show_legend;
  /* @cr records what will be played back unscaled on device pixels (a widget's drawing
   * at scale 1): the renderer may then copy cached marker images, as it does on an
   * unscaled image surface. Never set it for a recording that ends up in a PDF or SVG. */
  gboolean                    recording_on_pixels;
} DsTimelineDrawParams;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} DsRect;

/* One drawn marker: a single event (count 1) or a cluster of @count events of a lane. */
typedef struct
{
  guint  lane;
  guint  event;     /* the first event of the cluster, as an event index */
  guint  count;
  double x;         /* marker centre */
  double y;
  double radius;
  DsRect label;     /* where its label was drawn; width 0 when it has none */
} DsTimelineMark;

void     ds_timeline_draw_params_init (DsTimelineDrawParams *params,
                                       double                width,
                                       double                height);
/* The plot area's left and right margins (lane labels, padding), for the scale. */
void     ds_timeline_get_plot_margins (double               *left,
                                       double               *right);
/* Draws a frame. When @marks is not NULL (a GArray of DsTimelineMark), it receives what
 * was drawn, for hit testing and tests; it is cleared first and reused across frames. */
void     ds_timeline_render           (DsTimelineLayout           *layout,
                                       cairo_t                    *cr,
                                       const DsTimelineDrawParams *params,
                                       GArray                     *marks);
/* The mark under (x, y), or NULL. */
const DsTimelineMark *ds_timeline_hit_test (GArray *marks,
                                            double  x,
                                            double  y);

G_END_DECLS
