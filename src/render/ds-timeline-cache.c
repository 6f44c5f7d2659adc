/* ds-timeline-cache.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The renderer's per-layout cache (ds-timeline-private.h), kept between frames so that a
 * frame does not redo what the previous one did:
 *
 *   - the fonts derived from the frame's font, and every event's label width;
 *   - shaped text: the PangoLayouts of recently drawn event labels (a least recently
 *     used list, keyed by event, weight and ellipsis width) and of cluster counts.
 *     Shaping was a third of a frame; a label on screen is now shaped once;
 *   - the sprites of markers, cluster pills and span bar caps (ds-timeline-sprites.c).
 *
 * Shaped text depends on the font and on the cairo context (font options, scale): both
 * are checked every frame and drop the caches when they change; a theme change drops
 * everything.
 */

#define G_LOG_DOMAIN "ds-timeline-renderer"

#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "ds-timeline-private.h"

#define LABEL_CACHE_SIZE 4096
#define TEXT_CACHE_SIZE  1024   /* tick labels, lane names, phase titles, the legend */
#define N_COUNTS         1000   /* counts below this are kept in an array */
#define N_BIG_COUNTS     256    /* and as many larger ones in a table */
#define MAX_COUNT_GLYPHS 8

typedef struct
{
  guint64      key;
  PangoLayout *layout;
  int          width;
  int          height;
} LabelEntry;

typedef struct
{
  PangoLayout *layout;
  int          width;
  int          height;
} TextEntry;

/* A count's layout, and its glyphs relative to the layout's top left corner, so that a
 * frame's counts are drawn in one cairo_show_glyphs () per colour instead of one Pango
 * rendering each. */
struct _CountText
{
  PangoLayout         *layout;
  cairo_scaled_font_t *font;        /* NULL: draw through Pango */
  guint                n_glyphs;
  cairo_glyph_t        glyphs[MAX_COUNT_GLYPHS];
  int                  width;
  int                  height;
};

static void
count_text_clear (CountText *text)
{
  g_clear_object (&text->layout);
  text->font = NULL;
  text->n_glyphs = 0;
}

static void
big_count_free (gpointer data)
{
  count_text_clear (data);
  g_free (data);
}

/* --- Fonts and lifecycle ------------------------------------------------------------- */

static void
clear_fonts (Cache *cache)
{
  g_clear_pointer (&cache->font, pango_font_description_free);
  g_clear_pointer (&cache->font_small, pango_font_description_free);
  g_clear_pointer (&cache->font_bold, pango_font_description_free);
  g_clear_pointer (&cache->font_small_bold, pango_font_description_free);
}

static void
text_entry_free (gpointer data)
{
  TextEntry *entry = data;

  g_object_unref (entry->layout);
  g_free (entry);
}

static void
label_entry_free (gpointer data)
{
  LabelEntry *entry = data;

  g_object_unref (entry->layout);
  g_free (entry);
}

static void
clear_text (Cache *cache)
{
  g_hash_table_remove_all (cache->texts);
  g_hash_table_remove_all (cache->label_index);
  g_queue_clear_full (&cache->labels, label_entry_free);
  for (guint i = 0; i < N_COUNTS; i++)
    count_text_clear (&cache->counts[i]);
  cache->count_font = NULL;
  g_hash_table_remove_all (cache->big_counts);
}

static void
cache_free (gpointer data)
{
  Cache *cache = data;

  clear_fonts (cache);
  clear_text (cache);
  pango_font_description_free (cache->default_font);
  g_free (cache->label_widths);
  g_clear_pointer (&cache->lane_events, g_ptr_array_unref);
  g_array_unref (cache->items);
  g_hash_table_unref (cache->label_index);
  g_hash_table_unref (cache->texts);
  g_free (cache->counts);
  g_array_unref (cache->count_glyphs[0]);
  g_array_unref (cache->count_glyphs[1]);
  g_hash_table_unref (cache->big_counts);
  g_hash_table_unref (cache->sprites);
  g_clear_object (&cache->context);
  g_clear_pointer (&cache->font_options, cairo_font_options_destroy);
  g_free (cache);
}

