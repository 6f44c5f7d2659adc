/* ds-test-ui.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers shared by the tests that need a display.
 */

#pragma once

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <locale.h>

#include "config.h"

#include "ds-status-badge.h"

/* Same set-up as main(): the build tree's catalogue when the test environment names it. */
static inline void
ds_test_ui_init (int    *argc,
                 char ***argv)
{
  const char *localedir = g_getenv ("DS_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

static inline gboolean
ds_test_is_french (void)
{
  return g_strcmp0 (g_getenv ("DS_TEST_FRENCH"), "1") == 0;
}

static inline void
ds_test_wait_until (gboolean *flag,
                    guint     timeout_seconds)
{
  gint64 deadline = g_get_monotonic_time () + timeout_seconds * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);

  g_assert_true (*flag);
}

/* Lets the main loop run dry @rounds times, 2 ms apart: time for frames and idles. */
static inline void
ds_test_iterate (guint rounds)
{
  for (guint i = 0; i < rounds; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (i + 1 < rounds)
        g_usleep (2000);
    }
}

/* Depth-first search for a descendant of @type; with @text, a label showing it. */
static inline GtkWidget *
ds_test_find_widget (GtkWidget  *root,
                     GType       type,
                     const char *text)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (text == NULL || (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ds_test_find_widget (child, type, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A visible status pill showing @status. */
static inline gboolean
ds_test_find_status_badge (GtkWidget *root,
                           DsStatus   status)
{
  if (DS_IS_STATUS_BADGE (root) && gtk_widget_is_visible (root))
    return ds_status_badge_get_status (DS_STATUS_BADGE (root)) == status;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (ds_test_find_status_badge (child, status))
      return TRUE;

  return FALSE;
}

static inline GtkLabel *
ds_test_find_label_containing (GtkWidget  *root,
                               const char *needle)
{
  if (GTK_IS_LABEL (root) && gtk_widget_is_visible (root) &&
      strstr (gtk_label_get_text (GTK_LABEL (root)), needle) != NULL)
    return GTK_LABEL (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = ds_test_find_label_containing (child, needle);

      if (found != NULL)
        return found;
    }

  return NULL;
}
