/* bench-util.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Clocks, memory figures and small statistics shared by the benchmark programs.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* CLOCK_MONOTONIC in nanoseconds: the same clock in every process, so that a time
 * taken by a parent before exec and one printed by its child can be subtracted. */
gint64   bench_now_ns      (void);
double   bench_ms_since    (gint64        start_ns);
/* VmRSS of this process, from /proc/self/status (kB); -1 if unknown. */
glong    bench_vmrss_kb    (void);
/* Peak resident set size of this process (getrusage ru_maxrss, kB). */
glong    bench_maxrss_kb   (void);

/* Sorts @values in place. */
double   bench_median      (double       *values,
                            guint         n);
double   bench_min         (const double *values,
                            guint         n);
double   bench_max         (const double *values,
                            guint         n);

/* Aborts with a message: benchmarks have no error recovery to offer. */
G_NORETURN void bench_fail (const char   *format,
                            ...) G_GNUC_PRINTF (1, 2);

G_END_DECLS
