/* bench-probe.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first-frame probe shared by bench-bare-window and bench-dealscope-probe, so
 * that both are measured the same way. Attached from outside the application: when
 * its "window-added" signal fires, the probe connects to the window's GdkFrameClock
 * "after-paint"; on the first one (or the first after bench_probe_arm() when waiting
 * for a load) it prints
 *
 *   probe <main-ns> <first-frame-ns> <rss-kB> <max-main-loop-gap-ms> <armed-ns>
 *
 * (CLOCK_MONOTONIC; VmRSS from /proc/self/status) and exits at once. When waiting for
 * a load, the longest gap counts from the window's first frame: the load and the
 * hand-over of the file's dossier, not the start-up.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Call first thing in main(): records when main() started. */
void bench_probe_init   (void);
/* @wait: report the first frame after bench_probe_arm(), not the first frame. */
void bench_probe_attach (GtkApplication *app,
                         gboolean        wait);
void bench_probe_arm    (void);

G_END_DECLS
