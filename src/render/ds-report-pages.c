/* ds-report-pages.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A DsFlow cut into pages and drawn. Cutting is a walk over the heights and line
 * positions measured when the blocks were added. Text is drawn line by line
 * (pango_cairo_show_layout_line): a paragraph cut by a page end shows each line once,
 * on one page, and a PDF's text extracts without repeats.
 */

#define G_LOG_DOMAIN "ds-report"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "ds-report-private.h"

/* --- Pagination ------------------------------------------------------------------------ */

/* The height of the part of the flow from block @i that must share a page with it:
 * the block (or its first lines), and the start of the next one if it keeps with it. */
static double
needed_height (DsFlow *flow,
               guint   i,
               double  space_before)
{
  double needed = 0;

  for (; i < flow->blocks->len; i++)
    {
      DsBlock *block = g_ptr_array_index (flow->blocks, i);

      if (block->kind == DS_BLOCK_BREAK)
        break;

      needed += space_before;
      if (block->kind == DS_BLOCK_TEXT && block->splittable && !block->keep_with_next &&
          block->n_lines > 2 * DS_FLOW_MIN_LINES)
        needed += block->line_bottom[DS_FLOW_MIN_LINES - 1];
      else
        needed += block->height;

      if (!block->keep_with_next)
        break;
      needed += block->space_after;
      space_before = i + 1 < flow->blocks->len
                     ? ((DsBlock *) g_ptr_array_index (flow->blocks, i + 1))->space_before : 0;
    }

  return needed;
}

static DsPage *
new_page (DsFlow *flow)
{
  DsPage page = { g_array_new (FALSE, TRUE, sizeof (DsPlacement)), 0 };

  g_array_append_val (flow->pages, page);

  return &g_array_index (flow->pages, DsPage, flow->pages->len - 1);
}

static void
place (DsPage  *page,
       DsBlock *block,
       guint    first_line,
       guint    n_lines,
       double   y,
       double   height)
{
  DsPlacement placement = { block, first_line, n_lines, y, height, 0 };

  if (page->placements->len > 0)
    placement.gap_above = MAX (0, y - page->extent);
  g_array_append_val (page->placements, placement);
  page->extent = MAX (page->extent, y + height);
}

/* How many lines of @block, from @first, fit in @room, leaving no fewer than
 * DS_FLOW_MIN_LINES on either side of the cut; 0 when the block should move on whole. */
static guint
lines_that_fit (DsBlock *block,
                guint    first,
                double   room)
{
  double top = block->line_top[first];
  guint left = block->n_lines - first;
  guint n = 0;

  while (n < left && block->line_bottom[first + n] - top <= room)
    n++;
  if (n == left)
    return left;
  if (left <= 2 * DS_FLOW_MIN_LINES || n < DS_FLOW_MIN_LINES)
    return 0;
  if (left - n < DS_FLOW_MIN_LINES)
    n = left - DS_FLOW_MIN_LINES;

  return n;
}

/* At the top of a page, a block must start there, whatever the rules. */
static guint
lines_that_fit_anyway (DsBlock *block,
                       guint    first,
                       double   room)
{
  double top = block->line_top[first];
  guint n = lines_that_fit (block, first, room);

  if (n > 0)
    return n;
  while (first + n < block->n_lines && block->line_bottom[first + n] - top <= room)
    n++;

  return MAX (n, 1u);
}

guint
ds_flow_paginate (DsFlow *flow,
                  double  height)
{
  DsPage *page;
  double y = 0;

  g_array_set_size (flow->pages, 0);
  page = new_page (flow);

  for (guint i = 0; i < flow->blocks->len; i++)
    {
      DsBlock *block = g_ptr_array_index (flow->blocks, i);
      double gap = y > 0 ? block->space_before : 0;
      gboolean splittable = block->kind == DS_BLOCK_TEXT && block->splittable && !block->keep_with_next;

      if (block->kind == DS_BLOCK_BREAK)
        {
          if (page->placements->len > 0)
            {
              page = new_page (flow);
              y = 0;
            }
          continue;
        }

      /* A heading moves to the next page with the start of what it heads. */
      if (y > 0 && y + needed_height (flow, i, gap) > height &&
          !(splittable && lines_that_fit (block, 0, height - y - gap) > 0))
        {
          page = new_page (flow);
          y = gap = 0;
        }

      if (block->kind == DS_BLOCK_MARK)
        {
          place (page, block, 0, 0, y, 0);
          continue;
        }

      if (!splittable)
        {
          place (page, block, 0, 0, y + gap, block->height);
          y += gap + block->height + block->space_after;
          continue;
        }

      /* Text: as many lines as fit, the rest on the following pages. */
      for (guint first = 0; first < block->n_lines;)
        {
          guint n = y > 0 ? lines_that_fit (block, first, height - y - gap)
                          : lines_that_fit_anyway (block, first, height);
          double top = block->line_top[first];
          double bottom;

          if (n == 0)
            {
              page = new_page (flow);
              y = gap = 0;
              continue;
            }

          bottom = first + n == block->n_lines ? block->height : block->line_bottom[first + n - 1];
          place (page, block, first, first == 0 && n == block->n_lines ? 0 : n, y + gap, bottom - top);
          y += gap + bottom - top;
          first += n;
          if (first < block->n_lines)
            {
              page = new_page (flow);
              y = gap = 0;
            }
        }
      y += block->space_after;
    }

  return flow->pages->len;
}

double
ds_flow_get_page_extent (DsFlow *flow,
                         guint   page)
{
  g_return_val_if_fail (page < flow->pages->len, 0);

  return g_array_index (flow->pages, DsPage, page).extent;
}

