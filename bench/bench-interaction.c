/* bench-interaction.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Time per frame while zooming and panning the timeline, scripted: 40 frames zooming
 * in around the middle (×1.12 a frame, from the whole story to about two months), 40
 * frames panning (2 % of the view a frame), 40 frames zooming back out.
 *
 *   bench-interaction --events FILE [--lanes single|actor] [--widget] [--verbose]
 *
 * Without --widget: no display; each frame is ds_timeline_render() on a 1920×1080
 * image surface with the next DsTimeScale of the script.
 * With --widget (needs a display: xvfb-run): a real DsTimelineView filling a
 * 1920×1080 window; a tick callback applies the next range with
 * ds_timeline_view_set_range(), and the frame's cost is the time from that tick to
 * the frame clock's "after-paint" (update, layout, snapshot, GSK cairo rendering).
 *
 * Output (ms): interaction <what> <n-events> <frames> <median> <p95> <max> <over-16ms>
 *              [<interval-median> <interval-max>]
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdio.h>

#include "bench-util.h"
#include "ds-dossier-loader.h"
#include "ds-timeline-renderer.h"
#include "ds-timeline-view.h"

#define WIDTH     1920
#define HEIGHT    1080
#define N_ZOOM    40
#define N_PAN     40
#define N_FRAMES  (N_ZOOM * 2 + N_PAN)
#define ZOOM_STEP 1.12
#define PAN_STEP  0.02

/* The range of frame @i of the script, from the fitted range. */
static void
script_range (guint   i,
              double  fit_first,
              double  fit_last,
              double *first,
              double *last)
{
  double middle = (fit_first + fit_last) / 2;
  double span = fit_last - fit_first;
  double zoomed = span / pow (ZOOM_STEP, N_ZOOM);
  double center = middle;

  if (i < N_ZOOM)
    {
      span /= pow (ZOOM_STEP, i + 1);
    }
  else if (i < N_ZOOM + N_PAN)
    {
      span = zoomed;
      center = middle + zoomed * PAN_STEP * (i - N_ZOOM + 1);
    }
  else
    {
      span = zoomed * pow (ZOOM_STEP, i - N_ZOOM - N_PAN + 1);
      center = middle + zoomed * PAN_STEP * N_PAN;
    }

  *first = center - span / 2;
  *last = center + span / 2;
}

static void
fit_range (DsTimelineLayout *layout,
           double           *first_day,
           double           *last_day)
{
  double first = 0;
  double last = 365;

  ds_timeline_layout_get_extent (layout, &first, &last);
  *first_day = first - MAX ((last - first) * 0.04, 15);
  *last_day = last + MAX ((last - first) * 0.04, 15);
}

static gboolean verbose;

static void
report (const char *what,
        guint       n_events,
        double     *times,
        guint       n,
        double     *intervals,
        guint       n_intervals)
{
  guint over = 0;
  double median;
  double p95;

  for (guint i = 0; i < n; i++)
    {
      over += times[i] > 16.0;
      if (verbose)
        printf ("# %s frame %u: %.3f ms\n", what, i, times[i]);
    }
  median = bench_median (times, n);  /* sorts */
  p95 = times[MIN (n - 1, (guint) ceil (n * 0.95) - 1)];

  printf ("interaction\t%s\t%u\t%u\t%.3f\t%.3f\t%.3f\t%u", what, n_events, n, median, p95,
          times[n - 1], over);
  if (intervals != NULL && n_intervals > 0)
    {
      double interval_median = bench_median (intervals, n_intervals);

      printf ("\t%.3f\t%.3f", interval_median, intervals[n_intervals - 1]);
    }
  printf ("\n");
  fflush (stdout);
}

/* --- Without a display ------------------------------------------------------------------ */

static void
run_headless (DsDossier  *dossier,
              DsLaneMode  mode,
              const char *what)
{
  DsTimelineLayout *layout = ds_timeline_layout_new (dossier, mode);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (DsTimelineMark));
  double times[N_FRAMES];
  DsTimelineDrawParams params;
  double fit_first;
  double fit_last;

  ds_timeline_draw_params_init (&params, WIDTH, HEIGHT);
  params.today_day = (double) ds_date_days_from_civil (2026, 6, 8);
  fit_range (layout, &fit_first, &fit_last);

  /* The opening frame, untimed: fonts and the label cache of the first view. */
  params.scale.first_day = fit_first;
  params.scale.last_day = fit_last;
  {
    cairo_t *cr = cairo_create (surface);

    ds_timeline_render (layout, cr, &params, marks);
    cairo_destroy (cr);
  }

  for (guint i = 0; i < N_FRAMES; i++)
    {
      gint64 start;
      cairo_t *cr;

      script_range (i, fit_first, fit_last, &params.scale.first_day, &params.scale.last_day);
      start = bench_now_ns ();
      cr = cairo_create (surface);
      ds_timeline_render (layout, cr, &params, marks);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      times[i] = bench_ms_since (start);
    }

  report (what, g_list_model_get_n_items (ds_dossier_get_events (dossier)), times, N_FRAMES,
          NULL, 0);

  cairo_surface_destroy (surface);
  ds_timeline_layout_free (layout);
}

