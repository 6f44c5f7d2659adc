/* ds-series-table.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every series of the dossier as a table of dated figures with their status and
 * source: the accessible form of the charts.
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-dossier.h"

G_BEGIN_DECLS

#define DS_TYPE_SERIES_TABLE (ds_series_table_get_type ())

G_DECLARE_FINAL_TYPE (DsSeriesTable, ds_series_table, DS, SERIES_TABLE, GtkWidget)

GtkWidget *ds_series_table_new         (void);
void       ds_series_table_set_dossier (DsSeriesTable *self,
                                        DsDossier     *dossier);

G_END_DECLS
