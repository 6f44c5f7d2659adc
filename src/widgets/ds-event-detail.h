/* ds-event-detail.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything about one event: title, date at its precision, status, kind, actors,
 * amount, quote with its speaker, summary, tags and sources.
 *
 * Signal "open-uri" (const char *uri): a source link was activated. Only http and
 * https links are ever emitted; the default handler opens the browser through
 * ds_compat_show_uri(), so tests can connect and stop the emission to capture it.
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-dossier.h"

G_BEGIN_DECLS

#define DS_TYPE_EVENT_DETAIL (ds_event_detail_get_type ())

G_DECLARE_FINAL_TYPE (DsEventDetail, ds_event_detail, DS, EVENT_DETAIL, GtkWidget)

GtkWidget *ds_event_detail_new         (void);
/* @dossier resolves actor names; @event may be NULL (a "no event selected" page). */
void       ds_event_detail_set_event   (DsEventDetail *self,
                                        DsDossier     *dossier,
                                        DsEvent       *event);
DsEvent   *ds_event_detail_get_event   (DsEventDetail *self);

G_END_DECLS
