/* bench-frame.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a frame costs without a display: the timeline renderer and every chart drawn
 * at 1920×1080 on an ARGB32 image surface, after their one-time preparation, which is
 * timed too; filtering events by a search term; and how long the main loop is blocked
 * while a big file loads asynchronously.
 *
 *   bench-frame [--reps R] [--events FILE|bundled]… [--points P]… [--filter FILE]
 *               [--async FILE] [--memory FILE|bundled] [--callgrind]
 *
 * Output, one tab-separated line per figure (times in ms):
 *   frame  <renderer>  <size>  <n>  <prep>  <first>  <median>  <min>  <max>
 *   filter <n-events>  <term>  <prep>  <median>  <min>  <max>  <matches>
 *   filter-each  <n-events>  <term>  <median>  <min>  <max>  <matches>
 *   filter-prep  <n-events>  <main-thread>  <until-ready>
 *   async  <n-events>  <total>  <max-gap>  <ticks>  <apply>  <free>
 *   async-query  <n-events>  <until-ready>  <max-gap>
 *   memory <what>  <n-events>  <rss-kB>  <peak-kB>  <rss-after-malloc_trim-kB>
 *
 * "filter" times what the views read after a change (ds_event_query_get_matches, one
 * byte per event), "filter-each" ds_event_query_matches on every event; its <prep> is
 * the time until the query's search haystacks are ready, built in a worker thread for
 * big dossiers; "filter-prep" splits it into what ds_event_query_new takes on the
 * calling thread and the total. "async-query" is the wait for those haystacks after the
 * asynchronous load, and the longest main-loop gap meanwhile.
 *
 * --callgrind renders one frame of each renderer with instrumentation and collection
 * on for that frame only (run it under valgrind --tool=callgrind --instr-atstart=no
 * --collect-atstart=no); each frame is dumped under its own name.
 */

#include "config.h"

#include <malloc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "bench-frame.h"
#include "bench-util.h"
#include "ds-chart.h"
#include "ds-dossier-loader.h"
#include "ds-event-query.h"
#include "ds-timeline-renderer.h"

#define BUNDLED RESOURCE_BASE_PATH "/dossiers/nvidia-openai.json"

static const char * const filter_terms[] = { "data centre", "nvidia", "zzzz" };

/* --- Loading ------------------------------------------------------------------------ */

static DsDossier *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  DsDossier *dossier;

  if (g_str_equal (path, "bundled"))
    {
      dossier = ds_dossier_load_resource (BUNDLED, &problems, &error);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      dossier = ds_dossier_load_file (file, &problems, NULL, &error);
    }

  if (dossier == NULL)
    bench_fail ("%s: %s", path, error->message);
  /* The loader frees its JSON tree on another thread: not while frames are timed. */
  ds_dossier_loader_wait_for_releases ();

  return dossier;
}

static guint
n_events (DsDossier *dossier)
{
  return g_list_model_get_n_items (ds_dossier_get_events (dossier));
}

static double
today (void)
{
  return (double) ds_date_days_from_civil (2026, 6, 8);
}

/* --- Timeline ------------------------------------------------------------------------- */

/* What the view shows after opening a dossier: the extent with a margin. */
static void
fit_range (DsTimelineLayout *layout,
           double           *first_day,
           double           *last_day)
{
  double first;
  double last;

  if (!ds_timeline_layout_get_extent (layout, &first, &last))
    {
      first = 0;
      last = 365;
    }
  *first_day = first - MAX ((last - first) * 0.04, 15);
  *last_day = last + MAX ((last - first) * 0.04, 15);
}

static double
render_timeline (DsTimelineLayout           *layout,
                 cairo_surface_t            *surface,
                 const DsTimelineDrawParams *params,
                 GArray                     *marks)
{
  gint64 start = bench_now_ns ();
  cairo_t *cr = cairo_create (surface);

  ds_timeline_render (layout, cr, params, marks);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return bench_ms_since (start);
}

typedef struct
{
  DsTimelineLayout           *layout;
  cairo_surface_t            *surface;
  const DsTimelineDrawParams *params;
  GArray                     *marks;
} TimelineFrame;

static double
render_timeline_cb (gpointer data)
{
  TimelineFrame *frame = data;

  return render_timeline (frame->layout, frame->surface, frame->params, frame->marks);
}

