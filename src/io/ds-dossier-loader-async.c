/* ds-dossier-loader-async.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ds_dossier_load_file_async(): the same reading and checks as ds-dossier-loader.c, run
 * in a worker thread, with progress handed back to the caller's main context. Apart
 * because the thread and task bookkeeping has nothing to do with what a dossier is.
 */

#define G_LOG_DOMAIN "ds-dossier-loader"

#include "config.h"

#include "ds-dossier-loader-private.h"

typedef struct
{
  GFile *file;
  GPtrArray *problems;
  DsLoadProgressFunc progress;
  gpointer progress_data;
  GDestroyNotify progress_data_destroy;
  GMainContext *context;
} LoadData;

typedef struct
{
  GTask *task;  /* keeps the LoadData alive until the update has run */
  double fraction;
} ProgressUpdate;

static void
load_data_free (LoadData *load)
{
  g_clear_object (&load->file);
  g_clear_pointer (&load->problems, g_ptr_array_unref);
  if (load->progress_data_destroy)
    load->progress_data_destroy (load->progress_data);
  g_clear_pointer (&load->context, g_main_context_unref);
  g_free (load);
}

static void
progress_update_free (gpointer data)
{
  ProgressUpdate *update = data;

  g_object_unref (update->task);
  g_free (update);
}

static gboolean
deliver_progress_cb (gpointer data)
{
  ProgressUpdate *update = data;
  LoadData *load = g_task_get_task_data (update->task);

  /* A cancelled or finished load has nobody left to tell. */
  if (g_task_get_completed (update->task) ||
      g_cancellable_is_cancelled (g_task_get_cancellable (update->task)))
    return G_SOURCE_REMOVE;

  load->progress (update->fraction, load->progress_data);

  return G_SOURCE_REMOVE;
}

/* Runs in the worker. An idle source, not g_main_context_invoke(), so that the
 * callback always runs in the caller's thread, never in this one. */
static void
thread_progress_cb (double   fraction,
                    gpointer user_data)
{
  GTask *task = user_data;
  LoadData *load = g_task_get_task_data (task);
  ProgressUpdate *update;
  GSource *source;

  if (load->progress == NULL)
    return;

  update = g_new0 (ProgressUpdate, 1);
  update->task = g_object_ref (task);
  update->fraction = fraction;

  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, deliver_progress_cb, update, progress_update_free);
  g_source_attach (source, load->context);
  g_source_unref (source);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *load = task_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress = { thread_progress_cb, task, 0.1, 1.0 };
  DsDossier *dossier;
  const char *data;
  g_autofree char *name = NULL;
  gsize length;

  thread_progress_cb (0.0, task);
  if ((bytes = ds_dossier_loader_read_file (load->file, cancellable, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  thread_progress_cb (0.1, task);

  data = g_bytes_get_data (bytes, &length);
  name = g_file_get_basename (load->file);
  dossier = ds_dossier_loader_load_named (data ? data : "", length, name, load->problems, cancellable,
                                          &progress, &error);

  if (dossier == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, dossier, g_object_unref);
}

void
ds_dossier_load_file_async (GFile               *file,
                            GCancellable        *cancellable,
                            DsLoadProgressFunc   progress,
                            gpointer             progress_data,
                            GDestroyNotify       progress_data_destroy,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *load;

  g_return_if_fail (G_IS_FILE (file));

  load = g_new0 (LoadData, 1);
  load->file = g_object_ref (file);
  load->problems = ds_problems_new ();
  load->progress = progress;
  load->progress_data = progress_data;
  load->progress_data_destroy = progress_data_destroy;
  load->context = g_main_context_ref_thread_default ();

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ds_dossier_load_file_async);
  g_task_set_task_data (task, load, (GDestroyNotify)load_data_free);
  g_task_run_in_thread (task, load_thread);
}

DsDossier *
ds_dossier_load_file_finish (GAsyncResult  *result,
                             GPtrArray    **problems,
                             GError       **error)
{
  LoadData *load;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  load = g_task_get_task_data (G_TASK (result));
  if (problems != NULL)
    *problems = g_ptr_array_ref (load->problems);

  return g_task_propagate_pointer (G_TASK (result), error);
}
