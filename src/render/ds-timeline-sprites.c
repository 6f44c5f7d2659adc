/* ds-timeline-sprites.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Markers, cluster pills and the caps of span bars, each drawn once into a small image
 * at a quarter pixel's precision and kept in the renderer's cache (ds-timeline-cache.c),
 * then copied: rasterizing a small antialiased shape costs cairo some 70,000
 * instructions whether or not paths are batched; copying it, a tenth. On image targets
 * the copies are blended straight into the pixels (ds-timeline-pixels.c). Only for image
 * surfaces drawn without scaling: vector output (PDF, SVG) and scaled drawing keep
 * their paths. Sprites depend on the theme's colours and are dropped when it changes.
 */

#define G_LOG_DOMAIN "ds-timeline-renderer"

#include "config.h"

#include <math.h>

#include "ds-timeline-private.h"

#define SPRITE_STEPS  4     /* sprite positions per pixel, in x and y */
/* Making a sprite costs about what drawing its shape did: past this many new ones in a
 * frame, shapes are drawn, so that a first frame costs no more than it used to. */
#define SPRITE_BUDGET 32

/* Sprites are exact copies only where a user-space pixel is a device pixel: an image
 * surface (or a recording the caller says is played back so), no device scale, and at
 * most a whole-pixel translation. */
gboolean
_ds_timeline_sprites_usable (cairo_t                    *cr,
                             const DsTimelineDrawParams *params)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_surface_type_t type = cairo_surface_get_type (target);
  cairo_matrix_t matrix;
  double sx;
  double sy;

  if (type != CAIRO_SURFACE_TYPE_IMAGE &&
      !(type == CAIRO_SURFACE_TYPE_RECORDING && params->recording_on_pixels))
    return FALSE;
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_get_matrix (cr, &matrix);

  return sx == 1 && sy == 1 && matrix.xx == 1 && matrix.yy == 1 &&
         matrix.xy == 0 && matrix.yx == 0 &&
         matrix.x0 == floor (matrix.x0) && matrix.y0 == floor (matrix.y0);
}

/* The pixel and the step within it of a coordinate. */
static void
split_coordinate (double  value,
                  double *pixel,
                  guint  *step)
{
  double whole = floor (value);
  guint s = (guint) floor ((value - whole) * SPRITE_STEPS + 0.5);

  if (s == SPRITE_STEPS)
    {
      whole += 1;
      s = 0;
    }
  *pixel = whole;
  *step = s;
}

static void
draw_pill (cairo_t         *cr,
           double           x,
           double           y,
           double           half,
           const DsColor   *fill,
           double           fill_alpha,
           const DsPalette *palette)
{
  _ds_timeline_rounded_rect (cr, x - half, y - CLUSTER_RADIUS, half * 2, CLUSTER_RADIUS * 2,
                             CLUSTER_RADIUS);
  ds_color_set_source_alpha (cr, fill, fill_alpha);
  cairo_fill_preserve (cr);
  ds_color_set_source (cr, &palette->background);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
}

/* A status marker (@half 0) or a cluster pill of half width @half, centred on (x, y):
 * from a sprite when the frame allows, else drawn. @status may be MIXED_STATUS. */
