/* fuzz-timelinejs-json.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The TimelineJS 3 JSON importer on arbitrary bytes, reached the way the loader reaches
 * it: text that is UTF-8 and nests at most DS_DOSSIER_MAX_DEPTH levels (json-glib 1.6
 * overflows its stack on deep input, so the loader never hands it deeper text), parsed
 * by json-glib, recognised by ds_timelinejs_is_json(), then read. A timeline that
 * imports is walked like any dossier; one that does not says why.
 */

#include "config.h"

#include "fuzz-common.h"
#include "fuzz-dossier-walk.h"

#include <json-glib/json-glib.h>

#include "ds-dossier-loader.h"
#include "ds-json-scan.h"
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
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(DsDossier) dossier = NULL;
  const char *text = (const char *)data;
  guint line, column, n_errors = 0;
  JsonNode *root;

  if (!g_utf8_validate_len (text, size, NULL) ||
      ds_json_scan (text, size, DS_DOSSIER_MAX_DEPTH, NULL, NULL, &line, &column) != DS_JSON_SCAN_OK)
    return 0;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, text, size, NULL))
    return 0;
  root = json_parser_get_root (parser);
  if (root == NULL || !ds_timelinejs_is_json (root))
    return 0;

  problems = ds_problems_new ();
  dossier = ds_timelinejs_read_tree (root, "fuzz timeline.json", problems, NULL, NULL, &n_errors);
  fuzz_check_problems (problems, "fuzz timeline.json");

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
