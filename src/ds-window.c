/* ds-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-compat.h"
#include "ds-release.h"
#include "ds-dossier-loader.h"
#include "ds-charts-page.h"
#include "ds-takeaways-page.h"
#include "ds-timeline-page.h"
#include "ds-window-private.h"


enum {
  PROP_0,
  PROP_DOSSIER,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DsWindow, ds_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties [N_PROPS];

void
_ds_window_show_problems (DsWindow   *self,
               const char *heading,
               GPtrArray  *problems,
               const char *file_name)
{
  g_autoptr(GString) lines = g_string_new (NULL);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = ds_problem_to_string (g_ptr_array_index (problems, i), file_name);

      if (lines->len > 0)
        g_string_append_c (lines, '\n');
      g_string_append (lines, line);
    }

  gtk_label_set_text (self->problems_heading, heading);
  gtk_label_set_text (self->problems_label, lines->str);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_label), lines->len > 0);
  gtk_revealer_set_reveal_child (self->problems_revealer, TRUE);
  ds_compat_announce (GTK_WIDGET (self), heading);
}

void
_ds_window_hide_problems (DsWindow *self)
{
  gtk_revealer_set_reveal_child (self->problems_revealer, FALSE);
  /* No stale problems for screen readers to find in the collapsed banner. */
  gtk_label_set_text (self->problems_label, "");
  gtk_label_set_text (self->problems_heading, "");
}

static void
dismiss_problems_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  _ds_window_hide_problems (DS_WINDOW (widget));
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DsWindow *self = DS_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->stack, name);
}

/* Gives a page the window's dossier the first time it is shown after a change. */
static void
sync_visible_page (DsWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  if (self->charts_page_stale && g_strcmp0 (name, "charts") == 0)
    {
      self->charts_page_stale = FALSE;
      ds_charts_page_set_dossier (self->charts_page, self->dossier);
    }
  else if (self->takeaways_page_stale && g_strcmp0 (name, "takeaways") == 0)
    {
      self->takeaways_page_stale = FALSE;
      ds_takeaways_page_set_dossier (self->takeaways_page, self->dossier);
    }
}

static void
event_activated_cb (DsWindow *self,
                    DsEvent  *event)
{
  adw_view_stack_set_visible_child_name (self->stack, "timeline");
  ds_timeline_page_select_event (self->timeline_page, event);
  /* The evidence button that had the focus is now hidden. */
  gtk_widget_grab_focus (GTK_WIDGET (ds_timeline_page_get_view (self->timeline_page)));
}

static void
series_activated_cb (DsWindow *self,
                     DsSeries *series)
{
  adw_view_stack_set_visible_child_name (self->stack, "charts");
  ds_charts_page_show_series (self->charts_page, series);
}

static void
ds_window_dispose (GObject *object)
{
  DsWindow *self = (DsWindow *)object;

  _ds_window_dispose_files (self);
  if (self->shortcuts != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->shortcuts), (gpointer *)&self->shortcuts);
      gtk_window_destroy (g_steal_pointer (&self->shortcuts));
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_WINDOW);

  G_OBJECT_CLASS (ds_window_parent_class)->dispose (object);
}

static void
ds_window_finalize (GObject *object)
{
  DsWindow *self = (DsWindow *)object;

  g_clear_object (&self->dossier);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ds_window_parent_class)->finalize (object);
}

static void
ds_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DsWindow *self = DS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOSSIER:
      g_value_set_object (value, self->dossier);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  DsWindow *self = DS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOSSIER:
      ds_window_set_dossier (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The shortcuts window is built the first time it is asked for: GtkApplication would
 * build it with every window from gtk/help-overlay.ui, before the first frame. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DsWindow *self = DS_WINDOW (widget);

  if (self->shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/ds-shortcuts.ui");

      self->shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      g_object_add_weak_pointer (G_OBJECT (self->shortcuts), (gpointer *)&self->shortcuts);
      gtk_window_set_transient_for (self->shortcuts, GTK_WINDOW (self));
      gtk_window_set_destroy_with_parent (self->shortcuts, TRUE);
      gtk_window_set_hide_on_close (self->shortcuts, TRUE);
    }

  gtk_window_present (self->shortcuts);
}

