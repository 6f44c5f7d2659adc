/* ds-timeline-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The interactive timeline: pan, zoom, select and hover around the pure renderer.
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-dossier.h"
#include "ds-event-query.h"
#include "ds-timeline-renderer.h"

G_BEGIN_DECLS

#define DS_TYPE_TIMELINE_VIEW (ds_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (DsTimelineView, ds_timeline_view, DS, TIMELINE_VIEW, GtkWidget)

GtkWidget  *ds_timeline_view_new                (void);
void        ds_timeline_view_set_dossier        (DsTimelineView *self,
                                                 DsDossier      *dossier);
/* Events the query rejects are drawn dimmed and skipped by keyboard navigation. */
void        ds_timeline_view_set_query          (DsTimelineView *self,
                                                 DsEventQuery   *query);
DsLaneMode  ds_timeline_view_get_lane_mode      (DsTimelineView *self);
void        ds_timeline_view_set_lane_mode      (DsTimelineView *self,
                                                 DsLaneMode      mode);
DsEvent    *ds_timeline_view_get_selected_event (DsTimelineView *self);
/* Selects @event (or nothing) and pans so that it is in view. */
void        ds_timeline_view_set_selected_event (DsTimelineView *self,
                                                 DsEvent        *event);
/* 0 shows the whole dossier, 1 the closest zoom (about a week). */
double      ds_timeline_view_get_zoom           (DsTimelineView *self);
void        ds_timeline_view_set_zoom           (DsTimelineView *self,
                                                 double          zoom);
/* The visible range, as day numbers. */
void        ds_timeline_view_get_range          (DsTimelineView *self,
                                                 double         *first_day,
                                                 double         *last_day);
void        ds_timeline_view_set_range          (DsTimelineView *self,
                                                 double          first_day,
                                                 double          last_day,
                                                 gboolean        animate);
/* The renderer's parameters for the current state, for exports that draw what is shown. */
void        ds_timeline_view_get_draw_params    (DsTimelineView       *self,
                                                 DsTimelineDrawParams *params);
/* The layout the view draws (its lanes), for exports that draw what is shown. */
DsTimelineLayout *ds_timeline_view_get_layout   (DsTimelineView *self);
/* What the last frame drew (DsTimelineMark), for tests. */
GArray     *ds_timeline_view_get_marks          (DsTimelineView *self);

G_END_DECLS
