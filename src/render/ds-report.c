/* ds-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The briefing report: the dossier as a DsFlow cut into pages, with a cover, footers
 * and page numbers; the locale's paper size; and the PDF writer.
 */

#define G_LOG_DOMAIN "ds-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <langinfo.h>
#include <locale.h>
#include <math.h>

#include "ds-report-private.h"

#define CACHE_KEY "ds-report-cache"

/* Proportions of the page, from its width, so that the report looks the same in
 * points on A4 and in device pixels on a 300 dpi print context. */
#define EM_PER_WIDTH      0.016   /* 9.5 pt on A4 */
#define MARGIN_SIDE_EM    4.8
#define MARGIN_TOP_EM     5.0
#define MARGIN_BOTTOM_EM  6.4

typedef struct
{
  double     page_width;
  double     page_height;
  char      *content_language;
  char      *ui_language;
  DsFlow    *flow;
  GPtrArray *charts;
  guint      n_pages;
  double     em;
  double     margin_side;
  double     margin_top;
  double     margin_bottom;
  guint      timeline_page;     /* G_MAXUINT: none */
  guint      timeline_mark;
  double     timeline_first;    /* the range drawn */
  double     timeline_last;
  gboolean   timeline_trimmed;  /* to its busiest part */
} Report;

static void
report_free (gpointer data)
{
  Report *report = data;

  ds_flow_free (report->flow);
  g_clear_pointer (&report->charts, g_ptr_array_unref);
  g_free (report->content_language);
  g_free (report->ui_language);
  g_free (report);
}

/* The timeline of a dossier that spans years with most of its events in a few months
 * would show them as one cluster: the report draws the shortest span holding 90% of
 * the events when that is under 60% of the whole (the chronology lists them all). */
static void
choose_timeline_range (Report           *report,
                       DsTimelineLayout *layout)
{
  guint n = ds_timeline_layout_get_n_events (layout);
  guint k = (guint) ceil (n * 0.9);
  g_autofree double *days = g_new (double, MAX (n, 1u));
  double first = 0, last = 365, margin;
  guint best = 0;

  ds_timeline_layout_get_extent (layout, &first, &last);
  for (guint i = 0; i < n; i++)
    ds_timeline_layout_get_event_span (layout, i, &days[i], NULL);

  report->timeline_trimmed = FALSE;
  if (n >= 10)
    {
      for (guint i = 1; i + k <= n; i++)
        if (days[i + k - 1] - days[i] < days[best + k - 1] - days[best])
          best = i;
      if (days[best + k - 1] - days[best] < (last - first) * 0.6)
        {
          first = days[best];
          last = days[best + k - 1];
          report->timeline_trimmed = TRUE;
        }
    }

  margin = MAX ((last - first) * 0.04, 15);
  report->timeline_first = first - margin;
  report->timeline_last = last + margin;
}

static const char *
ui_language (void)
{
  return g_get_language_names ()[0];
}

/* The pagination for this page size and these languages, cached on the dossier: Print…
 * asks for one page at a time. */
static Report *
get_report (DsDossier *dossier,
            double     page_width,
            double     page_height)
{
  Report *report = g_object_get_data (G_OBJECT (dossier), CACHE_KEY);
  DsTimelineLayout *layout;
  double content_height;
  gint timeline_mark;

  if (report != NULL && report->page_width == page_width && report->page_height == page_height &&
      g_strcmp0 (report->content_language, ds_text_get_content_language ()) == 0 &&
      g_strcmp0 (report->ui_language, ui_language ()) == 0)
    return report;

  report = g_new0 (Report, 1);
  report->page_width = page_width;
  report->page_height = page_height;
  report->content_language = g_strdup (ds_text_get_content_language ());
  report->ui_language = g_strdup (ui_language ());
  report->em = page_width * EM_PER_WIDTH;
  report->margin_side = MARGIN_SIDE_EM * report->em;
  report->margin_top = MARGIN_TOP_EM * report->em;
  report->margin_bottom = MARGIN_BOTTOM_EM * report->em;
  report->charts = ds_charts_from_dossier (dossier);
  /* Nothing the dossier holds may hold the dossier: a timeline layout does. */
  layout = ds_timeline_layout_new (dossier, DS_LANES_KIND);
  choose_timeline_range (report, layout);
  ds_timeline_layout_free (layout);
  report->flow = ds_flow_new (MAX (report->em * 10, page_width - report->margin_side * 2), report->em);
  content_height = MAX (report->em * 10, page_height - report->margin_top - report->margin_bottom);
  timeline_mark = ds_report_fill_report (report->flow, dossier, report->charts, content_height);
  report->n_pages = ds_flow_paginate (report->flow, content_height);
  report->timeline_page = G_MAXUINT;
  if (timeline_mark >= 0)
    {
      report->timeline_mark = (guint) timeline_mark;
      ds_flow_get_mark (report->flow, timeline_mark, &report->timeline_page, NULL);
    }

  g_object_set_data_full (G_OBJECT (dossier), CACHE_KEY, report, report_free);

  return report;
}

