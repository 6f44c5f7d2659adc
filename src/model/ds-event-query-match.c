/* ds-event-query-match.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Matching by index in the dossier's order, over the haystacks that a worker builds.
 */

#define G_LOG_DOMAIN "ds-event-query"

#include "config.h"

#include <string.h>

#include "ds-event-query-private.h"

static gboolean
text_matches (const char         *haystack,
              const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (haystack, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

static gboolean
actors_chosen (DsEventQuery *self,
               DsEvent      *event)
{
  const char * const *actors = ds_event_get_actors (event);

  for (guint i = 0; actors[i] != NULL; i++)
    if (g_hash_table_contains (self->actors, actors[i]))
      return TRUE;

  return FALSE;
}

/* The text counts only once the haystacks are built: until then it filters nothing. */
static gboolean
index_matches (DsEventQuery *self,
               guint         index)
{
  DsEventTable *table = self->table;

  if ((self->statuses & (1u << table->statuses[index])) == 0 ||
      (self->kinds & (1u << table->kinds[index])) == 0)
    return FALSE;

  if (g_hash_table_size (self->actors) > 0 && !actors_chosen (self, table->events[index]))
    return FALSE;

  if (self->words[0] == NULL || self->haystacks == NULL)
    return TRUE;

  return text_matches (ds_event_haystacks_get (self->haystacks, index),
                       (const char * const *)self->words);
}

/* For an event that is not in the dossier (it should not happen). */
static gboolean
foreign_event_matches (DsEventQuery *self,
                       DsEvent      *event)
{
  g_autofree char *haystack = NULL;

  if ((self->statuses & (1u << ds_event_get_status (event))) == 0 ||
      (self->kinds & (1u << ds_event_get_kind (event))) == 0)
    return FALSE;

  if (g_hash_table_size (self->actors) > 0 && !actors_chosen (self, event))
    return FALSE;

  if (self->words[0] == NULL || self->haystacks == NULL)
    return TRUE;

  haystack = ds_event_haystack_build (self->dossier, event);

  return text_matches (haystack, (const char * const *)self->words);
}

static void
update_matches (DsEventQuery *self)
{
  guint n = self->table->n_events;

  if (self->matches == NULL)
    {
      self->matches = g_new (guint8, MAX (n, 1));
      self->matches_narrow = FALSE;
    }

  if (ds_event_query_is_empty (self))
    {
      memset (self->matches, TRUE, n);
    }
  else if (self->matches_narrow)
    {
      for (guint i = 0; i < n; i++)
        if (self->matches[i])
          self->matches[i] = index_matches (self, i);
    }
  else
    {
      for (guint i = 0; i < n; i++)
        self->matches[i] = index_matches (self, i);
    }

  self->matches_stale = FALSE;
}

static void
build_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  DsEventHaystacks *haystacks = ds_event_haystacks_new (task_data, cancellable);

  if (haystacks == NULL)
    g_task_return_error_if_cancelled (task);
  else
    g_task_return_pointer (task, haystacks, (GDestroyNotify)ds_event_haystacks_free);
}

static void
build_done_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      data)
{
  GWeakRef *weak = data;
  g_autoptr(DsEventQuery) self = g_weak_ref_get (weak);
  g_autoptr(DsEventHaystacks) haystacks = g_task_propagate_pointer (G_TASK (result), NULL);

  g_weak_ref_clear (weak);
  g_free (weak);

  if (self != NULL && haystacks != NULL)
    _ds_event_query_set_haystacks (self, g_steal_pointer (&haystacks));
}

void
_ds_event_query_start_build (DsEventQuery *self)
{
  g_autoptr(GTask) task = NULL;
  GWeakRef *weak = g_new (GWeakRef, 1);

  /* The task must not keep the query alive: dropping it cancels the build. */
  g_weak_ref_init (weak, self);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->cancellable, build_done_cb, weak);
  g_task_set_source_tag (task, _ds_event_query_start_build);
  g_task_set_task_data (task, ds_event_table_ref (self->table),
                        (GDestroyNotify)ds_event_table_unref);
  g_task_run_in_thread (task, build_thread);
}

gboolean
ds_event_query_matches (DsEventQuery *self,
                        DsEvent      *event)
{
  gint index;

  g_return_val_if_fail (DS_IS_EVENT_QUERY (self), FALSE);
  g_return_val_if_fail (DS_IS_EVENT (event), FALSE);

  index = ds_event_query_find_event (self, event, self->find_hint);
  if (index < 0)
    return foreign_event_matches (self, event);

  self->find_hint = index + 1;

  return ds_event_query_get_matches (self)[index];
}

gboolean
ds_event_query_is_ready (DsEventQuery *self)
{
  g_return_val_if_fail (DS_IS_EVENT_QUERY (self), FALSE);

  return self->haystacks != NULL;
}

guint
ds_event_query_get_n_events (DsEventQuery *self)
{
  g_return_val_if_fail (DS_IS_EVENT_QUERY (self), 0);

  return self->table->n_events;
}

gint
ds_event_query_find_event (DsEventQuery *self,
                           DsEvent      *event,
                           guint         hint)
{
  g_return_val_if_fail (DS_IS_EVENT_QUERY (self), -1);

  return ds_event_table_find (self->table, self->haystacks, event, hint);
}

const guint8 *
ds_event_query_get_matches (DsEventQuery *self)
{
  g_return_val_if_fail (DS_IS_EVENT_QUERY (self), NULL);

  if (self->matches_stale)
    update_matches (self);

  return self->matches;
}
