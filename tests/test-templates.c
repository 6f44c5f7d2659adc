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
  g_auto(GStrv) children = NULL;
  guint n_checked = 0;

  /* Templates are checked by instantiating their class above; plain builder files here. */
  children = g_resources_enumerate_children (RESOURCE_BASE_PATH "/gtk/", 0, NULL);
  g_assert_nonnull (children);
  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autofree char *path = g_strconcat (RESOURCE_BASE_PATH "/gtk/", children[i], NULL);
      g_autoptr(GtkBuilder) builder = NULL;
      GSList *objects;

      if (!g_str_has_suffix (path, ".ui"))
        continue;

      builder = gtk_builder_new_from_resource (path);
      objects = gtk_builder_get_objects (builder);
      g_assert_nonnull (objects);
      for (GSList *l = objects; l; l = l->next)
        if (GTK_IS_WINDOW (l->data))
          gtk_window_destroy (l->data);
      g_slist_free (objects);
      n_checked++;
    }

  g_assert_cmpuint (n_checked, >=, 1);
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