/* --- Paper -------------------------------------------------------------------------------- */

void
ds_report_get_paper_size (double *width,
                          double *height)
{
  double width_mm = 210;
  double height_mm = 297;

#if defined(__GLIBC__) && defined(LC_PAPER)
  {
    /* glibc returns the numbers themselves in place of strings. */
    union { const char *string; unsigned int word; } w, h;

    w.string = nl_langinfo (_NL_PAPER_WIDTH);
    h.string = nl_langinfo (_NL_PAPER_HEIGHT);
    if (w.word >= 50 && w.word <= 2000 && h.word >= 50 && h.word <= 2000)
      {
        width_mm = w.word;
        height_mm = h.word;
      }
  }
#endif

  /* Letter is 8.5 × 11 in; glibc rounds it to 216 × 279 mm. */
  if (fabs (width_mm - 215.9) < 1 && fabs (height_mm - 279.4) < 1)
    {
      width_mm = 215.9;
      height_mm = 279.4;
    }

  if (width != NULL)
    *width = width_mm * 72.0 / 25.4;
  if (height != NULL)
    *height = height_mm * 72.0 / 25.4;
}

/* --- Pages -------------------------------------------------------------------------------- */

guint
ds_report_get_n_pages (DsDossier *dossier,
                       double     page_width,
                       double     page_height)
{
  g_return_val_if_fail (DS_IS_DOSSIER (dossier), 0);
  g_return_val_if_fail (page_width > 0 && page_height > 0, 0);

  return get_report (dossier, page_width, page_height)->n_pages;
}

static void
draw_footer (cairo_t   *cr,
             Report    *report,
             DsDossier *dossier,
             guint      page,
             double     page_width,
             double     page_height,
             DsTheme    theme)
{
  const DsPalette *palette = ds_palette_get (theme);
  double width = page_width - report->margin_side * 2;
  double y = page_height - report->margin_bottom + report->em * 2.6;
  /* Translators: the page number in the report's footer */
  g_autofree char *number = g_strdup_printf (_("Page %1$u of %2$u"), page + 1, report->n_pages);
  g_autoptr(PangoLayout) right = ds_flow_create_layout (report->flow, DS_TEXT_SMALL, number, -1);
  g_autoptr(PangoLayout) left = NULL;
  int right_width;

  pango_layout_get_size (right, &right_width, NULL);
  left = ds_flow_create_layout (report->flow, DS_TEXT_SMALL, ds_dossier_get_title (dossier),
                                width - (double) right_width / PANGO_SCALE - report->em * 2);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (left, 0);

  ds_color_set_source (cr, &palette->grid);
  cairo_rectangle (cr, report->margin_side, y - report->em * 0.7, width, MAX (0.5, report->em * 0.06));
  cairo_fill (cr);

  ds_flow_show_layout (cr, left, report->margin_side, y, &palette->dim);
  ds_flow_show_layout (cr, right, report->margin_side + width - (double) right_width / PANGO_SCALE, y,
                       &palette->dim);
}

/* The parts and their pages at the foot of the cover, when there is room; without
 * the parts' sections when only that fits. */
