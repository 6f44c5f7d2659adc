/* test-event-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The event list and its drawn rows: what a row shows, how tall it is, that it
 * follows font and direction changes and lets go of a replaced dossier's events.
 */

#include "ds-test-ui.h"
#include "ds-test-data.h"

#include "ds-event-list.h"
#include "ds-event-row.h"

typedef struct
{
  GtkWindow *window;
  DsEventList *list;
  DsDossier *dossier;
} Fixture;

static void
collect_rows (GtkWidget *root,
              GPtrArray *rows)
{
  if (DS_IS_EVENT_ROW (root))
    g_ptr_array_add (rows, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

static GPtrArray *
bound_rows (Fixture *fixture)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GPtrArray *bound = g_ptr_array_new ();

  collect_rows (GTK_WIDGET (fixture->list), all);
  for (guint i = 0; i < all->len; i++)
    if (ds_event_row_get_event (g_ptr_array_index (all, i)) != NULL)
      g_ptr_array_add (bound, g_ptr_array_index (all, i));

  return bound;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dossier = ds_test_load_bundled ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 640, 700);
  fixture->list = DS_EVENT_LIST (ds_event_list_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->list));
  ds_event_list_set_dossier (fixture->list, fixture->dossier);
  gtk_window_present (fixture->window);
  ds_test_iterate (50);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  ds_test_iterate (50);
  g_clear_object (&fixture->dossier);
}

static DsEvent *
event_with_everything (DsDossier *dossier)
{
  GListModel *events = ds_dossier_get_events (dossier);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DsEvent) event = g_list_model_get_item (events, i);

      if (ds_event_get_amount (event) != NULL && ds_event_get_actors (event)[0] != NULL &&
          ds_event_get_n_sources (event) > 1 && *ds_event_get_summary (event) != '\0')
        return event;
    }

  g_assert_not_reached ();
}

static void
test_rows_show_events (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = bound_rows (fixture);
  DsEvent *rich = event_with_everything (fixture->dossier);
  g_autoptr(DsEventRow) row = g_object_ref_sink (DS_EVENT_ROW (ds_event_row_new ()));
  g_autofree char *date = ds_date_format (ds_event_get_date (rich));
  g_autofree char *amount = ds_money_format (ds_event_get_amount (rich));
  DsActor *actor = ds_dossier_lookup_actor (fixture->dossier, ds_event_get_actors (rich)[0]);
  const char *meta;

  /* The list binds the rows it shows, each to the event at its place. */
  g_assert_cmpuint (rows->len, >, 0);
  g_assert_cmpuint (rows->len, <=, g_list_model_get_n_items (ds_dossier_get_events (fixture->dossier)));
  for (guint i = 0; i < rows->len; i++)
    {
      DsEventRow *shown = g_ptr_array_index (rows, i);

      g_assert_cmpstr (ds_event_row_get_text (shown, "title"), ==,
                       ds_event_get_title (ds_event_row_get_event (shown)));
    }

  ds_event_row_set_event (row, rich, fixture->dossier);
  g_assert_true (ds_event_row_get_event (row) == rich);
  g_assert_cmpstr (ds_event_row_get_text (row, "date"), ==, date);
  g_assert_cmpstr (ds_event_row_get_text (row, "status"), ==, ds_status_to_label (ds_event_get_status (rich)));
  g_assert_cmpstr (ds_event_row_get_text (row, "kind"), ==, ds_event_kind_to_label (ds_event_get_kind (rich)));
  g_assert_cmpstr (ds_event_row_get_text (row, "summary"), ==, ds_event_get_summary (rich));
  g_assert_null (ds_event_row_get_text (row, "no-such-part"));

  /* Amount, actors by name (never by id), then the first source and how many more. */
  meta = ds_event_row_get_text (row, "meta");
  g_assert_true (g_str_has_prefix (meta, amount));
  g_assert_nonnull (strstr (meta, ds_actor_get_name (actor)));
  g_assert_nonnull (strstr (meta, ds_event_get_source (rich, 0)->publication));
  g_assert_nonnull (strstr (meta, " +"));

  ds_event_row_set_event (row, NULL, NULL);
  g_assert_null (ds_event_row_get_event (row));
  g_assert_null (ds_event_row_get_text (row, "title"));
}

static int
row_height (GtkWidget *row)
{
  int height;

  gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, -1, &height, NULL, NULL, NULL);

  return height;
}

