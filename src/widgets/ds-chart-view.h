/* ds-chart-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One chart, interactive: a crosshair that snaps to the nearest point with a tooltip,
 * click to pin it, legend entries that toggle series, drag to zoom a range, and the
 * keyboard to walk points and series. Screen readers get the chart's summary.
 *
 * Signal "open-uri" (const char *uri): a pinned point's source link was activated
 * (http and https only); the default handler opens the browser. Signal
 * "chart-changed": the reader zoomed, panned or toggled a series from the view.
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-chart.h"

G_BEGIN_DECLS

#define DS_TYPE_CHART_VIEW (ds_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (DsChartView, ds_chart_view, DS, CHART_VIEW, GtkWidget)

/* The view draws @chart but does not own it: it must outlive the view. */
GtkWidget *ds_chart_view_new              (DsChart     *chart);
DsChart   *ds_chart_view_get_chart        (DsChartView *self);
/* Call after changing the chart's options (scale, bars, series shown). */
void       ds_chart_view_chart_changed    (DsChartView *self);
/* The focused point (keyboard) or -1s; and the text that was announced for it. */
void       ds_chart_view_get_focus_point  (DsChartView *self,
                                           gint        *series,
                                           gint        *point);
const char *ds_chart_view_get_focus_text  (DsChartView *self);
void       ds_chart_view_get_draw_params  (DsChartView       *self,
                                           DsChartDrawParams *params);

G_END_DECLS
