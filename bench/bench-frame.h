/* bench-frame.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the two halves of bench-frame: the timeline, filtering and loading
 * (bench-frame.c) and the charts (bench-frame-charts.c).
 */

#pragma once

#include <cairo.h>

#include "ds-dossier.h"

G_BEGIN_DECLS

#define BENCH_FRAME_WIDTH  1920
#define BENCH_FRAME_HEIGHT 1080

typedef struct
{
  guint    reps;        /* frames timed after the first */
  gboolean callgrind;   /* one collected frame per renderer, no timing */
} BenchFrameOptions;

/* Runs @frame up to options->reps times into @times (ms), but stops after about two
 * seconds once three frames are in: a 1M-bar frame can take seconds. Returns how many
 * ran. */
guint      bench_frame_repeat       (const BenchFrameOptions *options,
                                     double                  *times,
                                     double                 (*frame) (gpointer data),
                                     gpointer                 data);

/* Callgrind sections: instrumentation and collection run between these only, and
 * each section is dumped under its own name (no-ops outside valgrind). */
void       bench_cg_begin           (void);
void       bench_cg_end             (const char              *name);

/* A dossier whose series are @n_series synthetic series of @n_points points each
 * (metrics in bench_series_metric() order), built in memory: a 1M-point series of
 * every chart would not fit in a 64 MiB file. */
DsDossier *bench_series_dossier     (guint                    n_series,
                                     guint                    n_points,
                                     guint64                  seed);
/* Times every chart of @dossier: preparation (ds_charts_from_dossier), the first
 * frame (level of detail computed) and the following ones. Prints "frame" lines with
 * @size as the size column. */
void       bench_frame_charts       (DsDossier               *dossier,
                                     const char              *size,
                                     cairo_surface_t         *surface,
                                     const BenchFrameOptions *options);

G_END_DECLS
