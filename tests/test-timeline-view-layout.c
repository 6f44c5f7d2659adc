/* test-timeline-view-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the timeline view gets its layout: at once for a small dossier, from a worker
 * thread for a big one, with what was set meanwhile kept and stale results dropped.
 */

#include "ds-test-ui.h"

#include "ds-test-data.h"
#include "ds-timeline-page.h"
#include "ds-timeline-view-private.h"

/* Above the view's limit for building the layout on the calling thread. */
#define BIG_EVENTS (DS_DOSSIER_MANY_EVENTS + 1000)
#define FIRST_DAY  18262   /* 2020-01-01 */

typedef struct
{
  GtkWindow *window;
  DsTimelinePage *page;
  DsTimelineView *view;
} Fixture;

/* @n events a day apart from FIRST_DAY, ids "<prefix>-<i>", every third one with an
 * actor, so that actor lanes differ from the single lane. */
static DsDossier *
make_dossier (const char *prefix,
              guint       n)
{
  g_autoptr(DsText) title = ds_text_new_plain (prefix);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  DsDossier *dossier = ds_dossier_new ("dealscope/1", prefix, title);
  const char *actors[] = { "nvidia", "openai", "oracle" };

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", prefix, i);
      g_autoptr(DsText) event_title = ds_text_new_plain (id);
      gint64 year;
      guint month, day;
      DsDate date;
      DsEvent *event;

      ds_date_from_day_number (FIRST_DAY + i, &year, &month, &day);
      ds_date_init_day (&date, year, month, day);
      event = ds_event_new (id, &date, event_title, DS_EVENT_DEAL, DS_STATUS_CONFIRMED);
      if (i % 3 == 0)
        {
          char *ids[] = { (char *)actors[i % 2], NULL };

          ds_event_set_actors (event, ids);
        }
      g_ptr_array_add (events, event);
    }
  ds_dossier_set_list (dossier, DS_TYPE_EVENT, events);

  return dossier;
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* Until the view's worker has delivered; fails after ten seconds. */
static void
wait_for_layout (DsTimelineView *view)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (_ds_timeline_view_is_building (view) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);

  g_assert_false (_ds_timeline_view_is_building (view));
  g_assert_nonnull (ds_timeline_view_get_layout (view));
}

/* Until @object is finalized, which shows that nothing kept it, a dropped build's
 * layout included; fails after ten seconds. */