void
_ds_timeline_draw_shape (Frame    *frame,
                         DsStatus  status,
                         gboolean  dimmed,
                         double    half,
                         double    x,
                         double    y)
{
  const DsPalette *palette = dimmed ? &frame->dimmed : frame->palette;
  gboolean mixed = (guint) status == MIXED_STATUS;
  const DsColor *fill = mixed ? &palette->foreground : &palette->status[status];
  double fill_alpha = mixed ? 0.72 : 1.0;
  Cache *cache = frame->cache;
  cairo_surface_t *sprite;
  double px;
  double py;
  guint sx;
  guint sy;
  guint half_steps = (guint) round (half * 2);
  guint key;
  int width;
  int height;
  double cx;
  double cy;

  if (!frame->sprites)
    {
      if (half == 0)
        ds_draw_status_marker (frame->cr, status, x, y, MARKER_SIZE, palette);
      else
        draw_pill (frame->cr, x, y, half, fill, fill_alpha, frame->palette);
      return;
    }

  split_coordinate (x, &px, &sx);
  split_coordinate (y, &py, &sy);
  /* Pills are as wide as their digits: half widths are multiples of half a pixel. */
  key = (half_steps << 12) | (status << 8) | ((dimmed ? 1 : 0) << 7) | (sx << 3) | sy;

  cx = SPRITE_PAD + ceil (half == 0 ? MARKER_SIZE / 2 : half);
  cy = SPRITE_PAD + ceil (half == 0 ? MARKER_SIZE / 2 : CLUSTER_RADIUS);
  width = (int) (cx * 2 + 1);
  height = (int) (cy * 2 + 1);

  sprite = g_hash_table_lookup (cache->sprites, GUINT_TO_POINTER (key));
  if (sprite == NULL && frame->new_sprites >= SPRITE_BUDGET)
    {
      if (half == 0)
        ds_draw_status_marker (frame->cr, status, x, y, MARKER_SIZE, palette);
      else
        draw_pill (frame->cr, x, y, half, fill, fill_alpha, frame->palette);
      return;
    }
  if (sprite == NULL)
    {
      cairo_t *scr;

      frame->new_sprites++;
      sprite = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      scr = cairo_create (sprite);
      if (half == 0)
        ds_draw_status_marker (scr, status, cx + (double) sx / SPRITE_STEPS,
                               cy + (double) sy / SPRITE_STEPS, MARKER_SIZE, palette);
      else
        draw_pill (scr, cx + (double) sx / SPRITE_STEPS, cy + (double) sy / SPRITE_STEPS, half,
                   fill, fill_alpha, frame->palette);
      cairo_destroy (scr);
      cairo_surface_flush (sprite);
      g_hash_table_insert (cache->sprites, GUINT_TO_POINTER (key), sprite);
      cache->n_sprites_drawn++;
    }

  if (frame->pixels != NULL)
    {
      _ds_timeline_pixels_blit (frame, sprite, (int) (px - cx), (int) (py - cy), 0, -1);
      return;
    }
  cairo_set_source_surface (frame->cr, sprite, px - cx, py - cy);
  cairo_rectangle (frame->cr, px - cx, py - cy, width, height);
  cairo_fill (frame->cr);
}

/* Span bars, translucent rounded bars of height SPAN_HEIGHT: a left cap, a right cap
 * and, between them, a rectangle with whole-pixel sides; the three cover separate
 * pixels, so the bar composites as if it were filled at once. Keys above the shapes'
 * (bits 24 and up). */
enum
{
  SPAN_LEFT = 1,
  SPAN_RIGHT,
};

/* @forced: made whatever the frame's budget (the few caps at whole pixels). */
static cairo_surface_t *
span_sprite (Frame    *frame,
             guint     part,
             guint     style,
             guint     sx,
             guint     sy,
             gboolean  forced)
{
  Cache *cache = frame->cache;
  /* The top bit keeps span caps apart from markers and pills, whatever their width. */
  guint key = (1u << 31) | (part << 24) | (style << 8) | (sx << 3) | sy;
  cairo_surface_t *sprite = g_hash_table_lookup (cache->sprites, GUINT_TO_POINTER (key));
  double top = SPRITE_PAD + (double) sy / SPRITE_STEPS;
  double dx = (double) sx / SPRITE_STEPS;
  cairo_t *cr;

  if (sprite != NULL || (frame->new_sprites >= SPRITE_BUDGET && !forced))
    return sprite;

  frame->new_sprites++;
  sprite = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, SPAN_CAP, SPAN_ROWS);
  cr = cairo_create (sprite);
  /* The bar runs on far beyond the sprite, which clips it to the part wanted. */
  if (part == SPAN_LEFT)
    _ds_timeline_rounded_rect (cr, dx, top, 100, SPAN_HEIGHT, SPAN_HEIGHT / 2);
  else
    _ds_timeline_rounded_rect (cr, SPAN_CAP - 1 + dx - 100, top, 100, SPAN_HEIGHT,
                               SPAN_HEIGHT / 2);
  ds_color_set_source_alpha (cr, &frame->palette->status[style / 2],
                             SPAN_ALPHA * (style % 2 ? DIM_ALPHA : 1));
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_flush (sprite);
  g_hash_table_insert (cache->sprites, GUINT_TO_POINTER (key), sprite);
  cache->n_sprites_drawn++;

  return sprite;
}

