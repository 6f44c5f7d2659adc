/* ds-timeline-pixels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Compositing sprites and span bars straight into the pixels of an image target.
 *
 * A dense frame draws some 750 cluster pills and as many span bars. Through cairo each
 * copy is an operation of its own, whose fixed cost (patterns, pixman images, clip,
 * and the allocator consolidating what they freed) outweighs its few hundred pixels;
 * the fixed cost, not the pixels, made a frame grow with the data. Here a copy is a
 * loop over the sprite's pixels with the OVER operator, as pixman computes it, so a
 * frame costs what its pixels cost.
 *
 * Only where cairo would do the very same: an ARGB32 or RGB24 image surface drawn at
 * whole-pixel offsets (_ds_timeline_sprites_usable), under a clip that is one rectangle
 * with whole-pixel sides. Elsewhere (recordings, vector output, odd clips) shapes go
 * through cairo as before.
 */

#define G_LOG_DOMAIN "ds-timeline-renderer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ds-timeline-private.h"

/* d = s + d × (255 − alpha of s) / 255, per channel, rounded as pixman rounds. */
static inline guint32
over (guint32 s,
      guint32 d)
{
  guint32 ia = 255 - (s >> 24);
  guint32 rb;
  guint32 ag;

  if (ia == 0)
    return s;

  rb = (d & 0x00ff00ff) * ia + 0x00800080;
  rb = ((rb + ((rb >> 8) & 0x00ff00ff)) >> 8) & 0x00ff00ff;
  ag = ((d >> 8) & 0x00ff00ff) * ia + 0x00800080;
  ag = (ag + ((ag >> 8) & 0x00ff00ff)) & 0xff00ff00;

  return s + rb + ag;
}

/* over () of one colour on @n pixels, four at a time where the compiler has vectors. */
#if defined(__GNUC__)
typedef guint32 Pixels4 __attribute__ ((vector_size (16)));
#endif

static void
over_run (guint32 *d,
          int      n,
          guint32  s)
{
  guint32 ia = 255 - (s >> 24);
  int i = 0;

  if (ia == 0)
    {
      for (; i < n; i++)
        d[i] = s;
      return;
    }

#if defined(__GNUC__)
  for (; i + 4 <= n; i += 4)
    {
      Pixels4 v;
      Pixels4 rb;
      Pixels4 ag;

      memcpy (&v, d + i, sizeof v);
      rb = (v & 0x00ff00ff) * ia + 0x00800080;
      ag = ((v >> 8) & 0x00ff00ff) * ia + 0x00800080;
      rb = ((rb + ((rb >> 8) & 0x00ff00ff)) >> 8) & 0x00ff00ff;
      ag = (ag + ((ag >> 8) & 0x00ff00ff)) & 0xff00ff00;
      v = s + rb + ag;
      memcpy (d + i, &v, sizeof v);
    }
#endif
  for (; i < n; i++)
    d[i] = over (s, d[i]);
}

static gboolean
is_whole (double value)
{
  return value == floor (value) && fabs (value) < G_MAXINT / 2;
}

/* Called with the lanes' clip in place: sets frame->pixels when shapes may be
 * composited directly. */
