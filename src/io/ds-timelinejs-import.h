/* ds-timelinejs-import.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Imports Knight Lab TimelineJS 3 timelines, in their JSON form or as the CSV export of
 * their spreadsheet template, into a DsDossier. ds_dossier_load_bytes() and
 * ds_dossier_load_file() recognise both by content and call these: most code never
 * needs this header.
 *
 * Mapping, in the terms of docs/dossier-format.md:
 *   title slide: headline → dossier title, text → summary
 *   slide: start_date / end_date → date / end at their own precision (year, month or
 *     day; time of day and display_date are dropped; a cosmological scale keeps years
 *     only), headline → title, text → summary (HTML made plain text), group → one actor
 *     of kind "company" per distinct group, media credit (or caption) → a source whose
 *     url is the media url when it is http or https, unique_id → id (else "event-N",
 *     deduplicated); every event has kind "milestone" and status "confirmed"
 *   era → phase "era-N"
 *   dossier id: a slug of the title, else of the file name, else "timeline"
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ds-dossier.h"
#include "ds-problem.h"

G_BEGIN_DECLS

/* A JSON object without "format" whose events have a "start_date", or whose title
 * slide has a "text". */
gboolean   ds_timelinejs_is_json        (JsonNode      *root);

/* Text whose first line (after an optional byte-order mark) is a CSV header with
 * "Year" and "Headline" fields; or, when @name ends in ".csv", any text that does not
 * start like JSON. @name may be NULL. */
gboolean   ds_timelinejs_is_csv         (const char    *data,
                                         gsize          length,
                                         const char    *name);

/* Both add every problem to @problems (CSV problems with their line and field number,
 * JSON ones with their path, to be placed by the caller's scan) and return NULL when
 * one of them is an error. @name is the file's name, for the dossier's id and title
 * when the timeline has no title; it may be NULL. @bad_numbers maps JSON paths to the
 * message for numbers the text scan found unrepresentable; it may be NULL. */
DsDossier *ds_timelinejs_read_tree      (JsonNode      *root,
                                         const char    *name,
                                         GPtrArray     *problems,
                                         GHashTable    *bad_numbers,
                                         GCancellable  *cancellable,
                                         guint         *n_errors);
DsDossier *ds_timelinejs_read_csv       (const char    *data,
                                         gsize          length,
                                         const char    *name,
                                         GPtrArray     *problems,
                                         GCancellable  *cancellable,
                                         guint         *n_errors);

/* --- Shared by the pieces of the importer ------------------------------------------ */

/* ds-timelinejs-import.c reads JSON and ds-timelinejs-csv.c reads CSV into slides;
 * ds-timelinejs-build.c turns the slides into a dossier. */

/* One slide, read from either form; the strings are as written (HTML for headline,
 * text, credit and caption). */
typedef struct
{
  char     *path;       /* JSON path of the slide ("events[3]"), or NULL for CSV */
  guint     line;       /* CSV: line of the row; 0 for JSON */
  DsDate    start;
  DsDate    end;
  gboolean  has_start;
  gboolean  has_end;
  char     *headline;
  char     *text;
  char     *media_url;
  char     *media_credit;
  char     *media_caption;
  char     *group;
  char     *unique_id;
} DsTimelineSlide;

/* ds-timelinejs-build.c */
DsTimelineSlide *ds_timeline_slide_new    (void);
void             ds_timeline_slide_free   (DsTimelineSlide *slide);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsTimelineSlide, ds_timeline_slide_free)

typedef enum
{
  DS_TIMELINE_PART_NONE,
  DS_TIMELINE_PART_YEAR,
  DS_TIMELINE_PART_MONTH,
  DS_TIMELINE_PART_DAY,
} DsTimelinePart;

/* ds-timelinejs-import.c */

/* "2025", " -13,800,000,000 ", "+7" → "2025", "-13800000000", "7"; NULL if not a
 * whole number. */
char            *ds_timeline_normalize_integer (const char *text);

/* Builds a date at the precision given (year; year and month; year, month and day)
 * from normalized integers; on failure, says which part is wrong and why. */
gboolean         ds_timeline_date_from_parts (const char      *year,
                                              const char      *month,
                                              const char      *day,
                                              gboolean         year_only,
                                              DsDate          *date,
                                              DsTimelinePart  *bad_part,
                                              GError         **error);

/* ds-timelinejs-build.c */

/* Turns slides into a dossier. @title may be NULL; @events and @eras hold
 * DsTimelineSlide. Warnings go to @problems; ids, actors and phases are made here. */
DsDossier       *ds_timeline_build        (DsTimelineSlide *title,
                                           GPtrArray       *events,
                                           GPtrArray       *eras,
                                           const char      *name,
                                           GPtrArray       *problems);

G_END_DECLS
