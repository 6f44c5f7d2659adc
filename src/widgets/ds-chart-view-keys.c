/* ds-chart-view-keys.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart's keyboard: arrows walk the points of a series and move between series,
 * Enter pins the focused point, Ctrl+0 resets the zoom. Each key is bound to a widget
 * action ("chart.next-point"…), which tests can activate without a key event.
 */

#define G_LOG_DOMAIN "ds-chart-view"

#include "config.h"

#include "ds-chart-view-private.h"

static gint
first_visible_series (DsChartView *self,
                      gint         from,
                      gint         direction)
{
  gint n = ds_chart_get_n_series (self->chart);

  for (gint s = from; s >= 0 && s < n; s += direction)
    if (ds_chart_get_series_visible (self->chart, s) && ds_chart_get_n_points (self->chart, s) > 0)
      return s;

  return -1;
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DsChartView *self = DS_CHART_VIEW (widget);
  gint series = self->focus_series;
  gint point = self->focus_point;

  if (series < 0 || !ds_chart_get_series_visible (self->chart, series))
    {
      series = first_visible_series (self, 0, 1);
      point = 0;
    }
  else if (g_str_equal (action_name, "chart.next-point"))
    point = MIN (point + 1, (gint)ds_chart_get_n_points (self->chart, series) - 1);
  else if (g_str_equal (action_name, "chart.previous-point"))
    point = MAX (point - 1, 0);
  else
    {
      gint direction = g_str_equal (action_name, "chart.next-series") ? 1 : -1;
      gint next = first_visible_series (self, series + direction, direction);
      double x;
      DsChartPoint info;

      if (next < 0)
        {
          gtk_widget_error_bell (widget);
          return;
        }

      /* Keep the same place in time: the nearest point of the other series. */
      ds_chart_get_point (self->chart, series, point, &info);
      x = info.x;
      series = next;
      point = 0;
      for (guint i = 0; i < ds_chart_get_n_points (self->chart, series); i++)
        {
          DsChartPoint other;

          ds_chart_get_point (self->chart, series, i, &other);
          if (other.x <= x)
            point = i;
        }
    }

  if (series >= 0)
    _ds_chart_view_set_focus_point (self, series, point);
}

static void
pin_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DsChartView *self = DS_CHART_VIEW (widget);

  if (self->focus_series >= 0)
    _ds_chart_view_pin_point (self, self->focus_series, self->focus_point);
}

static void
reset_zoom_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DsChartView *self = DS_CHART_VIEW (widget);

  ds_chart_reset_x_range (self->chart);
  _ds_chart_view_user_changed_chart (self);
}

void
_ds_chart_view_class_init_keys (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "chart.next-point", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "chart.previous-point", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "chart.next-series", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "chart.previous-series", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "chart.pin", NULL, pin_action);
  gtk_widget_class_install_action (widget_class, "chart.reset-zoom", NULL, reset_zoom_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "chart.next-point", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "chart.previous-point", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "chart.next-series", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "chart.previous-series", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "chart.pin", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "chart.pin", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "chart.reset-zoom", NULL);
}
