/* test-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "ds-dossier.h"
#include "ds-release.h"
#include "ds-url.h"

static DsEvent *
make_event (const char *id,
            const char *date_text)
{
  g_autoptr(DsText) title = ds_text_new_plain (id);
  DsDate date;

  g_assert_true (ds_date_parse (date_text, &date, NULL));

  return ds_event_new (id, &date, title, DS_EVENT_DEAL, DS_STATUS_CONFIRMED);
}

static void
test_events_sorted_and_indexed (void)
{
  g_autoptr(DsText) title = ds_text_new_plain ("Test");
  g_autoptr(DsDossier) dossier = ds_dossier_new ("dealscope/1", "test", title);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model;
  g_autoptr(DsEvent) first = NULL;
  g_autoptr(DsEvent) last = NULL;

  g_ptr_array_add (events, make_event ("late", "2026-03-31"));
  g_ptr_array_add (events, make_event ("year", "2025"));
  g_ptr_array_add (events, make_event ("early", "2019"));
  g_ptr_array_add (events, make_event ("half", "2025-H2"));
  ds_dossier_set_list (dossier, DS_TYPE_EVENT, events);

  model = ds_dossier_get_events (dossier);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  first = g_list_model_get_item (model, 0);
  last = g_list_model_get_item (model, 3);
  g_assert_cmpstr (ds_event_get_id (first), ==, "early");
  g_assert_cmpstr (ds_event_get_id (last), ==, "late");

  g_assert_nonnull (ds_dossier_lookup_event (dossier, "half"));
  g_assert_null (ds_dossier_lookup_event (dossier, "missing"));
  g_assert_null (ds_dossier_lookup_event (dossier, NULL));
  g_assert_null (ds_dossier_lookup_actor (dossier, "half"));
}

/* The plain arrays list the same items as the GListModels, in the same order, and
 * follow a replaced list. */
static void
test_peek_lists (void)
{
  g_autoptr(DsText) title = ds_text_new_plain ("Test");
  g_autoptr(DsDossier) dossier = ds_dossier_new ("dealscope/1", "test", title);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) phases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsText) phase_title = ds_text_new_plain ("Phase");
  GListModel *model = ds_dossier_get_events (dossier);
  DsEvent * const *peeked;
  DsPhase * const *peeked_phases;
  DsDate start;
  guint n = 1;

  ds_dossier_peek_events (dossier, &n);
  g_assert_cmpuint (n, ==, 0);
  n = 1;
  ds_dossier_peek_phases (dossier, &n);
  g_assert_cmpuint (n, ==, 0);

  g_ptr_array_add (events, make_event ("late", "2026-03-31"));
  g_ptr_array_add (events, make_event ("early", "2019"));
  g_ptr_array_add (events, make_event ("middle", "2025-H2"));
  ds_dossier_set_list (dossier, DS_TYPE_EVENT, events);

  peeked = ds_dossier_peek_events (dossier, &n);
  g_assert_cmpuint (n, ==, 3);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsEvent) item = g_list_model_get_item (model, i);

      g_assert_true (peeked[i] == item);
    }
  g_assert_cmpstr (ds_event_get_id (peeked[0]), ==, "early");

  g_ptr_array_set_size (events, 0);
  g_ptr_array_add (events, make_event ("only", "2024"));
  ds_dossier_set_list (dossier, DS_TYPE_EVENT, events);
  peeked = ds_dossier_peek_events (dossier, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (ds_event_get_id (peeked[0]), ==, "only");

  g_assert_true (ds_date_parse ("2025", &start, NULL));
  g_ptr_array_add (phases, ds_phase_new ("p", phase_title, &start, NULL));
  ds_dossier_set_list (dossier, DS_TYPE_PHASE, phases);
  peeked_phases = ds_dossier_peek_phases (dossier, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (peeked_phases[0] == g_ptr_array_index (phases, 0));
}

static void
test_series_points_sorted (void)
{
  g_autoptr(DsText) title = ds_text_new_plain ("Valuation");
  g_autoptr(DsSeries) series = NULL;
  GArray *points = g_array_new (FALSE, TRUE, sizeof (DsPoint));
  DsPoint point = { 0 };

  g_array_set_clear_func (points, (GDestroyNotify)ds_point_clear);
  g_assert_true (ds_date_parse ("2026-03-31", &point.date, NULL));
  point.value = 852e9;
  point.low = point.high = NAN;
  g_array_append_val (points, point);
  g_assert_true (ds_date_parse ("2024-10-02", &point.date, NULL));
  point.value = 157e9;
  point.source = g_strdup ("OpenAI");
  g_array_append_val (points, point);

  series = ds_series_new ("valuation-openai", title, DS_METRIC_VALUATION, "currency", "USD", points);
  g_assert_cmpuint (ds_series_get_n_points (series), ==, 2);
  g_assert_cmpfloat (ds_series_get_point (series, 0)->value, ==, 157e9);
  g_assert_cmpstr (ds_series_get_point (series, 0)->source, ==, "OpenAI");
  g_assert_cmpstr (ds_series_get_currency (series), ==, "USD");
  g_assert_finalize_object (g_steal_pointer (&series));
}

/* Points of every precision, shuffled: sorted as ds_date_compare() orders them, and
 * points of the same date keep their order. */
static void
test_series_points_mixed_precisions (void)
{
  static const char * const texts[] = {
    "2026", "2026-H1", "2026-H2", "2026-Q1", "2026-Q2", "2026-Q3", "2026-01", "2026-02",
    "2026-07", "2026-01-01", "2026-01-31", "2026-07-01", "2025", "2025-12-31", "2027-Q1",
  };
  g_autoptr(DsText) title = ds_text_new_plain ("Mixed");
  g_autoptr(DsSeries) series = NULL;
  GArray *points = g_array_new (FALSE, TRUE, sizeof (DsPoint));
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  g_array_set_clear_func (points, (GDestroyNotify)ds_point_clear);
  for (guint i = 0; i < 500; i++)
    {
      DsPoint point = { 0 };

      g_assert_true (ds_date_parse (texts[g_rand_int_range (rand, 0, G_N_ELEMENTS (texts))],
                                    &point.date, NULL));
      point.value = i;
      point.low = point.high = NAN;
      g_array_append_val (points, point);
    }

  series = ds_series_new ("mixed", title, DS_METRIC_OTHER, "units", NULL, points);
  for (guint i = 1; i < ds_series_get_n_points (series); i++)
    {
      const DsPoint *a = ds_series_get_point (series, i - 1);
      const DsPoint *b = ds_series_get_point (series, i);
      int cmp = ds_date_compare (&a->date, &b->date);

      g_assert_cmpint (cmp, <=, 0);
      if (cmp == 0)
        g_assert_cmpfloat (a->value, <, b->value);
    }
}

static void
test_publications (void)
{
  g_autoptr(DsText) title = ds_text_new_plain ("Test");
  g_autoptr(DsDossier) dossier = ds_dossier_new ("dealscope/1", "test", title);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) publications = NULL;
  const char *ids[] = { "a", "b", "c" };
  const char *names[] = { "Reuters", "Bloomberg", "Reuters" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      DsEvent *event = make_event (ids[i], "2026");
      GArray *sources = g_array_new (FALSE, TRUE, sizeof (DsSource));
      DsSource source = { 0 };

      g_array_set_clear_func (sources, (GDestroyNotify)ds_source_clear);
      source.publication = g_strdup (names[i]);
      g_array_append_val (sources, source);
      ds_event_take_sources (event, sources);
      g_ptr_array_add (events, event);
    }
  ds_dossier_set_list (dossier, DS_TYPE_EVENT, events);

  publications = ds_dossier_dup_publications (dossier);
  g_assert_cmpuint (g_strv_length (publications), ==, 2);
  g_assert_cmpstr (publications[0], ==, "Bloomberg");
  g_assert_cmpstr (publications[1], ==, "Reuters");
}