static void
wait_for_finalize (gpointer object)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  gpointer weak = object;

  g_object_add_weak_pointer (object, &weak);
  g_object_unref (object);
  while (weak != NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);

  g_assert_null (weak);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1400, 900);
  fixture->page = DS_TIMELINE_PAGE (ds_timeline_page_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  fixture->view = ds_timeline_page_get_view (fixture->page);
  gtk_window_present (fixture->window);
  ds_test_iterate (1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  ds_test_iterate (1);
}

static void
test_small_is_synchronous (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(DsDossier) dossier = ds_test_load_bundled ();
  guint n_events;
  double first, last;

  ds_dossier_peek_events (dossier, &n_events);
  ds_timeline_page_set_dossier (fixture->page, dossier);

  /* No main-loop turn: the first frame can draw it. */
  g_assert_false (_ds_timeline_view_is_building (fixture->view));
  g_assert_nonnull (ds_timeline_view_get_layout (fixture->view));
  g_assert_cmpuint (ds_timeline_layout_get_n_events (ds_timeline_view_get_layout (fixture->view)),
                    ==, n_events);
  ds_timeline_view_get_range (fixture->view, &first, &last);
  g_assert_cmpfloat (last - first, >, 30);

  ds_timeline_view_set_lane_mode (fixture->view, DS_LANES_ACTOR);
  g_assert_false (_ds_timeline_view_is_building (fixture->view));
  g_assert_cmpint (ds_timeline_layout_get_mode (ds_timeline_view_get_layout (fixture->view)),
                   ==, DS_LANES_ACTOR);
}

static void
test_big_arrives (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(DsDossier) dossier = make_dossier ("big", BIG_EVENTS);
  DsTimelineLayout *layout;
  double first, last, extent_first, extent_last;
  GArray *marks;

  ds_timeline_page_set_dossier (fixture->page, dossier);
  g_assert_true (_ds_timeline_view_is_building (fixture->view));
  g_assert_null (ds_timeline_view_get_layout (fixture->view));
  g_assert_null (ds_timeline_view_get_selected_event (fixture->view));

  wait_for_layout (fixture->view);
  layout = ds_timeline_view_get_layout (fixture->view);
  g_assert_cmpuint (ds_timeline_layout_get_n_events (layout), ==, BIG_EVENTS);
  g_assert_true (ds_timeline_layout_get_event (layout, 0) ==
                 ds_dossier_lookup_event (dossier, "big-0"));

  /* The whole story is in view, as with a layout built at once. */
  g_assert_true (ds_timeline_layout_get_extent (layout, &extent_first, &extent_last));
  ds_timeline_view_get_range (fixture->view, &first, &last);
  g_assert_cmpfloat (first, <, extent_first);
  g_assert_cmpfloat (last, >, extent_last);

  /* And it gets drawn. */
  marks = ds_timeline_view_get_marks (fixture->view);
  for (guint i = 0; i < 100 && marks->len == 0; i++)
    {
      ds_test_iterate (1);
      g_usleep (10000);
    }
  g_assert_cmpuint (marks->len, >, 0);
}

/* A second dossier set before the first one's layout arrives: only the second one's
 * is ever shown, and the first one's is freed with its dossier. */
static void
test_stale_dossier_dropped (Fixture       *fixture,
                            gconstpointer  data)
{
  DsDossier *first = make_dossier ("first", BIG_EVENTS);
  g_autoptr(DsDossier) second = make_dossier ("second", BIG_EVENTS + 10);
  g_autoptr(DsDossier) small = ds_test_load_bundled ();
  DsTimelineLayout *layout;
  guint installed = 0;

  ds_timeline_page_set_dossier (fixture->page, first);
  ds_timeline_page_set_dossier (fixture->page, second);
  /* Each layout shown notifies the selection once. */
  g_signal_connect_swapped (fixture->view, "notify::selected-event",
                            G_CALLBACK (count_cb), &installed);
  wait_for_finalize (first);

  wait_for_layout (fixture->view);
  g_assert_cmpuint (installed, ==, 1);
  g_signal_handlers_disconnect_by_func (fixture->view, count_cb, &installed);
  layout = ds_timeline_view_get_layout (fixture->view);
  g_assert_cmpuint (ds_timeline_layout_get_n_events (layout), ==, BIG_EVENTS + 10);
  g_assert_true (ds_timeline_layout_get_event (layout, 0) ==
                 ds_dossier_lookup_event (second, "second-0"));

  /* A small dossier replaces a big one still building, at once and for good. */
  first = make_dossier ("again", BIG_EVENTS);
  ds_timeline_page_set_dossier (fixture->page, first);
  g_assert_true (_ds_timeline_view_is_building (fixture->view));
  ds_timeline_page_set_dossier (fixture->page, small);
  g_assert_false (_ds_timeline_view_is_building (fixture->view));
  wait_for_finalize (first);
  g_assert_true (ds_timeline_layout_get_event (ds_timeline_view_get_layout (fixture->view), 0) ==
                 ds_dossier_peek_events (small, &(guint) { 0 })[0]);
}

/* A new lane mode keeps the previous lanes on screen, then shows the last mode asked
 * for, with the same event selected. */
static void
test_lane_mode_change (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(DsDossier) dossier = make_dossier ("lanes", BIG_EVENTS);
  DsEvent *event = ds_dossier_lookup_event (dossier, "lanes-300");
  DsTimelineLayout *single;

  ds_timeline_page_set_dossier (fixture->page, dossier);
  wait_for_layout (fixture->view);
  single = ds_timeline_view_get_layout (fixture->view);
  ds_timeline_view_set_selected_event (fixture->view, event);

  ds_timeline_view_set_lane_mode (fixture->view, DS_LANES_KIND);
  ds_timeline_view_set_lane_mode (fixture->view, DS_LANES_ACTOR);
  g_assert_true (_ds_timeline_view_is_building (fixture->view));
  g_assert_true (ds_timeline_view_get_layout (fixture->view) == single);
  g_assert_true (ds_timeline_view_get_selected_event (fixture->view) == event);

  wait_for_layout (fixture->view);
  g_assert_cmpint (ds_timeline_layout_get_mode (ds_timeline_view_get_layout (fixture->view)),
                   ==, DS_LANES_ACTOR);
  g_assert_cmpuint (ds_timeline_layout_get_n_lanes (ds_timeline_view_get_layout (fixture->view)),
                    ==, 3);
  g_assert_true (ds_timeline_view_get_selected_event (fixture->view) == event);
}

/* What a reload does (ds-window-files.c): read the range and selection, set the new
 * version, set them again. Set before the layout arrives, they must still be there
 * once it has. */
static void
test_range_restored_on_reload (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(DsDossier) old = make_dossier ("v", BIG_EVENTS);
  g_autoptr(DsDossier) reloaded = make_dossier ("v", BIG_EVENTS + 5);
  DsEvent *again;
  double first, last, want_first, want_last;

  ds_timeline_page_set_dossier (fixture->page, old);
  wait_for_layout (fixture->view);
  ds_timeline_view_set_range (fixture->view, 19000, 19120, FALSE);
  ds_timeline_view_set_selected_event (fixture->view, ds_dossier_lookup_event (old, "v-800"));
  ds_timeline_view_get_range (fixture->view, &want_first, &want_last);
  g_assert_cmpfloat_with_epsilon (want_first, 19000, 1e-6);

  ds_timeline_page_set_dossier (fixture->page, reloaded);
  g_assert_true (_ds_timeline_view_is_building (fixture->view));
  ds_timeline_view_set_range (fixture->view, want_first, want_last, FALSE);
  again = ds_dossier_lookup_event (reloaded, "v-800");
  ds_timeline_page_select_event (fixture->page, again);

  /* Meanwhile the view answers with what it was given. */
  ds_timeline_view_get_range (fixture->view, &first, &last);
  g_assert_cmpfloat (first, ==, want_first);
  g_assert_cmpfloat (last, ==, want_last);
  g_assert_true (ds_timeline_view_get_selected_event (fixture->view) == again);

  wait_for_layout (fixture->view);
  ds_timeline_view_get_range (fixture->view, &first, &last);
  g_assert_cmpfloat_with_epsilon (first, want_first, 1e-6);
  g_assert_cmpfloat_with_epsilon (last, want_last, 1e-6);
  g_assert_true (ds_timeline_view_get_selected_event (fixture->view) == again);
  ds_test_iterate (1);
  g_assert_true (ds_timeline_view_get_selected_event (fixture->view) == again);
}

/* A view dropped while its layout builds: nothing keeps it alive, and the result is
 * freed with the dossier when it comes. */
static void
test_disposed_while_building (void)
{
  DsDossier *dossier = make_dossier ("gone", BIG_EVENTS);
  DsTimelineView *view = g_object_ref_sink (DS_TIMELINE_VIEW (ds_timeline_view_new ()));

  ds_timeline_view_set_dossier (view, dossier);
  g_assert_true (_ds_timeline_view_is_building (view));
  g_assert_finalize_object (view);
  wait_for_finalize (dossier);
}

int
main (int   argc,
      char *argv[])
{
  ds_test_ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/dealscope/timeline-view-layout/" path, Fixture, NULL, \
              fixture_set_up, func, fixture_tear_down)

  ADD ("small-is-synchronous", test_small_is_synchronous);
  ADD ("big-arrives", test_big_arrives);
  ADD ("stale-dossier-dropped", test_stale_dossier_dropped);
  ADD ("lane-mode-change", test_lane_mode_change);
  ADD ("range-restored-on-reload", test_range_restored_on_reload);
  g_test_add_func ("/dealscope/timeline-view-layout/disposed-while-building",
                   test_disposed_while_building);

  return g_test_run ();
}