static void
bench_timeline (DsDossier               *dossier,
                const char              *size,
                cairo_surface_t         *surface,
                const BenchFrameOptions *options)
{
  static const struct { DsLaneMode mode; const char *name; } modes[] = {
    { DS_LANES_SINGLE, "single" },
    { DS_LANES_ACTOR, "actor" },
  };
  g_autofree double *times = g_new (double, MAX (options->reps, 1));
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (DsTimelineMark));
  guint n = n_events (dossier);

  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      DsTimelineLayout *layout;
      double prep;
      double first_day;
      double last_day;
      gint64 start;

      start = bench_now_ns ();
      layout = ds_timeline_layout_new (dossier, modes[m].mode);
      prep = bench_ms_since (start);
      fit_range (layout, &first_day, &last_day);

      /* The whole story (what opening shows), then one year in its middle. */
      for (guint v = 0; v < 2; v++)
        {
          DsTimelineDrawParams params;
          double middle = (first_day + last_day) / 2;
          const char *view = v == 0 ? "fit" : "year";
          double first;
          guint reps;

          ds_timeline_draw_params_init (&params, BENCH_FRAME_WIDTH, BENCH_FRAME_HEIGHT);
          params.scale.first_day = v == 0 ? first_day : middle - 182.5;
          params.scale.last_day = v == 0 ? last_day : middle + 182.5;
          params.today_day = today ();

          first = render_timeline (layout, surface, &params, marks);

          if (options->callgrind)
            {
              g_autofree char *name = g_strdup_printf ("timeline-%s-%s-%u", modes[m].name, view, n);

              bench_cg_begin ();
              render_timeline (layout, surface, &params, marks);
              bench_cg_end (name);
              continue;
            }

          reps = bench_frame_repeat (options, times, render_timeline_cb,
                                     &(TimelineFrame) { layout, surface, &params, marks });
          printf ("frame\ttimeline-%s-%s\t%s\t%u\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\n",
                  modes[m].name, view, size, n, prep, first,
                  bench_median (times, reps), bench_min (times, reps), bench_max (times, reps));
          fflush (stdout);
        }

      if (options->callgrind && m == 0)
        {
          g_autofree char *name = g_strdup_printf ("timeline-layout-%u", n);
          DsTimelineLayout *again;

          bench_cg_begin ();
          again = ds_timeline_layout_new (dossier, modes[m].mode);
          bench_cg_end (name);
          ds_timeline_layout_free (again);
        }

      ds_timeline_layout_free (layout);
    }
}

/* --- Filtering ------------------------------------------------------------------------ */

static void
wait_until_ready (DsEventQuery *query)
{
  while (!ds_event_query_is_ready (query))
    g_main_context_iteration (NULL, TRUE);
}

static guint
filter_all (DsEventQuery *query)
{
  const guint8 *matches = ds_event_query_get_matches (query);
  guint n = ds_event_query_get_n_events (query);
  guint count = 0;

  for (guint i = 0; i < n; i++)
    count += matches[i];

  return count;
}

static guint
filter_each (DsEventQuery *query,
             GListModel   *events)
{
  guint n = g_list_model_get_n_items (events);
  guint matches = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsEvent) event = g_list_model_get_item (events, i);

      matches += ds_event_query_matches (query, event);
    }

  return matches;
}

static void
bench_filter (const char              *path,
              const BenchFrameOptions *options)
{
  g_autoptr(DsDossier) dossier = load (path);
  GListModel *events = ds_dossier_get_events (dossier);
  g_autoptr(DsEventQuery) query = NULL;
  g_autofree double *times = g_new (double, MAX (options->reps, 1));
  double prep, prep_main;
  gint64 start;

  start = bench_now_ns ();
  query = ds_event_query_new (dossier);
  prep_main = bench_ms_since (start);
  wait_until_ready (query);
  prep = bench_ms_since (start);
  printf ("filter-prep\t%u\t%.3f\t%.3f\n", n_events (dossier), prep_main, prep);

  for (guint t = 0; t < G_N_ELEMENTS (filter_terms); t++)
    {
      guint matches = 0;

      if (options->callgrind)
        {
          g_autofree char *name = g_strdup_printf ("filter-%u", n_events (dossier));

          if (t > 0)
            break;
          bench_cg_begin ();
          ds_event_query_set_text (query, filter_terms[t]);
          filter_all (query);
          bench_cg_end (name);
          ds_event_query_set_text (query, "");
          continue;
        }

      for (guint r = 0; r < options->reps; r++)
        {
          /* From no text to the term, as when typing it in one go. */
          ds_event_query_set_text (query, "");
          start = bench_now_ns ();
          ds_event_query_set_text (query, filter_terms[t]);
          matches = filter_all (query);
          times[r] = bench_ms_since (start);
        }

      printf ("filter\t%u\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%u\n",
              n_events (dossier), filter_terms[t], prep,
              bench_median (times, options->reps), bench_min (times, options->reps),
              bench_max (times, options->reps), matches);

      for (guint r = 0; r < options->reps; r++)
        {
          ds_event_query_set_text (query, "");
          start = bench_now_ns ();
          ds_event_query_set_text (query, filter_terms[t]);
          matches = filter_each (query, events);
          times[r] = bench_ms_since (start);
        }

      printf ("filter-each\t%u\t%s\t%.3f\t%.3f\t%.3f\t%u\n",
              n_events (dossier), filter_terms[t],
              bench_median (times, options->reps), bench_min (times, options->reps),
              bench_max (times, options->reps), matches);
      fflush (stdout);
    }
}