guint
ds_flow_get_n_marks (DsFlow *flow)
{
  guint n = 0;

  for (guint i = 0; i < flow->blocks->len; i++)
    n += ((DsBlock *) g_ptr_array_index (flow->blocks, i))->kind == DS_BLOCK_MARK;

  return n;
}

const char *
ds_flow_get_mark (DsFlow *flow,
                  guint   index,
                  guint  *page,
                  guint  *level)
{
  for (guint p = 0; p < flow->pages->len; p++)
    {
      GArray *placements = g_array_index (flow->pages, DsPage, p).placements;

      for (guint i = 0; i < placements->len; i++)
        {
          DsBlock *block = g_array_index (placements, DsPlacement, i).block;

          if (block->kind == DS_BLOCK_MARK && index-- == 0)
            {
              if (page != NULL)
                *page = p;
              if (level != NULL)
                *level = block->level;
              return block->name;
            }
        }
    }

  return NULL;
}

/* --- Drawing --------------------------------------------------------------------------- */

char *
ds_flow_mark_link (guint index)
{
  return g_strdup_printf ("dest='ds-mark-%u'", index);
}

char *
ds_flow_mark_dest (guint index)
{
  return g_strdup_printf ("name='ds-mark-%u'", index);
}

/* Cairo attributes quote with ' and escape with \. */
static char *
link_attributes (const char *uri)
{
  GString *attributes = g_string_new ("uri='");

  for (const char *p = uri; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (attributes, '\\');
      g_string_append_c (attributes, *p);
    }
  g_string_append_c (attributes, '\'');

  return g_string_free (attributes, FALSE);
}

static void
draw_text (DsFlow            *flow,
           cairo_t           *cr,
           const DsPlacement *placement,
           const DsPalette   *palette)
{
  DsBlock *block = placement->block;
  guint first = placement->first_line;
  guint n = placement->n_lines > 0 ? placement->n_lines : block->n_lines;
  double top = block->line_top[first];
  g_autofree char *link = block->uri != NULL ? link_attributes (block->uri) : NULL;

  if (first == 0 && block->status >= 0)
    {
      double size = DS_FLOW_MARKER_EM * flow->em;
      double centre = (block->line_top[0] + block->line_bottom[0]) / 2;

      ds_draw_status_marker (cr, block->status, block->marker_x, placement->y + centre, size, palette);
    }

  if (first == 0 && block->aside != NULL)
    {
      double baseline = (double) pango_layout_get_baseline (block->aside) / PANGO_SCALE;

      ds_flow_show_layout (cr, block->aside, block->aside_x,
                           placement->y + block->line_baseline[0] - baseline, &palette->dim);
    }

  if (link != NULL)
    cairo_tag_begin (cr, CAIRO_TAG_LINK, link);

  ds_color_set_source (cr, ds_ink_get_color (palette, block->ink));
  for (guint l = first; l < first + n; l++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (block->layout, l);

      cairo_move_to (cr, block->indent + block->line_x[l], placement->y + block->line_baseline[l] - top);
      pango_cairo_show_layout_line (cr, line);
    }

  if (link != NULL)
    cairo_tag_end (cr, CAIRO_TAG_LINK);
}

void
ds_flow_draw_page (DsFlow  *flow,
                   cairo_t *cr,
                   guint    page,
                   double   x,
                   double   y,
                   DsTheme  theme)
{
  const DsPalette *palette = ds_palette_get (theme);
  gboolean in_dest = FALSE;
  GArray *placements;

  g_return_if_fail (page < flow->pages->len);

  placements = g_array_index (flow->pages, DsPage, page).placements;
  cairo_save (cr);
  cairo_translate (cr, x, y);

  for (guint i = 0; i < placements->len; i++)
    {
      const DsPlacement *placement = &g_array_index (placements, DsPlacement, i);
      DsBlock *block = placement->block;

      /* A rule joins its block to the previous one across the space between them. */
      if (!isnan (block->rule_x))
        {
          gboolean join = block->rule_join && placement->first_line == 0;
          double from = placement->y - (join ? placement->gap_above : 0);

          ds_color_set_source_alpha (cr, &palette->accent, 0.75);
          cairo_rectangle (cr, block->rule_x, from, DS_FLOW_RULE_WIDTH_EM * flow->em,
                           placement->y + placement->height - from);
          cairo_fill (cr);
        }

      switch (block->kind)
        {
        case DS_BLOCK_TEXT:
          draw_text (flow, cr, placement, palette);
          break;

        case DS_BLOCK_DRAWING:
          cairo_save (cr);
          cairo_translate (cr, block->indent, placement->y);
          cairo_rectangle (cr, 0, 0, flow->width - block->indent, placement->height);
          cairo_clip (cr);
          block->draw (flow, cr, theme, flow->width - block->indent, placement->height, block->data);
          cairo_restore (cr);
          break;

        case DS_BLOCK_MARK:
          /* The destination is what follows the mark: its heading. */
          if (!in_dest)
            {
              g_autofree char *dest = ds_flow_mark_dest (block->mark);

              cairo_tag_begin (cr, CAIRO_TAG_DEST, dest);
              in_dest = TRUE;
            }
          continue;

        case DS_BLOCK_BREAK:
        default:
          break;
        }

      if (in_dest)
        {
          cairo_tag_end (cr, CAIRO_TAG_DEST);
          in_dest = FALSE;
        }
    }

  if (in_dest)
    cairo_tag_end (cr, CAIRO_TAG_DEST);
  cairo_restore (cr);
}
