/* ds-timeline-view-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by ds-timeline-view.c (state, drawing, API), ds-timeline-view-range.c (moving
 * the visible range), ds-timeline-view-input.c (pointer, touch and keyboard) and
 * ds-timeline-view-layout.c (building the layout, in a worker for big dossiers).
 */

#pragma once

#include <adwaita.h>

#include "ds-timeline-view.h"

G_BEGIN_DECLS

#define MIN_SPAN_DAYS   3.0
#define ZOOM_STEP       1.6
#define FRICTION        4.0   /* kinetic pan: velocity decays as exp(-FRICTION t) */

struct _DsTimelineView
{
  GtkWidget parent_instance;

  DsDossier *dossier;
  DsTimelineLayout *layout;
  DsLaneMode lane_mode;
  DsEventQuery *query;
  guint8 *matches;            /* NULL when everything matches */
  GArray *marks;

  double first_day;
  double last_day;
  double fit_first_day;
  double fit_last_day;
  double scroll_y;
  gint selected;
  gint hovered;

  /* Smooth zoom: geometric interpolation of the span, linear of the centre. */
  AdwAnimation *animation;
  double from_center, from_span, to_center, to_span;

  /* Drag, pinch and kinetic panning. */
  double drag_first_day;
  double pinch_span;
  double pinch_center;
  double velocity;            /* pixels per second */
  guint kinetic_tick;
  gint64 kinetic_last_time;

  /* Building the layout (ds-timeline-view-layout.c). */
  GCancellable *layout_cancellable;   /* the build running in a worker, or NULL */
  gboolean awaiting_layout;           /* the dossier's first layout is not there yet */
  DsEvent *pending_selected;          /* set meanwhile, applied when it arrives */
  gboolean has_pending_range;
  double pending_first_day;
  double pending_last_day;
};

/* ds-timeline-view.c */
void        _ds_timeline_view_apply_range        (DsTimelineView *self,
                                                  double          first_day,
                                                  double          last_day);
void        _ds_timeline_view_stop_kinetic       (DsTimelineView *self);
void        _ds_timeline_view_select_index       (DsTimelineView *self,
                                                  gint            index,
                                                  gboolean        animate);
gint        _ds_timeline_view_find_matching      (DsTimelineView *self,
                                                  gint            from,
                                                  gint            direction);
void        _ds_timeline_view_emit_activated     (DsTimelineView *self,
                                                  gint            index);
void        _ds_timeline_view_recompute_matches  (DsTimelineView *self);
void        _ds_timeline_view_notify_state       (DsTimelineView *self);

/* ds-timeline-view-range.c */
DsTimeScale _ds_timeline_view_current_scale      (DsTimelineView *self);
void        _ds_timeline_view_animate_to         (DsTimelineView *self,
                                                  double          first_day,
                                                  double          last_day);
void        _ds_timeline_view_zoom_around        (DsTimelineView *self,
                                                  double          factor,
                                                  double          anchor_day,
                                                  gboolean        animate);
double      _ds_timeline_view_zoom_anchor        (DsTimelineView *self);
double      _ds_timeline_view_event_day          (DsTimelineView *self,
                                                  gint            index);
void        _ds_timeline_view_ensure_visible     (DsTimelineView *self,
                                                  gint            index,
                                                  gboolean        animate);
void        _ds_timeline_view_init_range         (DsTimelineView *self);

/* ds-timeline-view-input.c */
void        _ds_timeline_view_update_description (DsTimelineView *self);
void        _ds_timeline_view_class_init_input   (GtkWidgetClass *widget_class);
void        _ds_timeline_view_init_input         (DsTimelineView *self);

/* ds-timeline-view-layout.c */
void        _ds_timeline_view_rebuild_layout     (DsTimelineView *self,
                                                  gboolean        new_dossier);
void        _ds_timeline_view_cancel_layout      (DsTimelineView *self);
/* For tests: a layout is being built in a worker thread. */
gboolean    _ds_timeline_view_is_building        (DsTimelineView *self);

G_END_DECLS