static void
set_font (Cache                      *cache,
          const PangoFontDescription *font)
{
  gint size;

  clear_fonts (cache);
  cache->font = pango_font_description_copy (font);
  cache->font_bold = pango_font_description_copy (font);
  pango_font_description_set_weight (cache->font_bold, PANGO_WEIGHT_BOLD);

  cache->font_small = pango_font_description_copy (font);
  size = pango_font_description_get_size (font);
  if (size <= 0)
    pango_font_description_set_size (cache->font_small, 9 * PANGO_SCALE);
  else if (pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (cache->font_small, size * 0.9);
  else
    pango_font_description_set_size (cache->font_small, (gint)(size * 0.9));
  cache->font_small_bold = pango_font_description_copy (cache->font_small);
  pango_font_description_set_weight (cache->font_small_bold, PANGO_WEIGHT_BOLD);

  /* Widths measured with another font are stale: O(n), but only on a font change. */
  for (guint i = 0; i < cache->n_events; i++)
    cache->label_widths[i] = NAN;
  clear_text (cache);
  cache->font_changes++;
}

/* Whether @cr's font options or scale differ from the previous frame's (translation
 * does not matter to shaping). */
static gboolean
target_changed (Cache   *cache,
                cairo_t *cr)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_font_options_t *set = cairo_font_options_create ();
  cairo_matrix_t matrix;
  gboolean changed;

  cairo_surface_get_font_options (cairo_get_target (cr), options);
  cairo_get_font_options (cr, set);
  cairo_font_options_merge (options, set);
  cairo_font_options_destroy (set);
  cairo_get_matrix (cr, &matrix);
  matrix.x0 = matrix.y0 = 0;

  changed = cache->font_options == NULL ||
            !cairo_font_options_equal (options, cache->font_options) ||
            memcmp (&matrix, &cache->matrix, sizeof matrix) != 0;
  g_clear_pointer (&cache->font_options, cairo_font_options_destroy);
  cache->font_options = options;
  cache->matrix = matrix;

  return changed;
}

Cache *
_ds_timeline_ensure_cache (DsTimelineLayout           *layout,
                           cairo_t                    *cr,
                           const DsTimelineDrawParams *params)
{
  Cache *cache = ds_timeline_layout_get_render_data (layout);
  const PangoFontDescription *font = params->font;

  if (cache == NULL)
    {
      cache = g_new0 (Cache, 1);
      cache->default_font = pango_font_description_from_string ("Sans 10");
      cache->n_events = ds_timeline_layout_get_n_events (layout);
      cache->label_widths = g_new (double, MAX (cache->n_events, 1));
      cache->items = g_array_new (FALSE, FALSE, sizeof (Item));
      cache->label_index = g_hash_table_new (g_int64_hash, g_int64_equal);
      cache->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, text_entry_free);
      cache->counts = g_new0 (CountText, N_COUNTS);
      cache->count_glyphs[0] = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
      cache->count_glyphs[1] = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
      cache->big_counts = g_hash_table_new_full (NULL, NULL, NULL, big_count_free);
      cache->sprites = g_hash_table_new_full (NULL, NULL, NULL,
                                              (GDestroyNotify) cairo_surface_destroy);
      cache->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      cache->theme = params->theme;
      ds_timeline_layout_set_render_data (layout, cache, cache_free);
    }

  if (font == NULL)
    font = cache->default_font;
  if (cache->font == NULL || !pango_font_description_equal (cache->font, font))
    set_font (cache, font);

  /* Font options and scale come from the target: shaped text follows them. Updating the
   * context unconditionally would mark every layout stale each frame. */
  if (target_changed (cache, cr))
    {
      pango_cairo_update_context (cr, cache->context);
      clear_text (cache);
    }

  if (params->theme != cache->theme)
    {
      cache->theme = params->theme;
      g_hash_table_remove_all (cache->sprites);
      clear_text (cache);
    }

  return cache;
}

/* --- Shaped text ----------------------------------------------------------------------- */

static PangoLayout *
new_layout (Cache                      *cache,
            const PangoFontDescription *font,
            const char                 *text,
            int                         max_width)
{
  PangoLayout *layout = pango_layout_new (cache->context);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, max_width);
  pango_layout_set_text (layout, text, -1);
  cache->n_shaped++;

  return layout;
}

/* Any other text in one of the cache's fonts, ellipsized to @max_width (<= 0: not).
 * What a frame draws besides labels repeats from frame to frame; when too many
 * different strings pile up (a long zoom through the ticks), they are all dropped. */
