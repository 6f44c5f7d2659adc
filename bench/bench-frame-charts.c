/* bench-frame-charts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The charts half of bench-frame: every chart ds_charts_from_dossier() builds, drawn
 * at 1920×1080 on an image surface.
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
/* valgrind's client requests when its headers are there; without them the --callgrind
 * frames are ordinary frames (Debian 13 images, for one, have no valgrind). */
#if defined(__has_include)
# if __has_include(<valgrind/callgrind.h>)
#  include <valgrind/callgrind.h>
#  define DS_HAVE_CALLGRIND 1
# endif
#endif
#ifndef DS_HAVE_CALLGRIND
# define CALLGRIND_START_INSTRUMENTATION
# define CALLGRIND_ZERO_STATS
# define CALLGRIND_TOGGLE_COLLECT
# define CALLGRIND_DUMP_STATS_AT(name) (void)(name)
# define CALLGRIND_STOP_INSTRUMENTATION
#endif

#include "bench-frame.h"
#include "bench-synth.h"
#include "bench-util.h"
#include "ds-chart.h"

void
bench_cg_begin (void)
{
  CALLGRIND_START_INSTRUMENTATION;
  CALLGRIND_ZERO_STATS;
  CALLGRIND_TOGGLE_COLLECT;
}

void
bench_cg_end (const char *name)
{
  CALLGRIND_TOGGLE_COLLECT;
  CALLGRIND_DUMP_STATS_AT (name);
  CALLGRIND_STOP_INSTRUMENTATION;
}

guint
bench_frame_repeat (const BenchFrameOptions *options,
                    double                  *times,
                    double                 (*frame) (gpointer data),
                    gpointer                 data)
{
  double total = 0;
  guint r;

  for (r = 0; r < options->reps; r++)
    {
      times[r] = frame (data);
      total += times[r];
      if (total > 2000 && r >= 2)
        return r + 1;
    }

  return r;
}

typedef struct
{
  DsChart                 *chart;
  cairo_surface_t         *surface;
  const DsChartDrawParams *params;
} ChartFrame;

DsDossier *
bench_series_dossier (guint   n_series,
                      guint   n_points,
                      guint64 seed)
{
  g_autoptr(DsText) title = ds_text_new_plain ("Synthetic series");
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  DsDossier *dossier = ds_dossier_new ("dealscope/1", "bench-series", title);
  BenchRng rng;

  bench_rng_init (&rng, seed);

  for (guint s = 0; s < n_series; s++)
    {
      g_autoptr(GArray) points = g_array_sized_new (FALSE, TRUE, sizeof (DsPoint), n_points);
      g_autoptr(DsText) series_title = NULL;
      g_autofree char *id = g_strdup_printf ("s%u", s + 1);
      g_autofree char *name = NULL;
      BenchSeriesGen gen;
      DsSeries *series;

      g_array_set_clear_func (points, (GDestroyNotify) ds_point_clear);
      bench_series_gen_init (&gen, &rng, s, n_points);
      name = g_strdup_printf ("%s %s", bench_actors[s % 14].name, ds_metric_to_nick (gen.metric));
      series_title = ds_text_new_plain (name);

      for (guint i = 0; i < n_points; i++)
        {
          BenchPoint spec;
          DsPoint point = { 0 };
          /* The loader applies the scale: values are in units. */
          double multiplier = g_str_equal (gen.scale, "B") ? 1e9 : 1;

          bench_series_gen_point (&gen, &rng, i, &spec);
          bench_make_date (spec.day, spec.precision, &point.date);
          point.value = spec.value * multiplier;
          point.low = isnan (spec.low) ? NAN : spec.low * multiplier;
          point.high = isnan (spec.high) ? NAN : spec.high * multiplier;
          point.status = spec.status;
          point.source = spec.has_source ? g_strdup ("Reuters, 2021-03") : NULL;
          g_array_append_val (points, point);
        }

      series = ds_series_new (id, series_title, gen.metric, gen.unit, gen.currency,
                              g_steal_pointer (&points));
      ds_series_set_actor (series, bench_actors[s % 14].id);
      g_ptr_array_add (items, series);
    }

  ds_dossier_set_list (dossier, DS_TYPE_SERIES, items);

  return dossier;
}

static double
render_chart (DsChart                 *chart,
              cairo_surface_t         *surface,
              const DsChartDrawParams *params)
{
  gint64 start = bench_now_ns ();
  cairo_t *cr = cairo_create (surface);

  ds_chart_render (chart, cr, params);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return bench_ms_since (start);
}

static double
render_chart_cb (gpointer data)
{
  ChartFrame *frame = data;

  return render_chart (frame->chart, frame->surface, frame->params);
}

void
bench_frame_charts (DsDossier               *dossier,
                    const char              *size,
                    cairo_surface_t         *surface,
                    const BenchFrameOptions *options)
{
  g_autoptr(GPtrArray) charts = NULL;
  g_autofree double *times = g_new (double, MAX (options->reps, 1));
  DsChartDrawParams params;
  double prep;
  gint64 start;

  ds_chart_draw_params_init (&params, BENCH_FRAME_WIDTH, BENCH_FRAME_HEIGHT);

  start = bench_now_ns ();
  charts = ds_charts_from_dossier (dossier);
  prep = bench_ms_since (start);

  for (guint c = 0; c < charts->len; c++)
    {
      DsChart *chart = g_ptr_array_index (charts, c);
      guint n_points = 0;
      double first;
      guint reps;

      for (guint s = 0; s < ds_chart_get_n_series (chart); s++)
        n_points = MAX (n_points, ds_chart_get_n_points (chart, s));

      first = render_chart (chart, surface, &params);

      if (options->callgrind)
        {
          g_autofree char *name = g_strdup_printf ("chart-%s-%s", ds_chart_get_id (chart), size);

          bench_cg_begin ();
          render_chart (chart, surface, &params);
          bench_cg_end (name);
          continue;
        }

      reps = bench_frame_repeat (options, times, render_chart_cb,
                                 &(ChartFrame) { chart, surface, &params });
      printf ("frame\tchart-%s\t%s\t%u\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\n",
              ds_chart_get_id (chart), size, n_points, prep, first,
              bench_median (times, reps), bench_min (times, reps), bench_max (times, reps));
      fflush (stdout);
    }
}
