/* ds-dossier-reader.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turns a parsed JSON tree into a DsDossier, checking every field. Private to io/.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ds-dossier.h"

G_BEGIN_DECLS

#define DS_DOSSIER_MAX_ERRORS 100
#define DS_DOSSIER_MAX_STRING (1024 * 1024)
/* Amounts and shown values, scale applied: the stake calculator's cap. Beyond it a
 * number is surely a mistake, and would print as hundreds of digits. */
#define DS_DOSSIER_MAX_VALUE 1e18

typedef void (*DsReadProgressFunc) (double   fraction,
                                    gpointer user_data);

/* Adds every problem to @problems; returns NULL if any of them is an error. */
DsDossier *ds_dossier_read_tree (JsonNode           *root,
                                 GPtrArray          *problems,
                                 GCancellable       *cancellable,
                                 DsReadProgressFunc  progress,
                                 gpointer            progress_data);

/* Same, with the numbers the text scan found unrepresentable (path → message). */
DsDossier *ds_dossier_read_tree_full (JsonNode           *root,
                                      GPtrArray          *problems,
                                      GHashTable         *bad_numbers,
                                      GCancellable       *cancellable,
                                      DsReadProgressFunc  progress,
                                      gpointer            progress_data,
                                      guint              *n_errors);

G_END_DECLS
