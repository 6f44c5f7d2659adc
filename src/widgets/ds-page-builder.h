/* ds-page-builder.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small helpers for the text pages: dossier text is always shown as plain text,
 * never parsed as Pango markup.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *ds_page_label_new      (const char *text,
                                   const char *css_class);
/* A label with the heading role at @level (1 for the page title), for screen readers. */
GtkWidget *ds_page_heading_new    (const char *text,
                                   const char *css_class,
                                   int         level);
GtkWidget *ds_page_scroller_new   (GtkWidget  **content_box);
void       ds_page_box_clear      (GtkWidget  *box);

G_END_DECLS
