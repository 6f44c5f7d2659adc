/* test-timeline-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Timeline page as a user drives it: keyboard navigation, search and filters,
 * selection mirrored between drawing, list and detail pane, zoom and source links.
 */

#include "ds-test-ui.h"
#include "ds-test-data.h"

#include "ds-dossier-loader.h"
#include "ds-event-detail.h"
#include "ds-event-list.h"
#include "ds-timeline-page.h"


typedef struct
{
  GtkWindow *window;
  DsTimelinePage *page;
  DsTimelineView *view;
  DsDossier *dossier;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{

  fixture->dossier = ds_test_load_bundled ();

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, GPOINTER_TO_INT (data) ? GPOINTER_TO_INT (data) : 1400, 900);
  fixture->page = DS_TIMELINE_PAGE (ds_timeline_page_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  ds_timeline_page_set_dossier (fixture->page, fixture->dossier);
  fixture->view = ds_timeline_page_get_view (fixture->page);
  gtk_window_present (fixture->window);

  /* Let the window map and draw a first frame. */
  for (guint i = 0; i < 50; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (ds_timeline_view_get_marks (fixture->view)->len > 0)
        break;
      g_usleep (10000);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->dossier);
}

static DsEventList *
find_list (Fixture *fixture)
{
  return DS_EVENT_LIST (ds_test_find_widget (GTK_WIDGET (fixture->page), DS_TYPE_EVENT_LIST, NULL));
}

static DsEventDetail *
find_detail (Fixture *fixture)
{
  return DS_EVENT_DETAIL (ds_test_find_widget (GTK_WIDGET (fixture->page), DS_TYPE_EVENT_DETAIL, NULL));
}

static void
test_keyboard_navigation (Fixture       *fixture,
                          gconstpointer  data)
{
  GListModel *events = ds_dossier_get_events (fixture->dossier);
  guint n = g_list_model_get_n_items (events);
  GtkWidget *view = GTK_WIDGET (fixture->view);

  g_assert_true (gtk_widget_activate_action (view, "timeline.first", NULL));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsEvent) expected = g_list_model_get_item (events, i);

      g_assert_true (ds_timeline_view_get_selected_event (fixture->view) == expected);
      /* The detail pane follows the drawing. */
      g_assert_true (ds_event_detail_get_event (find_detail (fixture)) == expected);
      if (i + 1 < n)
        gtk_widget_activate_action (view, "timeline.next", NULL);
    }

  gtk_widget_activate_action (view, "timeline.previous", NULL);
  {
    g_autoptr(DsEvent) before_last = g_list_model_get_item (events, n - 2);
    g_assert_true (ds_timeline_view_get_selected_event (fixture->view) == before_last);
  }

  gtk_widget_activate_action (view, "timeline.first", NULL);
  {
    g_autoptr(DsEvent) first = g_list_model_get_item (events, 0);
    g_assert_true (ds_timeline_view_get_selected_event (fixture->view) == first);
  }
}

static void
test_selected_event_is_kept_in_view (Fixture       *fixture,
                                     gconstpointer  data)
{
  double first, last, day;
  DsEvent *event;

  /* Zoom in far, then walk to the last event: the view must follow. */
  ds_timeline_view_set_zoom (fixture->view, 0.9);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "timeline.last", NULL);
  /* Animations may be running: wait for them to settle. */
  for (guint i = 0; i < 60; i++)
    ds_test_iterate (5);

  event = ds_timeline_view_get_selected_event (fixture->view);
  day = ds_date_get_first_day (ds_event_get_date (event));
  ds_timeline_view_get_range (fixture->view, &first, &last);
  g_assert_cmpfloat (day, >=, first);
  g_assert_cmpfloat (day, <=, last);
}

static guint
count_matches (Fixture *fixture)
{
  DsTimelineDrawParams params;
  guint n = g_list_model_get_n_items (ds_dossier_get_events (fixture->dossier));
  guint count = 0;

  ds_timeline_view_get_draw_params (fixture->view, &params);
  if (params.matches == NULL)
    return n;
  for (guint i = 0; i < n; i++)
    count += params.matches[i] != 0;

  return count;
}

