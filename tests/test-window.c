/* test-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts the real application, shows its window and checks what a user sees, in the
 * language of the environment (English, or French with DS_TEST_FRENCH=1).
 */

#include "ds-test-ui.h"

#include "ds-application.h"
#include "ds-charts-page.h"
#include "ds-takeaways-page.h"
#include "ds-timeline-page.h"
#include "ds-event-row.h"
#include "ds-window.h"

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

static DsApplication *application;

typedef struct
{
  DsApplication *app;
  DsWindow *window;
  gboolean painted;
} Fixture;

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GdkFrameClock *clock;
  gulong handler;

  /* A process registers its application once; each test gets a fresh window. */
  fixture->app = g_object_ref (application);
  if (gtk_application_get_active_window (GTK_APPLICATION (application)) == NULL)
    g_application_activate (G_APPLICATION (application));
  else
    gtk_window_present (GTK_WINDOW (ds_window_new (application)));

  fixture->window = DS_WINDOW (gtk_application_get_windows (GTK_APPLICATION (application))->data);
  g_assert_true (DS_IS_WINDOW (fixture->window));

  /* The first frame, as a user would see it. */
  gtk_widget_realize (GTK_WIDGET (fixture->window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (fixture->window));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &fixture->painted);
  gtk_window_present (GTK_WINDOW (fixture->window));
  ds_test_wait_until (&fixture->painted, 20);
  g_signal_handler_disconnect (clock, handler);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->app);
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

static void
notify_dossier_cb (DsWindow   *window,
                   GParamSpec *pspec,
                   gboolean   *changed)
{
  *changed = TRUE;
}

static void
wait_for_load (Fixture *fixture)
{
  GtkWidget *progress = ds_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_REVEALER, NULL);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  g_assert_nonnull (progress);
  while (gtk_revealer_get_reveal_child (GTK_REVEALER (progress)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (progress)));
}

static void
test_open_invalid_keeps_dossier (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "ds-test-invalid.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DsDossier *before = ds_window_get_dossier (fixture->window);
  GtkWidget *root = GTK_WIDGET (fixture->window);
  gboolean changed = FALSE;

  g_assert_true (g_file_set_contents (path, "{\"format\": \"dealscope/1\", \"id\": \"x\",\n"
                                            " \"title\": \"X\", \"events\": [{\"id\": \"e\", \"date\": \"sept 2025\"}]}",
                                      -1, NULL));
  g_signal_connect (fixture->window, "notify::dossier", G_CALLBACK (notify_dossier_cb), &changed);

  ds_window_open_file (fixture->window, file);
  wait_for_load (fixture);

  g_assert_false (changed);
  g_assert_true (ds_window_get_dossier (fixture->window) == before);
  /* Each problem is listed with its file, line, column and path. */
  g_assert_nonnull (ds_test_find_label_containing (root, "ds-test-invalid.json:2:"));
  g_assert_nonnull (ds_test_find_label_containing (root, "events[0].date"));
  g_remove (path);
}

static void
test_open_valid_replaces_dossier (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "valid", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  ds_window_open_file (fixture->window, file);
  wait_for_load (fixture);

  g_assert_cmpstr (ds_dossier_get_id (ds_window_get_dossier (fixture->window)), ==, "example");
}

static gboolean wait_for (gboolean (*condition) (gpointer), gpointer data, guint seconds);

