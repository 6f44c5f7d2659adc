/* test-event-haystacks.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Searching a dossier big enough for the query to build its haystacks in a worker
 * thread: results by index, narrowing, the list's filter, against a brute-force
 * reference that builds and searches each event's text on its own.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ds-dossier-loader.h"
#include "ds-event-filter.h"
#include "ds-event-haystacks.h"
#include "ds-event-query.h"

#define N_EVENTS 3000

static DsDossier *big;

static const char * const statuses[] = {
  "confirmed", "reported", "rumour", "denied", "planned",
};

static const char * const words_en[] = {
  "Nvidia", "invests", "data centre", "chips", "OpenAI", "deal", "talks", "stake",
  "denies", "report", "gigawatt", "cloud",
};

static const char * const words_fr[] = {
  "Économie", "accord", "centre de données", "puces", "l’annonce", "dément", "enquête",
  "participation", "à l’échelle", "nuage", "Straße", "ﬁnance",
};

/* A dossier of N_EVENTS events with bilingual titles drawn from the word lists. */
static DsDossier *
make_big_dossier (void)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  DsDossier *dossier;

  g_string_append (json,
                   "{\"format\": \"dealscope/1\", \"id\": \"big\", \"title\": \"Big\",\n"
                   "\"actors\": [\n"
                   "  {\"id\": \"acme\", \"name\": \"Acme Corp\", \"kind\": \"company\"},\n"
                   "  {\"id\": \"zed\", \"name\": {\"en\": \"Zed Fund\", \"fr\": \"Fonds Zêta\"},"
                   " \"kind\": \"investor\"}],\n"
                   "\"events\": [\n");
  for (guint i = 0; i < N_EVENTS; i++)
    {
      const char *en[3], *fr[3];

      for (guint w = 0; w < 3; w++)
        {
          en[w] = words_en[g_rand_int_range (rand, 0, G_N_ELEMENTS (words_en))];
          fr[w] = words_fr[g_rand_int_range (rand, 0, G_N_ELEMENTS (words_fr))];
        }
      g_string_append_printf (json,
                              "%s{\"id\": \"e%u\", \"date\": \"%04u-%02u-%02u\",\n"
                              " \"title\": {\"en\": \"%s %s %s\", \"fr\": \"%s %s %s\"},\n"
                              " \"actors\": [%s], \"kind\": \"deal\", \"status\": \"%s\",\n"
                              " \"sources\": [{\"publication\": \"Gazette %u\"}]}\n",
                              i == 0 ? "" : ",", i, 2000 + g_rand_int_range (rand, 0, 30),
                              g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29),
                              en[0], en[1], en[2], fr[0], fr[1], fr[2],
                              i % 3 == 0 ? "\"acme\"" : i % 3 == 1 ? "\"zed\"" : "",
                              statuses[i % G_N_ELEMENTS (statuses)], i % 50);
    }
  g_string_append (json, "]}\n");

  bytes = g_string_free_to_bytes (g_steal_pointer (&json));
  dossier = ds_dossier_load_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_events (dossier)), ==, N_EVENTS);

  return dossier;
}

static void
wait_until_ready (DsEventQuery *query)
{
  while (!ds_event_query_is_ready (query))
    g_main_context_iteration (NULL, TRUE);
}

/* Each event's text built and searched on its own, with the query's settings. */
static gboolean
reference_matches (DsEventQuery *query,
                   DsEvent      *event,
                   const char   *text)
{
  g_autofree char *normalized = ds_normalize_for_search (text);
  g_auto(GStrv) words = g_strsplit (normalized, " ", -1);
  g_autofree char *haystack = NULL;

  if (!ds_event_query_get_status_allowed (query, ds_event_get_status (event)) ||
      !ds_event_query_get_kind_allowed (query, ds_event_get_kind (event)))
    return FALSE;

  haystack = ds_event_haystack_build (big, event);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && strstr (haystack, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

static guint
assert_matches_reference (DsEventQuery *query,
                          const char   *text)
{
  GListModel *events = ds_dossier_get_events (big);
  guint n = g_list_model_get_n_items (events);
  const guint8 *all;
  guint count = 0;

  g_assert_cmpuint (ds_event_query_get_n_events (query), ==, n);
  all = ds_event_query_get_matches (query);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsEvent) event = g_list_model_get_item (events, i);
      gboolean expected = reference_matches (query, event, text);

      g_assert_cmpint (ds_event_query_find_event (query, event, 0), ==, i);
      g_assert_cmpint (all[i], ==, expected);
      g_assert_cmpint (ds_event_query_matches (query, event), ==, expected);
      count += expected;
    }

  return count;
}

static void
count_cb (DsEventQuery *query,
          guint        *count)
{
  (*count)++;
}

static void
test_async_build (void)
{
  g_autoptr(DsEventQuery) query = ds_event_query_new (big);
  guint changes = 0;
  guint n;

  g_signal_connect (query, "changed", G_CALLBACK (count_cb), &changes);

  /* The haystacks arrive through the main context: not before it runs. */
  g_assert_false (ds_event_query_is_ready (query));
  ds_event_query_set_text (query, "nvidia");
  g_assert_cmpuint (changes, ==, 0);
  n = 0;
  for (guint i = 0; i < N_EVENTS; i++)
    n += ds_event_query_get_matches (query)[i];
  g_assert_cmpuint (n, ==, N_EVENTS);

  wait_until_ready (query);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (ds_event_query_get_last_change (query), ==, DS_EVENT_QUERY_CHANGE_MORE_STRICT);
  n = assert_matches_reference (query, "nvidia");
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (n, <, N_EVENTS);
}

