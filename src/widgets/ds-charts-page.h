/* ds-charts-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Charts view: the dossier's charts as cards that reflow with the window, each
 * with its options, a table view of its data, "Copy as CSV" and "Copy Image".
 *
 * Signal "export-chart" (gpointer: the DsChart): the reader asked to export a chart.
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-chart.h"
#include "ds-dossier.h"

G_BEGIN_DECLS

#define DS_TYPE_CHARTS_PAGE (ds_charts_page_get_type ())

G_DECLARE_FINAL_TYPE (DsChartsPage, ds_charts_page, DS, CHARTS_PAGE, GtkWidget)

GtkWidget *ds_charts_page_new          (void);
void       ds_charts_page_set_dossier  (DsChartsPage *self,
                                        DsDossier    *dossier);
/* Brings the chart that draws @series into view and gives it the focus. */
gboolean   ds_charts_page_show_series  (DsChartsPage *self,
                                        DsSeries     *series);
/* The chart whose view has the focus, or NULL. */
DsChart   *ds_charts_page_get_focused_chart (DsChartsPage *self);
/* The charts shown (DsChart), for exports and tests. */
GPtrArray *ds_charts_page_get_charts   (DsChartsPage *self);

G_END_DECLS