static gboolean
weak_ref_is_empty (gpointer data)
{
  g_autoptr(GObject) object = g_weak_ref_get (data);

  return object == NULL;
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

static gboolean
wait_for (gboolean (*condition) (gpointer), gpointer data, guint seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!condition (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (5000), TRUE);

  return condition (data);
}

typedef struct
{
  DsWindow *window;
  const char *title;
} TitleWait;

static gboolean
title_is (gpointer data)
{
  TitleWait *wait = data;
  DsDossier *dossier = ds_window_get_dossier (wait->window);

  return dossier != NULL && g_strcmp0 (ds_dossier_get_title (dossier), wait->title) == 0;
}

static gboolean
problems_shown (gpointer data)
{
  return ds_test_find_label_containing (GTK_WIDGET (data), "reload.json:") != NULL;
}

static gboolean
problems_hidden (gpointer data)
{
  return !problems_shown (data);
}

#define DOSSIER_TEMPLATE \
  "{\"format\": \"dealscope/1\", \"id\": \"reload\", \"title\": \"%s\",\n" \
  " \"events\": [{\"id\": \"e\", \"date\": \"%s\", \"title\": \"An event\",\n" \
  "   \"kind\": \"deal\", \"status\": \"confirmed\"}]}\n"

static void
write_dossier (const char *path,
               const char *title,
               const char *date)
{
  g_autofree char *text = g_strdup_printf (DOSSIER_TEMPLATE, title, date);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static void
test_reload_on_change (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("ds-reload-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "reload.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TitleWait wait = { fixture->window, "First" };
  DsDossier *good;

  write_dossier (path, "First", "2025-09-22");
  ds_window_open_file (fixture->window, file);
  g_assert_true (wait_for (title_is, &wait, 10));

  /* An edit on disk shows up on its own. */
  write_dossier (path, "Second", "2025-09-22");
  wait.title = "Second";
  g_assert_true (wait_for (title_is, &wait, 10));
  good = ds_window_get_dossier (fixture->window);

  /* A save that breaks the file: the errors show, the last good version stays. */
  write_dossier (path, "Broken", "sept 2025");
  g_assert_true (wait_for (problems_shown, fixture->window, 10));
  g_assert_true (ds_window_get_dossier (fixture->window) == good);

  /* Fixing it clears the banner. */
  write_dossier (path, "Fixed", "2025-09-23");
  wait.title = "Fixed";
  g_assert_true (wait_for (title_is, &wait, 10));
  g_assert_true (wait_for (problems_hidden, fixture->window, 5));

  /* Opened files are remembered, most recent first. */
  {
    g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);
    g_auto(GStrv) recent = g_settings_get_strv (settings, "recent-dossiers");
    g_autofree char *uri = g_file_get_uri (file);

    g_assert_cmpstr (recent[0], ==, uri);
  }

  g_remove (path);
  g_rmdir (dir);
}

/* Big enough for the timeline to build its layout in a worker: the range and the
 * selection a reload puts back must survive the wait. */
static void
write_big_dossier (const char *path,
                   const char *title)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, "{\"format\": \"dealscope/1\", \"id\": \"big\", "
                          "\"title\": \"%s\",\n \"events\": [", title);
  for (guint i = 0; i < 6000; i++)
    {
      gint64 year;
      guint month, day;

      ds_date_from_day_number (18262 + i, &year, &month, &day);
      g_string_append_printf (text, "%s\n  {\"id\": \"e%u\", \"date\": \"%04d-%02u-%02u\", "
                              "\"title\": \"Event %u\", \"kind\": \"deal\", "
                              "\"status\": \"confirmed\"}",
                              i ? "," : "", i, (int)year, month, day, i);
    }
  g_string_append (text, "]}\n");
  g_assert_true (g_file_set_contents (path, text->str, -1, NULL));
}

static gboolean
timeline_shows_dossier (gpointer data)
{
  DsWindow *window = data;
  DsTimelinePage *page = DS_TIMELINE_PAGE (ds_test_find_widget (GTK_WIDGET (window),
                                                                DS_TYPE_TIMELINE_PAGE, NULL));
  DsTimelineLayout *layout = ds_timeline_view_get_layout (ds_timeline_page_get_view (page));
  guint n;

  return layout != NULL && ds_timeline_layout_get_n_events (layout) > 0 &&
         ds_timeline_layout_get_event (layout, 0) ==
         ds_dossier_peek_events (ds_window_get_dossier (window), &n)[0];
}

