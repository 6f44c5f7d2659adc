/* ds-timeline-view-input.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pointer, touch and keyboard for the timeline: pan by drag, scroll or swipe (with
 * kinetic deceleration), zoom by Ctrl+scroll, pinch or keys, select and activate.
 */

#define G_LOG_DOMAIN "ds-timeline-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ds-timeline-view-private.h"

static const DsTimelineMark *
mark_at (DsTimelineView *self,
         double          x,
         double          y)
{
  return self->marks->len > 0 ? ds_timeline_hit_test (self->marks, x, y) : NULL;
}

static void
click_pressed_cb (DsTimelineView  *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *gesture)
{
  const DsTimelineMark *mark = mark_at (self, x, y);
  DsTimeScale scale = _ds_timeline_view_current_scale (self);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (mark == NULL)
    return;

  if (mark->count > 1)
    {
      /* A cluster opens up: zoom in around it until its events separate. */
      _ds_timeline_view_zoom_around (self, 4.0, ds_time_scale_to_day (&scale, mark->x), TRUE);
      return;
    }

  _ds_timeline_view_select_index (self, mark->event, TRUE);
  if (n_press == 2)
    _ds_timeline_view_emit_activated (self, mark->event);
}

static void
motion_cb (DsTimelineView           *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  const DsTimelineMark *mark = mark_at (self, x, y);
  gint hovered = mark != NULL && mark->count == 1 ? (gint)mark->event : -1;

  if (hovered != self->hovered)
    {
      self->hovered = hovered;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (DsTimelineView           *self,
          GtkEventControllerMotion *controller)
{
  if (self->hovered != -1)
    {
      self->hovered = -1;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static gboolean
query_tooltip_cb (DsTimelineView *self,
                  int             x,
                  int             y,
                  gboolean        keyboard,
                  GtkTooltip     *tooltip)
{
  const DsTimelineMark *mark = mark_at (self, x, y);
  g_autoptr(GString) text = NULL;
  DsEvent *event;
  g_autofree char *date = NULL;

  if (mark == NULL)
    return FALSE;

  event = ds_timeline_layout_get_event (self->layout, mark->event);
  date = ds_date_format (ds_event_get_date (event));
  text = g_string_new (NULL);

  if (mark->count > 1)
    {
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u event from %s", "%u events from %s", mark->count),
                              mark->count, date);
      g_string_append_c (text, '\n');
      g_string_append (text, _("Click to zoom in"));
    }
  else
    {
      /* Translators: a tooltip line: date, then status */
      g_string_append_printf (text, _("%1$s · %2$s"), date, ds_status_to_label (ds_event_get_status (event)));
      g_string_append_c (text, '\n');
      g_string_append (text, ds_event_get_title (event));
      if (ds_event_get_amount (event) != NULL)
        {
          g_autofree char *amount = ds_money_format (ds_event_get_amount (event));
          const char *label = ds_event_get_amount_label (event);

          g_string_append_c (text, '\n');
          g_string_append (text, amount);
          if (*label != '\0')
            g_string_append_printf (text, " (%s)", label);
        }
    }

  /* Plain text: dossier text is never markup. */
  gtk_tooltip_set_text (tooltip, text->str);
  return TRUE;
}

static gboolean
scroll_cb (DsTimelineView           *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  DsTimeScale scale = _ds_timeline_view_current_scale (self);
  double pointer_x = scale.x + scale.width / 2;
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
  double ex, ey;

  if (event != NULL && gdk_event_get_position (event, &ex, &ey))
    {
      graphene_point_t in_self;
      GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
      double nx, ny;

      gtk_native_get_surface_transform (native, &nx, &ny);
      if (gtk_widget_compute_point (GTK_WIDGET (native), GTK_WIDGET (self),
                                    &GRAPHENE_POINT_INIT (ex - nx, ey - ny), &in_self))
        pointer_x = in_self.x;
    }

  _ds_timeline_view_stop_kinetic (self);

  if (state & GDK_CONTROL_MASK)
    {
      _ds_timeline_view_zoom_around (self, pow (1.15, -dy), ds_time_scale_to_day (&scale, pointer_x), FALSE);
      return TRUE;
    }

  if ((state & GDK_SHIFT_MASK) && dy != 0)
    {
      double content = ds_timeline_layout_get_content_height (self->layout, gtk_widget_get_height (GTK_WIDGET (self)));
      double max_scroll = MAX (0, content - gtk_widget_get_height (GTK_WIDGET (self)));

      self->scroll_y = CLAMP (self->scroll_y + dy * 30, 0, max_scroll);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return TRUE;
    }

  {
    double days_per_px = (self->last_day - self->first_day) / scale.width;
    double shift = (dx != 0 ? dx : dy) * 40 * days_per_px;

    _ds_timeline_view_apply_range (self, self->first_day + shift, self->last_day + shift);
  }

  return TRUE;
}

static gboolean
kinetic_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  DsTimelineView *self = DS_TIMELINE_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double dt = (now - self->kinetic_last_time) / (double)G_USEC_PER_SEC;
  DsTimeScale scale = _ds_timeline_view_current_scale (self);
  double days_per_px = (self->last_day - self->first_day) / scale.width;
  double shift;

  self->kinetic_last_time = now;
  self->velocity *= exp (-FRICTION * dt);
  shift = -self->velocity * dt * days_per_px;
  _ds_timeline_view_apply_range (self, self->first_day + shift, self->last_day + shift);

  if (fabs (self->velocity) < 20)
    {
      self->kinetic_tick = 0;
      self->velocity = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
start_kinetic (DsTimelineView *self,
               double          velocity)
{
  gboolean animations = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &animations, NULL);
  _ds_timeline_view_stop_kinetic (self);
  if (!animations || fabs (velocity) < 50)
    return;

  self->velocity = velocity;
  self->kinetic_last_time = g_get_monotonic_time ();
  self->kinetic_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), kinetic_tick_cb, NULL, NULL);
}

static void
decelerate_cb (DsTimelineView           *self,
               double                    vel_x,
               double                    vel_y,
               GtkEventControllerScroll *controller)
{
  /* Scroll velocities are in scroll units: the same 40 px per unit as scroll_cb. */
  start_kinetic (self, -(vel_x != 0 ? vel_x : vel_y) * 40);
}

static void
drag_begin_cb (DsTimelineView *self,
               double          x,
               double          y,
               GtkGestureDrag *gesture)
{
  _ds_timeline_view_stop_kinetic (self);
  adw_animation_reset (self->animation);
  self->drag_first_day = self->first_day;
}

static void
drag_update_cb (DsTimelineView *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *gesture)
{
  DsTimeScale scale = _ds_timeline_view_current_scale (self);
  double span = self->last_day - self->first_day;
  double first = self->drag_first_day - offset_x * span / scale.width;

  _ds_timeline_view_apply_range (self, first, first + span);
}

static void
swipe_cb (DsTimelineView  *self,
          double           velocity_x,
          double           velocity_y,
          GtkGestureSwipe *gesture)
{
  start_kinetic (self, velocity_x);
}

static void
pinch_begin_cb (DsTimelineView *self,
                GdkEventSequence *sequence,
                GtkGesture     *gesture)
{
  DsTimeScale scale = _ds_timeline_view_current_scale (self);
  double x, y;

  self->pinch_span = self->last_day - self->first_day;
  if (gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    self->pinch_center = ds_time_scale_to_day (&scale, x);
  else
    self->pinch_center = (self->first_day + self->last_day) / 2;
}

static void
pinch_scale_changed_cb (DsTimelineView *self,
                        double          scale_factor,
                        GtkGestureZoom *gesture)
{
  double span = self->pinch_span / MAX (scale_factor, 1e-3);
  double ratio = (self->pinch_center - self->first_day) / (self->last_day - self->first_day);

  _ds_timeline_view_apply_range (self, self->pinch_center - span * ratio, self->pinch_center + span * (1 - ratio));
}

/* --- Actions ----------------------------------------------------------------------------- */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DsTimelineView *self = DS_TIMELINE_VIEW (widget);

  _ds_timeline_view_zoom_around (self, ZOOM_STEP, _ds_timeline_view_zoom_anchor (self), TRUE);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DsTimelineView *self = DS_TIMELINE_VIEW (widget);

  _ds_timeline_view_zoom_around (self, 1 / ZOOM_STEP, _ds_timeline_view_zoom_anchor (self), TRUE);
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DsTimelineView *self = DS_TIMELINE_VIEW (widget);

  _ds_timeline_view_animate_to (self, self->fit_first_day, self->fit_last_day);
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DsTimelineView *self = DS_TIMELINE_VIEW (widget);
  gint n = self->layout ? (gint)ds_timeline_layout_get_n_events (self->layout) : 0;
  gint target = -1;

  if (n == 0)
    return;

  if (g_str_equal (action_name, "timeline.first"))
    target = _ds_timeline_view_find_matching (self, 0, 1);
  else if (g_str_equal (action_name, "timeline.last"))
    target = _ds_timeline_view_find_matching (self, n - 1, -1);
  else if (g_str_equal (action_name, "timeline.next"))
    target = _ds_timeline_view_find_matching (self, self->selected < 0 ? 0 : self->selected + 1, 1);
  else if (g_str_equal (action_name, "timeline.previous"))
    target = _ds_timeline_view_find_matching (self, self->selected < 0 ? n - 1 : self->selected - 1, -1);

  if (target >= 0)
    _ds_timeline_view_select_index (self, target, TRUE);
  else
    gtk_widget_error_bell (widget);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DsTimelineView *self = DS_TIMELINE_VIEW (widget);

  if (self->selected >= 0)
    _ds_timeline_view_emit_activated (self, self->selected);
}

/* Screen readers get the visible range and the selection; the event list beside the
 * drawing is their way through the events themselves. */
void
_ds_timeline_view_update_description (DsTimelineView *self)
{
  g_autofree char *description = NULL;
  DsDate first, last;
  gint64 year;
  guint month, day;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;

  /* No layout yet (or no dossier): no range to describe, rather than the last one. */
  if (self->layout == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  ds_date_from_day_number ((gint64)floor (self->first_day), &year, &month, &day);
  ds_date_init_day (&first, year, month, day);
  ds_date_from_day_number ((gint64)floor (self->last_day), &year, &month, &day);
  ds_date_init_day (&last, year, month, day);
  first_text = ds_date_format (&first);
  last_text = ds_date_format (&last);

  if (self->selected >= 0)
    {
      DsEvent *event = ds_timeline_layout_get_event (self->layout, self->selected);
      g_autofree char *date = ds_date_format (ds_event_get_date (event));

      /* Translators: the timeline's description for screen readers */
      description = g_strdup_printf (_("From %1$s to %2$s. Selected: %3$s, %4$s, %5$s."),
                                     first_text, last_text, date, ds_event_get_title (event),
                                     ds_status_to_label (ds_event_get_status (event)));
    }
  else
    {
      description = g_strdup_printf (_("From %1$s to %2$s. No event selected."), first_text, last_text);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

void
_ds_timeline_view_class_init_input (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "timeline.first", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "timeline.last", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "timeline.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "timeline.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "timeline.activate", NULL, activate_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "timeline.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "timeline.last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "timeline.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "timeline.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "timeline.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "timeline.activate", NULL);
}

void
_ds_timeline_view_init_input (DsTimelineView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  gesture = gtk_gesture_click_new ();
  g_signal_connect_swapped (gesture, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  g_signal_connect_swapped (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_swipe_new ();
  g_signal_connect_swapped (gesture, "swipe", G_CALLBACK (swipe_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect_swapped (gesture, "begin", G_CALLBACK (pinch_begin_cb), self);
  g_signal_connect_swapped (gesture, "scale-changed", G_CALLBACK (pinch_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES |
                                               GTK_EVENT_CONTROLLER_SCROLL_KINETIC);
  g_signal_connect_swapped (controller, "scroll", G_CALLBACK (scroll_cb), self);
  g_signal_connect_swapped (controller, "decelerate", G_CALLBACK (decelerate_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
