/* ds-timeline-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widget keeps only the view state (range, selection, hover); everything drawn
 * comes from ds_timeline_render(), so exports match the screen. Moving the range is in
 * ds-timeline-view-range.c, the pointer and keys in ds-timeline-view-input.c.
 */

#define G_LOG_DOMAIN "ds-timeline-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "ds-timeline-view-private.h"
#include "ds-style.h"


enum {
  PROP_0,
  PROP_LANE_MODE,
  PROP_SELECTED_EVENT,
  PROP_ZOOM,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DsTimelineView, ds_timeline_view, GTK_TYPE_WIDGET)

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static double
span_to_zoom (DsTimelineView *self,
              double          span)
{
  double fit_span = MAX (MIN_SPAN_DAYS * 1.01, self->fit_last_day - self->fit_first_day);

  return CLAMP (log (fit_span / span) / log (fit_span / MIN_SPAN_DAYS), 0.0, 1.0);
}

/* Every change of range goes through here: it clamps, redraws and notifies. */
void
_ds_timeline_view_apply_range (DsTimelineView *self,
             double          first_day,
             double          last_day)
{
  double fit_span = MAX (MIN_SPAN_DAYS, self->fit_last_day - self->fit_first_day);
  double center = (first_day + last_day) / 2;
  double span = CLAMP (last_day - first_day, MIN_SPAN_DAYS, fit_span * 4);
  double old_zoom = span_to_zoom (self, self->last_day - self->first_day);

  /* Keep some of the story in view: the centre stays within the dossier's extent. */
  center = CLAMP (center, self->fit_first_day, self->fit_last_day);
  self->first_day = center - span / 2;
  self->last_day = center + span / 2;

  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (span_to_zoom (self, span) != old_zoom)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ZOOM]);
}

void
_ds_timeline_view_stop_kinetic (DsTimelineView *self)
{
  if (self->kinetic_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->kinetic_tick);
  self->kinetic_tick = 0;
  self->velocity = 0;
}

void
_ds_timeline_view_select_index (DsTimelineView *self,
              gint            index,
              gboolean        animate)
{
  if (index == self->selected)
    return;

  self->selected = index;
  _ds_timeline_view_ensure_visible (self, index, animate);
  _ds_timeline_view_update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SELECTED_EVENT]);
}

static gboolean
index_matches (DsTimelineView *self,
               gint            index)
{
  return self->matches == NULL || self->matches[index];
}

/* The next event in date order that the query accepts, stepping by @direction. */
gint
_ds_timeline_view_find_matching (DsTimelineView *self,
                                 gint            from,
                                 gint            direction)
{
  gint n = self->layout ? (gint)ds_timeline_layout_get_n_events (self->layout) : 0;

  for (gint i = from; i >= 0 && i < n; i += direction)
    if (index_matches (self, i))
      return i;

  return -1;
}

void
_ds_timeline_view_recompute_matches (DsTimelineView *self)
{
  guint n;

  g_clear_pointer (&self->matches, g_free);
  if (self->layout == NULL || self->query == NULL || ds_event_query_is_empty (self->query))
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  n = ds_timeline_layout_get_n_events (self->layout);
  self->matches = g_new (guint8, MAX (n, 1));
  /* The layout keeps the dossier's order, so the query finds each event at once. */
  for (guint i = 0; i < n; i++)
    self->matches[i] = ds_event_query_matches (self->query, ds_timeline_layout_get_event (self->layout, i));

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A new dossier's layout is in (or gone): the selection and zoom may have changed. */
void
_ds_timeline_view_notify_state (DsTimelineView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SELECTED_EVENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ZOOM]);
}

static void
query_changed_cb (DsTimelineView *self,
                  DsEventQuery   *query)
{
  _ds_timeline_view_recompute_matches (self);
}

void
_ds_timeline_view_emit_activated (DsTimelineView *self,
                                  gint            index)
{
  g_signal_emit (self, signals [EVENT_ACTIVATED], 0, ds_timeline_layout_get_event (self->layout, index));
}

/* --- Widget ------------------------------------------------------------------------------ */

static void
ds_timeline_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  DsTimelineView *self = DS_TIMELINE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  DsTimelineDrawParams params;
  cairo_t *cr;

  if (self->layout == NULL || width <= 0 || height <= 0)
    return;

  ds_timeline_view_get_draw_params (self, &params);
  /* GTK records the drawing and plays it back on the window's pixels; at scale 1 the
   * renderer's cached marker images are exact there (about a third of a frame). */
  params.recording_on_pixels = gtk_widget_get_scale_factor (widget) == 1;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  ds_timeline_render (self->layout, cr, &params, self->marks);
  cairo_destroy (cr);
}

static void
ds_timeline_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 180;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 420;
}