static void
test_reload_big_keeps_range (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("ds-reload-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TitleWait wait = { fixture->window, "Big" };
  DsTimelinePage *page = DS_TIMELINE_PAGE (ds_test_find_widget (GTK_WIDGET (fixture->window),
                                                                DS_TYPE_TIMELINE_PAGE, NULL));
  DsTimelineView *view = ds_timeline_page_get_view (page);
  DsDossier *dossier;
  DsEvent *selected;
  double first, last;

  write_big_dossier (path, "Big");
  ds_window_open_file (fixture->window, file);
  g_assert_true (wait_for (title_is, &wait, 20));
  g_assert_true (wait_for (timeline_shows_dossier, fixture->window, 10));
  ds_timeline_view_set_range (view, 19000, 19120, FALSE);
  dossier = ds_window_get_dossier (fixture->window);
  ds_timeline_page_select_event (page, ds_dossier_lookup_event (dossier, "e800"));

  write_big_dossier (path, "Big again");
  wait.title = "Big again";
  g_assert_true (wait_for (title_is, &wait, 20));
  g_assert_true (wait_for (timeline_shows_dossier, fixture->window, 10));

  ds_timeline_view_get_range (view, &first, &last);
  g_assert_cmpfloat_with_epsilon (first, 19000, 1e-6);
  g_assert_cmpfloat_with_epsilon (last, 19120, 1e-6);
  selected = ds_timeline_view_get_selected_event (view);
  dossier = ds_window_get_dossier (fixture->window);
  g_assert_true (selected == ds_dossier_lookup_event (dossier, "e800"));

  g_remove (path);
  g_rmdir (dir);
}

static void
test_open_in_running_instance (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "valid", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint before = g_list_length (gtk_application_get_windows (GTK_APPLICATION (application)));
  GFile *files[] = { file };
  DsWindow *opened;
  TitleWait wait;

  /* What a second launch with a file does: the running instance gets "open". */
  g_application_open (G_APPLICATION (application), files, 1, "");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (application))), ==, before + 1);
  opened = DS_WINDOW (gtk_application_get_windows (GTK_APPLICATION (application))->data);
  wait.window = opened;
  wait.title = ds_test_is_french () ? "Un exemple" : "An example";
  g_assert_true (wait_for (title_is, &wait, 10));
  gtk_window_destroy (GTK_WINDOW (opened));
}

static void
test_drop_opens_file (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "valid", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));
  GtkDropTarget *target = NULL;
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;
  TitleWait wait = { fixture->window, ds_test_is_french () ? "Un exemple" : "An example" };

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  /* What GTK does when a file manager drops a file on the window. */
  g_value_init (&value, G_TYPE_FILE);
  g_value_set_object (&value, file);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);

  g_assert_true (accepted);
  g_assert_true (wait_for (title_is, &wait, 10));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  ds_test_ui_init (&argc, &argv);

  application = ds_application_new (APP_ID, G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN |
                                   G_APPLICATION_HANDLES_COMMAND_LINE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

#define ADD(path, func) \
  g_test_add ("/dealscope/window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("title-and-dossier", test_title_and_dossier);
  ADD ("three-views", test_three_views);
  ADD ("actions-and-accels", test_actions_and_accels);
  ADD ("about", test_about);
  ADD ("evidence-opens-timeline", test_evidence_opens_timeline);
  ADD ("reload-on-change", test_reload_on_change);
  ADD ("reload-big-keeps-range", test_reload_big_keeps_range);
  ADD ("open-in-running-instance", test_open_in_running_instance);
  ADD ("drop-opens-file", test_drop_opens_file);
  ADD ("hidden-pages-built-when-shown", test_hidden_pages_built_when_shown);
  ADD ("open-invalid-keeps-dossier", test_open_invalid_keeps_dossier);
  ADD ("open-valid-replaces-dossier", test_open_valid_replaces_dossier);

  status = g_test_run ();
  g_clear_object (&application);

  return status;
}