static void
draw_contents (cairo_t *cr,
               Report  *report,
               DsTheme  theme)
{
  const DsPalette *palette = ds_palette_get (theme);
  guint n = ds_flow_get_n_marks (report->flow);
  double em = report->em;
  double width = report->page_width - report->margin_side * 2;
  double row = em * 1.5;
  double top = report->margin_top + ds_flow_get_page_extent (report->flow, 0) + em * 2;
  double bottom = report->page_height - report->margin_bottom;
  g_autofree char *text = g_utf8_strup (_("Contents"), -1);
  g_autoptr(PangoLayout) caption = ds_flow_create_layout (report->flow, DS_TEXT_CAPTION, text, -1);
  guint max_level = 1;
  guint n_rows = n;
  double y;

  if (bottom - row * n_rows - em * 2 < top)
    {
      max_level = 0;
      n_rows = 0;
      for (guint i = 0; i < n; i++)
        {
          guint level = 0;

          ds_flow_get_mark (report->flow, i, NULL, &level);
          n_rows += level == 0;
        }
    }
  y = bottom - row * n_rows - em * 2;
  if (n_rows == 0 || y < top)
    return;

  ds_flow_show_layout (cr, caption, report->margin_side, y, &palette->dim);
  y += em * 2;

  for (guint i = 0; i < n; i++)
    {
      guint page = 0, level = 0;
      const char *name = ds_flow_get_mark (report->flow, i, &page, &level);
      g_autofree char *number = g_strdup_printf ("%u", page + 1);
      g_autofree char *link = ds_flow_mark_link (i);
      g_autoptr(PangoLayout) right = NULL;
      g_autoptr(PangoLayout) left = NULL;
      double indent = level * em * 1.4;
      int right_width;

      if (level > max_level)
        continue;

      right = ds_flow_create_layout (report->flow, DS_TEXT_BODY, number, -1);
      pango_layout_get_size (right, &right_width, NULL);
      left = ds_flow_create_layout (report->flow, level == 0 ? DS_TEXT_BODY_BOLD : DS_TEXT_BODY, name,
                                    width - indent - (double) right_width / PANGO_SCALE - em * 2);
      pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (left, 0);

      cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
      ds_flow_show_layout (cr, left, report->margin_side + indent, y, &palette->foreground);
      ds_flow_show_layout (cr, right, report->margin_side + width - (double) right_width / PANGO_SCALE, y,
                           &palette->dim);
      cairo_tag_end (cr, CAIRO_TAG_LINK);

      ds_color_set_source (cr, &palette->grid);
      cairo_rectangle (cr, report->margin_side + indent, y + row - em * 0.3, width - indent,
                       MAX (0.5, em * 0.05));
      cairo_fill (cr);
      y += row;
    }
}

static void
draw_cover_decoration (cairo_t *cr,
                       Report  *report,
                       DsTheme  theme)
{
  const DsPalette *palette = ds_palette_get (theme);
  g_autoptr(PangoLayout) name = ds_flow_create_layout (report->flow, DS_TEXT_CAPTION, PACKAGE_NAME, -1);

  ds_color_set_source (cr, &palette->accent);
  cairo_rectangle (cr, 0, 0, report->page_width, report->em * 0.9);
  cairo_fill (cr);

  draw_contents (cr, report, theme);
  ds_flow_show_layout (cr, name, report->margin_side,
                       report->page_height - report->margin_bottom + report->em * 2.6, &palette->dim);
}

static char *
format_month (double day)
{
  DsDate date = { 0 };
  gint64 year;
  guint month, mday;

  ds_date_from_day_number ((gint64) floor (day), &year, &month, &mday);
  date.year = year;
  date.precision = DS_DATE_PRECISION_MONTH;
  date.part = month;

  return ds_date_format (&date);
}

/* The timeline's page, @width × @height in landscape. */
static void
draw_timeline_page (cairo_t   *cr,
                    Report    *report,
                    DsDossier *dossier,
                    guint      page,
                    double     width,
                    double     height,
                    DsTheme    theme)
{
  const DsPalette *palette = ds_palette_get (theme);
  double em = report->em;
  double zoom = em * 0.85 / DS_VIEW_EM;
  double x = report->margin_side;
  double y = report->margin_top * 0.8;
  double bottom = height - report->margin_bottom;
  g_autoptr(PangoLayout) heading = ds_flow_create_layout (report->flow, DS_TEXT_H1, _("Timeline"), -1);
  g_autoptr(PangoLayout) caption = NULL;
  DsTimelineLayout *layout;
  DsTimelineDrawParams params;
  int heading_height;

  ds_color_set_source (cr, &palette->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  draw_footer (cr, report, dossier, page, width, height, theme);

  {
    g_autofree char *dest = ds_flow_mark_dest (report->timeline_mark);

    cairo_tag_begin (cr, CAIRO_TAG_DEST, dest);
    ds_flow_show_layout (cr, heading, x, y, &palette->foreground);
    cairo_tag_end (cr, CAIRO_TAG_DEST);
  }
  pango_layout_get_size (heading, NULL, &heading_height);
  y += (double) heading_height / PANGO_SCALE + em * 0.8;

  if (report->timeline_trimmed)
    {
      g_autofree char *from = format_month (report->timeline_first);
      g_autofree char *to = format_month (report->timeline_last);
      g_autofree char *text = NULL;
      int caption_height;

      /* Translators: under the report's timeline when it shows only its busiest
         part; %1$s and %2$s are months, as in "Sep 2025" */
      text = g_strdup_printf (_("Shown: %1$s to %2$s. The chronology that follows lists every event."),
                              from, to);
      caption = ds_flow_create_layout (report->flow, DS_TEXT_SMALL, text, width - x * 2);
      pango_layout_get_size (caption, NULL, &caption_height);
      bottom -= (double) caption_height / PANGO_SCALE + em * 0.6;
      ds_flow_show_layout (cr, caption, x, bottom + em * 0.6, &palette->dim);
    }

  ds_timeline_draw_params_init (&params, 1, 1);
  params.scale.first_day = report->timeline_first;
  params.scale.last_day = report->timeline_last;
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, zoom, zoom);
  layout = ds_timeline_layout_new (dossier, DS_LANES_KIND);
  ds_report_draw_timeline_layout (cr, layout, &params, (width - x * 2) / zoom, (bottom - y) / zoom, theme);
  ds_timeline_layout_free (layout);
  cairo_restore (cr);
}

