/* bench-startup.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Start-up: exec → first frame presented (the window's first GdkFrameClock
 * "after-paint"), and the resident size at that moment, for Dealscope with its
 * bundled dossier and for a bare libadwaita window, measured the same way in one
 * run. The programs are spawned alternately, after one untimed run of each (caches).
 * Needs a display: run it under xvfb-run.
 *
 *   bench-startup --bare PATH --dealscope PATH [--reps N] [--after-load FILE]
 *
 * Output (times in ms, sizes in kB):
 *   run      <which>  <rep>  <exec→frame>  <exec→main>  <rss>  <max-gap>
 *   startup  <which>  <n>  <median>  <min>  <max>  <rss-median>  <rss-min>  <rss-max>
 *            <exec→main-median>  <max-gap-median>
 *   openfile <n>  <exec→frame-median>  <min>  <max>  <rss-median>  <rss-max>
 *            <max-gap-median>  <max-gap-max>  <load→frame-median>
 */

#include "config.h"

#include <gio/gio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-util.h"

typedef struct
{
  double frame_ms;   /* exec → first frame */
  double main_ms;    /* exec → main() */
  double rss_kb;
  double gap_ms;     /* longest main-loop gap up to the frame */
  double armed_ms;   /* exec → the file's dossier set (--after-load) */
} Sample;

static Sample
run_once (const char * const *argv)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) fields = NULL;
  const char *line;
  Sample sample = { 0 };
  gint64 start;

  start = bench_now_ns ();
  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  if (process == NULL)
    bench_fail ("%s: %s", argv[0], error->message);
  if (!g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error))
    bench_fail ("%s: %s", argv[0], error->message);

  line = out != NULL ? strstr (out, "probe\t") : NULL;
  if (line == NULL)
    bench_fail ("%s printed no probe line (exit status %d)", argv[0],
                g_subprocess_get_exit_status (process));
  fields = g_strsplit (line, "\t", -1);
  if (g_strv_length (fields) < 6)
    bench_fail ("%s: bad probe line %s", argv[0], line);

  sample.main_ms = (g_ascii_strtoll (fields[1], NULL, 10) - start) / 1e6;
  sample.frame_ms = (g_ascii_strtoll (fields[2], NULL, 10) - start) / 1e6;
  sample.rss_kb = g_ascii_strtod (fields[3], NULL);
  sample.gap_ms = g_ascii_strtod (fields[4], NULL);
  sample.armed_ms = (g_ascii_strtoll (fields[5], NULL, 10) - start) / 1e6;

  return sample;
}

