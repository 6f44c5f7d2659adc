/* ds-compat.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The only place that knows which GTK and libadwaita it runs on: every call whose
 * API changed between GTK 4.8 / libadwaita 1.2 and current GNOME goes through here.
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef void (*DsCompatFileCallback) (GFile    *file,
                                      gpointer  user_data);

void       ds_compat_install_view_switcher (AdwApplicationWindow *window,
                                            AdwHeaderBar         *header_bar,
                                            AdwViewStack         *stack,
                                            AdwViewSwitcherBar   *switcher_bar);
void       ds_compat_choose_file_to_open   (GtkWindow            *parent,
                                            const char           *title,
                                            GListModel           *filters,
                                            GCancellable         *cancellable,
                                            DsCompatFileCallback  callback,
                                            gpointer              user_data);
/* The callback always runs, with NULL when the user cancelled. */
void       ds_compat_choose_file_to_save   (GtkWindow            *parent,
                                            const char           *title,
                                            const char           *initial_name,
                                            GListModel           *filters,
                                            DsCompatFileCallback  callback,
                                            gpointer              user_data);
void       ds_compat_show_uri              (GtkWindow            *parent,
                                            const char           *uri);
void       ds_compat_show_message          (GtkWindow            *parent,
                                            const char           *heading,
                                            const char           *body);
void       ds_compat_announce              (GtkWidget            *widget,
                                            const char           *message);
/* A main area with a detail pane beside it, or on a page of its own when narrower than
 * @fold_width (in sp): AdwLeaflet on libadwaita 1.2, AdwNavigationSplitView later.
 * "notify::folded"-style changes are reported through @folded_changed. */
GtkWidget *ds_compat_split_new             (GtkWidget            *main,
                                            const char           *main_title,
                                            GtkWidget            *detail,
                                            const char           *detail_title,
                                            int                   fold_width);
gboolean   ds_compat_split_get_folded      (GtkWidget            *split);
void       ds_compat_split_show_detail     (GtkWidget            *split,
                                            gboolean              show);
void       ds_compat_split_connect_folded  (GtkWidget            *split,
                                            GCallback             folded_changed,
                                            gpointer              user_data);
/* The text colour CSS gives @widget (gtk_widget_get_color from GTK 4.10). */
void       ds_compat_widget_get_color      (GtkWidget            *widget,
                                            GdkRGBA              *color);
GObject   *ds_compat_about_new             (void);
void       ds_compat_about_add_credits     (GObject              *about,
                                            const char           *section,
                                            const char * const   *names);
void       ds_compat_about_present         (GObject              *about,
                                            GtkWindow            *parent);

G_END_DECLS
