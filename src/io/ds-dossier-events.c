/* ds-dossier-events.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads an event and its sources: the richest item of a dossier, with the most keys
 * and references (actors, phase), apart so that ds-dossier-items.c keeps to the other
 * lists. The member reads it shares are declared in ds-reader-private.h.
 */

#define G_LOG_DOMAIN "ds-dossier-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ds-reader-private.h"

/* @str's copy in the event store, made once for every repeat of it. */
static const char *
intern (DsReader   *r,
        const char *str)
{
  const char *copy;

  if (str == NULL)
    return NULL;

  if ((copy = g_hash_table_lookup (r->interned, str)) == NULL)
    {
      copy = ds_event_store_add (r->event_store, str);
      g_hash_table_add (r->interned, (gpointer)copy);
    }

  return copy;
}

/* The tree's strings of a list into @out, FALSE (after reporting) for a bad one; like
 * ds_reader_string_list() without allocating. */
static gboolean
read_strings (DsReader  *r,
              JsonNode  *node,
              GPtrArray *out)
{
  JsonArray *array;
  gboolean ok = TRUE;

  g_ptr_array_set_size (out, 0);
  if ((array = ds_reader_array (r, node)) == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize saved = ds_reader_push_index (r, i);
      const char *str = ds_reader_nonempty_string (r, json_array_get_element (array, i));

      if (str != NULL)
        g_ptr_array_add (out, (gpointer)str);
      else
        ok = FALSE;
      ds_reader_pop (r, saved);
    }

  return ok;
}

/* A NULL-terminated copy of @strings in the store, NULL for none. */
static char **
store_strings (DsReader  *r,
               GPtrArray *strings)
{
  char **strv;

  if (strings->len == 0)
    return NULL;

  strv = ds_event_store_alloc (r->event_store, (strings->len + 1) * sizeof (char *));
  for (guint i = 0; i < strings->len; i++)
    strv[i] = (char *)intern (r, g_ptr_array_index (strings, i));
  strv[strings->len] = NULL;

  return strv;
}

static void
clear_source_titles (GArray *sources)
{
  for (guint i = 0; i < sources->len; i++)
    g_clear_pointer (&g_array_index (sources, DsSource, i).title, ds_text_unref);
  g_array_set_size (sources, 0);
}