static void
draw_page (cairo_t   *cr,
           DsDossier *dossier,
           Report    *report,
           guint      page,
           DsTheme    theme)
{
  cairo_save (cr);

  if (page == report->timeline_page)
    {
      /* A landscape page on portrait paper: its top along the left edge. */
      cairo_translate (cr, 0, report->page_height);
      cairo_rotate (cr, -G_PI / 2);
      draw_timeline_page (cr, report, dossier, page, report->page_height, report->page_width, theme);
      cairo_restore (cr);
      return;
    }

  ds_color_set_source (cr, &ds_palette_get (theme)->background);
  cairo_rectangle (cr, 0, 0, report->page_width, report->page_height);
  cairo_fill (cr);

  if (page == 0)
    draw_cover_decoration (cr, report, theme);
  else
    draw_footer (cr, report, dossier, page, report->page_width, report->page_height, theme);

  ds_flow_draw_page (report->flow, cr, page, report->margin_side, report->margin_top, theme);
  cairo_restore (cr);
}

void
ds_report_draw_page (cairo_t   *cr,
                     DsDossier *dossier,
                     guint      page,
                     double     page_width,
                     double     page_height,
                     DsTheme    theme)
{
  Report *report;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (DS_IS_DOSSIER (dossier));
  g_return_if_fail (page_width > 0 && page_height > 0);

  report = get_report (dossier, page_width, page_height);
  g_return_if_fail (page < report->n_pages);

  draw_page (cr, dossier, report, page, theme);
}

/* --- PDF ---------------------------------------------------------------------------------- */

typedef struct
{
  DsDossier *dossier;
  DsTheme    theme;
} ReportJob;

static void
add_outline (cairo_surface_t *surface,
             Report          *report,
             DsDossier       *dossier)
{
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, ds_dossier_get_title (dossier),
                                 "page=1", 0);
  for (guint i = 0; i < ds_flow_get_n_marks (report->flow); i++)
    {
      guint page = 0, level = 0;
      const char *name = ds_flow_get_mark (report->flow, i, &page, &level);
      g_autofree char *link = g_strdup_printf ("page=%u", page + 1);
      int id;

      id = cairo_pdf_surface_add_outline (surface, level > 0 ? parent : CAIRO_PDF_OUTLINE_ROOT, name, link,
                                          CAIRO_PDF_OUTLINE_FLAG_OPEN);
      if (level == 0)
        parent = id;
    }
}

/* Pages at the report's size, the timeline's turned to landscape. */
static void
draw_report (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  data)
{
  ReportJob *job = data;
  cairo_surface_t *surface = cairo_get_target (cr);
  Report *report = get_report (job->dossier, width, height);

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  ds_dossier_get_title (job->dossier));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  ds_dossier_get_subtitle (job->dossier));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  PACKAGE_NAME " " PACKAGE_VERSION);

  for (guint page = 0; page < report->n_pages; page++)
    {
      if (page == report->timeline_page)
        {
          cairo_pdf_surface_set_size (surface, height, width);
          draw_timeline_page (cr, report, job->dossier, page, height, width, job->theme);
          cairo_show_page (cr);
          cairo_pdf_surface_set_size (surface, width, height);
          continue;
        }
      draw_page (cr, job->dossier, report, page, job->theme);
      cairo_show_page (cr);
    }

  add_outline (surface, report, job->dossier);
}

gboolean
ds_report_write_pdf (const char  *path,
                     DsDossier   *dossier,
                     DsTheme      theme,
                     GError     **error)
{
  ReportJob job = { dossier, theme };
  double width, height;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (DS_IS_DOSSIER (dossier), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ds_report_get_paper_size (&width, &height);

  return ds_export_view_to_file (path, DS_EXPORT_PDF, width, height, 1, draw_report, &job, error);
}
