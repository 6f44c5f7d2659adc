/* ds-status-badge.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small pill that names an event's status with a shape, a word and a colour, so
 * that no reader depends on colour alone.
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-enums.h"

G_BEGIN_DECLS

GtkWidget  *ds_status_badge_new        (DsStatus   status);
void        ds_status_badge_set_status (GtkWidget *badge,
                                        DsStatus   status);
/* The shape drawn for a status: ● confirmed, ◐ reported, ○ rumour, ✕ denied, ◇ planned. */
const char *ds_status_get_symbol       (DsStatus   status);

G_END_DECLS
