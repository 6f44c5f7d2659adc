/* ds-takeaway.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ds-money.h"
#include "ds-text.h"

G_BEGIN_DECLS

#define DS_TYPE_TAKEAWAY (ds_takeaway_get_type ())

G_DECLARE_FINAL_TYPE (DsTakeaway, ds_takeaway, DS, TAKEAWAY, GObject)

DsTakeaway         *ds_takeaway_new          (const char     *id,
                                              DsText         *title,
                                              DsText         *body);
const char         *ds_takeaway_get_id       (DsTakeaway     *self);
const char         *ds_takeaway_get_title    (DsTakeaway     *self);
const char         *ds_takeaway_get_body     (DsTakeaway     *self);
const char * const *ds_takeaway_get_evidence (DsTakeaway     *self);
void                ds_takeaway_set_evidence (DsTakeaway     *self,
                                              char          **event_ids);
const DsMoney      *ds_takeaway_get_figure   (DsTakeaway     *self);
const char         *ds_takeaway_get_figure_label (DsTakeaway *self);
void                ds_takeaway_set_figure   (DsTakeaway     *self,
                                              const DsMoney  *figure,
                                              DsText         *label);

G_END_DECLS
