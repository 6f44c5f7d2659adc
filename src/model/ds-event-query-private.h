/* ds-event-query-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by ds-event-query.c (the settings and their changes) and
 * ds-event-query-match.c (matching by index, and building the haystacks).
 */

#pragma once

#include "ds-event-haystacks.h"
#include "ds-event-query.h"

G_BEGIN_DECLS

struct _DsEventQuery
{
  GObject parent_instance;

  DsDossier *dossier;

  /* The events in the dossier's order, then, built once, their normalized text. */
  DsEventTable *table;
  DsEventHaystacks *haystacks;   /* NULL while a worker builds them */
  GCancellable *cancellable;     /* of that worker */
  guint find_hint;               /* the index after the last event looked up */

  /* What matches, one byte per event; recomputed on demand after a change, and only
   * for the events that matched when every change since only narrowed. */
  guint8 *matches;
  gboolean matches_stale;
  gboolean matches_narrow;

  char *text;
  char *normalized;
  char **words;        /* the normalized text split on spaces; never NULL */
  guint statuses;      /* one bit per allowed DsStatus */
  guint kinds;         /* one bit per allowed DsEventKind */
  GHashTable *actors;  /* the chosen actor ids; empty means every actor */

  DsEventQueryChange last_change;
};

/* Builds the haystacks in a worker; _ds_event_query_set_haystacks() receives them. */
void _ds_event_query_start_build    (DsEventQuery     *self);
void _ds_event_query_set_haystacks  (DsEventQuery     *self,
                                     DsEventHaystacks *haystacks);

G_END_DECLS
