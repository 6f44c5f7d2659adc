/* ds-chart-view-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by ds-chart-view.c (state, pointer, drawing, API) and ds-chart-view-keys.c
 * (the keyboard actions and their bindings).
 */

#pragma once

#include "ds-chart-view.h"

G_BEGIN_DECLS

struct _DsChartView
{
  GtkWidget parent_instance;

  DsChart *chart;
  gint hover_series;
  gint hover_point;
  gint focus_series;
  gint focus_point;
  char *focus_text;

  double drag_from;
  double drag_to;
  gboolean dragging;

  GtkPopover *pin;
  GtkLabel *pin_label;
  GtkButton *pin_link;
  char *pin_uri;
};

/* ds-chart-view.c */
void _ds_chart_view_pin_point          (DsChartView    *self,
                                        guint           series,
                                        guint           point);
void _ds_chart_view_set_focus_point    (DsChartView    *self,
                                        gint            series,
                                        gint            point);
void _ds_chart_view_user_changed_chart (DsChartView    *self);

/* ds-chart-view-keys.c */
void _ds_chart_view_class_init_keys    (GtkWidgetClass *widget_class);

G_END_DECLS
