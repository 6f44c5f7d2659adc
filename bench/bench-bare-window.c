/* bench-bare-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The floor for start-up: an AdwApplication showing an empty AdwApplicationWindow
 * (a header bar, nothing else) at Dealscope's default size, with the same first-frame
 * probe as bench-dealscope-probe. Nothing Dealscope does can start faster than this.
 */

#include "config.h"

#include <adwaita.h>

#include "bench-probe.h"

static void
activate_cb (GtkApplication *app,
             gpointer        data)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
  /* Dealscope's default size (src/ds-window.ui). */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  bench_probe_init ();
  app = adw_application_new ("io.github.dealscope.BenchBareWindow", G_APPLICATION_DEFAULT_FLAGS);
  bench_probe_attach (GTK_APPLICATION (app), FALSE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
