/* ds-event-row.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One event in the event list: date, status pill, kind, title, summary and a line of
 * amount, actors and sources. Drawn as one widget rather than a box of labels: a list
 * keeps up to 200 rows alive, and a row's height here comes from font metrics, so rows
 * that are never on screen are never shaped.
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-dossier.h"

G_BEGIN_DECLS

#define DS_TYPE_EVENT_ROW (ds_event_row_get_type())

G_DECLARE_FINAL_TYPE (DsEventRow, ds_event_row, DS, EVENT_ROW, GtkWidget)

GtkWidget  *ds_event_row_new        (void);
/* @dossier names the actors; both may be NULL to empty the row. */
void        ds_event_row_set_event  (DsEventRow *self,
                                     DsEvent    *event,
                                     DsDossier  *dossier);
DsEvent    *ds_event_row_get_event  (DsEventRow *self);
/* The texts the row shows, for tests and tooltips: "date", "status", "kind", "title",
 * "summary" or "meta"; NULL for another name. */
const char *ds_event_row_get_text   (DsEventRow *self,
                                     const char *part);

G_END_DECLS
