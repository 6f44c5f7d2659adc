/* test-timeline-pixels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shapes and span bars composited straight into an image target's pixels
 * (ds-timeline-pixels.c): bars land on whole pixels, and a dense frame drawn so looks
 * as it does drawn shape by shape through cairo, wherever the target's origin lies.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>

#include "ds-timeline-private.h"

#define WIDTH  900
#define HEIGHT 520

static void
date_of_day (gint64  day_number,
             DsDate *date)
{
  gint64 year;
  guint month;
  guint day;

  ds_date_from_day_number (day_number, &year, &month, &day);
  g_assert_true (ds_date_init_day (date, year, month, day));
}

static DsEvent *
make_event (guint    index,
            gint64   day,
            gint64   end_day,
            DsStatus status)
{
  g_autofree char *id = g_strdup_printf ("e%u", index);
  g_autoptr(DsText) title = ds_text_new_plain (id);
  DsEvent *event;
  DsDate date;
  DsDate end;

  date_of_day (day, &date);
  event = ds_event_new (id, &date, title, DS_EVENT_PRODUCT, status);
  if (end_day > day)
    {
      date_of_day (end_day, &end);
      ds_event_set_end (event, &end);
    }

  return event;
}

static DsDossier *
make_dossier (GPtrArray *events)
{
  g_autoptr(DsText) title = ds_text_new_plain ("Test");
  DsDossier *dossier = ds_dossier_new ("dealscope/1", "test", title);

  ds_dossier_set_list (dossier, DS_TYPE_EVENT, events);

  return dossier;
}

/* Thousands of events over ten years, every status, many with spans that overlap:
 * clusters of every width, and rows of bars over bars. */
static DsDossier *
make_dense_dossier (void)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  GRand *rand = g_rand_new_with_seed (7);
  gint64 start = ds_date_days_from_civil (2025, 1, 1);

  for (guint i = 0; i < 3000; i++)
    {
      gint64 day = start + g_rand_int_range (rand, 0, 3650);
      gint64 end = g_rand_boolean (rand) ? day + g_rand_int_range (rand, 5, 400) : day;
      DsStatus status = (DsStatus) g_rand_int_range (rand, 0, 5);

      g_ptr_array_add (events, make_event (i, day, end, status));
    }
  g_rand_free (rand);

  return make_dossier (events);
}

static void
params_fit (DsTimelineDrawParams *params,
            DsTimelineLayout     *layout)
{
  double first;
  double last;

  ds_timeline_draw_params_init (params, WIDTH, HEIGHT);
  g_assert_true (ds_timeline_layout_get_extent (layout, &first, &last));
  params->scale.first_day = first - 20;
  params->scale.last_day = last + 20;
  params->today_day = (first + last) / 2;
}

static cairo_surface_t *
render_direct (DsTimelineLayout           *layout,
               const DsTimelineDrawParams *params)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  ds_timeline_render (layout, cr, params, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* Through a recording played back on pixels: sprites are copied by cairo, one shape and
 * one bar at a time, as before the pixels were written directly. */
static cairo_surface_t *
render_through_cairo (DsTimelineLayout           *layout,
                      const DsTimelineDrawParams *params)
{
  DsTimelineDrawParams recorded = *params;
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (recording);

  recorded.recording_on_pixels = TRUE;
  ds_timeline_render (layout, cr, &recorded, NULL);
  cairo_destroy (cr);

  cr = cairo_create (surface);
  cairo_set_source_surface (cr, recording, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  cairo_surface_destroy (recording);

  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *) (gconstpointer) (data + y * stride + x * 4);
}

/* Per channel: the mean difference, and how many channels differ by more than @large. */
static double
compare (cairo_surface_t *a,
         int              ax,
         int              ay,
         cairo_surface_t *b,
         int              large,
         guint           *n_large)
{
  guint64 total = 0;

  *n_large = 0;
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      {
        guint32 p = pixel_at (a, x + ax, y + ay);
        guint32 q = pixel_at (b, x, y);

        for (int shift = 0; shift < 32; shift += 8)
          {
            int d = abs ((int) ((p >> shift) & 0xff) - (int) ((q >> shift) & 0xff));

            total += d;
            *n_large += d > large;
          }
      }

  return (double) total / (WIDTH * HEIGHT * 4);
}

/* One bar in a lane of its own: its straight part covers exactly SPAN_HEIGHT rows of
 * whole pixels, in one colour, and nothing above or below it. */
static void
test_bar_on_pixels (void)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (DsTimelineMark));
  g_autoptr(DsDossier) dossier = NULL;
  gint64 day = ds_date_days_from_civil (2025, 3, 1);
  DsTimelineLayout *layout;
  DsTimelineDrawParams params;
  cairo_surface_t *surface;
  cairo_t *cr;
  const DsTimelineMark *mark;
  int x0;
  int x1;
  int top;

  g_ptr_array_add (events, make_event (0, day, day + 200, DS_STATUS_CONFIRMED));
  dossier = make_dossier (events);
  layout = ds_timeline_layout_new (dossier, DS_LANES_SINGLE);
  ds_timeline_draw_params_init (&params, WIDTH, HEADER_HEIGHT + AXIS_HEIGHT + 46);
  /* A scale on which neither end falls on a whole pixel. */
  params.scale.first_day = day - 37.3;
  params.scale.last_day = day + 291.7;
  params.show_legend = FALSE;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, (int) params.height);
  cr = cairo_create (surface);
  ds_timeline_render (layout, cr, &params, marks);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_assert_cmpuint (marks->len, ==, 1);
  mark = &g_array_index (marks, DsTimelineMark, 0);
  g_assert_cmpfloat (mark->y, ==, round (mark->y));
  g_assert_cmpfloat (mark->x, ==, round (mark->x));
  /* Clear of the marker and its label. */
  x0 = (int) MAX (mark->x + MARKER_SIZE, mark->label.x + mark->label.width + 1);
  x1 = (int) round (ds_time_scale_to_x (&params.scale, day + 200)) - (int) (SPAN_HEIGHT / 2);
  top = (int) mark->y - (int) (SPAN_HEIGHT / 2);
  g_assert_cmpint (x1 - x0, >, 100);

  /* Column by column (grid lines cross the bar): the bar's rows are alike, and the
   * rows just above and below it are what lies further out, without an edge. */
  for (int x = x0; x < x1; x++)
    {
      guint32 inside = pixel_at (surface, x, top);

      for (int y = top; y < top + (int) SPAN_HEIGHT; y++)
        g_assert_cmphex (pixel_at (surface, x, y), ==, inside);
      g_assert_cmphex (pixel_at (surface, x, top - 1), ==, pixel_at (surface, x, top - 3));
      g_assert_cmphex (pixel_at (surface, x, top + (int) SPAN_HEIGHT), ==,
                       pixel_at (surface, x, top + (int) SPAN_HEIGHT + 2));
      g_assert_cmphex (inside, !=, pixel_at (surface, x, top - 1));
    }

  cairo_surface_destroy (surface);
  ds_timeline_layout_free (layout);
}

