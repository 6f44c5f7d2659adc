/* test-window-files.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window and files: opening, refusing a broken file, reloading after an edit on
 * disk, a second launch, a drop.
 */

#include "ds-test-window.h"

#include "ds-timeline-page.h"

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

  /* An edit on disk shows up on its own, even this one: saved as soon as the first
   * version is shown, before the window watches the file, and maybe within the same
   * clock tick as the first save. */
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

static void
add_tests (void)
{
  DS_TEST_WINDOW_ADD ("reload-on-change", test_reload_on_change);
  DS_TEST_WINDOW_ADD ("reload-big-keeps-range", test_reload_big_keeps_range);
  DS_TEST_WINDOW_ADD ("open-in-running-instance", test_open_in_running_instance);
  DS_TEST_WINDOW_ADD ("drop-opens-file", test_drop_opens_file);
  DS_TEST_WINDOW_ADD ("open-invalid-keeps-dossier", test_open_invalid_keeps_dossier);
  DS_TEST_WINDOW_ADD ("open-valid-replaces-dossier", test_open_valid_replaces_dossier);
}

int
main (int   argc,
      char *argv[])
{
  return ds_test_window_run (&argc, &argv, add_tests);
}