static void
test_vocabularies (void)
{
  DsStatus status;
  DsMetric metric;

  g_assert_true (ds_status_from_nick ("rumour", &status));
  g_assert_cmpint (status, ==, DS_STATUS_RUMOUR);
  g_assert_false (ds_status_from_nick ("rumor", &status));
  g_assert_false (ds_status_from_nick (NULL, &status));
  g_assert_cmpstr (ds_status_to_nick (DS_STATUS_DENIED), ==, "denied");
  g_assert_cmpstr (ds_status_list_nicks (), ==, "confirmed, reported, rumour, denied, planned");
  g_assert_true (ds_metric_from_nick ("capex", &metric));
  g_assert_cmpstr (ds_metric_to_label (metric), ==, "Capital expenditure");
}

/* Only http(s) links, with a host name made of what host names are made of. */
static void
test_url_is_web (void)
{
  static const char * const web[] = {
    "https://a.example", "HTTP://EXAMPLE.COM/UP", "https://a.example/p?q=1&r=%20#frag",
    "https://fr.wikipedia.org/wiki/Société", "http://[::1]:8080/", "https://a.example/?q=<c>&d=\"e\"",
    "https://bücher.example/",
  };
  static const char * const not_web[] = {
    "javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "ftp://f.example",
    "https://", "https:///path", "example.com", "", "https://e.example<script>",
    "https://a.example\"q", "https://a b.example/", "https://a\x7f.example/", "https://a%20b.example/",
  };

  for (guint i = 0; i < G_N_ELEMENTS (web); i++)
    g_assert_true (ds_url_is_web (web[i]));
  for (guint i = 0; i < G_N_ELEMENTS (not_web); i++)
    g_assert_false (ds_url_is_web (not_web[i]));
  g_assert_false (ds_url_is_web (NULL));
}

typedef struct
{
  GThread *thread;
  gint done;
} Released;

static void
note_release (gpointer data)
{
  Released *released = data;

  released->thread = g_thread_self ();
  g_atomic_int_set (&released->done, TRUE);
}

/* What views hand over to be freed is freed, once, and not on the caller's thread. */
static void
test_release_in_worker (void)
{
  Released released = { NULL, FALSE };
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  ds_release_in_worker (NULL, note_release);
  ds_release_in_worker (&released, note_release);
  while (!g_atomic_int_get (&released.done) && g_get_monotonic_time () < deadline)
    g_usleep (1000);

  g_assert_true (g_atomic_int_get (&released.done));
  g_assert_true (released.thread != g_thread_self ());
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dealscope/model/release-in-worker", test_release_in_worker);
  g_test_add_func ("/dealscope/model/url-is-web", test_url_is_web);
  g_test_add_func ("/dealscope/model/events-sorted-and-indexed", test_events_sorted_and_indexed);
  g_test_add_func ("/dealscope/model/peek-lists", test_peek_lists);
  g_test_add_func ("/dealscope/model/series-points-sorted", test_series_points_sorted);
  g_test_add_func ("/dealscope/model/series-points-mixed-precisions",
                   test_series_points_mixed_precisions);
  g_test_add_func ("/dealscope/model/publications", test_publications);
  g_test_add_func ("/dealscope/model/vocabularies", test_vocabularies);

  return g_test_run ();
}
