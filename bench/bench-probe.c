/* bench-probe.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include "bench-probe.h"
#include "bench-util.h"

static struct
{
  gint64   main_ns;
  gint64   armed_ns;
  gboolean wait;
  gboolean armed;
  gboolean first_frame_seen;
  gint64   last_tick;
  gint64   max_gap;
} probe;

static gboolean
tick_cb (gpointer data)
{
  gint64 now = bench_now_ns ();

  if (probe.last_tick != 0)
    probe.max_gap = MAX (probe.max_gap, now - probe.last_tick);
  probe.last_tick = now;

  return G_SOURCE_CONTINUE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  gint64 now = bench_now_ns ();

  if (probe.wait && !probe.armed)
    {
      /* Waiting for a load: its gaps count from the window's first frame, so that
       * the start-up's own (measured by the plain probe) are not counted twice. */
      if (!probe.first_frame_seen)
        {
          probe.first_frame_seen = TRUE;
          probe.max_gap = 0;
          probe.last_tick = now;
        }
      return;
    }

  tick_cb (NULL);
  printf ("probe\t%" G_GINT64_FORMAT "\t%" G_GINT64_FORMAT "\t%ld\t%.3f\t%" G_GINT64_FORMAT "\n",
          probe.main_ns, now, bench_vmrss_kb (), probe.max_gap / 1e6, probe.armed_ns);
  fflush (stdout);
  /* Nothing after the first frame is measured: skip the teardown. */
  _exit (0);
}

static void
realize_cb (GtkWidget *window,
            gpointer   data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 gpointer        data)
{
  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    realize_cb (GTK_WIDGET (window), NULL);
  else
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
}

void
bench_probe_init (void)
{
  probe.main_ns = bench_now_ns ();
}

void
bench_probe_attach (GtkApplication *app,
                    gboolean        wait)
{
  probe.wait = wait;
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);
  /* How long the main loop goes without turning, up to the reported frame. */
  g_timeout_add (1, tick_cb, NULL);
}

void
bench_probe_arm (void)
{
  if (probe.armed)
    return;
  probe.armed = TRUE;
  probe.armed_ns = bench_now_ns ();
}
