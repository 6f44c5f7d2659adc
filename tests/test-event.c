/* test-event.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Events read from a file keep their strings in a store shared by the load: they must
 * stay valid as long as the event does, and the public setters must still work.
 */

#include "config.h"

#include <string.h>

#include "ds-dossier-loader.h"
#include "ds-event-private.h"

static DsDossier *
load_all_fields (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "valid", "all-fields.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  DsDossier *dossier;

  dossier = ds_dossier_load_file (file, &problems, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (DS_IS_DOSSIER (dossier));

  return dossier;
}

static DsEvent *
find_event (DsDossier  *dossier,
            const char *id)
{
  GListModel *events = ds_dossier_get_events (dossier);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DsEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (ds_event_get_id (event), id) == 0)
        return g_steal_pointer (&event);
    }
  g_assert_not_reached ();
}

static void
assert_launch (DsEvent *event)
{
  const DsSource *source;

  g_assert_cmpstr (ds_event_get_id (event), ==, "launch");
  g_assert_cmpstrv (ds_event_get_actors (event),
                    ((const char * const[]) { "acme", "jane_doe", NULL }));
  g_assert_cmpstrv (ds_event_get_tags (event),
                    ((const char * const[]) { "launch", "product", NULL }));
  g_assert_cmpstr (ds_event_get_phase (event), ==, "now");
  g_assert_cmpstr (ds_event_get_quote_speaker (event), ==, "jane_doe");
  g_assert_cmpstr (ds_event_get_quote_language (event), ==, "en");
  g_assert_cmpuint (ds_event_get_n_sources (event), ==, 2);
  source = ds_event_get_source (event, 0);
  g_assert_cmpstr (source->publication, ==, "The Gazette");
  g_assert_cmpstr (source->url, ==, "https://gazette.example.com/launch");
  g_assert_cmpstr (ds_text_get_for (source->title, "fr"), ==, "Acme se lance");
  source = ds_event_get_source (event, 1);
  g_assert_cmpstr (source->publication, ==, "Acme");
  g_assert_null (source->url);
  g_assert_null (source->title);
}

/* The dossier goes first; the event, held elsewhere, keeps its strings. */
static void
test_outlives_dossier (void)
{
  DsDossier *dossier = load_all_fields ();
  DsEvent *event = find_event (dossier, "launch");
  DsEvent *other = find_event (dossier, "pledge");

  g_object_add_weak_pointer (G_OBJECT (dossier), (gpointer *)&dossier);
  g_object_unref (dossier);
  g_assert_null (dossier);

  assert_launch (event);
  g_assert_finalize_object (event);
  /* the last event of the load frees the store */
  g_assert_cmpstr (ds_event_get_id (other), ==, "pledge");
  g_assert_finalize_object (other);
}

/* The setters replace what points into the store without freeing it. */
static void
test_setters_on_stored (void)
{
  g_autoptr(DsDossier) dossier = load_all_fields ();
  DsEvent *event = find_event (dossier, "launch");
  g_autoptr(DsText) quote = ds_text_new_plain ("Again");
  g_autoptr(GArray) sources = g_array_new (FALSE, TRUE, sizeof (DsSource));
  DsSource source = { 0 };
  char *actors[] = { "acme", NULL };
  char *tags[] = { "changed", NULL };

  ds_event_set_actors (event, actors);
  ds_event_set_tags (event, tags);
  ds_event_set_phase (event, NULL);
  ds_event_set_quote (event, quote, "someone", NULL);
  g_array_set_clear_func (sources, (GDestroyNotify)ds_source_clear);
  source.publication = g_strdup ("Elsewhere");
  g_array_append_val (sources, source);
  ds_event_take_sources (event, g_steal_pointer (&sources));

  g_assert_cmpstrv (ds_event_get_actors (event), ((const char * const[]) { "acme", NULL }));
  g_assert_cmpstrv (ds_event_get_tags (event), ((const char * const[]) { "changed", NULL }));
  g_assert_null (ds_event_get_phase (event));
  g_assert_cmpstr (ds_event_get_quote_speaker (event), ==, "someone");
  g_assert_null (ds_event_get_quote_language (event));
  g_assert_cmpuint (ds_event_get_n_sources (event), ==, 1);
  g_assert_cmpstr (ds_event_get_source (event, 0)->publication, ==, "Elsewhere");
  g_assert_cmpstr (ds_event_get_id (event), ==, "launch");

  g_object_unref (dossier);
  dossier = NULL;
  g_assert_finalize_object (event);
}

