/* ds-event-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dossier's events in date order, as a keyboard-navigable list: the accessible
 * alternative to the timeline drawing. Every row has a label with date, status and
 * title for screen readers.
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-dossier.h"

G_BEGIN_DECLS

#define DS_TYPE_EVENT_LIST (ds_event_list_get_type ())

G_DECLARE_FINAL_TYPE (DsEventList, ds_event_list, DS, EVENT_LIST, GtkWidget)

GtkWidget *ds_event_list_new          (void);
/* Unselects and drops the filter, which belonged to the old dossier's events. */
void       ds_event_list_set_dossier  (DsEventList *self,
                                       DsDossier   *dossier);
/* Rows the filter rejects are hidden. */
void       ds_event_list_set_filter   (DsEventList *self,
                                       GtkFilter   *filter);
/* The rows shown, after filtering. */
GListModel *ds_event_list_get_model   (DsEventList *self);
void       ds_event_list_select_event (DsEventList *self,
                                       DsEvent     *event);
/* The selected event, or NULL. Notified as "selected-event"; a row activated (Enter,
 * double click) emits "event-activated". */
DsEvent   *ds_event_list_get_selected (DsEventList *self);

G_END_DECLS