static void
ds_window_class_init (DsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_window_dispose;
  object_class->finalize = ds_window_finalize;
  object_class->get_property = ds_window_get_property;
  object_class->set_property = ds_window_set_property;

  properties [PROP_DOSSIER] =
    g_param_spec_object ("dossier", NULL, NULL,
                         DS_TYPE_DOSSIER,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DS_TYPE_TIMELINE_PAGE);
  g_type_ensure (DS_TYPE_CHARTS_PAGE);
  g_type_ensure (DS_TYPE_TAKEAWAYS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ds-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DsWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, problems_heading);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, timeline_page);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, charts_page);
  gtk_widget_class_bind_template_child (widget_class, DsWindow, takeaways_page);

  _ds_window_class_init_files (widget_class);
  _ds_window_class_init_export (widget_class);
  gtk_widget_class_install_action (widget_class, "win.dismiss-problems", NULL, dismiss_problems_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-view", "s", "timeline");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-view", "s", "charts");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-view", "s", "takeaways");
}

static void
ds_window_init (DsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  ds_compat_install_view_switcher (ADW_APPLICATION_WINDOW (self), self->header_bar,
                                   self->stack, self->switcher_bar);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->settings = g_settings_new (BASE_APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (self->stack, "notify::visible-child",
                           G_CALLBACK (sync_visible_page), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->takeaways_page, "event-activated",
                           G_CALLBACK (event_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->takeaways_page, "series-activated",
                           G_CALLBACK (series_activated_cb), self, G_CONNECT_SWAPPED);

  _ds_window_init_export (self);
  _ds_window_init_files (self);
}

DsWindow *
ds_window_new (DsApplication *application)
{
  return g_object_new (DS_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

DsDossier *
ds_window_get_dossier (DsWindow *self)
{
  g_return_val_if_fail (DS_IS_WINDOW (self), NULL);

  return self->dossier;
}

void
ds_window_set_dossier (DsWindow  *self,
                       DsDossier *dossier)
{
  static const char * const view_names[] = { "timeline", "charts", "takeaways" };
  g_autoptr(DsDossier) old = NULL;

  g_return_if_fail (DS_IS_WINDOW (self));
  g_return_if_fail (!dossier || DS_IS_DOSSIER (dossier));

  if (self->dossier == dossier)
    return;

  old = g_steal_pointer (&self->dossier);
  self->dossier = dossier != NULL ? g_object_ref (dossier) : NULL;

  ds_timeline_page_set_dossier (self->timeline_page, dossier);
  /* Hidden pages let the old dossier go now and build for the new one when shown. */
  ds_charts_page_set_dossier (self->charts_page, NULL);
  ds_takeaways_page_set_dossier (self->takeaways_page, NULL);
  self->charts_page_stale = dossier != NULL;
  self->takeaways_page_stale = dossier != NULL;

  if (dossier != NULL)
    {
      /* Translators: the window title, %s is the dossier's title */
      g_autofree char *title = g_strdup_printf (_("%s — Dealscope"), ds_dossier_get_title (dossier));

      gtk_window_set_title (GTK_WINDOW (self), title);
      adw_view_stack_set_visible_child_name (self->stack,
                                             view_names[ds_dossier_get_default_view (dossier)]);
    }
  sync_visible_page (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOSSIER]);
  /* A big dossier takes a quarter of a second to free: once no widget holds it,
   * a worker drops the last reference. */
  ds_release_in_worker (g_steal_pointer (&old), g_object_unref);
}

char **
ds_window_dup_source_publications (DsWindow *self)
{
  g_return_val_if_fail (DS_IS_WINDOW (self), NULL);

  return self->dossier ? ds_dossier_dup_publications (self->dossier) : NULL;
}