static void
test_search_and_filters (Fixture       *fixture,
                         gconstpointer  data)
{
  DsEventQuery *query = ds_timeline_page_get_query (fixture->page);
  GListModel *shown = ds_event_list_get_model (find_list (fixture));
  guint total = g_list_model_get_n_items (ds_dossier_get_events (fixture->dossier));
  GtkSearchEntry *entry = GTK_SEARCH_ENTRY (ds_test_find_widget (GTK_WIDGET (fixture->page),
                                                                   GTK_TYPE_SEARCH_ENTRY, NULL));
  guint found;

  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, total);
  g_assert_cmpuint (count_matches (fixture), ==, total);

  /* Typing in the search entry: "Huang" finds the rebuttal, in the list and the drawing. */
  ds_event_query_set_text (query, "huang");
  found = g_list_model_get_n_items (shown);
  g_assert_cmpuint (found, >, 0);
  g_assert_cmpuint (found, <, total);
  g_assert_cmpuint (count_matches (fixture), ==, found);
  g_assert_nonnull (entry);
  {
    g_autofree char *count = g_strdup_printf ("%u of %u events", found, total);
    g_assert_nonnull (ds_test_find_label_containing (GTK_WIDGET (fixture->page), count));
  }

  /* A status filter narrows further. */
  ds_event_query_set_text (query, NULL);
  ds_event_query_set_status_allowed (query, DS_STATUS_CONFIRMED, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, total);
  g_assert_cmpuint (count_matches (fixture), ==, g_list_model_get_n_items (shown));
  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(DsEvent) event = g_list_model_get_item (shown, i);
      g_assert_cmpint (ds_event_get_status (event), !=, DS_STATUS_CONFIRMED);
    }

  /* Keyboard navigation skips what is filtered out. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "timeline.first", NULL);
  g_assert_cmpint (ds_event_get_status (ds_timeline_view_get_selected_event (fixture->view)), !=,
                   DS_STATUS_CONFIRMED);

  ds_event_query_reset (query);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, total);
}

static void
test_list_selects_drawing_and_detail (Fixture       *fixture,
                                      gconstpointer  data)
{
  DsEventList *list = find_list (fixture);
  g_autoptr(DsEvent) event = g_list_model_get_item (ds_dossier_get_events (fixture->dossier), 10);

  ds_event_list_select_event (list, event);
  g_assert_true (ds_event_list_get_selected (list) == event);
  g_assert_true (ds_timeline_view_get_selected_event (fixture->view) == event);
  g_assert_true (ds_event_detail_get_event (find_detail (fixture)) == event);
  g_assert_nonnull (ds_test_find_label_containing (GTK_WIDGET (find_detail (fixture)), ds_event_get_title (event)));

  /* And the other way round. */
  {
    g_autoptr(DsEvent) other = g_list_model_get_item (ds_dossier_get_events (fixture->dossier), 20);

    ds_timeline_view_set_selected_event (fixture->view, other);
    g_assert_true (ds_event_list_get_selected (list) == other);
  }
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  double first, last, fit_first, fit_last;

  ds_timeline_view_get_range (fixture->view, &fit_first, &fit_last);
  g_assert_cmpfloat (ds_timeline_view_get_zoom (fixture->view), ==, 0.0);

  ds_timeline_view_set_zoom (fixture->view, 0.5);
  ds_timeline_view_get_range (fixture->view, &first, &last);
  g_assert_cmpfloat (last - first, <, (fit_last - fit_first) / 2);
  g_assert_cmpfloat_with_epsilon (ds_timeline_view_get_zoom (fixture->view), 0.5, 1e-6);

  /* Zoom to fit, through the page's shortcut action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "timeline-page.zoom-fit", NULL));
  for (guint i = 0; i < 60; i++)
    ds_test_iterate (5);
  ds_timeline_view_get_range (fixture->view, &first, &last);
  g_assert_cmpfloat_with_epsilon (first, fit_first, 0.5);
  g_assert_cmpfloat_with_epsilon (last, fit_last, 0.5);
}

static void
test_lane_modes (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(DsEvent) event = g_list_model_get_item (ds_dossier_get_events (fixture->dossier), 5);

  ds_timeline_view_set_selected_event (fixture->view, event);
  ds_timeline_view_set_lane_mode (fixture->view, DS_LANES_ACTOR);
  /* The selection survives a change of lanes. */
  g_assert_true (ds_timeline_view_get_selected_event (fixture->view) == event);
  ds_timeline_view_set_lane_mode (fixture->view, DS_LANES_KIND);
  g_assert_true (ds_timeline_view_get_selected_event (fixture->view) == event);
  /* The next frame draws the new lanes. */
  for (guint i = 0; i < 100 && ds_timeline_view_get_marks (fixture->view)->len == 0; i++)
    ds_test_iterate (5);
  g_assert_cmpuint (ds_timeline_view_get_marks (fixture->view)->len, >, 0);
}

static gboolean
capture_uri_cb (DsEventDetail  *detail,
                const char     *uri,
                char          **captured)
{
  g_free (*captured);
  *captured = g_strdup (uri);
  g_signal_stop_emission_by_name (detail, "open-uri");

  return TRUE;
}

