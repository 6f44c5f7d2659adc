/* test-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts the real application, shows its window and checks what a user sees, in the
 * language of the environment (English, or French with DS_TEST_FRENCH=1).
 */

#include "ds-test-window.h"

#include "ds-charts-page.h"
#include "ds-event-row.h"
#include "ds-takeaways-page.h"
#include "ds-timeline-page.h"

static DsEventRow *
find_row (GtkWidget *root,
          DsEvent   *event)
{
  if (DS_IS_EVENT_ROW (root) && ds_event_row_get_event (DS_EVENT_ROW (root)) == event)
    return DS_EVENT_ROW (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      DsEventRow *found = find_row (child, event);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_title_and_dossier (Fixture       *fixture,
                        gconstpointer  data)
{
  DsDossier *dossier = ds_window_get_dossier (fixture->window);
  const char *title = gtk_window_get_title (GTK_WINDOW (fixture->window));
  GtkWidget *root = GTK_WIDGET (fixture->window);
  g_autoptr(DsEvent) first = NULL;

  g_assert_nonnull (dossier);
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_events (dossier)), >=, 30);
  g_assert_true (g_str_has_suffix (title, "Dealscope"));
  g_assert_nonnull (strstr (title, ds_dossier_get_title (dossier)));

  /* The header shows the dossier's title and subtitle, in the UI language. */
  g_assert_nonnull (ds_test_find_widget (root, GTK_TYPE_LABEL, ds_dossier_get_title (dossier)));
  g_assert_nonnull (ds_test_find_widget (root, GTK_TYPE_LABEL, ds_dossier_get_subtitle (dossier)));
  if (ds_test_is_french ())
    g_assert_nonnull (strstr (ds_dossier_get_title (dossier), "promesse"));
  else
    g_assert_nonnull (strstr (ds_dossier_get_title (dossier), "promise"));

  /* The first event of the story is listed. */
  first = g_list_model_get_item (ds_dossier_get_events (dossier), 0);
  g_assert_nonnull (find_row (root, first));
}

static void
test_three_views (Fixture       *fixture,
                  gconstpointer  data)
{
  static const char * const names[] = { "timeline", "charts", "takeaways" };
  const char * const english[] = { "Timeline", "Charts", "Takeaways" };
  const char * const french[] = { "Chronologie", "Graphiques", "Enseignements" };
  const char * const *expected = ds_test_is_french () ? french : english;
  AdwViewStack *stack = ADW_VIEW_STACK (ds_test_find_widget (GTK_WIDGET (fixture->window),
                                                               ADW_TYPE_VIEW_STACK, NULL));

  g_assert_nonnull (stack);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *child = adw_view_stack_get_child_by_name (stack, names[i]);
      AdwViewStackPage *page;

      g_assert_nonnull (child);
      page = adw_view_stack_get_page (stack, child);
      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, expected[i]);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-view", "s", names[i]));
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, names[i]);
    }
}

static GtkWindow *
find_shortcuts_window (DsWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      /* The list of toplevels keeps the window alive. */
      GtkWindow *window = g_list_model_get_item (toplevels, i);

      g_object_unref (window);
      if (g_str_equal (G_OBJECT_TYPE_NAME (window), "GtkShortcutsWindow") &&
          gtk_window_get_transient_for (window) == GTK_WINDOW (parent))
        return window;
    }

  return NULL;
}

static void
test_actions_and_accels (Fixture       *fixture,
                         gconstpointer  data)
{
  GtkApplication *app = GTK_APPLICATION (fixture->app);
  g_auto(GStrv) quit = gtk_application_get_accels_for_action (app, "app.quit");
  g_auto(GStrv) close = gtk_application_get_accels_for_action (app, "window.close");
  g_auto(GStrv) help = gtk_application_get_accels_for_action (app, "win.show-help-overlay");
  GtkWidget *menu_button = ds_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_MENU_BUTTON, NULL);
  GMenuModel *menu;
  g_autoptr(GPtrArray) actions = g_ptr_array_new_with_free_func (g_free);
  GtkWindow *shortcuts;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
  g_assert_true (g_strv_contains ((const char * const *)quit, "<Control>q"));
  g_assert_true (g_strv_contains ((const char * const *)close, "<Control>w"));
  g_assert_true (g_strv_contains ((const char * const *)help, "F1"));
  g_assert_true (g_strv_contains ((const char * const *)help, "<Control>question"));

  /* The primary menu offers Open Dossier…, Keyboard Shortcuts and About. */
  g_assert_nonnull (menu_button);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section && i < g_menu_model_get_n_items (section); i++)
        {
          char *action = NULL;

          g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
          g_ptr_array_add (actions, action);
        }
    }
  g_ptr_array_add (actions, NULL);
  g_assert_true (g_strv_contains ((const char * const *)actions->pdata, "win.open"));
  g_assert_true (g_strv_contains ((const char * const *)actions->pdata, "win.show-help-overlay"));
  g_assert_true (g_strv_contains ((const char * const *)actions->pdata, "app.about"));

  /* The shortcuts window is built when first asked for, over the window. */
  g_assert_null (find_shortcuts_window (fixture->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-help-overlay", NULL));
  shortcuts = find_shortcuts_window (fixture->window);
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_window_close (shortcuts);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-help-overlay", NULL));
  g_assert_true (find_shortcuts_window (fixture->window) == shortcuts);
}

static GtkWidget *
find_about (GtkWidget *root)
{
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (root), "comments") != NULL)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_about (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_about (Fixture       *fixture,
            gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autofree char *version = NULL;
  g_autofree char *comments = NULL;
  GtkWidget *about = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "about", NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* libadwaita 1.2 opens a window; 1.5 and later a dialog inside this window. */
  for (guint i = 0; about == NULL && i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);
      about = find_about (toplevel);
    }
  g_assert_nonnull (about);

  g_object_get (about, "version", &version, "comments", &comments, NULL);
  g_assert_cmpstr (version, ==, PACKAGE_VERSION);
  /* The credit line names the open dossier's sources. */
  g_assert_nonnull (strstr (comments, "Reuters"));

  if (GTK_IS_WINDOW (about))
    gtk_window_destroy (GTK_WINDOW (about));
}

