/* ds-deal-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-deal-model"

#include "config.h"

#include "ds-deal-model.h"

void
ds_deal_model_free (DsDealModel *model)
{
  if (model == NULL)
    return;

  g_clear_pointer (&model->title, ds_text_unref);
  g_clear_pointer (&model->unit, g_free);
  g_clear_pointer (&model->first_unit_label, ds_text_unref);
  g_clear_pointer (&model->actual_label, ds_text_unref);
  g_clear_pointer (&model->actual_event, g_free);
  g_free (model);
}

double
ds_deal_model_get_units_to_cap (const DsDealModel *model)
{
  g_return_val_if_fail (model != NULL, 0);

  if (model->per_unit.value <= 0)
    return 0;

  return model->cap.value / model->per_unit.value;
}

double
ds_deal_model_released (const DsDealModel *model,
                        double             units)
{
  g_return_val_if_fail (model != NULL, 0);

  if (!(units > 0))
    return 0;

  return MIN (units * model->per_unit.value, model->cap.value);
}
