/* ds-stake-calculator.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ticket and valuation → ownership and post-money; units deployed → money released
 * under the dossier's progressive deal model. Updates as the reader types; bad input
 * is flagged on its field and the last valid result stays.
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-dossier.h"

G_BEGIN_DECLS

#define DS_TYPE_STAKE_CALCULATOR (ds_stake_calculator_get_type ())

G_DECLARE_FINAL_TYPE (DsStakeCalculator, ds_stake_calculator, DS, STAKE_CALCULATOR, GtkWidget)

GtkWidget *ds_stake_calculator_new          (void);
/* Takes its defaults (and the deal model) from @dossier; hides what it lacks. */
void       ds_stake_calculator_set_dossier  (DsStakeCalculator *self,
                                             DsDossier         *dossier);
void       ds_stake_calculator_reset        (DsStakeCalculator *self);
/* For tests and the summary: the texts shown as results. */
const char *ds_stake_calculator_get_ownership_text (DsStakeCalculator *self);
const char *ds_stake_calculator_get_released_text  (DsStakeCalculator *self);

G_END_DECLS