PangoLayout *
_ds_timeline_text_layout (Frame                      *frame,
                          const PangoFontDescription *font,
                          const char                 *text,
                          double                      max_width,
                          int                        *width,
                          int                        *height)
{
  Cache *cache = frame->cache;
  int pango_width = max_width > 0 ? (int)(max_width * PANGO_SCALE) : -1;
  g_autofree char *key = g_strdup_printf ("%p %d %s", (gpointer) font, pango_width, text);
  TextEntry *entry = g_hash_table_lookup (cache->texts, key);

  if (entry == NULL)
    {
      if (g_hash_table_size (cache->texts) >= TEXT_CACHE_SIZE)
        g_hash_table_remove_all (cache->texts);
      entry = g_new (TextEntry, 1);
      entry->layout = new_layout (cache, font, text, pango_width);
      pango_layout_get_pixel_size (entry->layout, &entry->width, &entry->height);
      g_hash_table_insert (cache->texts, g_steal_pointer (&key), entry);
    }

  *width = entry->width;
  *height = entry->height;

  return entry->layout;
}

/* An event's label in the regular or bold font, ellipsized to @max_width (<= 0: not),
 * from the cache when it was drawn lately. */
PangoLayout *
_ds_timeline_label_layout (Frame    *frame,
                           guint     event,
                           gboolean  bold,
                           double    max_width,
                           int      *width,
                           int      *height)
{
  Cache *cache = frame->cache;
  int pango_width = max_width > 0 ? (int)(max_width * PANGO_SCALE) : -1;
  guint64 key = ((guint64) event << 32) | ((guint64) (bold ? 1 : 0) << 31) |
                ((guint64) (pango_width + 1) & 0x7fffffff);
  GList *link = g_hash_table_lookup (cache->label_index, &key);
  LabelEntry *entry;

  if (link != NULL)
    {
      g_queue_unlink (&cache->labels, link);
      g_queue_push_head_link (&cache->labels, link);
      entry = link->data;
    }
  else
    {
      const char *text = ds_timeline_layout_get_event_label (frame->layout, event);

      if (cache->labels.length >= LABEL_CACHE_SIZE)
        {
          LabelEntry *oldest = g_queue_pop_tail (&cache->labels);

          g_hash_table_remove (cache->label_index, &oldest->key);
          label_entry_free (oldest);
        }

      entry = g_new (LabelEntry, 1);
      entry->key = key;
      entry->layout = new_layout (cache, bold ? cache->font_bold : cache->font, text,
                                  pango_width);
      pango_layout_get_pixel_size (entry->layout, &entry->width, &entry->height);
      g_queue_push_head (&cache->labels, entry);
      g_hash_table_insert (cache->label_index, &entry->key, cache->labels.head);
    }

  *width = entry->width;
  *height = entry->height;

  return entry->layout;
}

/* --- Lanes ----------------------------------------------------------------------------- */

const LaneEvent *
_ds_timeline_lane_events (Frame *frame,
                          guint  lane)
{
  Cache *cache = frame->cache;
  LaneEvent *lane_events;

  if (cache->lane_events == NULL)
    {
      cache->lane_events = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_set_size (cache->lane_events, ds_timeline_layout_get_n_lanes (frame->layout));
    }
  g_assert (lane < cache->lane_events->len);

  lane_events = g_ptr_array_index (cache->lane_events, lane);
  if (lane_events == NULL)
    {
      const EventInfo *infos = _ds_timeline_layout_get_infos (frame->layout);
      guint n_events;
      const guint *events = ds_timeline_layout_get_lane_events (frame->layout, lane, &n_events);

      lane_events = g_new (LaneEvent, MAX (n_events, 1));
      for (guint e = 0; e < n_events; e++)
        lane_events[e] = (LaneEvent) {
          infos[events[e]].first_day, infos[events[e]].end_day, events[e],
          infos[events[e]].status,
        };
      g_ptr_array_index (cache->lane_events, lane) = lane_events;
    }

  return lane_events;
}

/* --- Cluster counts ----------------------------------------------------------------- */

/* Digits are one run in one font; anything else is left to Pango. */
static void
count_text_extract_glyphs (CountText *text)
{
  PangoLayoutIter *iter = pango_layout_get_iter (text->layout);
  PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
  int baseline = pango_layout_iter_get_baseline (iter);
  PangoRectangle logical;
  int x;

  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  pango_layout_iter_free (iter);
  x = logical.x;

  for (GSList *l = line->runs; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = l->data;
      cairo_scaled_font_t *font;

      if (!PANGO_IS_CAIRO_FONT (run->item->analysis.font))
        goto fail;
      font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));
      if (font == NULL || (text->font != NULL && font != text->font))
        goto fail;
      text->font = font;

      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        {
          const PangoGlyphInfo *info = &run->glyphs->glyphs[i];

          if ((info->glyph & PANGO_GLYPH_UNKNOWN_FLAG) != 0 ||
              text->n_glyphs == MAX_COUNT_GLYPHS)
            goto fail;
          if (info->glyph != PANGO_GLYPH_EMPTY)
            text->glyphs[text->n_glyphs++] = (cairo_glyph_t) {
              .index = info->glyph,
              .x = (double) (x + info->geometry.x_offset) / PANGO_SCALE,
              .y = (double) (baseline + info->geometry.y_offset) / PANGO_SCALE,
            };
          x += info->geometry.width;
        }
    }
  return;

