/* test-templates.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * .ui files are only checked when built: a widget that libadwaita 1.2 lacks fails
 * here, not in a user's hands.
 */

#include "ds-test-ui.h"

#include "ds-window.h"

static void
test_window_template (void)
{
  GtkWidget *window = g_object_new (DS_TYPE_WINDOW, NULL);

  g_assert_true (DS_IS_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_every_ui_resource (void)
{
  /* Templates are checked by instantiating their class above; plain builder files here. */
  static const char * const builder_files[] = { "ds-shortcuts.ui" };

  for (guint i = 0; i < G_N_ELEMENTS (builder_files); i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_BASE_PATH "/", builder_files[i], NULL);
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (path);
      GSList *objects = gtk_builder_get_objects (builder);

      g_assert_nonnull (objects);
      for (GSList *l = objects; l; l = l->next)
        if (GTK_IS_WINDOW (l->data))
          gtk_window_destroy (l->data);
      g_slist_free (objects);
    }
}

int
main (int   argc,
      char *argv[])
{
  ds_test_ui_init (&argc, &argv);

  g_test_add_func ("/dealscope/templates/window", test_window_template);
  g_test_add_func ("/dealscope/templates/builder-files", test_every_ui_resource);

  return g_test_run ();
}