void
_ds_timeline_pixels_begin (Frame *frame)
{
  cairo_t *cr = frame->cr;
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_rectangle_list_t *clip;
  cairo_format_t format;
  cairo_matrix_t matrix;
  double dx;
  double dy;

  frame->pixels = NULL;
  if (!frame->sprites || cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return;
  format = cairo_image_surface_get_format (target);
  if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24)
    return;

  cairo_get_matrix (cr, &matrix);
  cairo_surface_get_device_offset (target, &dx, &dy);
  if (!is_whole (dx) || !is_whole (dy))
    return;

  clip = cairo_copy_clip_rectangle_list (cr);
  if (clip->status == CAIRO_STATUS_SUCCESS && clip->num_rectangles == 1 &&
      is_whole (clip->rectangles[0].x) && is_whole (clip->rectangles[0].y) &&
      is_whole (clip->rectangles[0].width) && is_whole (clip->rectangles[0].height))
    {
      const cairo_rectangle_t *rect = &clip->rectangles[0];
      int width = cairo_image_surface_get_width (target);
      int height = cairo_image_surface_get_height (target);

      frame->origin_x = (int) (matrix.x0 + dx);
      frame->origin_y = (int) (matrix.y0 + dy);
      frame->clip_x0 = MAX (0, (int) rect->x + frame->origin_x);
      frame->clip_y0 = MAX (0, (int) rect->y + frame->origin_y);
      frame->clip_x1 = MIN (width, (int) (rect->x + rect->width) + frame->origin_x);
      frame->clip_y1 = MIN (height, (int) (rect->y + rect->height) + frame->origin_y);
      cairo_surface_flush (target);
      frame->pixels = (guint32 *) (gpointer) cairo_image_surface_get_data (target);
      frame->stride = cairo_image_surface_get_stride (target) / 4;
      frame->columns = g_new (guint32, MAX (1, frame->clip_x1 - frame->clip_x0));
      frame->scratch = g_new (guint32, MAX (1, frame->clip_x1 - frame->clip_x0));
      frame->pixel_spans = g_array_new (FALSE, FALSE, sizeof (PixelSpan));
    }
  cairo_rectangle_list_destroy (clip);
}

void
_ds_timeline_pixels_end (Frame *frame)
{
  if (frame->pixels == NULL)
    return;
  cairo_surface_mark_dirty (cairo_get_target (frame->cr));
  frame->pixels = NULL;
  g_clear_pointer (&frame->columns, g_free);
  g_clear_pointer (&frame->scratch, g_free);
  g_clear_pointer (&frame->pixel_spans, g_array_unref);
}

/* Where each row of a sprite has ink, and its longest opaque stretch, which is copied
 * rather than blended; kept on the sprite. */
typedef struct
{
  gint16 first;
  gint16 end;
  gint16 opaque_first;
  gint16 opaque_end;
} SpriteRow;

static const cairo_user_data_key_t rows_key;

static const SpriteRow *
sprite_rows (cairo_surface_t *sprite)
{
  SpriteRow *rows = cairo_surface_get_user_data (sprite, &rows_key);
  const guint32 *data;
  int stride;
  int width;
  int height;

  if (rows != NULL)
    return rows;

  data = (const guint32 *) (gconstpointer) cairo_image_surface_get_data (sprite);
  stride = cairo_image_surface_get_stride (sprite) / 4;
  width = cairo_image_surface_get_width (sprite);
  height = cairo_image_surface_get_height (sprite);
  rows = g_new0 (SpriteRow, MAX (height, 1));
  for (int y = 0; y < height; y++)
    {
      const guint32 *p = data + y * stride;
      SpriteRow *row = &rows[y];

      row->first = (gint16) width;
      for (int x = 0, run = 0; x < width; x++)
        {
          if (p[x] != 0)
            {
              row->first = (gint16) MIN (row->first, x);
              row->end = (gint16) (x + 1);
            }
          run = p[x] >> 24 == 255 ? run + 1 : 0;
          if (run > row->opaque_end - row->opaque_first)
            {
              row->opaque_first = (gint16) (x + 1 - run);
              row->opaque_end = (gint16) (x + 1);
            }
        }
    }
  cairo_surface_set_user_data (sprite, &rows_key, rows, g_free);

  return rows;
}

/* @d[i] = over (@d[i], @s): one colour under @n pixels (an opaque pixel keeps its own). */
static void
under_run (guint32 *d,
           int      n,
           guint32  s)
{
  int i = 0;

#if defined(__GNUC__)
  for (; i + 4 <= n; i += 4)
    {
      Pixels4 v;
      Pixels4 ia;
      Pixels4 rb;
      Pixels4 ag;

      memcpy (&v, d + i, sizeof v);
      ia = 255 - (v >> 24);
      rb = (s & 0x00ff00ff) * ia + 0x00800080;
      ag = ((s >> 8) & 0x00ff00ff) * ia + 0x00800080;
      rb = ((rb + ((rb >> 8) & 0x00ff00ff)) >> 8) & 0x00ff00ff;
      ag = (ag + ((ag >> 8) & 0x00ff00ff)) & 0xff00ff00;
      v = v + rb + ag;
      memcpy (d + i, &v, sizeof v);
    }
#endif
  for (; i < n; i++)
    d[i] = over (d[i], s);
}