/* --- Loading without blocking ------------------------------------------------------------ */

typedef struct
{
  GMainLoop *loop;
  DsDossier *dossier;
  GError    *error;
  gint64     last_tick;
  gint64     max_gap;
  guint      ticks;
} AsyncRun;

static gboolean
tick_cb (gpointer data)
{
  AsyncRun *run = data;
  gint64 now = bench_now_ns ();

  run->max_gap = MAX (run->max_gap, now - run->last_tick);
  run->last_tick = now;
  run->ticks++;

  return G_SOURCE_CONTINUE;
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      data)
{
  AsyncRun *run = data;

  run->dossier = ds_dossier_load_file_finish (result, NULL, &run->error);
  g_main_loop_quit (run->loop);
}

static void
progress_cb (double   fraction,
             gpointer data)
{
}

static void
bench_async (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncRun run = { loop, NULL, NULL, 0, 0, 0 };
  g_autoptr(DsEventQuery) query = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  DsTimelineLayout *layout;
  double total;
  double apply;
  double free_ms;
  gint64 load_gap;
  guint source;
  guint n;
  gint64 start;

  start = run.last_tick = bench_now_ns ();
  source = g_timeout_add (1, tick_cb, &run);
  ds_dossier_load_file_async (file, NULL, progress_cb, NULL, NULL, loaded_cb, &run);
  g_main_loop_run (loop);
  total = bench_ms_since (start);
  /* The gap that ends with the load's own callback counts too. */
  tick_cb (&run);
  g_source_remove (source);

  if (run.dossier == NULL)
    bench_fail ("%s: %s", path, run.error->message);
  n = n_events (run.dossier);

  /* What a window does next on the main thread: the query's haystacks, the timeline's
   * layout and the charts; then dropping it all, as when another dossier replaces it. */
  start = bench_now_ns ();
  query = ds_event_query_new (run.dossier);
  layout = ds_timeline_layout_new (run.dossier, DS_LANES_SINGLE);
  charts = ds_charts_from_dossier (run.dossier);
  apply = bench_ms_since (start);

  /* The query's haystacks arrive from a worker: the main loop stays free meanwhile. */
  load_gap = run.max_gap;
  start = run.last_tick = bench_now_ns ();
  run.max_gap = 0;
  source = g_timeout_add (1, tick_cb, &run);
  wait_until_ready (query);
  tick_cb (&run);
  g_source_remove (source);
  printf ("async-query\t%u\t%.3f\t%.3f\n", n, bench_ms_since (start), run.max_gap / 1e6);

  start = bench_now_ns ();
  g_clear_pointer (&charts, g_ptr_array_unref);
  ds_timeline_layout_free (layout);
  g_clear_object (&query);
  g_clear_object (&run.dossier);
  free_ms = bench_ms_since (start);

  printf ("async\t%u\t%.3f\t%.3f\t%u\t%.3f\t%.3f\n",
          n, total, load_gap / 1e6, run.ticks, apply, free_ms);
  fflush (stdout);
}

/* --- Memory --------------------------------------------------------------------------- */

/* The loaded model, its timeline layout, query and charts, and one rendered frame of
 * each: what a window holds, without the window. */
static void
bench_memory (const char      *path,
              cairo_surface_t *surface)
{
  g_autoptr(DsDossier) dossier = load (path);
  g_autoptr(DsEventQuery) query = ds_event_query_new (dossier);
  g_autoptr(GPtrArray) charts = ds_charts_from_dossier (dossier);
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (DsTimelineMark));
  DsTimelineLayout *layout = ds_timeline_layout_new (dossier, DS_LANES_SINGLE);
  DsTimelineDrawParams params;
  DsChartDrawParams chart_params;
  glong rss;

  ds_timeline_draw_params_init (&params, BENCH_FRAME_WIDTH, BENCH_FRAME_HEIGHT);
  fit_range (layout, &params.scale.first_day, &params.scale.last_day);
  params.today_day = today ();
  render_timeline (layout, surface, &params, marks);

  ds_chart_draw_params_init (&chart_params, BENCH_FRAME_WIDTH, BENCH_FRAME_HEIGHT);
  for (guint c = 0; c < charts->len; c++)
    {
      cairo_t *cr = cairo_create (surface);

      ds_chart_render (g_ptr_array_index (charts, c), cr, &chart_params);
      cairo_destroy (cr);
    }

  rss = bench_vmrss_kb ();
  /* What is live, without the heap malloc keeps from the load's JSON tree. */
  malloc_trim (0);
  printf ("memory\t%s\t%u\t%ld\t%ld\t%ld\n", g_str_equal (path, "bundled") ? "bundled" : "file",
          n_events (dossier), rss, bench_maxrss_kb (), bench_vmrss_kb ());
  fflush (stdout);
  ds_timeline_layout_free (layout);
}

