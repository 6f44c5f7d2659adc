/* ds-event-query.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the reader searches for and filters on: a text, and the allowed actors,
 * statuses and kinds. Matching is case- and accent-insensitive, over every language
 * of the titles, summaries and quotes, the actors' names and the sources.
 *
 * Signal "changed": emitted after any setter changed what matches.
 */

#pragma once

#include <glib-object.h>

#include "ds-dossier.h"
#include "ds-text.h"

G_BEGIN_DECLS

#define DS_TYPE_EVENT_QUERY (ds_event_query_get_type ())

/* How the last change moved what matches: only added events (less strict), only
 * removed some (more strict), or either. */
typedef enum
{
  DS_EVENT_QUERY_CHANGE_DIFFERENT,
  DS_EVENT_QUERY_CHANGE_LESS_STRICT,
  DS_EVENT_QUERY_CHANGE_MORE_STRICT,
} DsEventQueryChange;

G_DECLARE_FINAL_TYPE (DsEventQuery, ds_event_query, DS, EVENT_QUERY, GObject)

/* The query keeps a normalized text per event, built once for @dossier: at once for
 * a small dossier, else in a worker thread (see ds_event_query_is_ready()). */
DsEventQuery *ds_event_query_new                (DsDossier    *dossier);
DsDossier    *ds_event_query_get_dossier        (DsEventQuery *self);
const char   *ds_event_query_get_text           (DsEventQuery *self);
void          ds_event_query_set_text           (DsEventQuery *self,
                                                 const char   *text);
gboolean      ds_event_query_get_status_allowed (DsEventQuery *self,
                                                 DsStatus      status);
void          ds_event_query_set_status_allowed (DsEventQuery *self,
                                                 DsStatus      status,
                                                 gboolean      allowed);
gboolean      ds_event_query_get_kind_allowed   (DsEventQuery *self,
                                                 DsEventKind   kind);
void          ds_event_query_set_kind_allowed   (DsEventQuery *self,
                                                 DsEventKind   kind,
                                                 gboolean      allowed);
/* With no actor chosen, every event passes; otherwise an event passes when one of its
 * actors is chosen. */
gboolean      ds_event_query_get_actor_chosen   (DsEventQuery *self,
                                                 const char   *actor_id);
void          ds_event_query_set_actor_chosen   (DsEventQuery *self,
                                                 const char   *actor_id,
                                                 gboolean      chosen);
/* Back to everything allowed and no text. */
void          ds_event_query_reset              (DsEventQuery *self);
/* TRUE when nothing is filtered out. */
gboolean      ds_event_query_is_empty           (DsEventQuery *self);
gboolean      ds_event_query_matches            (DsEventQuery *self,
                                                 DsEvent      *event);
/* Valid during and after "changed": what the change that caused it did. */
DsEventQueryChange ds_event_query_get_last_change (DsEventQuery *self);

/* For a big dossier the search texts are built in a worker thread, started by
 * ds_event_query_new(); until they are ready ("notify::ready"), the text filters
 * nothing, and "changed" follows when they arrive if there is a text. */
gboolean      ds_event_query_is_ready           (DsEventQuery *self);

/* Matching by index, in the order of the dossier's events. */
guint         ds_event_query_get_n_events       (DsEventQuery *self);
/* The index of @event in the dossier, or -1; @hint is tried first (the index after
 * the last one found, when walking the events in order). */
gint          ds_event_query_find_event         (DsEventQuery *self,
                                                 DsEvent      *event,
                                                 guint         hint);
/* One byte per event, TRUE where it matches; owned by the query and valid until its
 * next change. Computed once per change, testing again only the events that matched
 * when the change narrowed. */
const guint8 *ds_event_query_get_matches        (DsEventQuery *self);

G_END_DECLS