static void
blend_span (guint32       *d,
            const guint32 *s,
            int            x0,
            int            x1)
{
  int x = x0;

#if defined(__GNUC__)
  for (; x + 4 <= x1; x += 4)
    {
      Pixels4 v;
      Pixels4 src;
      Pixels4 ia;
      Pixels4 rb;
      Pixels4 ag;

      memcpy (&v, d + x, sizeof v);
      memcpy (&src, s + x, sizeof src);
      ia = 255 - (src >> 24);
      rb = (v & 0x00ff00ff) * ia + 0x00800080;
      ag = ((v >> 8) & 0x00ff00ff) * ia + 0x00800080;
      rb = ((rb + ((rb >> 8) & 0x00ff00ff)) >> 8) & 0x00ff00ff;
      ag = (ag + ((ag >> 8) & 0x00ff00ff)) & 0xff00ff00;
      v = src + rb + ag;
      memcpy (d + x, &v, sizeof v);
    }
#endif
  for (; x < x1; x++)
    if (s[x] != 0)
      d[x] = over (s[x], d[x]);
}

/* The columns @src_x to @src_x + @width of @sprite (all of it if @width < 0), with its
 * top left corner at (@x, @y) in user space. */
void
_ds_timeline_pixels_blit (Frame           *frame,
                          cairo_surface_t *sprite,
                          int              x,
                          int              y,
                          int              src_x,
                          int              width)
{
  const guint32 *src = (const guint32 *) (gconstpointer) cairo_image_surface_get_data (sprite);
  const SpriteRow *rows = sprite_rows (sprite);
  int src_stride = cairo_image_surface_get_stride (sprite) / 4;
  int height = cairo_image_surface_get_height (sprite);
  int y0;
  int y1;

  if (width < 0)
    width = cairo_image_surface_get_width (sprite) - src_x;
  x += frame->origin_x - src_x;
  y += frame->origin_y;
  y0 = MAX (y, frame->clip_y0);
  y1 = MIN (y + height, frame->clip_y1);

  for (int row = y0; row < y1; row++)
    {
      const SpriteRow *runs = &rows[row - y];
      /* In device columns: the row's ink, within the part asked for and the clip. */
      int x0 = x + MAX (runs->first, src_x);
      int x1 = x + MIN (runs->end, src_x + width);
      int o0;
      int o1;
      const guint32 *s = src + (row - y) * src_stride - x;
      guint32 *d = frame->pixels + (gsize) row * frame->stride;

      x0 = MAX (x0, frame->clip_x0);
      x1 = MIN (x1, frame->clip_x1);
      if (x0 >= x1)
        continue;
      o0 = CLAMP (x + runs->opaque_first, x0, x1);
      o1 = CLAMP (x + runs->opaque_end, o0, x1);
      blend_span (d, s, x0, o0);
      memcpy (d + o0, s + o0, (gsize) (o1 - o0) * sizeof (guint32));
      blend_span (d, s, o1, x1);
    }
}

/* The straight parts' colours @columns over the pixels @lo to @hi of the row @d, in
 * runs of one colour: bars change colour only where one starts or ends. */
static void
draw_runs (guint32       *d,
           const guint32 *columns,
           int            lo,
           int            hi)
{
  for (int c = lo, end; c < hi; c = end)
    {
      guint32 color = columns[c];

      for (end = c + 1; end < hi && columns[end] == color; end++)
        ;
      if (color != 0)
        over_run (d + c, end - c, color);
    }
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const PixelSpan *first = a;
  const PixelSpan *second = b;

  if (first->y != second->y)
    return first->y < second->y ? -1 : 1;

  return first->order < second->order ? -1 : first->order > second->order;
}

