/* ds-takeaways-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The founders' page: key figures, takeaways with the events behind them, the claim
 * tracker, the sections, and a stake calculator.
 *
 * Signals: "event-activated" (DsEvent) when the reader asks for an event behind a
 * statement; "series-activated" (DsSeries) for the chart behind a key figure.
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-dossier.h"

G_BEGIN_DECLS

#define DS_TYPE_TAKEAWAYS_PAGE (ds_takeaways_page_get_type ())

G_DECLARE_FINAL_TYPE (DsTakeawaysPage, ds_takeaways_page, DS, TAKEAWAYS_PAGE, GtkWidget)

GtkWidget *ds_takeaways_page_new         (void);
void       ds_takeaways_page_set_dossier (DsTakeawaysPage *self,
                                          DsDossier       *dossier);

G_END_DECLS