static void
read_sources (DsReader *r,
              JsonNode *node,
              DsEvent  *event)
{
  static const char * const keys[] = { "publication", "date", "url", "title", NULL };
  GArray *sources = r->event_sources;
  DsSource *stored;
  JsonArray *array;

  /* The strings are the tree's until the event takes them into the store. */
  g_array_set_size (sources, 0);
  if ((array = ds_reader_array (r, node)) == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize saved = ds_reader_push_index (r, i);
      JsonObject *object = ds_reader_object (r, json_array_get_element (array, i));
      DsSource source = { 0 };

      if (object != NULL)
        {
          enum { PUBLICATION, DATE, URL, TITLE };
          JsonNode *nodes[G_N_ELEMENTS (keys)] = { NULL };
          const char *url = NULL;

          ds_reader_collect (r, object, keys, nodes);
          WITH_NODE (r, nodes[PUBLICATION], "publication", TRUE, pub,
                     source.publication = (char *)ds_reader_nonempty_string (r, pub));
          WITH_NODE (r, nodes[DATE], "date", FALSE, date_node,
                     source.has_date = ds_reader_date (r, date_node, &source.date));
          WITH_NODE (r, nodes[URL], "url", FALSE, url_node, ds_reader_url (r, url_node, &url));
          source.url = (char *)url;
          WITH_NODE (r, nodes[TITLE], "title", FALSE, title_node,
                     source.title = ds_reader_text (r, title_node));
          if (source.publication != NULL)
            g_array_append_val (sources, source);
          else
            g_clear_pointer (&source.title, ds_text_unref);
        }
      ds_reader_pop (r, saved);
    }

  if (event == NULL || sources->len == 0)
    {
      clear_source_titles (sources);
      return;
    }

  stored = ds_event_store_alloc (r->event_store, sources->len * sizeof (DsSource));
  for (guint i = 0; i < sources->len; i++)
    {
      DsSource *source = &g_array_index (sources, DsSource, i);

      stored[i] = *source;
      stored[i].publication = (char *)intern (r, source->publication);
      stored[i].url = (char *)ds_event_store_add (r->event_store, source->url);
    }
  ds_event_set_stored_sources (event, stored, sources->len);
  g_array_set_size (sources, 0);
}
gpointer
ds_reader_read_event (DsReader   *r,
                      JsonObject *object)
{
  static const char * const keys[] = {
    "id", "date", "end", "title", "summary", "actors", "kind", "status", "amount",
    "quote", "sources", "tags", "phase", NULL
  };
  enum { ID, DATE, END, TITLE, SUMMARY, ACTORS, KIND, STATUS, AMOUNT, QUOTE, SOURCES, TAGS, PHASE };
  JsonNode *nodes[G_N_ELEMENTS (keys)] = { NULL };
  const char *id = NULL;
  g_autoptr(DsText) title = NULL;
  g_autoptr(DsText) summary = NULL;
  g_autoptr(DsText) amount_label = NULL;
  g_autoptr(DsText) quote = NULL;
  g_autoptr(DsEvent) event = NULL;
  gboolean has_actors = FALSE, has_tags = FALSE;
  const char *speaker = NULL, *quote_language = NULL, *phase = NULL;
  DsDate date, end;
  DsMoney amount;
  DsEventKind kind = DS_EVENT_ANNOUNCEMENT;
  DsStatus status = DS_STATUS_CONFIRMED;
  gboolean has_date = FALSE, has_end = FALSE, has_amount = FALSE;
  gboolean ok = TRUE;

  /* Members are collected in one walk rather than looked up by name, one by one. */
  ds_reader_collect (r, object, keys, nodes);

  WITH_NODE (r, nodes[ID], "id", TRUE, node,
             if (ds_reader_id (r, node, &id) && !ds_reader_claim_id (r, r->event_ids, id))
               id = NULL);
  WITH_NODE (r, nodes[TITLE], "title", TRUE, node, title = ds_reader_text (r, node));
  WITH_NODE (r, nodes[SUMMARY], "summary", FALSE, node, summary = ds_reader_text (r, node));
  WITH_NODE (r, nodes[DATE], "date", TRUE, node, has_date = ds_reader_date (r, node, &date));
  WITH_NODE (r, nodes[END], "end", FALSE, node, has_end = ds_reader_date (r, node, &end);
             ok &= has_end);
  if (has_date && has_end)
    ds_reader_check_not_before (r, object, "end", &date, &end);
  ok &= nodes[KIND] != NULL && nodes[STATUS] != NULL;
  WITH_NODE (r, nodes[KIND], "kind", TRUE, node,
             ok &= DS_READ_WORD (r, node, ds_event_kind, &kind));
  WITH_NODE (r, nodes[STATUS], "status", TRUE, node,
             ok &= DS_READ_WORD (r, node, ds_status, &status));

  WITH_NODE (r, nodes[ACTORS], "actors", FALSE, node,
               if ((has_actors = read_strings (r, node, r->event_actors)))
                 for (guint i = 0; i < r->event_actors->len; i++)
                   {
                     gsize saved = ds_reader_push_index (r, i);
                     const char *actor = g_ptr_array_index (r->event_actors, i);

                     ok &= ds_reader_reference (r, r->actor_ids, actor, N_("no actor has the id \"%s\""));
                     ds_reader_pop (r, saved);
                   });

  WITH_NODE (r, nodes[AMOUNT], "amount", FALSE, node,
               has_amount = ds_reader_read_amount (r, node, &amount, &amount_label);
               ok &= has_amount);

  WITH_NODE (r, nodes[QUOTE], "quote", FALSE, node,
               {
                 static const char * const quote_keys[] = { "text", "speaker", "lang", NULL };
                 JsonObject *quote_object = ds_reader_object (r, node);

                 if (quote_object != NULL)
                   {
                     ds_reader_check_keys (r, quote_object, quote_keys);
                     quote = ds_reader_required_text (r, quote_object, "text");
                     WITH_MEMBER (r, quote_object, "speaker", TRUE, speaker_node,
                                  speaker = ds_reader_nonempty_string (r, speaker_node));
                     WITH_MEMBER (r, quote_object, "lang", FALSE, lang_node,
                                  quote_language = ds_reader_nonempty_string (r, lang_node));
                   }
                 ok &= quote != NULL && speaker != NULL;
               });

  WITH_NODE (r, nodes[TAGS], "tags", FALSE, node,
             has_tags = read_strings (r, node, r->event_tags));

  WITH_NODE (r, nodes[PHASE], "phase", FALSE, node,
               if (ds_reader_id (r, node, &phase))
                 ok &= ds_reader_reference (r, r->phase_ids, phase, N_("no phase has the id \"%s\"")));

  if (id == NULL || title == NULL || !has_date || !ok)
    {
      WITH_NODE (r, nodes[SOURCES], "sources", FALSE, node, read_sources (r, node, NULL));
      return NULL;
    }

  event = ds_event_new_stored (r->event_store, ds_event_store_add (r->event_store, id), &date,
                               title, kind, status);
  ds_event_set_end (event, has_end ? &end : NULL);
  ds_event_set_summary (event, summary);
  ds_event_set_stored_lists (event,
                             has_actors ? store_strings (r, r->event_actors) : NULL,
                             has_tags ? store_strings (r, r->event_tags) : NULL,
                             intern (r, phase));
  if (has_amount)
    ds_event_set_amount (event, &amount, amount_label);
  if (quote != NULL)
    ds_event_set_stored_quote (event, quote, intern (r, speaker), intern (r, quote_language));
  WITH_NODE (r, nodes[SOURCES], "sources", FALSE, node, read_sources (r, node, event));

  return g_steal_pointer (&event);
}

