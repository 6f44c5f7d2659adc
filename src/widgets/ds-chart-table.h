/* ds-chart-table.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart's data as a sortable, accessible table (GtkColumnView): series, date or x,
 * value, status, source. The accessible alternative to the drawing.
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-chart.h"

G_BEGIN_DECLS

#define DS_TYPE_CHART_TABLE (ds_chart_table_get_type ())

G_DECLARE_FINAL_TYPE (DsChartTable, ds_chart_table, DS, CHART_TABLE, GtkWidget)

GtkWidget  *ds_chart_table_new       (DsChart      *chart);
/* Rebuilds the rows from the chart's visible series. */
void        ds_chart_table_refresh   (DsChartTable *self);
/* The rows as shown (after sorting), for tests. */
GListModel *ds_chart_table_get_model (DsChartTable *self);

G_END_DECLS
