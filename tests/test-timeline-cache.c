/* test-timeline-cache.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the timeline renderer keeps between frames (ds-timeline-cache.c): shaped labels
 * and counts, and marker sprites. Frames must not shape again what the previous frame
 * shaped, must drop what a font or theme change makes stale, and sprites must look
 * like the shapes drawn as paths.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>

#include "ds-dossier-loader.h"
#include "ds-timeline-private.h"
#include "ds-test-data.h"

#define WIDTH  1200
#define HEIGHT 700

typedef struct
{
  guint shaped;
  guint labels;
  guint font_changes;
  guint sprites;
} Stats;

static double
day_of (const char *text)
{
  DsDate date;

  g_assert_true (ds_date_parse (text, &date, NULL));

  return ds_date_get_first_day (&date);
}

static DsEvent *
make_event (const char *id,
            const char *date_text,
            const char *end_text)
{
  g_autoptr(DsText) title = ds_text_new_plain (id);
  DsEvent *event;
  DsDate date;
  DsDate end;

  g_assert_true (ds_date_parse (date_text, &date, NULL));
  g_assert_true (ds_date_parse (end_text, &end, NULL));
  event = ds_event_new (id, &date, title, DS_EVENT_PRODUCT, DS_STATUS_CONFIRMED);
  ds_event_set_end (event, &end);

  return event;
}

/* How far a pixel is from white. */
static guint
pixel_ink (cairo_surface_t *surface,
           int              x,
           int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(const guint32 *)(data + y * stride + x * 4);

  return 3 * 255 - (pixel & 0xff) - ((pixel >> 8) & 0xff) - ((pixel >> 16) & 0xff);
}

static void
params_fit (DsTimelineDrawParams *params,
            DsTimelineLayout     *layout)
{
  double first;
  double last;

  ds_timeline_draw_params_init (params, WIDTH, HEIGHT);
  g_assert_true (ds_timeline_layout_get_extent (layout, &first, &last));
  params->scale.first_day = first - 30;
  params->scale.last_day = last + 30;
}

static void
draw (DsTimelineLayout           *layout,
      cairo_t                    *cr,
      const DsTimelineDrawParams *params)
{
  ds_timeline_render (layout, cr, params, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
}

static cairo_surface_t *
render (DsTimelineLayout           *layout,
        const DsTimelineDrawParams *params)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  draw (layout, cr, params);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static void
render_and_free (DsTimelineLayout           *layout,
                 const DsTimelineDrawParams *params)
{
  cairo_surface_destroy (render (layout, params));
}

static Stats
stats (DsTimelineLayout *layout)
{
  Stats s;

  _ds_timeline_get_cache_stats (layout, &s.shaped, &s.labels, &s.font_changes, &s.sprites);

  return s;
}

static void
test_labels_shaped_once (void)
{
  static const DsLaneMode modes[] = { DS_LANES_SINGLE, DS_LANES_ACTOR };
  g_autoptr(DsDossier) dossier = ds_test_load_bundled ();

  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      DsTimelineLayout *layout = ds_timeline_layout_new (dossier, modes[m]);
      DsTimelineDrawParams params;
      Stats first;
      Stats second;

      params_fit (&params, layout);
      render_and_free (layout, &params);
      first = stats (layout);
      g_assert_cmpuint (first.shaped, >, 0);
      g_assert_cmpuint (first.labels, >, 0);

      /* The same frame again, then a selection and a hover: nothing new to shape but the
       * selected label in bold. */
      render_and_free (layout, &params);
      second = stats (layout);
      g_assert_cmpuint (second.shaped, ==, first.shaped);
      g_assert_cmpuint (second.labels, ==, first.labels);
      g_assert_cmpuint (second.sprites, ==, first.sprites);

      params.hovered = 3;
      render_and_free (layout, &params);
      g_assert_cmpuint (stats (layout).shaped, ==, first.shaped);

      ds_timeline_layout_free (layout);
    }
}

