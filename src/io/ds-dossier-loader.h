/* ds-dossier-loader.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads a dossier whole or not at all. Every problem found is returned with its place
 * (line, column, JSON path); the GError only says that the file could not be used.
 */

#pragma once

#include <gio/gio.h>

#include "ds-dossier.h"
#include "ds-problem.h"

G_BEGIN_DECLS

#define DS_DOSSIER_MAX_SIZE  (64 * 1024 * 1024)
#define DS_DOSSIER_MAX_DEPTH 64

#define DS_LOADER_ERROR (ds_loader_error_quark ())

typedef enum
{
  DS_LOADER_ERROR_INVALID,   /* the problems say why */
  DS_LOADER_ERROR_TOO_LARGE,
} DsLoaderError;

typedef void (*DsLoadProgressFunc) (double   fraction,
                                    gpointer user_data);

GQuark     ds_loader_error_quark           (void);

/* @problems (out, optional): a GPtrArray of DsProblem, warnings included. */
DsDossier *ds_dossier_load_bytes           (GBytes              *bytes,
                                            GPtrArray          **problems,
                                            GCancellable        *cancellable,
                                            GError             **error);
DsDossier *ds_dossier_load_file            (GFile               *file,
                                            GPtrArray          **problems,
                                            GCancellable        *cancellable,
                                            GError             **error);
DsDossier *ds_dossier_load_resource        (const char          *resource_path,
                                            GPtrArray          **problems,
                                            GError             **error);

/* Reads and checks in a worker thread. @progress runs in the caller's main context,
 * never after the load was cancelled or finished; @progress_data_destroy may run in
 * any thread. */
void       ds_dossier_load_file_async      (GFile               *file,
                                            GCancellable        *cancellable,
                                            DsLoadProgressFunc   progress,
                                            gpointer             progress_data,
                                            GDestroyNotify       progress_data_destroy,
                                            GAsyncReadyCallback  callback,
                                            gpointer             user_data);
DsDossier *ds_dossier_load_file_finish     (GAsyncResult        *result,
                                            GPtrArray          **problems,
                                            GError             **error);

/* Loads free json-glib's tree on a thread of their own once the dossier is handed
 * over; this waits until every earlier load's tree is freed (for benchmarks that must
 * not time frames with that thread running beside them). */
void       ds_dossier_loader_wait_for_releases (void);

/* The name to show before each problem: the file's basename, or its URI. */
char      *ds_dossier_file_display_name    (GFile               *file);

G_END_DECLS