static void
ds_timeline_view_dispose (GObject *object)
{
  DsTimelineView *self = (DsTimelineView *)object;

  _ds_timeline_view_stop_kinetic (self);
  _ds_timeline_view_cancel_layout (self);
  g_clear_object (&self->animation);
  if (self->query != NULL)
    g_signal_handlers_disconnect_by_func (self->query, query_changed_cb, self);
  g_clear_object (&self->query);
  g_clear_pointer (&self->layout, ds_timeline_layout_free);
  g_clear_object (&self->dossier);

  G_OBJECT_CLASS (ds_timeline_view_parent_class)->dispose (object);
}

static void
ds_timeline_view_finalize (GObject *object)
{
  DsTimelineView *self = (DsTimelineView *)object;

  g_clear_pointer (&self->matches, g_free);
  g_clear_pointer (&self->marks, g_array_unref);

  G_OBJECT_CLASS (ds_timeline_view_parent_class)->finalize (object);
}

static void
ds_timeline_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DsTimelineView *self = DS_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANE_MODE:
      g_value_set_int (value, self->lane_mode);
      break;

    case PROP_SELECTED_EVENT:
      g_value_set_object (value, ds_timeline_view_get_selected_event (self));
      break;

    case PROP_ZOOM:
      g_value_set_double (value, ds_timeline_view_get_zoom (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_timeline_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DsTimelineView *self = DS_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_LANE_MODE:
      ds_timeline_view_set_lane_mode (self, g_value_get_int (value));
      break;

    case PROP_SELECTED_EVENT:
      ds_timeline_view_set_selected_event (self, g_value_get_object (value));
      break;

    case PROP_ZOOM:
      ds_timeline_view_set_zoom (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_timeline_view_class_init (DsTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_timeline_view_dispose;
  object_class->finalize = ds_timeline_view_finalize;
  object_class->get_property = ds_timeline_view_get_property;
  object_class->set_property = ds_timeline_view_set_property;

  widget_class->snapshot = ds_timeline_view_snapshot;
  widget_class->measure = ds_timeline_view_measure;

  properties [PROP_LANE_MODE] =
    g_param_spec_int ("lane-mode", NULL, NULL,
                      DS_LANES_SINGLE, DS_LANES_KIND, DS_LANES_SINGLE,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_SELECTED_EVENT] =
    g_param_spec_object ("selected-event", NULL, NULL,
                         DS_TYPE_EVENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         0.0, 1.0, 0.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DsTimelineView::event-activated:
   *
   * Enter, a double click: the reader wants the event's details.
   */
  signals [EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DS_TYPE_EVENT);

  _ds_timeline_view_class_init_input (widget_class);

  gtk_widget_class_set_css_name (widget_class, "timelineview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ds_timeline_view_init (DsTimelineView *self)
{
  self->selected = self->hovered = -1;
  self->marks = g_array_new (FALSE, TRUE, sizeof (DsTimelineMark));
  self->first_day = self->fit_first_day = 0;
  self->last_day = self->fit_last_day = 365;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  -1);

  _ds_timeline_view_init_range (self);

  _ds_timeline_view_init_input (self);

  ds_style_redraw_on_changes (GTK_WIDGET (self));
}

GtkWidget *
ds_timeline_view_new (void)
{
  return g_object_new (DS_TYPE_TIMELINE_VIEW, NULL);
}

/* A big dossier's layout is built in a worker: until it arrives nothing is drawn, and
 * the range and selection set meanwhile wait for it (ds-timeline-view-layout.c). */
void
ds_timeline_view_set_dossier (DsTimelineView *self,
                              DsDossier      *dossier)
{
  g_return_if_fail (DS_IS_TIMELINE_VIEW (self));

  if (!g_set_object (&self->dossier, dossier))
    return;

  _ds_timeline_view_stop_kinetic (self);
  adw_animation_reset (self->animation);
  _ds_timeline_view_rebuild_layout (self, TRUE);
}

void
ds_timeline_view_set_query (DsTimelineView *self,
                            DsEventQuery   *query)
{
  g_return_if_fail (DS_IS_TIMELINE_VIEW (self));

  if (self->query == query)
    return;

  if (self->query != NULL)
    g_signal_handlers_disconnect_by_func (self->query, query_changed_cb, self);
  g_set_object (&self->query, query);
  if (query != NULL)
    g_signal_connect_object (query, "changed", G_CALLBACK (query_changed_cb), self, G_CONNECT_SWAPPED);

  _ds_timeline_view_recompute_matches (self);
}

DsLaneMode
ds_timeline_view_get_lane_mode (DsTimelineView *self)
{
  g_return_val_if_fail (DS_IS_TIMELINE_VIEW (self), DS_LANES_SINGLE);

  return self->lane_mode;
}

void
ds_timeline_view_set_lane_mode (DsTimelineView *self,
                                DsLaneMode      mode)
{
  g_return_if_fail (DS_IS_TIMELINE_VIEW (self));

  if (self->lane_mode == mode)
    return;

  self->lane_mode = mode;
  self->scroll_y = 0;
  /* A big dossier keeps showing its previous lanes until the new ones are built. */
  _ds_timeline_view_rebuild_layout (self, FALSE);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANE_MODE]);
}

DsEvent *
ds_timeline_view_get_selected_event (DsTimelineView *self)
{
  g_return_val_if_fail (DS_IS_TIMELINE_VIEW (self), NULL);

  if (self->awaiting_layout)
    return self->pending_selected;
  if (self->layout == NULL || self->selected < 0)
    return NULL;

  return ds_timeline_layout_get_event (self->layout, self->selected);
}

void
ds_timeline_view_set_selected_event (DsTimelineView *self,
                                     DsEvent        *event)
{
  g_return_if_fail (DS_IS_TIMELINE_VIEW (self));
  g_return_if_fail (!event || DS_IS_EVENT (event));

  if (self->awaiting_layout)
    {
      if (g_set_object (&self->pending_selected, event))
        g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SELECTED_EVENT]);
      return;
    }
  if (self->layout == NULL)
    return;

  _ds_timeline_view_select_index (self, event ? ds_timeline_layout_find_event (self->layout, event) : -1, TRUE);
}

double
ds_timeline_view_get_zoom (DsTimelineView *self)
{
  g_return_val_if_fail (DS_IS_TIMELINE_VIEW (self), 0);

  return span_to_zoom (self, self->last_day - self->first_day);
}

void
ds_timeline_view_set_zoom (DsTimelineView *self,
                           double          zoom)
{
  double fit_span, span, anchor, ratio;

  g_return_if_fail (DS_IS_TIMELINE_VIEW (self));

  zoom = CLAMP (zoom, 0.0, 1.0);
  if (fabs (zoom - ds_timeline_view_get_zoom (self)) < 1e-9)
    return;

  fit_span = MAX (MIN_SPAN_DAYS * 1.01, self->fit_last_day - self->fit_first_day);
  span = fit_span * pow (MIN_SPAN_DAYS / fit_span, zoom);
  anchor = _ds_timeline_view_zoom_anchor (self);
  ratio = (anchor - self->first_day) / (self->last_day - self->first_day);
  _ds_timeline_view_apply_range (self, anchor - span * ratio, anchor + span * (1 - ratio));
}

void
ds_timeline_view_get_range (DsTimelineView *self,
                            double         *first_day,
                            double         *last_day)
{
  g_return_if_fail (DS_IS_TIMELINE_VIEW (self));

  if (self->awaiting_layout && self->has_pending_range)
    {
      *first_day = self->pending_first_day;
      *last_day = self->pending_last_day;
      return;
    }

  *first_day = self->first_day;
  *last_day = self->last_day;
}

void
ds_timeline_view_set_range (DsTimelineView *self,
                            double          first_day,
                            double          last_day,
                            gboolean        animate)
{
  g_return_if_fail (DS_IS_TIMELINE_VIEW (self));
  g_return_if_fail (last_day > first_day);

  /* Clamping needs the new dossier's extent: keep the range until its layout is in. */
  if (self->awaiting_layout)
    {
      self->has_pending_range = TRUE;
      self->pending_first_day = first_day;
      self->pending_last_day = last_day;
      return;
    }

  if (animate)
    _ds_timeline_view_animate_to (self, first_day, last_day);
  else
    _ds_timeline_view_apply_range (self, first_day, last_day);
}

void
ds_timeline_view_get_draw_params (DsTimelineView       *self,
                                  DsTimelineDrawParams *params)
{
  g_return_if_fail (DS_IS_TIMELINE_VIEW (self));

  ds_timeline_draw_params_init (params, gtk_widget_get_width (GTK_WIDGET (self)),
                                gtk_widget_get_height (GTK_WIDGET (self)));
  params->scale = _ds_timeline_view_current_scale (self);
  params->scroll_y = self->scroll_y;
  params->theme = ds_style_get_theme ();
  params->font = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  params->selected = self->selected;
  params->hovered = self->hovered;
  params->matches = self->matches;
  params->today_day = floor (g_get_real_time () / (double)G_USEC_PER_SEC / 86400.0);
  /* On a phone-sized drawing the legend would hide events; the list names statuses. */
  params->show_legend = gtk_widget_get_width (GTK_WIDGET (self)) >= 560;
}

GArray *
ds_timeline_view_get_marks (DsTimelineView *self)
{
  g_return_val_if_fail (DS_IS_TIMELINE_VIEW (self), NULL);

  return self->marks;
}

DsTimelineLayout *
ds_timeline_view_get_layout (DsTimelineView *self)
{
  g_return_val_if_fail (DS_IS_TIMELINE_VIEW (self), NULL);

  return self->layout;
}