/* Draws the bar from @x0 to @x1 centred on @y from sprites, if the frame allows, the
 * bar is long enough to have a middle and its caps are made or can be; else returns
 * FALSE. */
gboolean
_ds_timeline_draw_span (Frame    *frame,
                        DsStatus  status,
                        gboolean  dimmed,
                        double    x0,
                        double    x1,
                        double    y)
{
  cairo_t *cr = frame->cr;
  guint style = status * 2 + (dimmed ? 1 : 0);
  cairo_surface_t *left;
  cairo_surface_t *right;
  double px0;
  double px1;
  double py;
  guint sx0;
  guint sx1;
  guint sy;
  double left_end;
  double right_start;
  double top;

  if (!frame->sprites)
    return FALSE;

  split_coordinate (x0, &px0, &sx0);
  split_coordinate (x1, &px1, &sx1);
  split_coordinate (y - SPAN_HEIGHT / 2, &py, &sy);
  /* The caps end where the straight part begins: the column after x0 + radius. */
  left_end = px0 + SPAN_HEIGHT / 2 + (sx0 > 0 ? 1 : 0);
  right_start = px1 - SPAN_HEIGHT / 2;
  if (right_start <= left_end)
    return FALSE;
  top = py - SPRITE_PAD;
  left = span_sprite (frame, SPAN_LEFT, style, sx0, sy, FALSE);
  right = span_sprite (frame, SPAN_RIGHT, style, sx1, sy, FALSE);
  if (left == NULL || right == NULL)
    return FALSE;

  cairo_set_source_surface (cr, left, px0, top);
  cairo_rectangle (cr, px0, top, left_end - px0, SPAN_ROWS);
  cairo_fill (cr);

  cairo_set_source_surface (cr, right, right_start, top);
  cairo_rectangle (cr, right_start, top, SPAN_CAP, SPAN_ROWS);
  cairo_fill (cr);

  /* The straight part: a rectangle with whole-pixel sides, which cairo fills as boxes. */
  ds_color_set_source_alpha (cr, &frame->palette->status[status],
                             SPAN_ALPHA * (dimmed ? DIM_ALPHA : 1));
  cairo_rectangle (cr, left_end, py + (double) sy / SPRITE_STEPS, right_start - left_end,
                   SPAN_HEIGHT);
  cairo_fill (cr);

  return TRUE;
}

/* The caps of a bar of @style whose ends and top lie on whole pixels, and the colour of
 * its straight part (premultiplied), for ds-timeline-pixels.c. */
guint32
_ds_timeline_span_caps (Frame            *frame,
                        guint             style,
                        cairo_surface_t **left,
                        cairo_surface_t **right)
{
  const guint32 *data;

  *left = span_sprite (frame, SPAN_LEFT, style, 0, 0, TRUE);
  *right = span_sprite (frame, SPAN_RIGHT, style, 0, 0, TRUE);
  data = (const guint32 *) (gconstpointer) cairo_image_surface_get_data (*left);

  return data[(SPRITE_PAD + 1) * (cairo_image_surface_get_stride (*left) / 4) + SPAN_CAP - 1];
}