/* Events of two loads, dropped on other threads than the one that loaded them. */
static gpointer
drop_cb (gpointer data)
{
  g_object_unref (data);

  return NULL;
}

static void
test_dropped_on_threads (void)
{
  DsDossier *dossiers[2] = { load_all_fields (), load_all_fields () };
  GThread *threads[4];
  DsEvent *events[4];

  events[0] = find_event (dossiers[0], "launch");
  events[1] = find_event (dossiers[1], "launch");
  events[2] = find_event (dossiers[0], "pledge");
  events[3] = find_event (dossiers[1], "pledge");
  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    g_object_add_weak_pointer (G_OBJECT (events[i]), (gpointer *)&events[i]);
  g_object_unref (dossiers[0]);
  g_object_unref (dossiers[1]);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("drop", drop_cb, events[i]);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);

  /* Each was the last reference: the events, and their loads' stores, are gone. */
  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    g_assert_null (events[i]);
}

/* Events of every precision, in no order: the loader sorts them as ds_event_compare()
 * does, ties on the date broken by id. */
static void
test_loaded_order (void)
{
  static const char * const dates[] = {
    "2026", "2026-H1", "2026-H2", "2026-Q1", "2026-Q3", "2026-01", "2026-07", "2026-01-01",
    "2026-07-01", "2025-12-31", "2027-Q1",
  };
  g_autoptr(GString) json = g_string_new ("{\"format\": \"dealscope/1\", \"id\": \"o\", "
                                          "\"title\": \"O\", \"events\": [");
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GListModel *events;

  /* 7919 is prime to 1000: the ids are all different, in no order */
  for (guint i = 0; i < 300; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%03u\", \"date\": \"%s\", \"title\": \"E\", "
                            "\"kind\": \"deal\", \"status\": \"confirmed\"}",
                            i ? "," : "", (i * 7919) % 1000,
                            dates[g_rand_int_range (rand, 0, G_N_ELEMENTS (dates))]);
  g_string_append (json, "]}");
  bytes = g_bytes_new (json->str, json->len);
  dossier = ds_dossier_load_bytes (bytes, &problems, NULL, &error);
  g_assert_no_error (error);

  events = ds_dossier_get_events (dossier);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 300);
  for (guint i = 1; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DsEvent) a = g_list_model_get_item (events, i - 1);
      g_autoptr(DsEvent) b = g_list_model_get_item (events, i);

      g_assert_cmpint (ds_event_compare (a, b, NULL), <, 0);
    }
}

static void
test_store (void)
{
  g_autoptr(DsEventStore) store = ds_event_store_new ();
  gpointer big = ds_event_store_alloc (store, 100000);
  const char *copies[1000];

  memset (big, 1, 100000);
  for (guint i = 0; i < G_N_ELEMENTS (copies); i++)
    {
      char **strv = ds_event_store_alloc (store, 3 * sizeof (char *));

      g_assert_cmpuint (GPOINTER_TO_SIZE (strv) % sizeof (gpointer), ==, 0);
      copies[i] = ds_event_store_add (store, "a string of the store");
      strv[0] = strv[1] = (char *)copies[i];
      strv[2] = NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (copies); i++)
    g_assert_cmpstr (copies[i], ==, "a string of the store");
  g_assert_null (ds_event_store_add (store, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dealscope/event/outlives-dossier", test_outlives_dossier);
  g_test_add_func ("/dealscope/event/setters-on-stored", test_setters_on_stored);
  g_test_add_func ("/dealscope/event/dropped-on-threads", test_dropped_on_threads);
  g_test_add_func ("/dealscope/event/loaded-order", test_loaded_order);
  g_test_add_func ("/dealscope/event/store", test_store);

  return g_test_run ();
}
