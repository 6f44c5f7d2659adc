/* ds-report-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small typesetting engine for the report and the takeaways view: a column of
 * blocks (text, rows, drawings) measured once for a width, then cut into pages of a
 * height — text between lines, never through one; headings kept with what follows —
 * and drawn page by page into any cairo_t.
 *
 * Text is measured in a PangoContext of its own with metrics hinting off and absolute
 * font sizes, so that a page has the same line breaks on screen, in a PNG, in a PDF and
 * on paper, whatever the target's resolution or transformation.
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "ds-chart.h"
#include "ds-dossier.h"
#include "ds-palette.h"
#include "ds-report.h"

G_BEGIN_DECLS

typedef enum
{
  DS_TEXT_TITLE,      /* the cover's title */
  DS_TEXT_SUBTITLE,
  DS_TEXT_H1,         /* a part: Timeline, Charts, Takeaways… */
  DS_TEXT_H2,         /* a takeaway, a section, a chart */
  DS_TEXT_H3,         /* a claim */
  DS_TEXT_LEAD,       /* the summary */
  DS_TEXT_BODY,
  DS_TEXT_BODY_BOLD,
  DS_TEXT_SMALL,
  DS_TEXT_CAPTION,    /* small bold, dim: "EVIDENCE" */
  DS_TEXT_FIGURE,     /* a key figure's number, tabular */
  DS_N_TEXT_STYLES
} DsTextStyle;

typedef enum
{
  DS_INK_FOREGROUND,
  DS_INK_DIM,
  DS_INK_ACCENT,
} DsInk;

typedef struct _DsFlow DsFlow;
typedef struct _DsBlock DsBlock;

/* Draws a custom block whose top left is the origin. */
typedef void (*DsFlowDrawFunc) (DsFlow   *flow,
                                cairo_t  *cr,
                                DsTheme   theme,
                                double    width,
                                double    height,
                                gpointer  data);

/* @width: the column's width; @em: the body text size, in the target's units. */
DsFlow      *ds_flow_new              (double          width,
                                       double          em);
void         ds_flow_free             (DsFlow         *flow);
double       ds_flow_get_width        (DsFlow         *flow);
double       ds_flow_get_em           (DsFlow         *flow);

/* A layout of @text in @style, wrapped at @width (-1: not wrapped). */
PangoLayout *ds_flow_create_layout    (DsFlow         *flow,
                                       DsTextStyle     style,
                                       const char     *text,
                                       double          width);
void         ds_flow_show_layout      (cairo_t        *cr,
                                       PangoLayout    *layout,
                                       double          x,
                                       double          y,
                                       const DsColor  *color);
const DsColor *ds_ink_get_color       (const DsPalette *palette,
                                       DsInk            ink);

/* Blocks added from now on start @indent from the column's left edge; with @rule, an
 * accent bar runs down the left of the blocks, joined from block to block. */
void         ds_flow_set_indent       (DsFlow         *flow,
                                       double          indent,
                                       gboolean        rule);

/* Wrapped text; may be cut between lines. */
DsBlock     *ds_flow_add_text         (DsFlow         *flow,
                                       DsTextStyle     style,
                                       DsInk           ink,
                                       const char     *text);
/* Text after a status shape (an evidence line). */
DsBlock     *ds_flow_add_marked_text  (DsFlow         *flow,
                                       DsTextStyle     style,
                                       DsStatus        status,
                                       const char     *text);
/* A row: @aside in a column of @aside_width on the left (a date), a status shape,
 * then @text wrapped in what is left, from ds_flow_row_text_start(). Never cut. */
DsBlock     *ds_flow_add_row          (DsFlow         *flow,
                                       DsTextStyle     style,
                                       const char     *aside,
                                       double          aside_width,
                                       DsStatus        status,
                                       const char     *text);
double       ds_flow_row_text_start   (DsFlow         *flow,
                                       double          aside_width);
/* A bullet point. */
DsBlock     *ds_flow_add_bullet       (DsFlow         *flow,
                                       const char     *text);
/* A drawing @height tall. @data is freed with @destroy. */
DsBlock     *ds_flow_add_drawing      (DsFlow         *flow,
                                       double          height,
                                       DsFlowDrawFunc  draw,
                                       gpointer        data,
                                       GDestroyNotify  destroy);
void         ds_flow_add_page_break   (DsFlow         *flow);
/* A named place, for the contents and the PDF outline (@level 0 for parts, 1 within
 * them); ds_flow_get_mark() finds its page. Returns its index. */
guint        ds_flow_add_mark         (DsFlow         *flow,
                                       const char     *name,
                                       guint           level);

void         ds_block_set_space       (DsBlock        *block,
                                       double          before,
                                       double          after);
/* The block goes on the page of the next one (headings). */
void         ds_block_keep_with_next  (DsBlock        *block);
/* Draws the block as a link to @uri (PDF). */
void         ds_block_set_link        (DsBlock        *block,
                                       const char     *uri);

