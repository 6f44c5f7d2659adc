/* fuzz-timelinejs-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The TimelineJS spreadsheet (CSV) importer on arbitrary bytes, with exactly @size
 * bytes readable: quotes that never close, fields that span lines, CR, LF and CRLF
 * mixed, a byte-order mark, NUL bytes and invalid UTF-8 are all fair game, since the
 * function takes a length and promises nothing about the text. A timeline that
 * imports is walked like any dossier; one that does not says why.
 */

#include "config.h"

#include "fuzz-common.h"
#include "fuzz-dossier-walk.h"

#include "ds-timelinejs-import.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(DsDossier) dossier = NULL;
  const char *text = (const char *)data;
  guint n_errors = 0;

  /* With a .csv name, anything that does not look like JSON is taken as CSV; without
   * a name, only text whose header names "Year" and "Headline". Both paths are real. */
  (void)ds_timelinejs_is_csv (text, size, NULL);
  if (!ds_timelinejs_is_csv (text, size, "fuzz.csv"))
    return 0;

  problems = ds_problems_new ();
  dossier = ds_timelinejs_read_csv (text, size, "fuzz.csv", problems, NULL, &n_errors);
  fuzz_check_problems (problems, "fuzz.csv");

  if (dossier == NULL)
    {
      FUZZ_CHECK (ds_problems_count (problems, DS_PROBLEM_ERROR) > 0 && n_errors > 0,
                  "refused without an error problem");
      return 0;
    }

  FUZZ_CHECK (n_errors == 0 && ds_problems_count (problems, DS_PROBLEM_ERROR) == 0,
              "a timeline with errors imported");
  fuzz_walk_dossier (dossier);

  return 0;
}
