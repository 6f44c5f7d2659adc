/* ds-timeline-view-range.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Moving the timeline's visible range: the scale it maps to pixels, zooming around an
 * anchor, keeping an event in view, and the smooth zoom animation. Every change lands
 * in _ds_timeline_view_apply_range() (ds-timeline-view.c), which clamps, redraws and
 * notifies "zoom".
 */

#define G_LOG_DOMAIN "ds-timeline-view"

#include "config.h"

#include <math.h>

#include "ds-timeline-view-private.h"

static void
plot_area (DsTimelineView *self,
           double         *x,
           double         *width)
{
  double left, right;

  ds_timeline_get_plot_margins (&left, &right);
  *x = left;
  *width = MAX (1.0, gtk_widget_get_width (GTK_WIDGET (self)) - left - right);
}

static void
animation_value_cb (double          value,
                    DsTimelineView *self)
{
  double span = self->from_span * pow (self->to_span / self->from_span, value);
  double center = self->from_center + (self->to_center - self->from_center) * value;

  _ds_timeline_view_apply_range (self, center - span / 2, center + span / 2);
}

DsTimeScale
_ds_timeline_view_current_scale (DsTimelineView *self)
{
  DsTimeScale scale = { self->first_day, self->last_day, 0, 1 };

  plot_area (self, &scale.x, &scale.width);

  return scale;
}

void
_ds_timeline_view_animate_to (DsTimelineView *self,
                              double          first_day,
                              double          last_day)
{
  _ds_timeline_view_stop_kinetic (self);
  adw_animation_reset (self->animation);
  self->from_center = (self->first_day + self->last_day) / 2;
  self->from_span = MAX (1e-6, self->last_day - self->first_day);
  self->to_center = (first_day + last_day) / 2;
  self->to_span = MAX (1e-6, last_day - first_day);
  /* Without a frame clock (not mapped) there is nothing to animate. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    adw_animation_play (self->animation);
  else
    _ds_timeline_view_apply_range (self, first_day, last_day);
}

void
_ds_timeline_view_zoom_around (DsTimelineView *self,
                               double          factor,
                               double          anchor_day,
                               gboolean        animate)
{
  double first = anchor_day - (anchor_day - self->first_day) / factor;
  double last = anchor_day + (self->last_day - anchor_day) / factor;

  if (animate)
    _ds_timeline_view_animate_to (self, first, last);
  else
    _ds_timeline_view_apply_range (self, first, last);
}

double
_ds_timeline_view_event_day (DsTimelineView *self,
                             gint            index)
{
  DsEvent *event = ds_timeline_layout_get_event (self->layout, index);

  return ds_date_get_first_day (ds_event_get_date (event));
}

/* Zooms around the selection when it is in view, else around the centre. */
double
_ds_timeline_view_zoom_anchor (DsTimelineView *self)
{
  if (self->layout != NULL && self->selected >= 0)
    {
      double day = _ds_timeline_view_event_day (self, self->selected);

      if (day >= self->first_day && day <= self->last_day)
        return day;
    }

  return (self->first_day + self->last_day) / 2;
}

void
_ds_timeline_view_ensure_visible (DsTimelineView *self,
                                  gint            index,
                                  gboolean        animate)
{
  double day, span, margin;

  if (self->layout == NULL || index < 0)
    return;

  day = _ds_timeline_view_event_day (self, index);
  span = self->last_day - self->first_day;
  margin = span * 0.08;
  if (day >= self->first_day + margin && day <= self->last_day - margin)
    return;

  if (animate)
    _ds_timeline_view_animate_to (self, day - span / 2, day + span / 2);
  else
    _ds_timeline_view_apply_range (self, day - span / 2, day + span / 2);
}

void
_ds_timeline_view_init_range (DsTimelineView *self)
{
  self->animation = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, 220,
                                             adw_callback_animation_target_new ((AdwAnimationTargetFunc)animation_value_cb,
                                                                                self, NULL));
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->animation), ADW_EASE_OUT_CUBIC);
}
