/* ds-compat.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-compat"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-compat.h"

/* Narrow windows: libadwaita 1.4 replaced AdwViewSwitcherTitle with breakpoints. */
void
ds_compat_install_view_switcher (AdwApplicationWindow *window,
                                 AdwHeaderBar         *header_bar,
                                 AdwViewStack         *stack,
                                 AdwViewSwitcherBar   *switcher_bar)
{
#if ADW_CHECK_VERSION (1, 4, 0)
  AdwViewSwitcher *switcher;
  AdwBreakpoint *breakpoint;

  switcher = ADW_VIEW_SWITCHER (adw_view_switcher_new ());
  adw_view_switcher_set_stack (switcher, stack);
  adw_view_switcher_set_policy (switcher, ADW_VIEW_SWITCHER_POLICY_WIDE);
  adw_header_bar_set_title_widget (header_bar, GTK_WIDGET (switcher));

  breakpoint = adw_breakpoint_new (adw_breakpoint_condition_parse ("max-width: 550sp"));
  adw_breakpoint_add_setters (breakpoint,
                              G_OBJECT (switcher), "visible", FALSE,
                              G_OBJECT (switcher_bar), "reveal", TRUE,
                              NULL);
  adw_application_window_add_breakpoint (window, breakpoint);
#else
  AdwViewSwitcherTitle *title;

  title = ADW_VIEW_SWITCHER_TITLE (adw_view_switcher_title_new ());
  adw_view_switcher_title_set_stack (title, stack);
  g_object_bind_property (window, "title", title, "title", G_BINDING_SYNC_CREATE);
  adw_header_bar_set_title_widget (header_bar, GTK_WIDGET (title));
  g_object_bind_property (title, "title-visible",
                          switcher_bar, "reveal",
                          G_BINDING_SYNC_CREATE);
#endif
}

#if GTK_CHECK_VERSION (4, 10, 0)
typedef struct
{
  DsCompatFileCallback callback;
  gpointer user_data;
  gboolean save;
} FileRequest;

/* One callback for both dialogs: only the finish function differs. */
static void
file_dialog_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      data)
{
  FileRequest *request = data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (request->save)
    file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error);
  else
    file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, &error);
  if (error != NULL && !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    g_message ("Could not choose a file: %s", error->message);
  request->callback (file, request->user_data);
  g_free (request);
}
#else
typedef struct
{
  DsCompatFileCallback callback;
  gpointer user_data;
  GtkFileChooserNative *native;
} FileRequest;

static void
file_chooser_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          gpointer         data)
{
  FileRequest *request = data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  request->callback (file, request->user_data);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (request->native);
  g_free (request);
}
#endif

#if !GTK_CHECK_VERSION (4, 10, 0)
static void
show_native_chooser (FileRequest *request,
                     GListModel  *filters)
{
  guint n = filters ? g_list_model_get_n_items (filters) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (request->native), filter);
    }
  g_signal_connect (request->native, "response", G_CALLBACK (file_chooser_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (request->native));
}
#endif

/* The callback always runs, with NULL when the user cancelled. */
void
ds_compat_choose_file_to_open (GtkWindow            *parent,
                               const char           *title,
                               GListModel           *filters,
                               GCancellable         *cancellable,
                               DsCompatFileCallback  callback,
                               gpointer              user_data)
{
  FileRequest *request;

  g_return_if_fail (callback != NULL);

  request = g_new0 (FileRequest, 1);
  request->callback = callback;
  request->user_data = user_data;

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_set_modal (dialog, TRUE);
    if (filters != NULL)
      gtk_file_dialog_set_filters (dialog, filters);
    gtk_file_dialog_open (dialog, parent, cancellable, file_dialog_done_cb, request);
  }
#else
  request->native = gtk_file_chooser_native_new (title, parent,
                                                 GTK_FILE_CHOOSER_ACTION_OPEN,
                                                 NULL, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (request->native), TRUE);
  show_native_chooser (request, filters);
#endif
}


