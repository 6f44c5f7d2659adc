/* ds-event-haystacks.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What DsEventQuery searches, by index in the dossier's order of events.
 *
 * A DsEventTable lists the events with what the filters look at; it is made on the
 * thread that owns the dossier (whose list model is not thread-safe) and is immutable
 * afterwards. DsEventHaystacks holds the normalized searchable text of each event and
 * can be built from a table on any thread: for 100,000 events that takes a while.
 */

#pragma once

#include <gio/gio.h>

#include "ds-dossier.h"

G_BEGIN_DECLS

typedef struct _DsEventHaystacks DsEventHaystacks;

typedef struct
{
  gatomicrefcount ref_count;
  DsDossier *dossier;
  guint      n_events;
  DsEvent * const *events;  /* the dossier's (ds_dossier_peek_events) */
  guint8    *statuses;   /* DsStatus of each event */
  guint8    *kinds;      /* DsEventKind of each event */
} DsEventTable;

struct _DsEventHaystacks
{
  char       *text;      /* every haystack, each ending with a NUL */
  gsize      *offsets;   /* where each event's haystack starts in text */
  GHashTable *index;     /* DsEvent → its index + 1 */
};

DsEventTable     *ds_event_table_new          (DsDossier          *dossier);
DsEventTable     *ds_event_table_ref          (DsEventTable       *self);
void              ds_event_table_unref        (DsEventTable       *self);

/* The index of @event, or -1 when it is not one of the dossier's events. @hint is
 * tried first: callers walking the events in order pass the index after the last.
 * @haystacks, when built, has an index of the events; else this is a binary search. */
gint              ds_event_table_find         (DsEventTable           *self,
                                               const DsEventHaystacks *haystacks,
                                               DsEvent                *event,
                                               guint                   hint);

/* NULL when @cancellable was cancelled. */
DsEventHaystacks *ds_event_haystacks_new      (DsEventTable       *table,
                                               GCancellable       *cancellable);
void              ds_event_haystacks_free     (DsEventHaystacks   *self);

/* The normalized searchable text of one event: every language of its texts, its
 * actors' ids and names, sources, tags and amount. */
char             *ds_event_haystack_build     (DsDossier          *dossier,
                                               DsEvent            *event);

static inline const char *
ds_event_haystacks_get (const DsEventHaystacks *self,
                        guint                   index)
{
  return self->text + self->offsets[index];
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsEventTable, ds_event_table_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsEventHaystacks, ds_event_haystacks_free)

G_END_DECLS
