/* ds-chart-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Like the timeline, the widget keeps only view state (hover, focus, pin, the drag
 * band); the chart object holds the data and options, and draws itself. The keyboard
 * actions are in ds-chart-view-keys.c.
 */

#define G_LOG_DOMAIN "ds-chart-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "ds-chart-view-private.h"
#include "ds-compat.h"
#include "ds-style.h"
#include "ds-url.h"

enum {
  OPEN_URI,
  CHART_CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DsChartView, ds_chart_view, GTK_TYPE_WIDGET)

static guint signals [N_SIGNALS];

/* "OpenAI valuation · Mar 2026 · $852B · Actual · OpenAI, 31 Mar 2026" */
static char *
describe_point (DsChartView *self,
                guint        series,
                guint        point)
{
  g_autofree char *x = ds_chart_format_x (self->chart, series, point);
  g_autofree char *value = NULL;
  GString *text = g_string_new (ds_chart_get_series_title (self->chart, series));
  DsChartPoint info;

  ds_chart_get_point (self->chart, series, point, &info);
  value = ds_chart_format_series_value (self->chart, series, info.value);
  g_string_append_printf (text, "\n%s · %s · %s", x, value, ds_point_status_to_label (info.status));
  if (!isnan (info.low) && !isnan (info.high))
    {
      g_autofree char *low = ds_chart_format_series_value (self->chart, series, info.low);
      g_autofree char *high = ds_chart_format_series_value (self->chart, series, info.high);

      g_string_append_c (text, '\n');
      /* Translators: the range around a figure, as in "range $115B–$135B" */
      g_string_append_printf (text, _("range %1$s–%2$s"), low, high);
    }
  if (info.source != NULL)
    g_string_append_printf (text, "\n%s", info.source);
  if (info.note != NULL)
    g_string_append_printf (text, "\n%s", info.note);

  return g_string_free (text, FALSE);
}

static void
update_description (DsChartView *self)
{
  g_autofree char *summary = ds_chart_describe (self->chart);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ds_chart_get_title (self->chart),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
}

void
_ds_chart_view_pin_point (DsChartView *self,
                          guint        series,
                          guint        point)
{
  DsChartDrawParams params;
  g_autofree char *text = describe_point (self, series, point);
  DsChartPoint info;
  double x, y;

  ds_chart_view_get_draw_params (self, &params);
  if (!ds_chart_point_position (self->chart, &params, series, point, &x, &y))
    return;

  ds_chart_get_point (self->chart, series, point, &info);
  g_free (self->pin_uri);
  self->pin_uri = ds_url_is_web (info.source) ? g_strdup (info.source) : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->pin_link), self->pin_uri != NULL);

  /* Plain text: series titles and sources come from the dossier. */
  gtk_label_set_text (self->pin_label, text);
  gtk_popover_set_pointing_to (self->pin, &(GdkRectangle) { (int)x - 4, (int)y - 4, 8, 8 });
  gtk_popover_popup (self->pin);
}

static void
pin_link_clicked_cb (DsChartView *self)
{
  if (self->pin_uri != NULL)
    g_signal_emit (self, signals [OPEN_URI], 0, self->pin_uri);
}

static void
ds_chart_view_real_open_uri (DsChartView *self,
                             const char  *uri)
{
  if (ds_url_is_web (uri))
    ds_compat_show_uri (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), uri);
}

void
_ds_chart_view_set_focus_point (DsChartView *self,
                                gint         series,
                                gint         point)
{
  self->focus_series = series;
  self->focus_point = point;
  g_clear_pointer (&self->focus_text, g_free);

  if (series >= 0 && point >= 0)
    {
      g_autofree char *text = describe_point (self, series, point);

      /* One line for screen readers, as the tooltip says it on several. */
      self->focus_text = g_strdelimit (g_steal_pointer (&text), "\n", ' ');
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->focus_text,
                                      -1);
      ds_compat_announce (GTK_WIDGET (self), self->focus_text);
    }

  self->hover_series = series;
  self->hover_point = point;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The reader changed the chart from here (zoom, pan, a series shown or hidden). */
void
_ds_chart_view_user_changed_chart (DsChartView *self)
{
  ds_chart_view_chart_changed (self);
  g_signal_emit (self, signals [CHART_CHANGED], 0);
}

/* --- Pointer ---------------------------------------------------------------------------- */