/* One row's bars. Where bars overlap, the pixels are written once: the straight parts'
 * colours are first composited per column, from the top bar down (OVER is associative,
 * and a column that turned opaque takes nothing from below), then each of the bar's rows
 * takes the column's colour. The work is the row's width, not the bars' total length.
 * The rounded caps follow, over the straight parts, in the bars' order. */
static void
draw_row (Frame           *frame,
          const PixelSpan *spans,
          guint            n)
{
  guint32 *columns = frame->columns - frame->clip_x0;
  int top = spans[0].y - (int) (SPAN_HEIGHT / 2);
  int lo = G_MAXINT;
  int hi = G_MININT;

  g_assert (n > 0);

  for (guint i = 0; i < n; i++)
    {
      lo = MIN (lo, spans[i].x0 + (int) (SPAN_HEIGHT / 2) + frame->origin_x);
      hi = MAX (hi, spans[i].x1 - (int) (SPAN_HEIGHT / 2) + frame->origin_x);
    }
  lo = MAX (lo, frame->clip_x0);
  hi = MIN (hi, frame->clip_x1);

  if (lo < hi)
    {
      int y0 = MAX (top + frame->origin_y, frame->clip_y0);
      int y1 = MIN (top + (int) SPAN_HEIGHT + frame->origin_y, frame->clip_y1);

      memset (columns + lo, 0, (gsize) (hi - lo) * sizeof (guint32));
      for (guint i = n; i-- > 0;)
        {
          cairo_surface_t *left;
          cairo_surface_t *right;
          guint32 color = _ds_timeline_span_caps (frame, spans[i].style, &left, &right);
          int x0 = MAX (lo, spans[i].x0 + (int) (SPAN_HEIGHT / 2) + frame->origin_x);
          int x1 = MIN (hi, spans[i].x1 - (int) (SPAN_HEIGHT / 2) + frame->origin_x);

          under_run (columns + x0, x1 - x0, color);
        }

      if (y0 < y1)
        {
          guint32 *first = frame->pixels + (gsize) y0 * frame->stride;
          guint32 *under = frame->scratch - frame->clip_x0;
          gsize size = (gsize) (hi - lo) * sizeof (guint32);

          /* What lies under a bar is mostly the same on each of its rows (bands, grid
           * lines): a row that starts as the first did ends as the first did. */
          memcpy (under + lo, first + lo, size);
          draw_runs (first, columns, lo, hi);
          for (int row = y0 + 1; row < y1; row++)
            {
              guint32 *d = frame->pixels + (gsize) row * frame->stride;

              if (memcmp (d + lo, under + lo, size) == 0)
                memcpy (d + lo, first + lo, size);
              else
                draw_runs (d, columns, lo, hi);
            }
        }
    }

  for (guint i = 0; i < n; i++)
    {
      cairo_surface_t *left;
      cairo_surface_t *right;
      int cap = (int) (SPAN_HEIGHT / 2);

      _ds_timeline_span_caps (frame, spans[i].style, &left, &right);
      _ds_timeline_pixels_blit (frame, left, spans[i].x0, top - SPRITE_PAD, 0, cap);
      _ds_timeline_pixels_blit (frame, right, spans[i].x1 - cap, top - SPRITE_PAD, 0, SPAN_CAP);
    }
}

/* Draws a lane's span bars, in any order of rows; sorts @spans. */
void
_ds_timeline_pixels_spans (Frame  *frame,
                           GArray *spans)
{
  g_array_sort (spans, compare_spans);
  for (guint a = 0, b; a < spans->len; a = b)
    {
      const PixelSpan *first = &g_array_index (spans, PixelSpan, a);

      for (b = a + 1; b < spans->len; b++)
        if (g_array_index (spans, PixelSpan, b).y != first->y)
          break;
      draw_row (frame, first, b - a);
    }
}