/* Writes field @offset of every sample into @values. */
static double *
column (const Sample *samples,
        guint         n,
        gsize         offset)
{
  double *values = g_new (double, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    values[i] = *(const double *) ((const char *) &samples[i] + offset);

  return values;
}

static void
summarize (const char   *which,
           const Sample *samples,
           guint         n)
{
  g_autofree double *frame = column (samples, n, G_STRUCT_OFFSET (Sample, frame_ms));
  g_autofree double *rss = column (samples, n, G_STRUCT_OFFSET (Sample, rss_kb));
  g_autofree double *main_ms = column (samples, n, G_STRUCT_OFFSET (Sample, main_ms));
  g_autofree double *gap = column (samples, n, G_STRUCT_OFFSET (Sample, gap_ms));

  printf ("startup\t%s\t%u\t%.2f\t%.2f\t%.2f\t%.0f\t%.0f\t%.0f\t%.2f\t%.2f\n", which, n,
          bench_median (frame, n), bench_min (frame, n), bench_max (frame, n),
          bench_median (rss, n), bench_min (rss, n), bench_max (rss, n),
          bench_median (main_ms, n), bench_median (gap, n));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *bare = NULL;
  g_autofree char *dealscope = NULL;
  g_autofree char *after_load = NULL;
  gint reps = 7;
  const GOptionEntry entries[] = {
    { "bare", 0, 0, G_OPTION_ARG_FILENAME, &bare, "The bare-window program", "PATH" },
    { "dealscope", 0, 0, G_OPTION_ARG_FILENAME, &dealscope, "The Dealscope launcher with the probe", "PATH" },
    { "reps", 'r', 0, G_OPTION_ARG_INT, &reps, "Repetitions (default 7)", "N" },
    { "after-load", 0, 0, G_OPTION_ARG_FILENAME, &after_load, "Also open FILE: the frame after it loaded", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree Sample *bare_samples = NULL;
  g_autofree Sample *ds_samples = NULL;
  const char *bare_argv[2];
  const char *ds_argv[2];
  guint n;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || bare == NULL || dealscope == NULL)
    bench_fail ("usage: bench-startup --bare PATH --dealscope PATH [--reps N] [--after-load FILE]");
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    bench_fail ("no display: run under xvfb-run -a");

  n = (guint) MAX (reps, 1);
  bare_samples = g_new0 (Sample, n);
  ds_samples = g_new0 (Sample, n);
  bare_argv[0] = bare;
  ds_argv[0] = dealscope;
  bare_argv[1] = ds_argv[1] = NULL;

  /* Untimed: page cache, fontconfig cache, the X server's first client. */
  run_once (bare_argv);
  run_once (ds_argv);

  for (guint i = 0; i < n; i++)
    {
      /* Alternate who goes first, so that neither always follows the other. */
      if (i % 2 == 0)
        {
          bare_samples[i] = run_once (bare_argv);
          ds_samples[i] = run_once (ds_argv);
        }
      else
        {
          ds_samples[i] = run_once (ds_argv);
          bare_samples[i] = run_once (bare_argv);
        }
      printf ("run\tbare\t%u\t%.2f\t%.2f\t%.0f\t%.2f\n", i, bare_samples[i].frame_ms,
              bare_samples[i].main_ms, bare_samples[i].rss_kb, bare_samples[i].gap_ms);
      printf ("run\tdealscope\t%u\t%.2f\t%.2f\t%.0f\t%.2f\n", i, ds_samples[i].frame_ms,
              ds_samples[i].main_ms, ds_samples[i].rss_kb, ds_samples[i].gap_ms);
      fflush (stdout);
    }

  summarize ("bare", bare_samples, n);
  summarize ("dealscope", ds_samples, n);

  if (after_load != NULL)
    {
      const char *file_argv[] = { dealscope, "--after-load", after_load, NULL };
      guint n_file = MIN (n, 3);
      g_autofree Sample *samples = g_new0 (Sample, n_file);
      g_autofree double *frame = NULL;
      g_autofree double *rss = NULL;
      g_autofree double *gap = NULL;
      g_autofree double *after = g_new (double, n_file);

      for (guint i = 0; i < n_file; i++)
        {
          samples[i] = run_once (file_argv);
          after[i] = samples[i].frame_ms - samples[i].armed_ms;
          printf ("run\topenfile\t%u\t%.2f\t%.2f\t%.0f\t%.2f\n", i, samples[i].frame_ms,
                  samples[i].main_ms, samples[i].rss_kb, samples[i].gap_ms);
        }
      frame = column (samples, n_file, G_STRUCT_OFFSET (Sample, frame_ms));
      rss = column (samples, n_file, G_STRUCT_OFFSET (Sample, rss_kb));
      gap = column (samples, n_file, G_STRUCT_OFFSET (Sample, gap_ms));
      printf ("openfile\t%u\t%.2f\t%.2f\t%.2f\t%.0f\t%.0f\t%.2f\t%.2f\t%.2f\n", n_file,
              bench_median (frame, n_file), bench_min (frame, n_file), bench_max (frame, n_file),
              bench_median (rss, n_file), bench_max (rss, n_file),
              bench_median (gap, n_file), bench_max (gap, n_file), bench_median (after, n_file));
    }

  return 0;
}
