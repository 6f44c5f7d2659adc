/* ds-dossier-loader-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by ds-dossier-loader.c (checks and the synchronous API) and
 * ds-dossier-loader-async.c (loading in a worker thread).
 */

#pragma once

#include "ds-dossier-loader.h"

G_BEGIN_DECLS

/* Maps a step's own fraction to [from, to] of the caller's progress. */
typedef struct
{
  DsLoadProgressFunc func;
  gpointer data;
  double from;
  double to;
} Progress;

GBytes    *ds_dossier_loader_read_file (GFile         *file,
                                        GCancellable  *cancellable,
                                        GError       **error);
DsDossier *ds_dossier_loader_load_data (const char    *data,
                                        gsize          length,
                                        GPtrArray     *problems,
                                        GCancellable  *cancellable,
                                        Progress      *progress,
                                        GError       **error);
/* The same, knowing the file's name (or NULL): TimelineJS files are recognised by
 * content, a ".csv" name only helps tell CSV from JSON, and a timeline without a title
 * takes its id and title from the name. */
DsDossier *ds_dossier_loader_load_named (const char   *data,
                                         gsize         length,
                                         const char   *name,
                                         GPtrArray    *problems,
                                         GCancellable *cancellable,
                                         Progress     *progress,
                                         GError      **error);

G_END_DECLS
