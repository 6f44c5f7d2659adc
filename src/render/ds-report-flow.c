/* ds-report-flow.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Building a DsFlow: fonts, layouts and blocks, measured when they are added (the
 * column's width is fixed), so that cutting pages (ds-report-pages.c) is a walk over
 * heights and line positions.
 */

#define G_LOG_DOMAIN "ds-report"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "ds-report-private.h"

/* Sizes and spaces in em. */
static const struct {
  double   size;
  gboolean bold;
  double   line_spacing;
  double   space_before;
  double   space_after;
} styles[DS_N_TEXT_STYLES] = {
  [DS_TEXT_TITLE]     = { 2.5,  TRUE,  1.05, 0.0, 0.5 },
  [DS_TEXT_SUBTITLE]  = { 1.35, FALSE, 1.2,  0.0, 1.2 },
  [DS_TEXT_H1]        = { 1.8,  TRUE,  1.1,  0.4, 0.9 },
  [DS_TEXT_H2]        = { 1.25, TRUE,  1.15, 1.5, 0.45 },
  [DS_TEXT_H3]        = { 1.05, TRUE,  1.2,  1.2, 0.5 },
  [DS_TEXT_LEAD]      = { 1.12, FALSE, 1.4,  0.0, 1.2 },
  [DS_TEXT_BODY]      = { 1.0,  FALSE, 1.4,  0.0, 0.6 },
  [DS_TEXT_BODY_BOLD] = { 1.0,  TRUE,  1.4,  0.0, 0.3 },
  [DS_TEXT_SMALL]     = { 0.86, FALSE, 1.3,  0.0, 0.25 },
  [DS_TEXT_CAPTION]   = { 0.78, TRUE,  1.2,  0.7, 0.3 },
  [DS_TEXT_FIGURE]    = { 1.9,  TRUE,  1.0,  0.0, 0.1 },
};

/* --- Helpers --------------------------------------------------------------------------- */

static void
block_free (gpointer data)
{
  DsBlock *block = data;

  g_clear_object (&block->layout);
  g_clear_object (&block->aside);
  g_free (block->uri);
  g_free (block->line_top);
  g_free (block->line_bottom);
  g_free (block->line_baseline);
  g_free (block->line_x);
  if (block->destroy != NULL)
    block->destroy (block->data);
  g_free (block->name);
  g_free (block);
}

static void
page_clear (gpointer data)
{
  DsPage *page = data;

  g_clear_pointer (&page->placements, g_array_unref);
}

static DsBlock *
add_block (DsFlow      *flow,
           DsBlockKind  kind)
{
  DsBlock *block = g_new0 (DsBlock, 1);
  DsBlock *previous = flow->blocks->len > 0 ? g_ptr_array_index (flow->blocks, flow->blocks->len - 1) : NULL;

  block->kind = kind;
  block->indent = flow->indent;
  block->rule_x = flow->rule ? 0 : NAN;
  block->rule_join = flow->rule && !flow->rule_starts && previous != NULL && !isnan (previous->rule_x);
  flow->rule_starts = FALSE;
  block->status = -1;
  g_ptr_array_add (flow->blocks, block);

  return block;
}

