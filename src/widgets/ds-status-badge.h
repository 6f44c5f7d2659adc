/* ds-status-badge.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small pill that names an event's status with a shape, a word and a colour, so
 * that no reader depends on colour alone. The colours come from the palette the
 * timeline draws with; event rows draw the same pill without a widget of its own.
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-enums.h"

G_BEGIN_DECLS

#define DS_TYPE_STATUS_BADGE (ds_status_badge_get_type())

G_DECLARE_FINAL_TYPE (DsStatusBadge, ds_status_badge, DS, STATUS_BADGE, GtkWidget)

GtkWidget   *ds_status_badge_new           (DsStatus     status);
void         ds_status_badge_set_status    (GtkWidget     *badge,
                                            DsStatus       status);
DsStatus     ds_status_badge_get_status    (DsStatusBadge *self);
/* The shape drawn for a status: ● confirmed, ◐ reported, ○ rumour, ✕ denied, ◇ planned. */
const char  *ds_status_get_symbol          (DsStatus     status);
/* The shape then the name, as the pill and the filter choices show it: "● Confirmed". */
char        *ds_status_format_label        (DsStatus     status);

/* For widgets that draw the pill themselves: its text in @widget's font, and the pill
 * around that text with its top-left corner at (@x, @y). */
PangoLayout *ds_status_badge_create_layout (GtkWidget   *widget,
                                            DsStatus     status);
void         ds_status_badge_get_size      (PangoLayout *layout,
                                            int         *width,
                                            int         *height);
void         ds_status_badge_snapshot_pill (GtkSnapshot *snapshot,
                                            PangoLayout *layout,
                                            DsStatus     status,
                                            float        x,
                                            float        y);

G_END_DECLS