static void
test_font_change_drops (void)
{
  g_autoptr(DsDossier) dossier = ds_test_load_bundled ();
  DsTimelineLayout *layout = ds_timeline_layout_new (dossier, DS_LANES_SINGLE);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 13");
  DsTimelineDrawParams params;
  Stats before;
  Stats after;

  params_fit (&params, layout);
  render_and_free (layout, &params);
  before = stats (layout);

  params.font = font;
  render_and_free (layout, &params);
  after = stats (layout);
  g_assert_cmpuint (after.font_changes, ==, before.font_changes + 1);
  /* Every label on screen was shaped again in the new font. */
  g_assert_cmpuint (after.shaped, >=, before.shaped + after.labels);

  render_and_free (layout, &params);
  g_assert_cmpuint (stats (layout).shaped, ==, after.shaped);
  g_assert_cmpuint (stats (layout).font_changes, ==, after.font_changes);

  pango_font_description_free (font);
  ds_timeline_layout_free (layout);
}

static void
test_theme_change_drops (void)
{
  g_autoptr(DsDossier) dossier = ds_test_load_bundled ();
  DsTimelineLayout *layout = ds_timeline_layout_new (dossier, DS_LANES_ACTOR);
  DsTimelineDrawParams params;
  Stats light;
  Stats dark;

  params_fit (&params, layout);
  render_and_free (layout, &params);
  light = stats (layout);
  g_assert_cmpuint (light.sprites, >, 0);

  params.theme = DS_THEME_DARK;
  render_and_free (layout, &params);
  dark = stats (layout);
  g_assert_cmpuint (dark.sprites, >, light.sprites);

  render_and_free (layout, &params);
  g_assert_cmpuint (stats (layout).sprites, ==, dark.sprites);

  ds_timeline_layout_free (layout);
}

/* Sprites stand for paths at a quarter pixel's precision: drawn through a recording
 * surface (no sprites) and directly (sprites), the frames differ only at shape edges. */
static void
test_sprites_match_paths (void)
{
  static const DsLaneMode modes[] = { DS_LANES_SINGLE, DS_LANES_ACTOR };
  g_autoptr(DsDossier) dossier = ds_test_load_bundled ();

  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      DsTimelineLayout *layout = ds_timeline_layout_new (dossier, modes[m]);
      DsTimelineDrawParams params;
      cairo_surface_t *direct;
      cairo_surface_t *recording;
      cairo_surface_t *replayed;
      cairo_t *cr;
      guint sprites_before;
      const guint8 *a;
      const guint8 *b;
      int stride;
      guint64 total = 0;
      guint large = 0;

      params_fit (&params, layout);
      params.selected = 5;
      params.today_day = (params.scale.first_day + params.scale.last_day) / 2;

      recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cr = cairo_create (recording);
      draw (layout, cr, &params);
      cairo_destroy (cr);
      sprites_before = stats (layout).sprites;
      g_assert_cmpuint (sprites_before, ==, 0);

      replayed = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
      cr = cairo_create (replayed);
      cairo_set_source_surface (cr, recording, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      cairo_surface_flush (replayed);

      direct = render (layout, &params);
      g_assert_cmpuint (stats (layout).sprites, >, 0);

      a = cairo_image_surface_get_data (direct);
      b = cairo_image_surface_get_data (replayed);
      stride = cairo_image_surface_get_stride (direct);
      for (int y = 0; y < HEIGHT; y++)
        for (int x = 0; x < WIDTH * 4; x++)
          {
            int d = abs (a[y * stride + x] - b[y * stride + x]);

            total += d;
            large += d > 96;
          }

      g_test_message ("mode %d: mean difference %.4f, %u large", modes[m],
                      (double) total / (WIDTH * HEIGHT * 4), large);
      g_assert_cmpfloat ((double) total / (WIDTH * HEIGHT * 4), <, 0.1);
      g_assert_cmpuint (large, <, 50);

      cairo_surface_destroy (direct);
      cairo_surface_destroy (replayed);
      cairo_surface_destroy (recording);
      ds_timeline_layout_free (layout);
    }
}

/* Span bars are translucent and filled a style at a time: where two of the same style
 * overlap in a row, the overlap must still show both. */
