/* ds-style.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The renderers' theme from the desktop's style (dark, high contrast), for every
 * widget that draws with cairo.
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-palette.h"

G_BEGIN_DECLS

DsTheme ds_style_get_theme          (void);
/* Redraws @widget whenever the dark or high-contrast preference changes. */
void    ds_style_redraw_on_changes  (GtkWidget *widget);

G_END_DECLS