/* Written straight into the pixels, with bars over bars composited once per column, a
 * dense frame looks as it does drawn a shape at a time through cairo: the same to the
 * rounding of a level, but where caps of different colours overlap. */
static void
test_direct_matches_cairo (void)
{
  static const DsLaneMode modes[] = { DS_LANES_SINGLE, DS_LANES_ACTOR };
  static const DsTheme themes[] = { DS_THEME_LIGHT, DS_THEME_DARK };
  g_autoptr(DsDossier) dossier = make_dense_dossier ();
  g_autofree guint8 *matches = g_new (guint8, 3000);

  /* Some events dimmed, as by a search: their bars and pills have styles of their own. */
  for (guint i = 0; i < 3000; i++)
    matches[i] = i % 3 != 0;

  /* Full height, then one row: there the bars run over one another. */
  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    for (guint t = 0; t < G_N_ELEMENTS (themes); t++)
      for (guint h = 0; h < 2; h++)
        {
          DsTimelineLayout *layout = ds_timeline_layout_new (dossier, modes[m]);
          DsTimelineDrawParams params;
          cairo_surface_t *direct;
          cairo_surface_t *cairo;
          guint n_large;
          double mean;

          params_fit (&params, layout);
          params.theme = themes[t];
          params.selected = 10;
          params.matches = matches;
          if (h == 1)
            params.height = HEADER_HEIGHT + AXIS_HEIGHT + 46;

          /* Twice: the second frame has every sprite made. */
          cairo_surface_destroy (render_direct (layout, &params));
          direct = render_direct (layout, &params);
          cairo = render_through_cairo (layout, &params);
          mean = compare (direct, 0, 0, cairo, 24, &n_large);
          g_test_message ("mode %d, theme %d, height %g: mean difference %.4f, %u large",
                          modes[m], themes[t], params.height, mean, n_large);
          g_assert_cmpfloat (mean, <, 0.05);
          g_assert_cmpuint (n_large, <, WIDTH * HEIGHT / 500);

          cairo_surface_destroy (direct);
          cairo_surface_destroy (cairo);
          ds_timeline_layout_free (layout);
        }
}

/* Drawn at a whole-pixel offset into a bigger image, with a device offset too, the
 * frame is the same pixels, moved; the lanes' clip holds at the edges. */
static void
test_offsets (void)
{
  g_autoptr(DsDossier) dossier = make_dense_dossier ();
  DsTimelineLayout *layout = ds_timeline_layout_new (dossier, DS_LANES_ACTOR);
  DsTimelineDrawParams params;
  cairo_surface_t *plain;
  cairo_surface_t *big;
  cairo_t *cr;
  guint n_large;

  params_fit (&params, layout);
  plain = render_direct (layout, &params);

  big = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH + 60, HEIGHT + 50);
  cairo_surface_set_device_offset (big, 20, 10);
  cr = cairo_create (big);
  cairo_translate (cr, 17, 23);
  g_assert_true (_ds_timeline_sprites_usable (cr, &params));
  ds_timeline_render (layout, cr, &params, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (big);

  g_assert_cmpfloat (compare (big, 37, 33, plain, 0, &n_large), ==, 0);
  g_assert_cmpuint (n_large, ==, 0);
  /* Nothing outside the frame. */
  for (int x = 0; x < WIDTH + 60; x++)
    g_assert_cmphex (pixel_at (big, x, 32), ==, 0);
  for (int y = 0; y < HEIGHT + 50; y++)
    g_assert_cmphex (pixel_at (big, 36, y), ==, 0);

  cairo_surface_destroy (big);
  cairo_surface_destroy (plain);
  ds_timeline_layout_free (layout);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dealscope/timeline-pixels/bar-on-pixels", test_bar_on_pixels);
  g_test_add_func ("/dealscope/timeline-pixels/direct-matches-cairo", test_direct_matches_cairo);
  g_test_add_func ("/dealscope/timeline-pixels/offsets", test_offsets);

  return g_test_run ();
}
