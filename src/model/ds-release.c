/* ds-release.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-release"

#include "config.h"

#include <gio/gio.h>

#include "ds-release.h"

typedef struct
{
  gpointer data;
  GDestroyNotify free_func;
} Release;

/* Frees in the thread itself: the task's own data could be dropped on the main thread. */
static void
release_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Release *release = task_data;

  release->free_func (release->data);
  g_free (release);
}

void
ds_release_in_worker (gpointer       data,
                      GDestroyNotify free_func)
{
  g_autoptr(GTask) task = NULL;
  Release *release;

  g_return_if_fail (free_func != NULL);

  if (data == NULL)
    return;

  release = g_new (Release, 1);
  release->data = data;
  release->free_func = free_func;
  task = g_task_new (NULL, NULL, NULL, NULL);
  g_task_set_task_data (task, release, NULL);
  g_task_run_in_thread (task, release_thread);
}