void
ds_compat_choose_file_to_save (GtkWindow            *parent,
                               const char           *title,
                               const char           *initial_name,
                               GListModel           *filters,
                               DsCompatFileCallback  callback,
                               gpointer              user_data)
{
  FileRequest *request;

  g_return_if_fail (callback != NULL);

  request = g_new0 (FileRequest, 1);
  request->callback = callback;
  request->user_data = user_data;

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();

    gtk_file_dialog_set_title (dialog, title);
    gtk_file_dialog_set_modal (dialog, TRUE);
    gtk_file_dialog_set_initial_name (dialog, initial_name);
    if (filters != NULL)
      gtk_file_dialog_set_filters (dialog, filters);
    request->save = TRUE;
    gtk_file_dialog_save (dialog, parent, NULL, file_dialog_done_cb, request);
  }
#else
  request->native = gtk_file_chooser_native_new (title, parent,
                                                 GTK_FILE_CHOOSER_ACTION_SAVE,
                                                 NULL, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (request->native), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (request->native), initial_name);
  show_native_chooser (request, filters);
#endif
}

void
ds_compat_show_uri (GtkWindow  *parent,
                    const char *uri)
{
  g_return_if_fail (uri != NULL);

#if GTK_CHECK_VERSION (4, 10, 0)
  {
    g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);
    gtk_uri_launcher_launch (launcher, parent, NULL, NULL, NULL);
  }
#else
  gtk_show_uri (parent, uri, GDK_CURRENT_TIME);
#endif
}

void
ds_compat_show_message (GtkWindow  *parent,
                        const char *heading,
                        const char *body)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  AdwDialog *dialog = adw_alert_dialog_new (heading, body);

  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
  adw_dialog_present (dialog, parent ? GTK_WIDGET (parent) : NULL);
#else
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
#endif
}

#if ADW_CHECK_VERSION (1, 4, 0)
static AdwNavigationSplitView *
split_view_of (GtkWidget *split)
{
  return ADW_NAVIGATION_SPLIT_VIEW (adw_breakpoint_bin_get_child (ADW_BREAKPOINT_BIN (split)));
}
#endif

