/* ds-timeline-view-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Building the timeline view's layout when its dossier or lane mode changes. A small
 * dossier's layout is built at once, so that it shows in the very first frame; a big
 * one's in a worker thread (tens of milliseconds at 100,000 events), while the view
 * shows the previous lanes (a new lane mode) or nothing (a new dossier). A range or a
 * selection set before a new dossier's layout arrives is kept and applied then; a
 * result that a newer change or the widget's disposal made stale is dropped.
 */

#define G_LOG_DOMAIN "ds-timeline-view"

#include "config.h"

#include "ds-release.h"
#include "ds-timeline-view-private.h"

/* Up to this many events the layout is built on the calling thread (a millisecond or
 * two): start-up with a small dossier pays no thread hand-over and no empty frame. */

typedef struct
{
  DsDossier  *dossier;
  DsLaneMode  mode;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_clear_object (&job->dossier);
  g_free (job);
}

/* ds_timeline_layout_new () reads only the dossier's plain arrays, its id index and
 * immutable events, and translates a few lane names: nothing of GTK or pango, and no
 * GListStore, whose lookups write a cache. */
static void
build_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Job *job = task_data;
  DsTimelineLayout *layout = NULL;

  if (!g_cancellable_is_cancelled (cancellable))
    layout = ds_timeline_layout_new (job->dossier, job->mode);

  /* A stale build may hold the last reference to a dossier that was replaced meanwhile,
   * and freeing 100,000 events takes long: let go of it here, not on the main thread. */
  g_clear_object (&job->dossier);
  if (g_cancellable_is_cancelled (cancellable))
    g_clear_pointer (&layout, ds_timeline_layout_free);

  if (layout == NULL)
    g_task_return_error_if_cancelled (task);
  else
    g_task_return_pointer (task, layout, (GDestroyNotify)ds_timeline_layout_free);
}

static void
set_fit_range (DsTimelineView *self)
{
  double first, last;

  if (self->layout != NULL && ds_timeline_layout_get_extent (self->layout, &first, &last))
    {
      double margin = MAX ((last - first) * 0.04, 15);

      self->fit_first_day = first - margin;
      self->fit_last_day = last + margin;
    }
  else
    {
      self->fit_first_day = 0;
      self->fit_last_day = 365;
    }

  self->first_day = self->fit_first_day;
  self->last_day = self->fit_last_day;
}

static void
cancel_build (DsTimelineView *self)
{
  g_cancellable_cancel (self->layout_cancellable);
  g_clear_object (&self->layout_cancellable);
}

/* Shows @layout (NULL: nothing to show). For a new dossier it also sets the range,
 * then applies what was asked for meanwhile; for a new lane mode the selection stays. */
static void
install_layout (DsTimelineView   *self,
                DsTimelineLayout *layout)
{
  gboolean new_dossier = self->awaiting_layout;
  g_autoptr(DsEvent) selected = NULL;

  if (new_dossier)
    selected = g_steal_pointer (&self->pending_selected);
  else if (self->layout != NULL && self->selected >= 0)
    selected = g_object_ref (ds_timeline_layout_get_event (self->layout, self->selected));

  g_clear_pointer (&self->layout, ds_timeline_layout_free);
  g_array_set_size (self->marks, 0);
  self->selected = self->hovered = -1;
  self->layout = layout;

  if (new_dossier)
    {
      self->awaiting_layout = FALSE;
      set_fit_range (self);
      if (self->has_pending_range)
        {
          self->has_pending_range = FALSE;
          _ds_timeline_view_apply_range (self, self->pending_first_day, self->pending_last_day);
        }
    }

  if (layout != NULL && selected != NULL)
    self->selected = ds_timeline_layout_find_event (layout, selected);
  /* As ds_timeline_view_set_selected_event () would have done, without animating. */
  if (new_dossier)
    _ds_timeline_view_ensure_visible (self, self->selected, FALSE);

  _ds_timeline_view_recompute_matches (self);
  _ds_timeline_view_update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (new_dossier)
    _ds_timeline_view_notify_state (self);
}

static void
build_done_cb (GObject      *source_object,
               GAsyncResult *result,
               gpointer      data)
{
  GWeakRef *weak = data;
  g_autoptr(DsTimelineView) self = g_weak_ref_get (weak);
  DsTimelineLayout *layout = g_task_propagate_pointer (G_TASK (result), NULL);

  g_weak_ref_clear (weak);
  g_free (weak);

  /* A newer dossier or lane mode, or dispose, has replaced or cancelled this build. */
  if (self == NULL || layout == NULL ||
      g_task_get_cancellable (G_TASK (result)) != self->layout_cancellable)
    {
      if (layout != NULL)
        /* Never drawn, so without a renderer cache (not thread-safe): a worker
         * may free it. */
        ds_release_in_worker (layout, (GDestroyNotify)ds_timeline_layout_free);
      return;
    }

  g_clear_object (&self->layout_cancellable);
  install_layout (self, layout);
}

static void
start_build (DsTimelineView *self)
{
  g_autoptr(GTask) task = NULL;
  GWeakRef *weak = g_new (GWeakRef, 1);
  Job *job = g_new0 (Job, 1);

  job->dossier = g_object_ref (self->dossier);
  job->mode = self->lane_mode;

  /* The task does not keep the widget alive, so that it never drops the last
   * reference to a widget on the worker thread. */
  g_weak_ref_init (weak, self);
  self->layout_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->layout_cancellable, build_done_cb, weak);
  g_task_set_source_tag (task, start_build);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, build_thread);
}

/* The dossier (@new_dossier) or the lane mode changed. */
void
_ds_timeline_view_rebuild_layout (DsTimelineView *self,
                                  gboolean        new_dossier)
{
  guint n_events = 0;

  cancel_build (self);

  if (new_dossier)
    {
      /* What the reader set for the previous dossier does not carry over. */
      g_clear_object (&self->pending_selected);
      self->has_pending_range = FALSE;
      self->awaiting_layout = TRUE;
      g_clear_pointer (&self->layout, ds_timeline_layout_free);
      self->selected = self->hovered = -1;
      self->scroll_y = 0;
      set_fit_range (self);
    }

  if (self->dossier != NULL)
    ds_dossier_peek_events (self->dossier, &n_events);

  if (self->dossier == NULL)
    install_layout (self, NULL);
  else if (n_events <= DS_DOSSIER_MANY_EVENTS)
    install_layout (self, ds_timeline_layout_new (self->dossier, self->lane_mode));
  else
    {
      start_build (self);
      if (new_dossier)
        {
          g_array_set_size (self->marks, 0);
          _ds_timeline_view_recompute_matches (self);
          _ds_timeline_view_update_description (self);
          _ds_timeline_view_notify_state (self);
        }
    }
}

void
_ds_timeline_view_cancel_layout (DsTimelineView *self)
{
  cancel_build (self);
  g_clear_object (&self->pending_selected);
  self->awaiting_layout = FALSE;
  self->has_pending_range = FALSE;
}

gboolean
_ds_timeline_view_is_building (DsTimelineView *self)
{
  return self->layout_cancellable != NULL;
}