static void
test_row_heights (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(DsText) title = ds_text_new_plain ("Only a title");
  g_autoptr(DsEvent) bare = NULL;
  g_autoptr(DsEvent) range = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *rich_row = ds_event_row_new ();
  GtkWidget *bare_row = ds_event_row_new ();
  GtkWidget *range_row = ds_event_row_new ();
  DsDate date, end;

  ds_date_init_year (&date, 2025);
  ds_date_init_year (&end, 2027);
  bare = ds_event_new ("bare", &date, title, DS_EVENT_STATEMENT, DS_STATUS_RUMOUR);
  range = ds_event_new ("range", &date, title, DS_EVENT_STATEMENT, DS_STATUS_PLANNED);
  ds_event_set_end (range, &end);

  gtk_box_append (GTK_BOX (box), rich_row);
  gtk_box_append (GTK_BOX (box), bare_row);
  gtk_box_append (GTK_BOX (box), range_row);
  gtk_window_set_child (fixture->window, box);
  ds_event_row_set_event (DS_EVENT_ROW (rich_row), event_with_everything (fixture->dossier), fixture->dossier);
  ds_event_row_set_event (DS_EVENT_ROW (bare_row), bare, fixture->dossier);
  ds_event_row_set_event (DS_EVENT_ROW (range_row), range, fixture->dossier);
  ds_test_iterate (50);

  /* No summary and no amount, actor or source: two lines fewer. */
  g_assert_cmpstr (ds_event_row_get_text (DS_EVENT_ROW (bare_row), "meta"), ==, "");
  g_assert_cmpint (row_height (bare_row), >, 0);
  g_assert_cmpint (row_height (rich_row), >, row_height (bare_row) + 16);
  /* A range shows its start and end on two lines, which fit beside the text. */
  g_assert_nonnull (strchr (ds_event_row_get_text (DS_EVENT_ROW (range_row), "date"), '\n'));
  g_assert_cmpint (row_height (range_row), >=, row_height (bare_row));
  g_assert_cmpint (gtk_widget_get_height (rich_row), ==, row_height (rich_row));
}

static void
test_text_is_literal_and_one_line (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(DsText) title = ds_text_new_plain ("<b>x</b> &amp;\ny");
  g_autoptr(DsText) summary = ds_text_new_plain ("first line\nsecond\tline");
  g_autoptr(DsEvent) event = NULL;
  GtkWidget *row = ds_event_row_new ();
  DsDate date;

  ds_date_init_year (&date, 2026);
  event = ds_event_new ("markup", &date, title, DS_EVENT_STATEMENT, DS_STATUS_DENIED);
  ds_event_set_summary (event, summary);
  gtk_window_set_child (fixture->window, row);
  ds_event_row_set_event (DS_EVENT_ROW (row), event, fixture->dossier);
  ds_test_iterate (50);

  g_assert_cmpstr (ds_event_row_get_text (DS_EVENT_ROW (row), "title"), ==, "<b>x</b> &amp; y");
  g_assert_cmpstr (ds_event_row_get_text (DS_EVENT_ROW (row), "summary"), ==, "first line second line");
}

static void
test_rows_follow_font_and_direction (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (fixture->window));
  g_autoptr(GPtrArray) rows = bound_rows (fixture);
  GtkWidget *row = g_ptr_array_index (rows, 0);
  int before = row_height (row);

  gtk_css_provider_load_from_data (provider, "eventrow { font-size: 24px; }", -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_USER);
  ds_test_iterate (50);
  g_assert_cmpint (row_height (row), >, before + 20);
  g_assert_cmpint (gtk_widget_get_height (row), ==, row_height (row));

  gtk_style_context_remove_provider_for_display (display, GTK_STYLE_PROVIDER (provider));
  ds_test_iterate (50);
  g_assert_cmpint (row_height (row), ==, before);

  /* Right to left and the dark style draw without a warning (warnings are fatal here). */
  gtk_widget_set_direction (GTK_WIDGET (fixture->list), GTK_TEXT_DIR_RTL);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  gtk_widget_queue_draw (row);
  ds_test_iterate (50);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_widget_set_direction (GTK_WIDGET (fixture->list), GTK_TEXT_DIR_NONE);
  ds_test_iterate (50);
}