GtkWidget *
ds_compat_split_new (GtkWidget  *main,
                     const char *main_title,
                     GtkWidget  *detail,
                     const char *detail_title,
                     int         fold_width)
{
#if ADW_CHECK_VERSION (1, 4, 0)
  GtkWidget *bin = adw_breakpoint_bin_new ();
  AdwNavigationSplitView *view = ADW_NAVIGATION_SPLIT_VIEW (adw_navigation_split_view_new ());
  g_autofree char *condition = g_strdup_printf ("max-width: %dsp", fold_width);
  AdwBreakpoint *breakpoint = adw_breakpoint_new (adw_breakpoint_condition_parse (condition));
  AdwNavigationPage *main_page = adw_navigation_page_new (main, main_title);
  AdwNavigationPage *detail_page = adw_navigation_page_new (detail, detail_title);

  adw_navigation_split_view_set_sidebar (view, main_page);
  adw_navigation_split_view_set_content (view, detail_page);
  adw_navigation_split_view_set_sidebar_width_fraction (view, 0.66);
  adw_navigation_split_view_set_min_sidebar_width (view, 360);
  adw_navigation_split_view_set_max_sidebar_width (view, 100000);
  adw_breakpoint_bin_set_child (ADW_BREAKPOINT_BIN (bin), GTK_WIDGET (view));
  gtk_widget_set_size_request (bin, 360, 200);
  {
    GValue collapsed = G_VALUE_INIT;

    g_value_init (&collapsed, G_TYPE_BOOLEAN);
    g_value_set_boolean (&collapsed, TRUE);
    adw_breakpoint_add_setter (breakpoint, G_OBJECT (view), "collapsed", &collapsed);
  }
  adw_breakpoint_bin_add_breakpoint (ADW_BREAKPOINT_BIN (bin), breakpoint);

  return bin;
#else
  GtkWidget *leaflet = adw_leaflet_new ();
  AdwLeafletPage *page;
  int main_width;

  adw_leaflet_set_can_navigate_back (ADW_LEAFLET (leaflet), TRUE);
  adw_leaflet_set_fold_threshold_policy (ADW_LEAFLET (leaflet), ADW_FOLD_THRESHOLD_POLICY_MINIMUM);
  adw_leaflet_set_transition_type (ADW_LEAFLET (leaflet), ADW_LEAFLET_TRANSITION_TYPE_SLIDE);
  /* The leaflet folds when the minimum widths no longer fit side by side: the
   * detail gets what @fold_width leaves beside the main area's own minimum. */
  gtk_widget_get_size_request (main, &main_width, NULL);
  gtk_widget_set_size_request (detail, MAX (280, fold_width - MAX (main_width, 0)), -1);
  gtk_widget_set_hexpand (main, TRUE);
  adw_leaflet_append (ADW_LEAFLET (leaflet), main);
  page = adw_leaflet_append (ADW_LEAFLET (leaflet), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  adw_leaflet_page_set_navigatable (page, FALSE);
  adw_leaflet_append (ADW_LEAFLET (leaflet), detail);
  g_object_set_data (G_OBJECT (leaflet), "ds-main", main);
  g_object_set_data (G_OBJECT (leaflet), "ds-detail", detail);

  return leaflet;
#endif
}

gboolean
ds_compat_split_get_folded (GtkWidget *split)
{
#if ADW_CHECK_VERSION (1, 4, 0)
  return adw_navigation_split_view_get_collapsed (split_view_of (split));
#else
  return adw_leaflet_get_folded (ADW_LEAFLET (split));
#endif
}

void
ds_compat_split_show_detail (GtkWidget *split,
                             gboolean   show)
{
#if ADW_CHECK_VERSION (1, 4, 0)
  adw_navigation_split_view_set_show_content (split_view_of (split), show);
#else
  adw_leaflet_set_visible_child (ADW_LEAFLET (split),
                                 g_object_get_data (G_OBJECT (split), show ? "ds-detail" : "ds-main"));
#endif
}

void
ds_compat_split_connect_folded (GtkWidget *split,
                                GCallback  folded_changed,
                                gpointer   user_data)
{
#if ADW_CHECK_VERSION (1, 4, 0)
  g_signal_connect_object (split_view_of (split), "notify::collapsed", folded_changed, user_data, G_CONNECT_SWAPPED);
#else
  g_signal_connect_object (split, "notify::folded", folded_changed, user_data, G_CONNECT_SWAPPED);
#endif
}

/* Screen readers hear about problems that appear away from the focus (GTK 4.14+). */
void
ds_compat_announce (GtkWidget  *widget,
                    const char *message)
{
#if GTK_CHECK_VERSION (4, 14, 0)
  gtk_accessible_announce (GTK_ACCESSIBLE (widget), message,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
#else
  (void)widget;
  (void)message;
#endif
}

void
ds_compat_widget_get_color (GtkWidget *widget,
                            GdkRGBA   *color)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (widget, color);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), color);
#endif
}

/* Both about widgets share their property names, so callers set them with g_object_set(). */
GObject *
ds_compat_about_new (void)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  return G_OBJECT (adw_about_dialog_new ());
#else
  return G_OBJECT (adw_about_window_new ());
#endif
}

void
ds_compat_about_add_credits (GObject            *about,
                             const char         *section,
                             const char * const *names)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_about_dialog_add_credit_section (ADW_ABOUT_DIALOG (about), section, (const char **) names);
#else
  adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about), section, (const char **) names);
#endif
}

void
ds_compat_about_present (GObject   *about,
                         GtkWindow *parent)
{
#if ADW_CHECK_VERSION (1, 5, 0)
  adw_dialog_present (ADW_DIALOG (about), parent ? GTK_WIDGET (parent) : NULL);
#else
  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_set_modal (GTK_WINDOW (about), TRUE);
  gtk_window_present (GTK_WINDOW (about));
#endif
}