fail:
  text->font = NULL;
  text->n_glyphs = 0;
}

/* Counts of N_COUNTS and more are few in a frame (the clusters of a dense story seen
 * whole) but the same from frame to frame: kept by count, until too many pile up. */
static CountText *
big_count_text (Frame *frame,
                guint  count)
{
  Cache *cache = frame->cache;
  CountText *text = g_hash_table_lookup (cache->big_counts, GUINT_TO_POINTER (count));

  if (text == NULL)
    {
      /* Glyphs waiting to be drawn use the font of the layouts about to go. */
      if (g_hash_table_size (cache->big_counts) >= N_BIG_COUNTS)
        {
          _ds_timeline_flush_counts (frame);
          cache->count_font = NULL;
          g_hash_table_remove_all (cache->big_counts);
        }
      text = g_new0 (CountText, 1);
      g_hash_table_insert (cache->big_counts, GUINT_TO_POINTER (count), text);
    }

  return text;
}

void
_ds_timeline_flush_counts (Frame *frame)
{
  Cache *cache = frame->cache;

  for (guint dimmed = 0; dimmed < 2; dimmed++)
    {
      GArray *glyphs = cache->count_glyphs[dimmed];

      if (glyphs->len == 0)
        continue;
      ds_color_set_source (frame->cr, dimmed ? &frame->dimmed.background
                                             : &frame->palette->background);
      cairo_set_scaled_font (frame->cr, cache->count_font);
      cairo_show_glyphs (frame->cr, (cairo_glyph_t *) glyphs->data, glyphs->len);
      g_array_set_size (glyphs, 0);
    }
}

/* A cluster's count in the small bold font, centred on (x, y), in the background colour
 * of the palette, dimmed or not. Where sprites serve, glyphs wait for
 * _ds_timeline_flush_counts (). */
void
_ds_timeline_draw_count (Frame    *frame,
                         guint     count,
                         gboolean  dimmed,
                         double    x,
                         double    y)
{
  Cache *cache = frame->cache;
  const DsPalette *palette = dimmed ? &frame->dimmed : frame->palette;
  CountText *text;
  char digits[16];
  GArray *glyphs;
  double left;
  double top;

  if (count < N_COUNTS)
    text = &cache->counts[count];
  else
    text = big_count_text (frame, count);
  if (text->layout == NULL)
    {
      g_snprintf (digits, sizeof digits, "%u", count);
      text->layout = new_layout (cache, cache->font_small_bold, digits, -1);
      pango_layout_get_pixel_size (text->layout, &text->width, &text->height);
      count_text_extract_glyphs (text);
    }

  left = x - text->width / 2.0;
  top = y - text->height / 2.0;
  if (!frame->sprites || text->font == NULL)
    {
      ds_color_set_source (frame->cr, &palette->background);
      _ds_timeline_show_layout_at (frame, text->layout, left, top);
      return;
    }

  if (cache->count_font != text->font)
    {
      _ds_timeline_flush_counts (frame);
      cache->count_font = text->font;
    }
  glyphs = cache->count_glyphs[dimmed ? 1 : 0];
  for (guint i = 0; i < text->n_glyphs; i++)
    {
      cairo_glyph_t glyph = text->glyphs[i];

      glyph.x += left;
      glyph.y += top;
      g_array_append_val (glyphs, glyph);
    }
}

void
_ds_timeline_show_layout_at (Frame       *frame,
                             PangoLayout *layout,
                             double       x,
                             double       y)
{
  cairo_move_to (frame->cr, x, y);
  pango_cairo_show_layout (frame->cr, layout);
}

/* --- For tests ------------------------------------------------------------------------ */

void
_ds_timeline_get_cache_stats (DsTimelineLayout *layout,
                              guint            *n_shaped,
                              guint            *n_labels,
                              guint            *font_changes,
                              guint            *n_sprites_drawn)
{
  Cache *cache = ds_timeline_layout_get_render_data (layout);

  *n_shaped = cache != NULL ? cache->n_shaped : 0;
  *n_labels = cache != NULL ? cache->labels.length : 0;
  *font_changes = cache != NULL ? cache->font_changes : 0;
  *n_sprites_drawn = cache != NULL ? cache->n_sprites_drawn : 0;
}
