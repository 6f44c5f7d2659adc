/* ds-event-haystacks.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-event-haystacks"

#include "config.h"

#include <string.h>

#include "ds-event-haystacks.h"

/* How often a build looks at its cancellable. */
#define CANCEL_CHECK_EVERY 1024

static void
append_piece (GString    *raw,
              const char *piece)
{
  if (piece == NULL || piece[0] == '\0')
    return;

  g_string_append (raw, piece);
  g_string_append_c (raw, '\n');
}

static void
append_piece_once (GString    *raw,
                   const char *piece)
{
  if (piece != NULL && piece[0] != '\0' && strstr (raw->str, piece) == NULL)
    append_piece (raw, piece);
}

static void
append_text (GString      *raw,
             const DsText *text)
{
  guint n = ds_text_get_n_languages (text);

  for (guint i = 0; i < n; i++)
    append_piece_once (raw, ds_text_get_for (text, ds_text_get_language_at (text, i)));
}

static void
append_actor (DsDossier  *dossier,
              GString    *raw,
              const char *id_or_name)
{
  DsActor *actor = ds_dossier_lookup_actor (dossier, id_or_name);

  append_piece_once (raw, id_or_name);
  if (actor != NULL)
    append_text (raw, ds_actor_get_name_text (actor));
}

/* Every language of every text, so that either language finds the event. */
static void
append_event_fields (DsDossier *dossier,
                     GString   *raw,
                     DsEvent   *event)
{
  const char * const *actors = ds_event_get_actors (event);
  const char * const *tags = ds_event_get_tags (event);
  const DsMoney *amount = ds_event_get_amount (event);

  append_text (raw, ds_event_get_title_text (event));
  append_text (raw, ds_event_get_summary_text (event));
  append_text (raw, ds_event_get_quote_text (event));
  append_text (raw, ds_event_get_amount_label_text (event));

  if (ds_event_get_quote_speaker (event) != NULL)
    append_actor (dossier, raw, ds_event_get_quote_speaker (event));

  for (guint i = 0; actors[i] != NULL; i++)
    append_actor (dossier, raw, actors[i]);

  for (guint i = 0; i < ds_event_get_n_sources (event); i++)
    {
      const DsSource *source = ds_event_get_source (event, i);

      append_piece_once (raw, source->publication);
      if (source->title != NULL)
        append_text (raw, source->title);
    }

  for (guint i = 0; tags[i] != NULL; i++)
    append_piece_once (raw, tags[i]);

  if (amount != NULL)
    {
      g_autofree char *formatted = ds_money_format (amount);
      append_piece_once (raw, formatted);
    }
}

DsEventTable *
ds_event_table_new (DsDossier *dossier)
{
  DsEventTable *self;

  g_return_val_if_fail (DS_IS_DOSSIER (dossier), NULL);

  self = g_new0 (DsEventTable, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->dossier = g_object_ref (dossier);
  /* The dossier's own array: no copy and no reference per event to take and drop. */
  self->events = ds_dossier_peek_events (dossier, &self->n_events);
  self->statuses = g_new (guint8, MAX (self->n_events, 1));
  self->kinds = g_new (guint8, MAX (self->n_events, 1));

  for (guint i = 0; i < self->n_events; i++)
    {
      DsEvent *event = self->events[i];

      self->statuses[i] = ds_event_get_status (event);
      self->kinds[i] = ds_event_get_kind (event);
    }

  return self;
}

DsEventTable *
ds_event_table_ref (DsEventTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
ds_event_table_unref (DsEventTable *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->statuses);
  g_free (self->kinds);
  g_object_unref (self->dossier);
  g_free (self);
}

gint
ds_event_table_find (DsEventTable           *self,
                     const DsEventHaystacks *haystacks,
                     DsEvent                *event,
                     guint                   hint)
{
  gpointer found;
  guint lo = 0, hi;

  g_return_val_if_fail (self != NULL, -1);

  if (hint < self->n_events && self->events[hint] == event)
    return hint;

  if (haystacks != NULL)
    {
      found = g_hash_table_lookup (haystacks->index, event);
      return found != NULL ? (gint)GPOINTER_TO_UINT (found) - 1 : -1;
    }

  /* The dossier keeps its events sorted with ds_event_compare, a total order. */
  hi = self->n_events;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (ds_event_compare (self->events[mid], event, NULL) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo < self->n_events && self->events[lo] == event ? (gint)lo : -1;
}

DsEventHaystacks *
ds_event_haystacks_new (DsEventTable *table,
                        GCancellable *cancellable)
{
  g_autoptr(GString) raw = g_string_new (NULL);
  g_autoptr(DsEventHaystacks) self = NULL;
  GString *text;

  g_return_val_if_fail (table != NULL, NULL);

  self = g_new0 (DsEventHaystacks, 1);
  self->offsets = g_new (gsize, MAX (table->n_events, 1));
  self->index = g_hash_table_new (g_direct_hash, g_direct_equal);
  /* One block rather than a string per event: cheaper to build and to free. */
  text = g_string_sized_new (256 * (gsize)table->n_events + 1);

  for (guint i = 0; i < table->n_events; i++)
    {
      if (i % CANCEL_CHECK_EVERY == 0 && g_cancellable_is_cancelled (cancellable))
        {
          g_string_free (text, TRUE);
          return NULL;
        }

      g_string_truncate (raw, 0);
      append_event_fields (table->dossier, raw, table->events[i]);
      self->offsets[i] = text->len;
      ds_normalize_for_search_append (text, raw->str);
      g_string_append_c (text, '\0');
      g_hash_table_insert (self->index, table->events[i], GUINT_TO_POINTER (i + 1));
    }

  self->text = g_string_free (text, FALSE);

  return g_steal_pointer (&self);
}

void
ds_event_haystacks_free (DsEventHaystacks *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->index, g_hash_table_unref);
  g_free (self->offsets);
  g_free (self->text);
  g_free (self);
}

char *
ds_event_haystack_build (DsDossier *dossier,
                         DsEvent   *event)
{
  g_autoptr(GString) raw = g_string_new (NULL);

  g_return_val_if_fail (DS_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (DS_IS_EVENT (event), NULL);

  append_event_fields (dossier, raw, event);

  return ds_normalize_for_search (raw->str);
}