/* Typing one letter after another narrows; each step tests only what matched. */
static void
test_narrowing (void)
{
  static const char * const steps[] = {
    "c", "ce", "cen", "cent", "centr", "centre", "centre d", "centre de", "centre ec",
    "centre", "ECONOMIE", "economie fin", "", "strasse", "l'ann", "zeta", "zzzz",
  };
  g_autoptr(DsEventQuery) query = ds_event_query_new (big);

  wait_until_ready (query);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      ds_event_query_set_text (query, steps[i]);
      assert_matches_reference (query, steps[i]);
    }

  ds_event_query_set_text (query, "gazette 1");
  ds_event_query_set_status_allowed (query, DS_STATUS_RUMOUR, FALSE);
  assert_matches_reference (query, "gazette 1");
  ds_event_query_set_status_allowed (query, DS_STATUS_DENIED, FALSE);
  ds_event_query_set_text (query, "gazette 12");
  assert_matches_reference (query, "gazette 12");
  ds_event_query_set_status_allowed (query, DS_STATUS_RUMOUR, TRUE);
  assert_matches_reference (query, "gazette 12");
  ds_event_query_set_kind_allowed (query, DS_EVENT_DEAL, FALSE);
  g_assert_cmpuint (assert_matches_reference (query, "gazette 12"), ==, 0);
}

static guint
count_reference (DsEventQuery *query,
                 const char   *text)
{
  GListModel *events = ds_dossier_get_events (big);
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DsEvent) event = g_list_model_get_item (events, i);

      count += reference_matches (query, event, text);
    }

  return count;
}

/* The list's filter while the haystacks are built, then as they arrive and after. */
static void
test_filter_model (void)
{
  g_autoptr(DsEventQuery) query = ds_event_query_new (big);
  g_autoptr(GtkFilterListModel) model =
    gtk_filter_list_model_new (g_object_ref (ds_dossier_get_events (big)),
                               GTK_FILTER (ds_event_filter_new (query)));
  static const char * const steps[] = { "puc", "puces", "puces acme", "acme", "", "zeta" };

  ds_event_query_set_text (query, "deal");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, N_EVENTS);

  wait_until_ready (query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                    count_reference (query, "deal"));

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      ds_event_query_set_text (query, steps[i]);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==,
                        count_reference (query, steps[i]));
    }
}

static void
weak_notify_cb (gpointer  data,
                GObject  *where)
{
  *(gboolean *)data = TRUE;
}

/* Dropping the query while its worker runs: the build stops, nothing is left behind. */
/* Builds still running hold the dossier; each lets it go when its callback has run. */
static void
wait_for_only_ref (DsDossier *dossier)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (g_atomic_int_get (&G_OBJECT (dossier)->ref_count) > 1 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);

  g_assert_cmpuint (g_atomic_int_get (&G_OBJECT (dossier)->ref_count), ==, 1);
}

static void
test_drop_while_building (void)
{
  DsEventQuery *query = ds_event_query_new (big);
  gboolean gone = FALSE;

  g_object_weak_ref (G_OBJECT (query), weak_notify_cb, &gone);
  g_object_unref (query);
  g_assert_true (gone);

  /* The build finishes on its own and lets the dossier go. */
  wait_for_only_ref (big);
}

/* Events that are not the dossier's are still matched, on their own. */
static void
test_foreign_event (void)
{
  g_autoptr(DsDossier) other = make_big_dossier ();
  g_autoptr(DsEvent) event = g_list_model_get_item (ds_dossier_get_events (other), 5);
  g_autoptr(DsEventQuery) query = ds_event_query_new (big);
  g_autofree char *haystack = NULL;
  g_autofree char *start = NULL;
  g_autofree char *missing = NULL;

  wait_until_ready (query);
  g_assert_cmpint (ds_event_query_find_event (query, event, 5), ==, -1);
  haystack = ds_event_haystack_build (other, event);
  start = g_strndup (haystack, 8);
  missing = g_strconcat (start, " zzzz", NULL);
  ds_event_query_set_text (query, start);
  g_assert_true (ds_event_query_matches (query, event));
  ds_event_query_set_text (query, missing);
  g_assert_false (ds_event_query_matches (query, event));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  ds_text_set_content_language ("en");

  big = make_big_dossier ();

  g_test_add_func ("/dealscope/event-haystacks/async-build", test_async_build);
  g_test_add_func ("/dealscope/event-haystacks/narrowing", test_narrowing);
  g_test_add_func ("/dealscope/event-haystacks/filter-model", test_filter_model);
  g_test_add_func ("/dealscope/event-haystacks/drop-while-building", test_drop_while_building);
  g_test_add_func ("/dealscope/event-haystacks/foreign-event", test_foreign_event);

  status = g_test_run ();

  wait_for_only_ref (big);
  g_assert_finalize_object (big);

  return status;
}
