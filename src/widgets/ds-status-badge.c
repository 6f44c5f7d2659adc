/* ds-status-badge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-status-badge"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-status-badge.h"

static const char * const symbols[] = { "●", "◐", "○", "✕", "◇" };
static const char * const css_classes[] = {
  "status-confirmed", "status-reported", "status-rumour", "status-denied", "status-planned"
};

const char *
ds_status_get_symbol (DsStatus status)
{
  g_return_val_if_fail ((guint)status < G_N_ELEMENTS (symbols), "");

  return symbols[status];
}

void
ds_status_badge_set_status (GtkWidget *badge,
                            DsStatus   status)
{
  g_autofree char *text = NULL;

  g_return_if_fail (GTK_IS_LABEL (badge));
  g_return_if_fail ((guint)status < G_N_ELEMENTS (symbols));

  for (guint i = 0; i < G_N_ELEMENTS (css_classes); i++)
    gtk_widget_remove_css_class (badge, css_classes[i]);
  gtk_widget_add_css_class (badge, css_classes[status]);

  /* Translators: a status symbol then the status name, "● Confirmed" */
  text = g_strdup_printf (_("%1$s %2$s"), symbols[status], ds_status_to_label (status));
  gtk_label_set_text (GTK_LABEL (badge), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (badge),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ds_status_to_label (status),
                                  -1);
}

GtkWidget *
ds_status_badge_new (DsStatus status)
{
  GtkWidget *badge = gtk_label_new (NULL);

  gtk_widget_add_css_class (badge, "status-badge");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (badge, GTK_ALIGN_START);
  ds_status_badge_set_status (badge, status);

  return badge;
}