static GtkButton *
find_source_button (GtkWidget *root)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_get_tooltip_text (root) != NULL &&
      g_str_has_prefix (gtk_widget_get_tooltip_text (root), "http"))
    return GTK_BUTTON (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *found = find_source_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_source_link (Fixture       *fixture,
                  gconstpointer  data)
{
  GListModel *events = ds_dossier_get_events (fixture->dossier);
  g_autofree char *captured = NULL;
  DsEvent *with_url = NULL;
  const char *url = NULL;
  GtkButton *button;

  for (guint i = 0; i < g_list_model_get_n_items (events) && with_url == NULL; i++)
    {
      g_autoptr(DsEvent) event = g_list_model_get_item (events, i);

      for (guint j = 0; j < ds_event_get_n_sources (event); j++)
        if (ds_event_get_source (event, j)->url != NULL)
          {
            with_url = event;
            url = ds_event_get_source (event, j)->url;
            break;
          }
    }
  g_assert_nonnull (with_url);

  ds_timeline_page_select_event (fixture->page, with_url);
  g_signal_connect (find_detail (fixture), "open-uri", G_CALLBACK (capture_uri_cb), &captured);
  button = find_source_button (GTK_WIDGET (find_detail (fixture)));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (captured, ==, url);
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(DsEvent) event = g_list_model_get_item (ds_dossier_get_events (fixture->dossier), 3);

  /* At 400 px the page still works: selecting and activating shows the details. */
  ds_timeline_page_select_event (fixture->page, event);
  g_signal_emit_by_name (fixture->view, "event-activated", event);
  ds_test_iterate (5);
  g_assert_true (ds_event_detail_get_event (find_detail (fixture)) == event);
  g_assert_true (gtk_widget_get_width (GTK_WIDGET (fixture->page)) <= 420);
}

static GtkMenuButton *
find_filter_button (GtkWidget *root)
{
  if (GTK_IS_MENU_BUTTON (root) && GTK_IS_POPOVER (gtk_menu_button_get_popover (GTK_MENU_BUTTON (root))) &&
      ds_test_find_widget (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (root))),
                           GTK_TYPE_SCROLLED_WINDOW, NULL) != NULL)
    return GTK_MENU_BUTTON (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_filter_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The filter choices are built when the popover opens, from the query's state, and
 * ticking one filters the list. */
static void
test_filters_popover (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkMenuButton *button = find_filter_button (GTK_WIDGET (fixture->page));
  GtkWidget *popover;
  g_autoptr(DsActor) actor = g_list_model_get_item (ds_dossier_get_actors (fixture->dossier), 0);
  DsEventQuery *query = ds_timeline_page_get_query (fixture->page);
  GListModel *shown = ds_event_list_get_model (find_list (fixture));
  guint total = g_list_model_get_n_items (ds_dossier_get_events (fixture->dossier));
  GtkWidget *label;

  g_assert_nonnull (button);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  g_assert_null (ds_test_find_widget (popover, GTK_TYPE_CHECK_BUTTON, NULL));

  gtk_menu_button_popup (button);
  label = ds_test_find_widget (popover, GTK_TYPE_LABEL, ds_actor_get_name (actor));
  g_assert_nonnull (label);
  g_assert_true (GTK_IS_CHECK_BUTTON (gtk_widget_get_parent (label)));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (gtk_widget_get_parent (label))));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (gtk_widget_get_parent (label)), TRUE);
  g_assert_true (ds_event_query_get_actor_chosen (query, ds_actor_get_id (actor)));
  g_assert_cmpuint (g_list_model_get_n_items (shown), <, total);

  gtk_menu_button_popdown (button);
  ds_event_query_reset (query);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, total);
}

int
main (int   argc,
      char *argv[])
{
  ds_test_ui_init (&argc, &argv);

#define ADD(path, func, width) \
  g_test_add ("/dealscope/timeline-view/" path, Fixture, GINT_TO_POINTER (width), fixture_set_up, func, fixture_tear_down)

  ADD ("keyboard-navigation", test_keyboard_navigation, 0);
  ADD ("selected-event-kept-in-view", test_selected_event_is_kept_in_view, 0);
  ADD ("search-and-filters", test_search_and_filters, 0);
  ADD ("filters-popover", test_filters_popover, 0);
  ADD ("list-selects-drawing-and-detail", test_list_selects_drawing_and_detail, 0);
  ADD ("zoom", test_zoom, 0);
  ADD ("lane-modes", test_lane_modes, 0);
  ADD ("source-link", test_source_link, 0);
  ADD ("narrow", test_narrow, 400);

  return g_test_run ();
}
