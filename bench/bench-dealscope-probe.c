/* bench-dealscope-probe.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dealscope as src/main.c runs it (same locale set-up, application id and flags),
 * with the first-frame probe attached from outside: Dealscope's own code has no
 * benchmark switch.
 *
 *   bench-dealscope-probe                          first frame with the bundled dossier
 *   bench-dealscope-probe --after-load FILE.json   the first frame once FILE has
 *                                                  replaced the bundled dossier
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "bench-probe.h"
#include "ds-application.h"
#include "ds-window.h"

#define BUNDLED_ID "nvidia-openai"

static void
dossier_changed_cb (DsWindow   *window,
                    GParamSpec *pspec,
                    gpointer    data)
{
  DsDossier *dossier = ds_window_get_dossier (window);

  /* The bundled dossier comes first; the file's replaces it once loaded. */
  if (dossier != NULL && !g_str_equal (ds_dossier_get_id (dossier), BUNDLED_ID))
    bench_probe_arm ();
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 gpointer        data)
{
  if (DS_IS_WINDOW (window))
    g_signal_connect (window, "notify::dossier", G_CALLBACK (dossier_changed_cb), NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DsApplication) app = NULL;
  gboolean after_load = FALSE;

  bench_probe_init ();

  if (argc > 1 && strcmp (argv[1], "--after-load") == 0)
    {
      after_load = TRUE;
      memmove (&argv[1], &argv[2], (gsize) (argc - 1) * sizeof (char *));
      argc--;
    }

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ds_application_new (APP_ID, G_APPLICATION_HANDLES_OPEN | G_APPLICATION_HANDLES_COMMAND_LINE);
  bench_probe_attach (GTK_APPLICATION (app), after_load);
  if (after_load)
    g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
