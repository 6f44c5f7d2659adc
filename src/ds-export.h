/* ds-export.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dealscope --export FILE`: a view or the report written without a display. No GTK
 * is used on this path, so it runs with DISPLAY and WAYLAND_DISPLAY unset.
 */

#pragma once

#include <stdio.h>

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses */
#define DS_EXPORT_OK       0
#define DS_EXPORT_INVALID  1   /* the dossier did not load: its problems were printed */
#define DS_EXPORT_USAGE    2   /* a bad argument, or the file could not be written */

/* Writes @out_path; the format comes from its extension (.png, .svg, .pdf).
 *
 * @view: timeline, valuations, capex, deal, revenue, takeaways or report; NULL for
 *   the report when writing a PDF, else the timeline. "report" is for PDF only; a
 *   chart the dossier does not have is an error.
 * @size: "WIDTHxHEIGHT" in logical pixels, each 1–20000; NULL for 1600x900, or for
 *   the takeaways 1200 wide and as tall as their content. Not for the report, whose
 *   pages are the locale's paper (A4, or Letter where LC_PAPER says so).
 * @scale: PNG pixels per logical pixel, 1–4; 0 for 1.
 * @theme: light or dark; NULL for light.
 * @lang: en or fr; NULL follows the environment. Both the dossier's text and the
 *   labels switch: ds_text_set_content_language(), LANGUAGE set in the environment
 *   and LC_MESSAGES, LC_NUMERIC and LC_TIME set to a locale of that language when one
 *   is installed (fr_FR.UTF-8; en_US.UTF-8 or C.UTF-8), so that numbers are
 *   "1 234,5" in French. Setting a locale category also drops gettext's cache.
 *   Call this before anything is translated: GLib's g_dgettext() (behind the context and
 *   plural forms) decides once per process whether to translate at all, from the
 *   locale of its first call. From GApplication, handle_local_options is early
 *   enough (option descriptions are translated only for --help).
 * @dossier_path: a dossier file, or NULL for the bundled one.
 * @err: where messages and the dossier's problems go (as --validate prints them).
 *
 * Returns the exit status: DS_EXPORT_OK, DS_EXPORT_INVALID or DS_EXPORT_USAGE. On any
 * failure an existing @out_path is left as it was. */
int ds_export_run (const char *out_path,
                   const char *view,
                   const char *size,
                   double      scale,
                   const char *theme,
                   const char *lang,
                   const char *dossier_path,
                   FILE       *err);

/* "1600x900" → 1600, 900: whole numbers from 1 to 20000, nothing else around them. */
gboolean ds_export_parse_size (const char *text,
                               guint      *width,
                               guint      *height);

G_END_DECLS
