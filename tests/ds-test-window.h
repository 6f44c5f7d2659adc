/* ds-test-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real application and a fresh window for each test, shared by the window tests.
 */

#pragma once

#include "ds-test-ui.h"

#include "ds-application.h"
#include "ds-window.h"

static DsApplication *application;

typedef struct
{
  DsApplication *app;
  DsWindow *window;
  gboolean painted;
} Fixture;

static inline void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static inline void
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

static inline void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->app);
}

static inline gboolean
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

static inline gboolean
title_is (gpointer data)
{
  TitleWait *wait = data;
  DsDossier *dossier = ds_window_get_dossier (wait->window);

  return dossier != NULL && g_strcmp0 (ds_dossier_get_title (dossier), wait->title) == 0;
}

static inline void
notify_dossier_cb (DsWindow   *window,
                   GParamSpec *pspec,
                   gboolean   *changed)
{
  *changed = TRUE;
}

static inline void
wait_for_load (Fixture *fixture)
{
  GtkWidget *progress = ds_test_find_widget (GTK_WIDGET (fixture->window), GTK_TYPE_REVEALER, NULL);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  g_assert_nonnull (progress);
  while (gtk_revealer_get_reveal_child (GTK_REVEALER (progress)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (progress)));
}

static inline gboolean
weak_ref_is_empty (gpointer data)
{
  g_autoptr(GObject) object = g_weak_ref_get (data);

  return object == NULL;
}

/* Registers the application once for the process, then runs the tests @add_tests adds. */
static inline int
ds_test_window_run (int    *argc,
                    char ***argv,
                    void  (*add_tests) (void))
{
  g_autoptr(GError) error = NULL;
  int status;

  ds_test_ui_init (argc, argv);

  application = ds_application_new (APP_ID, G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN |
                                   G_APPLICATION_HANDLES_COMMAND_LINE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  add_tests ();
  status = g_test_run ();
  g_clear_object (&application);

  return status;
}

#define DS_TEST_WINDOW_ADD(path, func) \
  g_test_add ("/dealscope/window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