static void
test_overlapping_spans (void)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsDossier) dossier = NULL;
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (DsTimelineMark));
  g_autoptr(DsText) title = ds_text_new_plain ("Test");
  DsTimelineLayout *layout;
  DsTimelineDrawParams params;
  cairo_surface_t *surface;
  cairo_t *cr;
  double y;
  double inner_end;
  guint overlap;
  guint single;

  g_ptr_array_add (events, make_event ("A", "2025-01-01", "2025-12-31"));
  g_ptr_array_add (events, make_event ("B", "2025-03-01", "2025-06-30"));
  dossier = ds_dossier_new ("dealscope/1", "test", title);
  ds_dossier_set_list (dossier, DS_TYPE_EVENT, events);
  layout = ds_timeline_layout_new (dossier, DS_LANES_SINGLE);

  /* Low enough for a single row: both bars share it. */
  ds_timeline_draw_params_init (&params, 800, HEADER_HEIGHT + AXIS_HEIGHT + 46);
  params.scale.first_day = day_of ("2024-12-01");
  params.scale.last_day = day_of ("2026-02-01");
  params.show_legend = FALSE;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, (int) params.height);
  cr = cairo_create (surface);
  ds_timeline_render (layout, cr, &params, marks);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_assert_cmpuint (marks->len, ==, 2);
  y = g_array_index (marks, DsTimelineMark, 0).y;
  g_assert_cmpfloat (g_array_index (marks, DsTimelineMark, 1).y, ==, y);
  inner_end = ds_time_scale_to_x (&params.scale, day_of ("2025-07-01"));

  overlap = pixel_ink (surface, (int) inner_end - 4, (int) y);
  single = pixel_ink (surface, (int) inner_end + 6, (int) y);
  g_test_message ("ink: overlap %u, one bar %u", overlap, single);
  g_assert_cmpuint (single, >, 0);
  g_assert_cmpuint (overlap, >, single + 20);

  cairo_surface_destroy (surface);
  ds_timeline_layout_free (layout);
}

/* Cached images are copied only where they are exact: unscaled image surfaces, and
 * recordings that the caller says are played back on device pixels (a widget at scale
 * 1); never a scaled target, and never a vector one. */
static void
test_sprites_only_on_pixels (void)
{
  DsTimelineDrawParams params;
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr;

  ds_timeline_draw_params_init (&params, 10, 10);
  g_assert_false (params.recording_on_pixels);

  cr = cairo_create (image);
  g_assert_true (_ds_timeline_sprites_usable (cr, &params));
  cairo_translate (cr, 0.5, 0);
  g_assert_false (_ds_timeline_sprites_usable (cr, &params));
  cairo_destroy (cr);

  cr = cairo_create (recording);
  g_assert_false (_ds_timeline_sprites_usable (cr, &params));
  params.recording_on_pixels = TRUE;
  g_assert_true (_ds_timeline_sprites_usable (cr, &params));
  cairo_scale (cr, 2, 2);
  g_assert_false (_ds_timeline_sprites_usable (cr, &params));
  cairo_destroy (cr);

  cairo_surface_set_device_scale (image, 2, 2);
  cr = cairo_create (image);
  g_assert_false (_ds_timeline_sprites_usable (cr, &params));
  cairo_destroy (cr);

  cairo_surface_destroy (recording);
  cairo_surface_destroy (image);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dealscope/timeline-cache/labels-shaped-once", test_labels_shaped_once);
  g_test_add_func ("/dealscope/timeline-cache/font-change-drops", test_font_change_drops);
  g_test_add_func ("/dealscope/timeline-cache/theme-change-drops", test_theme_change_drops);
  g_test_add_func ("/dealscope/timeline-cache/sprites-match-paths", test_sprites_match_paths);
  g_test_add_func ("/dealscope/timeline-cache/overlapping-spans", test_overlapping_spans);
  g_test_add_func ("/dealscope/timeline-cache/sprites-only-on-pixels", test_sprites_only_on_pixels);

  return g_test_run ();
}