/* --- With the real widget ------------------------------------------------------------- */

typedef struct
{
  GMainLoop      *loop;
  DsTimelineView *view;
  guint           n_events;
  double          fit_first;
  double          fit_last;
  gint            frame;        /* -1: waiting for the first paint */
  gint64          tick_ns;
  gint64          last_paint_ns;
  double          work[N_FRAMES];
  double          intervals[N_FRAMES];
  guint           n_work;
  guint           n_intervals;
} WidgetRun;

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  WidgetRun *run = data;
  double first;
  double last;

  if (run->frame < 0 || run->frame >= N_FRAMES)
    return G_SOURCE_CONTINUE;

  script_range ((guint) run->frame, run->fit_first, run->fit_last, &first, &last);
  run->tick_ns = bench_now_ns ();
  ds_timeline_view_set_range (run->view, first, last, FALSE);

  return G_SOURCE_CONTINUE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  WidgetRun *run = data;
  gint64 now = bench_now_ns ();

  if (run->frame < 0)
    {
      /* The opening frame: from the next tick on, the script runs. */
      ds_timeline_view_get_range (run->view, &run->fit_first, &run->fit_last);
      run->frame = 0;
      run->last_paint_ns = now;
      gtk_widget_queue_draw (GTK_WIDGET (run->view));
      return;
    }

  if (run->tick_ns == 0)
    return;

  run->work[run->n_work++] = (now - run->tick_ns) / 1e6;
  run->intervals[run->n_intervals++] = (now - run->last_paint_ns) / 1e6;
  run->last_paint_ns = now;
  run->tick_ns = 0;

  if (++run->frame >= N_FRAMES)
    g_main_loop_quit (run->loop);
}

static void
realize_cb (GtkWidget *window,
            gpointer   data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), data);
}

static void
run_widget (DsDossier  *dossier,
            DsLaneMode  mode,
            const char *what)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  WidgetRun *run = g_new0 (WidgetRun, 1);
  GtkWidget *window;

  run->loop = loop;
  run->frame = -1;
  run->n_events = g_list_model_get_n_items (ds_dossier_get_events (dossier));
  run->view = DS_TIMELINE_VIEW (ds_timeline_view_new ());
  ds_timeline_view_set_lane_mode (run->view, mode);
  ds_timeline_view_set_dossier (run->view, dossier);
  /* A big dossier's layout is built in a worker: the script starts from its extent. */
  while (ds_timeline_view_get_layout (run->view) == NULL)
    g_main_context_iteration (NULL, TRUE);

  window = gtk_window_new ();
  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (run->view));
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), run);
  gtk_widget_add_tick_callback (GTK_WIDGET (run->view), tick_cb, run, NULL);
  gtk_window_present (GTK_WINDOW (window));

  g_main_loop_run (loop);

  printf ("# widget size %dx%d\n", gtk_widget_get_width (GTK_WIDGET (run->view)),
          gtk_widget_get_height (GTK_WIDGET (run->view)));
  report (what, run->n_events, run->work, run->n_work, run->intervals, run->n_intervals);

  gtk_window_destroy (GTK_WINDOW (window));
  g_free (run);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *events = NULL;
  g_autofree char *lanes = NULL;
  gboolean widget = FALSE;
  const GOptionEntry entries[] = {
    { "events", 'e', 0, G_OPTION_ARG_FILENAME, &events, "The dossier to zoom and pan", "FILE" },
    { "lanes", 'l', 0, G_OPTION_ARG_STRING, &lanes, "single (default) or actor", "MODE" },
    { "widget", 'w', 0, G_OPTION_ARG_NONE, &widget, "Use a real DsTimelineView (needs a display)", NULL },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Print every frame's time", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(DsDossier) dossier = NULL;
  DsLaneMode mode = DS_LANES_SINGLE;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || events == NULL)
    bench_fail ("usage: bench-interaction --events FILE [--lanes single|actor] [--widget]");
  if (lanes != NULL && g_str_equal (lanes, "actor"))
    mode = DS_LANES_ACTOR;

  file = g_file_new_for_commandline_arg (events);
  if ((dossier = ds_dossier_load_file (file, NULL, NULL, &error)) == NULL)
    bench_fail ("%s: %s", events, error->message);
  ds_dossier_loader_wait_for_releases ();

  if (!widget)
    {
      run_headless (dossier, mode, mode == DS_LANES_ACTOR ? "headless-actor" : "headless-single");
      return 0;
    }

  if (!gtk_init_check ())
    bench_fail ("no display: run under xvfb-run -a -s \"-screen 0 1920x1200x24\"");
  adw_init ();
  run_widget (dossier, mode, mode == DS_LANES_ACTOR ? "widget-actor" : "widget-single");

  return 0;
}