static void
test_replaced_dossier_is_released (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(DsDossier) other = ds_test_load_bundled ();
  GWeakRef old_event;
  g_autoptr(GPtrArray) rows = NULL;

  {
    g_autoptr(DsEvent) first = g_list_model_get_item (ds_dossier_get_events (fixture->dossier), 0);
    g_weak_ref_init (&old_event, first);
  }

  ds_event_list_set_dossier (fixture->list, other);
  g_clear_object (&fixture->dossier);
  ds_test_iterate (50);

  /* No row, shown or kept for later, holds an event of the dossier it replaced. */
  g_assert_null (g_weak_ref_get (&old_event));
  g_weak_ref_clear (&old_event);
  rows = bound_rows (fixture);
  g_assert_cmpuint (rows->len, >, 0);
  fixture->dossier = g_steal_pointer (&other);
}

/* @n events, several a day so that dates tie and ids decide the order; every fourth
 * a rumour. */
static DsDossier *
make_big_dossier (guint n)
{
  g_autoptr(DsText) title = ds_text_new_plain ("Big");
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  DsDossier *dossier = ds_dossier_new ("dealscope/1", "big", title);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%05u", i);
      g_autoptr(DsText) event_title = ds_text_new_plain (id);
      DsDate date;

      ds_date_init_day (&date, 2020 + i / 3000, 1 + (i / 250) % 12, 1 + (i / 10) % 25);
      g_ptr_array_add (events, ds_event_new (id, &date, event_title, DS_EVENT_DEAL,
                                             i % 4 == 0 ? DS_STATUS_RUMOUR : DS_STATUS_CONFIRMED));
    }
  ds_dossier_set_list (dossier, DS_TYPE_EVENT, events);

  return dossier;
}

static gboolean
only_rumours (gpointer item,
              gpointer user_data)
{
  return ds_event_get_status (item) == DS_STATUS_RUMOUR;
}

static void
test_big_dossier_fills_later (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(DsDossier) big = make_big_dossier (9000);
  GListModel *shown = ds_event_list_get_model (fixture->list);
  g_autoptr(GtkFilter) filter = GTK_FILTER (gtk_custom_filter_new (only_rumours, NULL, NULL));
  DsEvent * const *events;
  guint n;

  events = ds_dossier_peek_events (big, &n);
  g_assert_cmpuint (n, ==, 9000);

  /* The rows come in the main loop's next turn; a selection made meanwhile waits. */
  ds_event_list_set_dossier (fixture->list, big);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  ds_event_list_select_event (fixture->list, events[4321]);
  g_assert_true (ds_event_list_get_selected (fixture->list) == events[4321]);
  ds_test_iterate (50);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 9000);
  g_assert_true (ds_event_list_get_selected (fixture->list) == events[4321]);

  /* Found by date and id, first, last and tied dates alike. */
  for (guint i = 0; i < n; i += 997)
    {
      ds_event_list_select_event (fixture->list, events[i]);
      g_assert_true (ds_event_list_get_selected (fixture->list) == events[i]);
    }
  ds_event_list_select_event (fixture->list, events[n - 1]);
  g_assert_true (ds_event_list_get_selected (fixture->list) == events[n - 1]);

  /* Filtered: a rumour is found at its place among rumours, another event is not. */
  ds_event_list_set_filter (fixture->list, filter);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2250);
  ds_event_list_select_event (fixture->list, events[8]);
  g_assert_true (ds_event_list_get_selected (fixture->list) == events[8]);
  ds_event_list_select_event (fixture->list, events[9]);
  g_assert_null (ds_event_list_get_selected (fixture->list));

  /* Back to a small dossier: at once again. */
  ds_event_list_set_dossier (fixture->list, fixture->dossier);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==,
                    g_list_model_get_n_items (ds_dossier_get_events (fixture->dossier)));
}

int
main (int   argc,
      char *argv[])
{
  ds_test_ui_init (&argc, &argv);

  g_test_add ("/event-list/rows-show-events", Fixture, NULL, fixture_set_up, test_rows_show_events, fixture_tear_down);
  g_test_add ("/event-list/row-heights", Fixture, NULL, fixture_set_up, test_row_heights, fixture_tear_down);
  g_test_add ("/event-list/literal-one-line", Fixture, NULL, fixture_set_up, test_text_is_literal_and_one_line, fixture_tear_down);
  g_test_add ("/event-list/font-and-direction", Fixture, NULL, fixture_set_up, test_rows_follow_font_and_direction, fixture_tear_down);
  g_test_add ("/event-list/big-dossier-fills-later", Fixture, NULL, fixture_set_up, test_big_dossier_fills_later, fixture_tear_down);
  g_test_add ("/event-list/releases-replaced-dossier", Fixture, NULL, fixture_set_up, test_replaced_dossier_is_released, fixture_tear_down);

  return g_test_run ();
}