/* An event's place in the order of ds_event_compare(), read once: sorting compares
 * these, side by side in one array, instead of going to two events for every
 * comparison. */
typedef struct
{
  gint64      first;
  gint64      last;
  int         precision;
  const char *id;
  DsEvent    *event;
} EventKey;

static int
compare_event_keys (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const EventKey *ka = a;
  const EventKey *kb = b;

  if (ka->first != kb->first)
    return ka->first < kb->first ? -1 : 1;
  if (ka->precision != kb->precision)
    return ka->precision < kb->precision ? -1 : 1;
  if (ka->last != kb->last)
    return ka->last < kb->last ? -1 : 1;

  return strcmp (ka->id, kb->id);
}

/* Puts @events in the order ds_dossier_set_list() keeps them in, so that it finds
 * them sorted in one pass. */
void
ds_reader_sort_events (GPtrArray *events)
{
  g_autofree EventKey *keys = NULL;
  gboolean sorted = TRUE;

  if (events->len < 2)
    return;

  keys = g_new (EventKey, events->len);
  for (guint i = 0; i < events->len; i++)
    {
      DsEvent *event = g_ptr_array_index (events, i);
      const DsDate *date = ds_event_get_date (event);

      keys[i] = (EventKey) {
        ds_date_get_first_day (date), ds_date_get_last_day (date), date->precision,
        ds_event_get_id (event), event
      };
      if (i > 0 && sorted && compare_event_keys (&keys[i - 1], &keys[i], NULL) > 0)
        sorted = FALSE;
    }
  if (sorted)
    return;

  g_qsort_with_data (keys, events->len, sizeof (EventKey), compare_event_keys, NULL);
  for (guint i = 0; i < events->len; i++)
    events->pdata[i] = keys[i].event;
}
