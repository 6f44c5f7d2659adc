/* fuzz-dossier-loader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dossier loader on arbitrary bytes: ds_dossier_load_bytes() must either return a
 * dossier, or NULL with a GError and at least one error problem, never both or
 * neither. A dossier that loads is then walked the way the views walk it (every
 * text, date, amount, source, the plain-text summary and the search index), so that
 * what the loader accepts is also safe to show.
 */

#include "config.h"

#include "fuzz-common.h"
#include "fuzz-dossier-walk.h"

#include "ds-dossier-loader.h"
#include "ds-dossier-reader.h"

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
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;

  dossier = ds_dossier_load_bytes (bytes, &problems, NULL, &error);

  fuzz_check_problems (problems, "fuzz.json");

  if (dossier == NULL)
    {
      FUZZ_CHECK (error != NULL, "NULL without an error");
      FUZZ_CHECK (ds_problems_count (problems, DS_PROBLEM_ERROR) > 0,
                  "refused without an error problem: %s", error->message);
      return 0;
    }

  FUZZ_CHECK (error == NULL, "a dossier and an error: %s", error->message);
  FUZZ_CHECK (ds_problems_count (problems, DS_PROBLEM_ERROR) == 0, "a dossier with errors");
  fuzz_walk_dossier (dossier);

  return 0;
}
