/* ds-event-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For loaders: events whose strings and small arrays live in a store shared by every
 * event of a load, instead of a dozen allocations each. Every such event holds a
 * reference on its store, so the strings live as long as any event does, whatever
 * happens to the dossier. A store is filled by one thread, while loading, and only
 * read afterwards.
 */

#pragma once

#include "ds-event.h"

G_BEGIN_DECLS

typedef struct _DsEventStore DsEventStore;

DsEventStore *ds_event_store_new         (void);
DsEventStore *ds_event_store_ref         (DsEventStore   *store);
void          ds_event_store_unref       (DsEventStore   *store);
/* A copy of @string in @store. */
const char   *ds_event_store_add         (DsEventStore   *store,
                                          const char     *string);
/* @size bytes in @store, aligned for pointers and doubles, not cleared. */
gpointer      ds_event_store_alloc       (DsEventStore   *store,
                                          gsize           size);

/* Strings and arrays given to these functions must live in @store; NULL-terminated
 * arrays, NULL when absent. */
DsEvent      *ds_event_new_stored        (DsEventStore   *store,
                                          const char     *id,
                                          const DsDate   *date,
                                          DsText         *title,
                                          DsEventKind     kind,
                                          DsStatus        status);
void          ds_event_set_stored_lists  (DsEvent        *self,
                                          char          **actor_ids,
                                          char          **tags,
                                          const char     *phase_id);
void          ds_event_set_stored_quote  (DsEvent        *self,
                                          DsText         *text,
                                          const char     *speaker,
                                          const char     *language);
/* Takes the sources' titles; their other strings, and the array, live in the store. */
void          ds_event_set_stored_sources (DsEvent       *self,
                                           DsSource      *sources,
                                           guint          n_sources);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsEventStore, ds_event_store_unref)

G_END_DECLS
