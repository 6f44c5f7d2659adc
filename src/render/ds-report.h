/* ds-report.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports: one view (the timeline, a chart, the takeaways) drawn into any cairo_t or
 * written to a PNG, SVG or PDF file, and the briefing report, a paginated PDF of the
 * whole dossier. Pure cairo + pango, no GTK: the Export… dialogs, Print… and the
 * headless `--export` all draw through these functions.
 *
 * Sizes are logical pixels for views (a PNG multiplies them by its scale; SVG and PDF
 * keep them as px and pt) and points (1/72 in) for report pages.
 */

#pragma once

#include <cairo.h>

#include "ds-chart.h"
#include "ds-dossier.h"
#include "ds-palette.h"
#include "ds-timeline-renderer.h"

G_BEGIN_DECLS

/* --- Formats and files ------------------------------------------------------------------ */

typedef enum
{
  DS_EXPORT_PNG,
  DS_EXPORT_SVG,
  DS_EXPORT_PDF,
} DsExportFormat;

/* Largest side of a view, in logical pixels, and of a PNG, in pixels (cairo's limit). */
#define DS_EXPORT_MAX_SIZE       20000
#define DS_EXPORT_MAX_PNG_SIDE   32767
/* Largest PNG, in pixels: 2^28 pixels is 1 GiB of memory while drawing. */
#define DS_EXPORT_MAX_PNG_PIXELS (1u << 28)

/* From the file name's extension, case-insensitive: .png, .svg, .pdf. */
gboolean    ds_export_format_from_path (const char     *path,
                                        DsExportFormat *format);
const char *ds_export_format_to_string (DsExportFormat  format);

typedef void (*DsExportDrawFunc) (cairo_t  *cr,
                                  double    width,
                                  double    height,
                                  gpointer  data);

/* Writes what @draw draws into a @width × @height view (logical pixels) to @path.
 * PNG is exactly round (width × scale) × round (height × scale) pixels; SVG (px) and
 * PDF (one page, pt) are vector, their fonts embedded by cairo. @scale applies to PNG
 * only (1–4).
 *
 * Atomic: cairo writes to a temporary ".NAME.XXXXXX" next to @path, renamed over @path
 * only when cairo reported success; on any failure the temporary is removed and an
 * existing @path is left untouched. A new file gets the usual permissions (0666 less
 * the umask); a replaced one keeps its mode. */
gboolean    ds_export_view_to_file     (const char       *path,
                                        DsExportFormat    format,
                                        double            width,
                                        double            height,
                                        double            scale,
                                        DsExportDrawFunc  draw,
                                        gpointer          data,
                                        GError          **error);

/* --- Views -------------------------------------------------------------------------------- */

/* The timeline as the Timeline view draws it. @params: the view's own (its visible
 * range, selection and search matches are kept, its pixel sizes are fitted to
 * @width × @height; hover is dropped), or NULL for the whole extent with a margin, as
 * the view opens. The today marker shows only when @params asks for it. */
void        ds_report_draw_timeline    (cairo_t                    *cr,
                                        DsDossier                  *dossier,
                                        const DsTimelineDrawParams *params,
                                        double                      width,
                                        double                      height,
                                        DsTheme                     theme);
/* The same with the view's own layout (its lane mode). */
void        ds_report_draw_timeline_layout (cairo_t                    *cr,
                                            DsTimelineLayout           *layout,
                                            const DsTimelineDrawParams *params,
                                            double                      width,
                                            double                      height,
                                            DsTheme                     theme);
/* A chart with its title above and its footnote below (the chart renderer draws
 * neither). Hidden series stay hidden, a zoomed range stays zoomed. */
void        ds_report_draw_chart       (cairo_t                    *cr,
                                        DsChart                    *chart,
                                        double                      width,
                                        double                      height,
                                        DsTheme                     theme);
/* The Takeaways view typeset: key figures, takeaways with their evidence, the claim
 * tracker with status shapes, the sections with their bullets. Clipped to the size;
 * ds_report_get_takeaways_height() gives the height that shows everything. */
void        ds_report_draw_takeaways   (cairo_t                    *cr,
                                        DsDossier                  *dossier,
                                        double                      width,
                                        double                      height,
                                        DsTheme                     theme);
double      ds_report_get_takeaways_height (DsDossier              *dossier,
                                            double                  width);

/* --- The report --------------------------------------------------------------------------- */

/* The paper of the user's locale, in points: Letter where LC_PAPER says so (glibc's
 * nl_langinfo (_NL_PAPER_WIDTH / _HEIGHT), in mm), else A4. */
void        ds_report_get_paper_size   (double                     *width,
                                        double                     *height);

/* Pages: a cover (title, subtitle, summary, key figures with their status, the
 * "updated" date), the timeline and its chronology, the charts two to a page with
 * their footnotes, the takeaways and sections, the claim tracker, then every distinct
 * source with links. Every page but the cover has a footer: the dossier's title and
 * the page number. Text is in the content language, labels in the UI language.
 *
 * Sizes are in the units of the cairo_t (points for PDF; with GtkPrintOperation, set
 * GTK_UNIT_POINTS and pass gtk_print_context_get_width / _height). The pagination is
 * cached on the dossier for the last page size and languages, so that Print… can
 * call these once per page; call them from one thread. */
guint       ds_report_get_n_pages      (DsDossier                  *dossier,
                                        double                      page_width,
                                        double                      page_height);
/* Draws page @page (0-based) with the page's origin at the cairo_t's origin, the page
 * background painted in the theme's colour. */
void        ds_report_draw_page        (cairo_t                    *cr,
                                        DsDossier                  *dossier,
                                        guint                       page,
                                        double                      page_width,
                                        double                      page_height,
                                        DsTheme                     theme);
/* The report as a PDF on the locale's paper, atomically as ds_export_view_to_file(),
 * with the title in its metadata and an outline of its parts. */
gboolean    ds_report_write_pdf        (const char                 *path,
                                        DsDossier                  *dossier,
                                        DsTheme                     theme,
                                        GError                    **error);

G_END_DECLS