static void
test_evidence_opens_timeline (Fixture       *fixture,
                              gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (fixture->window);
  DsDossier *dossier = ds_window_get_dossier (fixture->window);
  GtkWidget *takeaways = ds_test_find_widget (root, DS_TYPE_TAKEAWAYS_PAGE, NULL);
  DsTimelinePage *timeline = DS_TIMELINE_PAGE (ds_test_find_widget (root, DS_TYPE_TIMELINE_PAGE, NULL));
  AdwViewStack *stack = ADW_VIEW_STACK (ds_test_find_widget (root, ADW_TYPE_VIEW_STACK, NULL));
  g_autoptr(DsEvent) event = g_list_model_get_item (ds_dossier_get_events (dossier), 12);

  gtk_widget_activate_action (root, "win.show-view", "s", "takeaways");
  g_signal_emit_by_name (takeaways, "event-activated", event);

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "timeline");
  g_assert_true (ds_timeline_view_get_selected_event (ds_timeline_page_get_view (timeline)) == event);
}

static guint
n_charts (DsChartsPage *page)
{
  GPtrArray *charts = ds_charts_page_get_charts (page);

  return charts != NULL ? charts->len : 0;
}

/* The pages a user has not opened yet are built when first shown, and let an old
 * dossier go as soon as another one replaces it. */
static void
test_hidden_pages_built_when_shown (Fixture       *fixture,
                                    gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (fixture->window);
  DsChartsPage *charts = DS_CHARTS_PAGE (ds_test_find_widget (root, DS_TYPE_CHARTS_PAGE, NULL));
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "valid", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GWeakRef old;

  /* A new window opens on the bundled dossier's Timeline. */
  g_assert_nonnull (charts);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (ds_test_find_widget (root, ADW_TYPE_VIEW_STACK, NULL))),
                   ==, "timeline");
  g_assert_cmpuint (n_charts (charts), ==, 0);

  g_assert_true (gtk_widget_activate_action (root, "win.show-view", "s", "charts"));
  g_assert_cmpuint (n_charts (charts), >, 0);

  g_assert_true (gtk_widget_activate_action (root, "win.show-view", "s", "timeline"));
  g_weak_ref_init (&old, ds_window_get_dossier (fixture->window));
  ds_window_open_file (fixture->window, file);
  wait_for_load (fixture);
  g_assert_cmpstr (ds_dossier_get_id (ds_window_get_dossier (fixture->window)), ==, "example");
  g_assert_cmpuint (n_charts (charts), ==, 0);

  /* Nothing keeps the replaced dossier alive; a worker frees it. */
  g_assert_true (wait_for (weak_ref_is_empty, &old, 10));
  g_weak_ref_clear (&old);
}

static void
add_tests (void)
{
  DS_TEST_WINDOW_ADD ("title-and-dossier", test_title_and_dossier);
  DS_TEST_WINDOW_ADD ("three-views", test_three_views);
  DS_TEST_WINDOW_ADD ("actions-and-accels", test_actions_and_accels);
  DS_TEST_WINDOW_ADD ("about", test_about);
  DS_TEST_WINDOW_ADD ("evidence-opens-timeline", test_evidence_opens_timeline);
  DS_TEST_WINDOW_ADD ("hidden-pages-built-when-shown", test_hidden_pages_built_when_shown);
}

int
main (int   argc,
      char *argv[])
{
  return ds_test_window_run (&argc, &argv, add_tests);
}
