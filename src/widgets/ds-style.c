/* ds-style.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-style"

#include "config.h"

#include <adwaita.h>

#include "ds-style.h"

DsTheme
ds_style_get_theme (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style);

  if (adw_style_manager_get_high_contrast (style))
    return dark ? DS_THEME_HIGH_CONTRAST_DARK : DS_THEME_HIGH_CONTRAST;

  return dark ? DS_THEME_DARK : DS_THEME_LIGHT;
}

void
ds_style_redraw_on_changes (GtkWidget *widget)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_signal_connect_object (style, "notify::dark", G_CALLBACK (gtk_widget_queue_draw), widget, G_CONNECT_SWAPPED);
  g_signal_connect_object (style, "notify::high-contrast", G_CALLBACK (gtk_widget_queue_draw), widget, G_CONNECT_SWAPPED);
}
