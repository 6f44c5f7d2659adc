/* ds-key-figure.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A headline number: an amount of money, or a value with a unit, with the event or
 * series behind it.
 */

#pragma once

#include <glib-object.h>

#include "ds-money.h"
#include "ds-text.h"

G_BEGIN_DECLS

#define DS_TYPE_KEY_FIGURE (ds_key_figure_get_type ())

G_DECLARE_FINAL_TYPE (DsKeyFigure, ds_key_figure, DS, KEY_FIGURE, GObject)

DsKeyFigure   *ds_key_figure_new_amount     (const char    *id,
                                             DsText        *label,
                                             const DsMoney *amount);
DsKeyFigure   *ds_key_figure_new_value      (const char    *id,
                                             DsText        *label,
                                             double         value,
                                             const char    *unit);
const char    *ds_key_figure_get_id         (DsKeyFigure   *self);
const char    *ds_key_figure_get_label      (DsKeyFigure   *self);
/* NULL when the figure is not money. */
const DsMoney *ds_key_figure_get_amount     (DsKeyFigure   *self);
double         ds_key_figure_get_value      (DsKeyFigure   *self);
const char    *ds_key_figure_get_unit       (DsKeyFigure   *self);
/* "up to", "above", or "" */
const char    *ds_key_figure_get_prefix     (DsKeyFigure   *self);
void           ds_key_figure_set_prefix     (DsKeyFigure   *self,
                                             DsText        *prefix);
/* The number as shown: "$100B", "10 GW", in the UI language. */
char          *ds_key_figure_format         (DsKeyFigure   *self);
const char    *ds_key_figure_get_event      (DsKeyFigure   *self);
const char    *ds_key_figure_get_series     (DsKeyFigure   *self);
void           ds_key_figure_set_links      (DsKeyFigure   *self,
                                             const char    *event_id,
                                             const char    *series_id);

G_END_DECLS
