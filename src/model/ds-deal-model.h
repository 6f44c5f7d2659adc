/* ds-deal-model.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A progressive deal: money released per unit of capacity deployed, up to a cap; and
 * the defaults of the stake calculator. Plain structs owned by the dossier.
 */

#pragma once

#include <glib.h>

#include "ds-date.h"
#include "ds-money.h"
#include "ds-text.h"

G_BEGIN_DECLS

typedef struct
{
  DsText   *title;
  char     *unit;               /* "GW" */
  DsMoney   per_unit;
  DsMoney   cap;
  gboolean  has_first_unit;
  DsDate    first_unit_date;
  DsText   *first_unit_label;   /* or NULL */
  gboolean  has_actual;
  DsMoney   actual;
  DsText   *actual_label;       /* or NULL */
  char     *actual_event;       /* event id, or NULL */
} DsDealModel;

void   ds_deal_model_free            (DsDealModel *model);
/* Units needed to reach the cap: cap / per_unit (10 for $100B at $10B per GW). */
double ds_deal_model_get_units_to_cap (const DsDealModel *model);
/* Money released after @units deployed: min (units × per_unit, cap); 0 below 0. */
double ds_deal_model_released        (const DsDealModel *model,
                                      double             units);

typedef struct
{
  DsMoney  ticket;
  DsMoney  valuation;
  gboolean post_money;          /* else pre-money */
} DsStakeDefaults;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsDealModel, ds_deal_model_free)

G_END_DECLS