static void
motion_cb (DsChartView              *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  DsChartDrawParams params;
  guint series, point;
  gint hs = -1, hp = -1;

  if (self->dragging)
    return;

  ds_chart_view_get_draw_params (self, &params);
  if (ds_chart_hit_test (self->chart, &params, x, y, &series, &point))
    {
      hs = series;
      hp = point;
    }

  if (hs != self->hover_series || hp != self->hover_point)
    {
      self->hover_series = hs;
      self->hover_point = hp;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (DsChartView *self)
{
  if (self->focus_series < 0 && self->hover_series >= 0)
    {
      self->hover_series = self->hover_point = -1;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static gboolean
query_tooltip_cb (DsChartView *self,
                  int          x,
                  int          y,
                  gboolean     keyboard,
                  GtkTooltip  *tooltip)
{
  g_autofree char *text = NULL;
  DsChartDrawParams params;
  guint series, point;
  gint legend;

  ds_chart_view_get_draw_params (self, &params);

  if ((legend = ds_chart_legend_hit_test (self->chart, &params, x, y)) >= 0)
    {
      gtk_tooltip_set_text (tooltip, ds_chart_get_series_visible (self->chart, legend)
                                     ? _("Click to hide this series") : _("Click to show this series"));
      return TRUE;
    }

  if (keyboard && self->focus_series >= 0)
    text = describe_point (self, self->focus_series, self->focus_point);
  else if (ds_chart_hit_test (self->chart, &params, x, y, &series, &point))
    text = describe_point (self, series, point);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
click_pressed_cb (DsChartView     *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *gesture)
{
  DsChartDrawParams params;
  guint series, point;
  gint legend;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  ds_chart_view_get_draw_params (self, &params);

  if (n_press == 2)
    {
      ds_chart_reset_x_range (self->chart);
      _ds_chart_view_user_changed_chart (self);
      return;
    }

  if ((legend = ds_chart_legend_hit_test (self->chart, &params, x, y)) >= 0)
    {
      ds_chart_set_series_visible (self->chart, legend, !ds_chart_get_series_visible (self->chart, legend));
      _ds_chart_view_user_changed_chart (self);
      return;
    }

  if (ds_chart_hit_test (self->chart, &params, x, y, &series, &point))
    {
      _ds_chart_view_set_focus_point (self, series, point);
      _ds_chart_view_pin_point (self, series, point);
    }
}

static void
drag_begin_cb (DsChartView    *self,
               double          x,
               double          y,
               GtkGestureDrag *gesture)
{
  self->drag_from = self->drag_to = x;
  self->dragging = FALSE;
}

static void
drag_update_cb (DsChartView    *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *gesture)
{
  /* A few pixels of jitter in a click must not start a zoom. */
  if (!self->dragging && fabs (offset_x) < 6)
    return;

  self->dragging = TRUE;
  self->drag_to = self->drag_from + offset_x;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (DsChartView    *self,
             double          offset_x,
             double          offset_y,
             GtkGestureDrag *gesture)
{
  DsChartDrawParams params;
  double a, b;

  if (!self->dragging)
    return;

  self->dragging = FALSE;
  ds_chart_view_get_draw_params (self, &params);
  a = ds_chart_pixel_to_x (self->chart, &params, MIN (self->drag_from, self->drag_to));
  b = ds_chart_pixel_to_x (self->chart, &params, MAX (self->drag_from, self->drag_to));
  if (b > a)
    ds_chart_set_x_range (self->chart, a, b);
  _ds_chart_view_user_changed_chart (self);
}

static gboolean
scroll_cb (DsChartView              *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  double first, last, shift;

  /* Scrolling pans a zoomed chart; otherwise it belongs to the page. */
  if (!ds_chart_is_zoomed (self->chart))
    return FALSE;

  ds_chart_get_x_range (self->chart, &first, &last);
  shift = (dx != 0 ? dx : dy) * (last - first) * 0.05;
  ds_chart_set_x_range (self->chart, first + shift, last + shift);
  _ds_chart_view_user_changed_chart (self);

  return TRUE;
}

/* --- Widget ----------------------------------------------------------------------------- */

static void
ds_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  DsChartView *self = DS_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  DsChartDrawParams params;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  ds_chart_view_get_draw_params (self, &params);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  ds_chart_render (self->chart, cr, &params);
  cairo_destroy (cr);
}

static void
ds_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 280 : 240;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 720 : 340;
}

static void
ds_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  DsChartView *self = DS_CHART_VIEW (widget);

  gtk_popover_present (self->pin);
}

static void
ds_chart_view_dispose (GObject *object)
{
  DsChartView *self = (DsChartView *)object;

  if (self->pin != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->pin));
  self->pin = NULL;

  G_OBJECT_CLASS (ds_chart_view_parent_class)->dispose (object);
}

static void
ds_chart_view_finalize (GObject *object)
{
  DsChartView *self = (DsChartView *)object;

  g_clear_pointer (&self->focus_text, g_free);
  g_clear_pointer (&self->pin_uri, g_free);

  G_OBJECT_CLASS (ds_chart_view_parent_class)->finalize (object);
}

static void
ds_chart_view_class_init (DsChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_chart_view_dispose;
  object_class->finalize = ds_chart_view_finalize;
  widget_class->snapshot = ds_chart_view_snapshot;
  widget_class->measure = ds_chart_view_measure;
  widget_class->size_allocate = ds_chart_view_size_allocate;

  signals [OPEN_URI] =
    g_signal_new_class_handler ("open-uri",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (ds_chart_view_real_open_uri),
                                NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_STRING);
  signals [CHART_CHANGED] =
    g_signal_new ("chart-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  _ds_chart_view_class_init_keys (widget_class);

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ds_chart_view_init (DsChartView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;
  GtkWidget *box;

  self->hover_series = self->hover_point = -1;
  self->focus_series = self->focus_point = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  /* The pinned tooltip. */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->pin_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->pin_label, 0);
  gtk_label_set_selectable (self->pin_label, TRUE);
  gtk_label_set_wrap (self->pin_label, TRUE);
  gtk_label_set_max_width_chars (self->pin_label, 40);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->pin_label));
  self->pin_link = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Open Source")));
  gtk_widget_set_halign (GTK_WIDGET (self->pin_link), GTK_ALIGN_START);
  g_signal_connect_object (self->pin_link, "clicked", G_CALLBACK (pin_link_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->pin_link));
  self->pin = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->pin, box);
  gtk_widget_set_parent (GTK_WIDGET (self->pin), GTK_WIDGET (self));

  gesture = gtk_gesture_click_new ();
  g_signal_connect_swapped (gesture, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  g_signal_connect_swapped (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (gesture, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_swapped (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  ds_style_redraw_on_changes (GTK_WIDGET (self));
}

GtkWidget *
ds_chart_view_new (DsChart *chart)
{
  DsChartView *self;

  g_return_val_if_fail (chart != NULL, NULL);

  self = g_object_new (DS_TYPE_CHART_VIEW, NULL);
  self->chart = chart;
  update_description (self);

  return GTK_WIDGET (self);
}

DsChart *
ds_chart_view_get_chart (DsChartView *self)
{
  g_return_val_if_fail (DS_IS_CHART_VIEW (self), NULL);

  return self->chart;
}

void
ds_chart_view_chart_changed (DsChartView *self)
{
  g_return_if_fail (DS_IS_CHART_VIEW (self));

  if (self->focus_series >= 0 && !ds_chart_get_series_visible (self->chart, self->focus_series))
    _ds_chart_view_set_focus_point (self, -1, -1);
  gtk_popover_popdown (self->pin);
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
ds_chart_view_get_focus_point (DsChartView *self,
                               gint        *series,
                               gint        *point)
{
  g_return_if_fail (DS_IS_CHART_VIEW (self));

  *series = self->focus_series;
  *point = self->focus_point;
}

const char *
ds_chart_view_get_focus_text (DsChartView *self)
{
  g_return_val_if_fail (DS_IS_CHART_VIEW (self), NULL);

  return self->focus_text;
}

void
ds_chart_view_get_draw_params (DsChartView       *self,
                               DsChartDrawParams *params)
{
  g_return_if_fail (DS_IS_CHART_VIEW (self));

  ds_chart_draw_params_init (params, gtk_widget_get_width (GTK_WIDGET (self)),
                             gtk_widget_get_height (GTK_WIDGET (self)));
  params->theme = ds_style_get_theme ();
  params->font = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (self)));
  params->hover_series = self->hover_series;
  params->hover_point = self->hover_point;
  params->show_legend = TRUE;
  if (self->dragging)
    {
      params->selection_from = MIN (self->drag_from, self->drag_to);
      params->selection_to = MAX (self->drag_from, self->drag_to);
    }
}