/* Cuts the column into pages @height tall (G_MAXDOUBLE for one page); returns the
 * number of pages. */
guint        ds_flow_paginate         (DsFlow         *flow,
                                       double          height);
/* Where the last block of @page ends. */
double       ds_flow_get_page_extent  (DsFlow         *flow,
                                       guint           page);
guint        ds_flow_get_n_marks      (DsFlow         *flow);
const char  *ds_flow_get_mark         (DsFlow         *flow,
                                       guint           index,
                                       guint          *page,
                                       guint          *level);
/* cairo_tag_begin() attributes: a link to mark @index (CAIRO_TAG_LINK), the named
 * destination there (CAIRO_TAG_DEST). Named, since cairo 1.16 cannot link to a page
 * that is not drawn yet. */
char        *ds_flow_mark_link        (guint           index);
char        *ds_flow_mark_dest        (guint           index);
/* Draws @page with the column's top left at (@x, @y). */
void         ds_flow_draw_page        (DsFlow         *flow,
                                       cairo_t        *cr,
                                       guint           page,
                                       double          x,
                                       double          y,
                                       DsTheme         theme);

/* --- Inside the engine (ds-report-flow.c, ds-report-pages.c) ----------------------- */

#define DS_FLOW_RULE_WIDTH_EM 0.22
#define DS_FLOW_MARKER_EM     0.85
#define DS_FLOW_MIN_LINES     2     /* orphans and widows */

typedef enum
{
  DS_BLOCK_TEXT,
  DS_BLOCK_DRAWING,
  DS_BLOCK_BREAK,
  DS_BLOCK_MARK,
} DsBlockKind;

struct _DsBlock
{
  DsBlockKind       kind;
  double          indent;        /* where the text starts */
  double          rule_x;        /* NAN: no rule */
  gboolean        rule_join;     /* the rule continues the previous block's */
  double          space_before;
  double          space_after;
  gboolean        keep_with_next;
  gboolean        splittable;
  double          height;

  /* Text */
  PangoLayout    *layout;
  DsInk           ink;
  gint            status;        /* a DsStatus drawn before the first line, or -1 */
  double          marker_x;      /* its centre */
  PangoLayout    *aside;         /* drawn left of the first line */
  double          aside_x;
  char           *uri;
  guint           n_lines;
  double         *line_top;      /* per line, from the layout's top */
  double         *line_bottom;
  double         *line_baseline;
  double         *line_x;

  /* Drawings, marks */
  DsFlowDrawFunc  draw;
  gpointer        data;
  GDestroyNotify  destroy;
  char           *name;
  guint           level;
  guint           mark;          /* its index among the marks */
};

typedef struct
{
  DsBlock *block;
  guint    first_line;
  guint    n_lines;      /* 0: the whole block */
  double   y;
  double   height;
  double   gap_above;    /* from the end of the previous block on this page */
} DsPlacement;

typedef struct
{
  GArray *placements;
  double  extent;
} DsPage;

struct _DsFlow
{
  double                width;
  double                em;
  PangoContext         *context;
  PangoFontDescription *fonts[DS_N_TEXT_STYLES];
  double                indent;
  gboolean              rule;
  gboolean              rule_starts;   /* the next block starts a new rule */
  GPtrArray            *blocks;
  GArray               *pages;
};

/* --- Content (ds-report-content.c, ds-report-parts.c) -------------------------------- */

/* What the Takeaways view shows, piece by piece, and whole. */
void         ds_report_add_key_figures (DsFlow         *flow,
                                        DsDossier      *dossier);
void         ds_report_add_legend      (DsFlow         *flow);
void         ds_report_add_takeaways   (DsFlow         *flow,
                                        DsDossier      *dossier);
void         ds_report_add_claims      (DsFlow         *flow,
                                        DsDossier      *dossier);
void         ds_report_add_sections    (DsFlow         *flow,
                                        DsDossier      *dossier);
void         ds_report_fill_takeaways  (DsFlow         *flow,
                                        DsDossier      *dossier);
/* The report: @charts (DsChart) are drawn in the Charts part, two to a page of
 * @page_height when their footnotes are short, and the timeline's page is left empty
 * but for a mark, for the report to draw it in landscape. Returns that mark's index,
 * or -1. */
gint         ds_report_fill_report     (DsFlow         *flow,
                                        DsDossier      *dossier,
                                        GPtrArray      *charts,
                                        double          page_height);

/* --- Views (ds-report-views.c) ------------------------------------------------ */

/* The views' text size: "Sans 10" at 96 dpi, as the renderers draw it. */
#define DS_VIEW_EM (10.0 * 96.0 / 72.0)

/* A chart and its title, without its footnote (the report flows it as text). */
void         ds_report_draw_chart_title     (cairo_t          *cr,
                                             DsChart          *chart,
                                             double            width,
                                             double            height,
                                             DsTheme           theme);

G_END_DECLS