/* --- Main ----------------------------------------------------------------------------- */

/* Fonts, fontconfig's cache and Pango's shaping tables load on the first text drawn:
 * a one-time cost of the process that no frame below should carry. */
static void
warm_up (cairo_surface_t *surface)
{
  g_autoptr(DsDossier) dossier = load ("bundled");
  g_autoptr(GPtrArray) charts = ds_charts_from_dossier (dossier);
  DsTimelineLayout *layout = ds_timeline_layout_new (dossier, DS_LANES_SINGLE);
  DsTimelineDrawParams params;
  DsChartDrawParams chart_params;

  ds_timeline_draw_params_init (&params, BENCH_FRAME_WIDTH, BENCH_FRAME_HEIGHT);
  fit_range (layout, &params.scale.first_day, &params.scale.last_day);
  render_timeline (layout, surface, &params, NULL);
  ds_timeline_layout_free (layout);

  ds_chart_draw_params_init (&chart_params, BENCH_FRAME_WIDTH, BENCH_FRAME_HEIGHT);
  for (guint c = 0; c < charts->len; c++)
    {
      cairo_t *cr = cairo_create (surface);

      ds_chart_render (g_ptr_array_index (charts, c), cr, &chart_params);
      cairo_destroy (cr);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) events = NULL;
  g_auto(GStrv) points = NULL;
  g_autofree char *filter = NULL;
  g_autofree char *async = NULL;
  g_autofree char *memory = NULL;
  gint reps = 15;
  gint n_series = 6;
  gboolean callgrind = FALSE;
  const GOptionEntry entries[] = {
    { "reps", 'r', 0, G_OPTION_ARG_INT, &reps, "Frames timed after the first (default 15)", "R" },
    { "events", 'e', 0, G_OPTION_ARG_FILENAME_ARRAY, &events, "Time the timeline on this dossier (or \"bundled\")", "FILE" },
    { "points", 'p', 0, G_OPTION_ARG_STRING_ARRAY, &points, "Time every chart with series of P points", "P" },
    { "series", 's', 0, G_OPTION_ARG_INT, &n_series, "Series for --points (default 6: one per chart)", "S" },
    { "filter", 'f', 0, G_OPTION_ARG_FILENAME, &filter, "Time filtering this dossier's events", "FILE" },
    { "async", 'a', 0, G_OPTION_ARG_FILENAME, &async, "Longest main-loop gap while this file loads", "FILE" },
    { "memory", 'm', 0, G_OPTION_ARG_FILENAME, &memory, "Resident size with this dossier loaded and drawn", "FILE" },
    { "callgrind", 0, 0, G_OPTION_ARG_NONE, &callgrind, "One collected frame per renderer, for valgrind --tool=callgrind", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  BenchFrameOptions options;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    bench_fail ("%s", error->message);

  options.reps = callgrind ? 0 : (guint) MAX (reps, 1);
  options.callgrind = callgrind;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, BENCH_FRAME_WIDTH, BENCH_FRAME_HEIGHT);

  /* Memory first, in a process that has done nothing else. */
  if (memory != NULL)
    {
      bench_memory (memory, surface);
      cairo_surface_destroy (surface);
      return 0;
    }

  warm_up (surface);

  for (guint i = 0; events != NULL && events[i] != NULL; i++)
    {
      g_autoptr(DsDossier) dossier = load (events[i]);

      g_autofree char *size = g_str_equal (events[i], "bundled")
                              ? g_strdup ("bundled")
                              : g_strdup_printf ("%u", n_events (dossier));

      bench_timeline (dossier, size, surface, &options);
      if (g_str_equal (events[i], "bundled"))
        bench_frame_charts (dossier, "bundled", surface, &options);
    }

  for (guint i = 0; points != NULL && points[i] != NULL; i++)
    {
      guint64 n_points = g_ascii_strtoull (points[i], NULL, 10);
      g_autoptr(DsDossier) dossier = bench_series_dossier ((guint) n_series, (guint) n_points, 1);

      bench_frame_charts (dossier, points[i], surface, &options);
    }

  if (filter != NULL)
    bench_filter (filter, &options);

  if (async != NULL && !callgrind)
    bench_async (async);

  cairo_surface_destroy (surface);

  return 0;
}
