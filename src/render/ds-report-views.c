/* ds-report-views.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One view drawn for an export: the timeline and the charts through their renderers,
 * with what their widgets show around them (a chart's title and footnote), and the
 * Takeaways view typeset through DsFlow.
 */

#define G_LOG_DOMAIN "ds-report"

#include "config.h"

#include <math.h>

#include "ds-report-private.h"

/* The Takeaways view reads as the page does on screen. */
#define TAKEAWAYS_EM     15.0
#define TAKEAWAYS_COLUMN 62.0   /* the widest text column, in em */
#define TAKEAWAYS_MARGIN 2.4    /* in em */
#define CHART_PADDING    1.2    /* in em */

/* --- Timeline ----------------------------------------------------------------------------- */

static void
paint_background (cairo_t *cr,
                  double   width,
                  double   height,
                  DsTheme  theme)
{
  ds_color_set_source (cr, &ds_palette_get (theme)->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

void
ds_report_draw_timeline_layout (cairo_t                    *cr,
                                DsTimelineLayout           *layout,
                                const DsTimelineDrawParams *params,
                                double                      width,
                                double                      height,
                                DsTheme                     theme)
{
  DsTimelineDrawParams frame;
  double left, right;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);

  ds_timeline_get_plot_margins (&left, &right);
  ds_timeline_draw_params_init (&frame, width, height);

  if (params != NULL)
    {
      frame = *params;
      frame.width = width;
      frame.height = height;
      frame.hovered = -1;
      frame.scroll_y = CLAMP (params->scroll_y, 0, ds_timeline_layout_get_max_scroll (layout, height));
      if (frame.selected >= (gint) ds_timeline_layout_get_n_events (layout))
        frame.selected = -1;
    }
  else
    {
      double first, last;

      /* As the view opens: the whole extent, with a margin. */
      if (ds_timeline_layout_get_extent (layout, &first, &last))
        {
          double margin = MAX ((last - first) * 0.04, 15);

          frame.scale.first_day = first - margin;
          frame.scale.last_day = last + margin;
        }
      else
        {
          frame.scale.first_day = 0;
          frame.scale.last_day = 365;
        }
    }

  frame.scale.x = left;
  frame.scale.width = MAX (1, width - left - right);
  frame.theme = theme;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  paint_background (cr, width, height, theme);
  ds_timeline_render (layout, cr, &frame, NULL);
  cairo_restore (cr);
}

void
ds_report_draw_timeline (cairo_t                    *cr,
                         DsDossier                  *dossier,
                         const DsTimelineDrawParams *params,
                         double                      width,
                         double                      height,
                         DsTheme                     theme)
{
  DsTimelineLayout *layout;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (DS_IS_DOSSIER (dossier));

  layout = ds_timeline_layout_new (dossier, DS_LANES_SINGLE);
  ds_report_draw_timeline_layout (cr, layout, params, width, height, theme);
  ds_timeline_layout_free (layout);
}

/* --- Charts ------------------------------------------------------------------------------- */

static void
draw_chart (cairo_t  *cr,
            DsChart  *chart,
            double    width,
            double    height,
            DsTheme   theme,
            gboolean  with_footnote)
{
  const DsPalette *palette = ds_palette_get (theme);
  double padding = with_footnote ? CHART_PADDING * DS_VIEW_EM : 0;
  double inner = MAX (1, width - padding * 2);
  const char *note = ds_chart_get_footnote (chart);
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) footnote = NULL;
  DsChartDrawParams params;
  DsFlow *text;
  int title_height, footnote_height = 0;
  double top, bottom;

  text = ds_flow_new (inner, DS_VIEW_EM);
  title = ds_flow_create_layout (text, DS_TEXT_H2, ds_chart_get_title (chart), inner);
  pango_layout_get_size (title, NULL, &title_height);
  top = padding * 0.75 + (double) title_height / PANGO_SCALE + DS_VIEW_EM * 0.5;
  if (with_footnote && note != NULL && *note != '\0')
    {
      footnote = ds_flow_create_layout (text, DS_TEXT_SMALL, note, inner);
      pango_layout_get_size (footnote, NULL, &footnote_height);
    }
  bottom = footnote != NULL ? padding * 0.75 + (double) footnote_height / PANGO_SCALE + DS_VIEW_EM * 0.5
                            : (with_footnote ? padding * 0.75 : 0);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  paint_background (cr, width, height, theme);

  ds_flow_show_layout (cr, title, padding, padding * 0.75, &palette->foreground);

  ds_chart_draw_params_init (&params, inner, MAX (1, height - top - bottom));
  params.theme = theme;
  cairo_save (cr);
  cairo_translate (cr, padding, top);
  ds_chart_render (chart, cr, &params);
  cairo_restore (cr);

  if (footnote != NULL)
    ds_flow_show_layout (cr, footnote, padding,
                         height - padding * 0.75 - (double) footnote_height / PANGO_SCALE, &palette->dim);

  cairo_restore (cr);
  ds_flow_free (text);
}

void
ds_report_draw_chart (cairo_t *cr,
                      DsChart *chart,
                      double   width,
                      double   height,
                      DsTheme  theme)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (chart != NULL);

  draw_chart (cr, chart, width, height, theme, TRUE);
}

void
ds_report_draw_chart_title (cairo_t *cr,
                            DsChart *chart,
                            double   width,
                            double   height,
                            DsTheme  theme)
{
  draw_chart (cr, chart, width, height, theme, FALSE);
}

/* --- Takeaways ---------------------------------------------------------------------------- */

static DsFlow *
takeaways_flow (DsDossier *dossier,
                double     width,
                double    *x)
{
  double margin = TAKEAWAYS_MARGIN * TAKEAWAYS_EM;
  double column = CLAMP (width - margin * 2, TAKEAWAYS_EM * 10, TAKEAWAYS_COLUMN * TAKEAWAYS_EM);
  DsFlow *flow = ds_flow_new (column, TAKEAWAYS_EM);

  *x = MAX (margin, (width - column) / 2);
  ds_report_fill_takeaways (flow, dossier);
  ds_flow_paginate (flow, G_MAXDOUBLE);

  return flow;
}

void
ds_report_draw_takeaways (cairo_t   *cr,
                          DsDossier *dossier,
                          double     width,
                          double     height,
                          DsTheme    theme)
{
  DsFlow *flow;
  double x;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (DS_IS_DOSSIER (dossier));

  flow = takeaways_flow (dossier, width, &x);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  paint_background (cr, width, height, theme);
  ds_flow_draw_page (flow, cr, 0, x, TAKEAWAYS_MARGIN * TAKEAWAYS_EM, theme);
  cairo_restore (cr);
  ds_flow_free (flow);
}

double
ds_report_get_takeaways_height (DsDossier *dossier,
                                double     width)
{
  DsFlow *flow;
  double x, height;

  g_return_val_if_fail (DS_IS_DOSSIER (dossier), 0);

  flow = takeaways_flow (dossier, width, &x);
  height = ds_flow_get_page_extent (flow, 0) + TAKEAWAYS_MARGIN * TAKEAWAYS_EM * 2;
  ds_flow_free (flow);

  return ceil (height);
}
