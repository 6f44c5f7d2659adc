/* ds-timeline-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Timeline view: the drawing, the event list and the detail pane, kept in sync,
 * with search, filters, lanes and zoom.
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-dossier.h"
#include "ds-timeline-view.h"

G_BEGIN_DECLS

#define DS_TYPE_TIMELINE_PAGE (ds_timeline_page_get_type ())

G_DECLARE_FINAL_TYPE (DsTimelinePage, ds_timeline_page, DS, TIMELINE_PAGE, GtkWidget)

GtkWidget      *ds_timeline_page_new          (void);
void            ds_timeline_page_set_dossier  (DsTimelinePage *self,
                                               DsDossier      *dossier);
/* Selects @event in the drawing and the list, and shows its details. */
void            ds_timeline_page_select_event (DsTimelinePage *self,
                                               DsEvent        *event);
DsTimelineView *ds_timeline_page_get_view     (DsTimelinePage *self);
DsEventQuery   *ds_timeline_page_get_query    (DsTimelinePage *self);

G_END_DECLS
