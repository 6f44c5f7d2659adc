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

#include "ds-reader-private.h"

static void
read_sources (DsReader *r,
              JsonNode *node,
              DsEvent  *event)
{
  static const char * const keys[] = { "publication", "date", "url", "title", NULL };
  g_autoptr(GArray) sources = g_array_new (FALSE, TRUE, sizeof (DsSource));
  JsonArray *array;

  g_array_set_clear_func (sources, (GDestroyNotify)ds_source_clear);
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
                     source.publication = g_strdup (ds_reader_nonempty_string (r, pub)));
          WITH_NODE (r, nodes[DATE], "date", FALSE, date_node,
                     source.has_date = ds_reader_date (r, date_node, &source.date));
          WITH_NODE (r, nodes[URL], "url", FALSE, url_node, ds_reader_url (r, url_node, &url));
          source.url = g_strdup (url);
          WITH_NODE (r, nodes[TITLE], "title", FALSE, title_node,
                     source.title = ds_reader_text (r, title_node));
          if (source.publication != NULL)
            g_array_append_val (sources, source);
          else
            ds_source_clear (&source);
        }
      ds_reader_pop (r, saved);
    }

  if (event != NULL)
    ds_event_take_sources (event, g_steal_pointer (&sources));
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
  g_auto(GStrv) actors = NULL;
  g_auto(GStrv) tags = NULL;
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
               if ((actors = ds_reader_string_list (r, node)) != NULL)
                 for (guint i = 0; actors[i] != NULL; i++)
                   {
                     gsize saved = ds_reader_push_index (r, i);
                     ok &= ds_reader_reference (r, r->actor_ids, actors[i], _("no actor has the id \"%s\""));
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

  WITH_NODE (r, nodes[TAGS], "tags", FALSE, node, tags = ds_reader_string_list (r, node));

  WITH_NODE (r, nodes[PHASE], "phase", FALSE, node,
               if (ds_reader_id (r, node, &phase))
                 ok &= ds_reader_reference (r, r->phase_ids, phase, _("no phase has the id \"%s\"")));

  if (id == NULL || title == NULL || !has_date || !ok)
    {
      WITH_NODE (r, nodes[SOURCES], "sources", FALSE, node, read_sources (r, node, NULL));
      return NULL;
    }

  event = ds_event_new (id, &date, title, kind, status);
  ds_event_set_end (event, has_end ? &end : NULL);
  ds_event_set_summary (event, summary);
  ds_event_set_actors (event, actors);
  if (has_amount)
    ds_event_set_amount (event, &amount, amount_label);
  if (quote != NULL)
    ds_event_set_quote (event, quote, speaker, quote_language);
  ds_event_set_tags (event, tags);
  ds_event_set_phase (event, phase);
  WITH_NODE (r, nodes[SOURCES], "sources", FALSE, node, read_sources (r, node, event));

  return g_steal_pointer (&event);
}