/* Line positions, for cutting and for drawing line by line. */
static void
measure_lines (DsBlock *block)
{
  PangoLayoutIter *iter;
  guint i = 0;
  int height;

  block->n_lines = pango_layout_get_line_count (block->layout);
  block->line_top = g_new (double, block->n_lines);
  block->line_bottom = g_new (double, block->n_lines);
  block->line_baseline = g_new (double, block->n_lines);
  block->line_x = g_new (double, block->n_lines);

  iter = pango_layout_get_iter (block->layout);
  do
    {
      PangoRectangle logical;
      int y0, y1;

      g_assert (i < block->n_lines);
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      block->line_top[i] = (double) y0 / PANGO_SCALE;
      block->line_bottom[i] = (double) y1 / PANGO_SCALE;
      block->line_baseline[i] = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      block->line_x[i] = (double) logical.x / PANGO_SCALE;
      i++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  pango_layout_get_size (block->layout, NULL, &height);
  block->height = MAX ((double) height / PANGO_SCALE, block->line_bottom[block->n_lines - 1]);
}

/* --- Public: building ------------------------------------------------------------------ */

DsFlow *
ds_flow_new (double width,
             double em)
{
  DsFlow *flow = g_new0 (DsFlow, 1);
  cairo_font_options_t *options;

  flow->width = width;
  flow->em = em;
  flow->rule = FALSE;
  flow->blocks = g_ptr_array_new_with_free_func (block_free);
  flow->pages = g_array_new (FALSE, TRUE, sizeof (DsPage));
  g_array_set_clear_func (flow->pages, page_clear);

  flow->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (flow->context, options);
  cairo_font_options_destroy (options);

  for (guint i = 0; i < DS_N_TEXT_STYLES; i++)
    {
      PangoFontDescription *font = pango_font_description_from_string ("Sans");

      pango_font_description_set_absolute_size (font, styles[i].size * em * PANGO_SCALE);
      if (styles[i].bold)
        pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      flow->fonts[i] = font;
    }

  return flow;
}

void
ds_flow_free (DsFlow *flow)
{
  if (flow == NULL)
    return;

  g_ptr_array_unref (flow->blocks);
  g_array_unref (flow->pages);
  for (guint i = 0; i < DS_N_TEXT_STYLES; i++)
    pango_font_description_free (flow->fonts[i]);
  g_object_unref (flow->context);
  g_free (flow);
}

double
ds_flow_get_width (DsFlow *flow)
{
  return flow->width;
}

double
ds_flow_get_em (DsFlow *flow)
{
  return flow->em;
}

PangoLayout *
ds_flow_create_layout (DsFlow      *flow,
                       DsTextStyle  style,
                       const char  *text,
                       double       width)
{
  PangoLayout *layout = pango_layout_new (flow->context);

  pango_layout_set_font_description (layout, flow->fonts[style]);
  pango_layout_set_line_spacing (layout, styles[style].line_spacing);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  if (style == DS_TEXT_FIGURE || style == DS_TEXT_SMALL || style == DS_TEXT_CAPTION)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

void
ds_flow_show_layout (cairo_t       *cr,
                     PangoLayout   *layout,
                     double         x,
                     double         y,
                     const DsColor *color)
{
  ds_color_set_source (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

const DsColor *
ds_ink_get_color (const DsPalette *palette,
                  DsInk            ink)
{
  switch (ink)
    {
    case DS_INK_DIM:
      return &palette->dim;
    case DS_INK_ACCENT:
      return &palette->accent;
    case DS_INK_FOREGROUND:
    default:
      return &palette->foreground;
    }
}

void
ds_flow_set_indent (DsFlow   *flow,
                    double    indent,
                    gboolean  rule)
{
  flow->indent = indent;
  flow->rule = rule;
  flow->rule_starts = rule;
}

static DsBlock *
add_text_at (DsFlow      *flow,
             DsTextStyle  style,
             DsInk        ink,
             const char  *text,
             double       start)
{
  DsBlock *block = add_block (flow, DS_BLOCK_TEXT);

  block->indent += start;
  block->ink = ink;
  block->splittable = TRUE;
  block->space_before = styles[style].space_before * flow->em;
  block->space_after = styles[style].space_after * flow->em;
  block->layout = ds_flow_create_layout (flow, style, text, MAX (flow->em, flow->width - block->indent));
  if (style == DS_TEXT_BODY || style == DS_TEXT_LEAD)
    pango_layout_set_justify (block->layout, TRUE);
  measure_lines (block);

  return block;
}

DsBlock *
ds_flow_add_text (DsFlow      *flow,
                  DsTextStyle  style,
                  DsInk        ink,
                  const char  *text)
{
  DsBlock *block = add_text_at (flow, style, ink, text, 0);

  if (style <= DS_TEXT_H3)
    block->keep_with_next = TRUE;

  return block;
}

DsBlock *
ds_flow_add_marked_text (DsFlow      *flow,
                         DsTextStyle  style,
                         DsStatus     status,
                         const char  *text)
{
  double marker = DS_FLOW_MARKER_EM * styles[style].size * flow->em;
  DsBlock *block = add_text_at (flow, style, DS_INK_FOREGROUND, text, marker * 1.7);

  block->status = status;
  block->marker_x = flow->indent + marker * 0.6;

  return block;
}

double
ds_flow_row_text_start (DsFlow *flow,
                        double  aside_width)
{
  return aside_width + DS_FLOW_MARKER_EM * flow->em * 1.9;
}

DsBlock *
ds_flow_add_row (DsFlow      *flow,
                 DsTextStyle  style,
                 const char  *aside,
                 double       aside_width,
                 DsStatus     status,
                 const char  *text)
{
  DsBlock *block = add_text_at (flow, style, DS_INK_FOREGROUND, text,
                                ds_flow_row_text_start (flow, aside_width));

  pango_layout_set_justify (block->layout, FALSE);
  block->splittable = FALSE;
  block->space_after = 0.2 * flow->em;
  block->status = status;
  block->marker_x = flow->indent + aside_width + DS_FLOW_MARKER_EM * flow->em * 0.7;
  block->aside = ds_flow_create_layout (flow, DS_TEXT_BODY, aside, aside_width);
  block->aside_x = flow->indent;

  return block;
}

DsBlock *
ds_flow_add_bullet (DsFlow     *flow,
                    const char *text)
{
  DsBlock *block = add_text_at (flow, DS_TEXT_BODY, DS_INK_FOREGROUND, text, flow->em * 1.4);

  block->space_after = 0.4 * flow->em;
  block->aside = ds_flow_create_layout (flow, DS_TEXT_BODY, "•", -1);
  block->aside_x = flow->indent + flow->em * 0.4;

  return block;
}

DsBlock *
ds_flow_add_drawing (DsFlow         *flow,
                     double          height,
                     DsFlowDrawFunc  draw,
                     gpointer        data,
                     GDestroyNotify  destroy)
{
  DsBlock *block = add_block (flow, DS_BLOCK_DRAWING);

  block->height = height;
  block->draw = draw;
  block->data = data;
  block->destroy = destroy;
  block->space_after = 0.6 * flow->em;

  return block;
}

void
ds_flow_add_page_break (DsFlow *flow)
{
  add_block (flow, DS_BLOCK_BREAK);
}

guint
ds_flow_add_mark (DsFlow     *flow,
                  const char *name,
                  guint       level)
{
  DsBlock *block = add_block (flow, DS_BLOCK_MARK);

  block->name = g_strdup (name);
  block->level = level;
  block->keep_with_next = TRUE;
  block->mark = ds_flow_get_n_marks (flow) - 1;

  return block->mark;
}

void
ds_block_set_space (DsBlock *block,
                    double   before,
                    double   after)
{
  block->space_before = before;
  block->space_after = after;
}

void
ds_block_keep_with_next (DsBlock *block)
{
  block->keep_with_next = TRUE;
}

void
ds_block_set_link (DsBlock    *block,
                   const char *uri)
{
  g_free (block->uri);
  block->uri = g_strdup (uri);
}
