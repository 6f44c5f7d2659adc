/* ds-window-files.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the window's dossier comes from: the bundled one, a file opened from the
 * chooser, the command line, a drop or the recent list; and reloading it when it
 * changes on disk. Dealscope only ever reads these files.
 */

#define G_LOG_DOMAIN "ds-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-compat.h"
#include "ds-dossier-loader.h"
#include "ds-window-private.h"

#define MAX_RECENT        8
#define RELOAD_DELAY_MS 300

/* One load in flight. The window is held weakly: closing it cancels the load instead
 * of keeping it alive, and a load replaced by a newer one changes nothing. */
typedef struct
{
  GWeakRef window;
  GCancellable *cancellable;
  GFile *file;
  char *name;
  gboolean reload;   /* keep the view, zoom and selection */
} LoadRequest;

/* May run in the loader's worker thread: touches no widget. */
static void
load_request_free (gpointer data)
{
  LoadRequest *request = data;

  g_weak_ref_clear (&request->window);
  g_clear_object (&request->cancellable);
  g_clear_object (&request->file);
  g_free (request->name);
  g_free (request);
}

static gboolean
request_is_current (LoadRequest *request,
                    DsWindow    *self)
{
  return self != NULL && self->loading == request->cancellable;
}

static void
load_progress_cb (double   fraction,
                  gpointer user_data)
{
  LoadRequest *request = user_data;
  g_autoptr(DsWindow) self = g_weak_ref_get (&request->window);

  if (request_is_current (request, self))
    gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

/* A reload shows the new version where the reader was: same view, same range, the
 * same event selected if it still exists. */
static void
replace_keeping_state (DsWindow  *self,
                       DsDossier *dossier)
{
  DsTimelineView *view = ds_timeline_page_get_view (self->timeline_page);
  DsEvent *selected = ds_timeline_view_get_selected_event (view);
  g_autofree char *selected_id = selected ? g_strdup (ds_event_get_id (selected)) : NULL;
  g_autofree char *page = g_strdup (adw_view_stack_get_visible_child_name (self->stack));
  double first, last;
  DsEvent *again;

  ds_timeline_view_get_range (view, &first, &last);
  ds_window_set_dossier (self, dossier);
  adw_view_stack_set_visible_child_name (self->stack, page);
  ds_timeline_view_set_range (view, first, last, FALSE);
  if (selected_id != NULL && (again = ds_dossier_lookup_event (dossier, selected_id)) != NULL)
    ds_timeline_page_select_event (self->timeline_page, again);
}

static void load_file            (DsWindow *self,
                                  GFile    *file,
                                  gboolean  reload);
static void load_bundled_dossier (DsWindow *self);

static gboolean
reload_timeout_cb (gpointer data)
{
  DsWindow *self = data;

  self->reload_source = 0;
  if (self->file != NULL)
    load_file (self, self->file, TRUE);

  return G_SOURCE_REMOVE;
}

/* Editors save in bursts (truncate, write, rename): wait for a quiet moment. */
static void
schedule_reload (DsWindow *self)
{
  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_timeout_cb, self);
}

static void
file_changed_cb (DsWindow          *self,
                 GFile             *file,
                 GFile             *other_file,
                 GFileMonitorEvent  event,
                 GFileMonitor      *monitor)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_RENAMED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
      schedule_reload (self);
      break;

    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    default:
      break;
    }
}

/* The file's modification time and size: saves within one clock tick share a time. */
static char *
query_version (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE ","
                                                 G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info == NULL)
    return NULL;

  return g_strdup_printf ("%s/%" G_GOFFSET_FORMAT, g_file_info_get_etag (info), g_file_info_get_size (info));
}

static gboolean
start_watching_cb (gpointer user_data)
{
  DsWindow *self = user_data;
  g_autofree char *version = NULL;

  self->watch_source = 0;

  /* Watch the file through its directory too: editors often replace it by a rename. */
  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (file_changed_cb), self, G_CONNECT_SWAPPED);

  /* An edit saved between the load and now raised no event. */
  version = query_version (self->file);
  if (version != NULL && g_strcmp0 (version, self->watched_version) != 0)
    schedule_reload (self);
  g_clear_pointer (&self->watched_version, g_free);

  return G_SOURCE_REMOVE;
}

static void
stop_watching (DsWindow *self)
{
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_handle_id (&self->watch_source, g_source_remove);
  g_clear_pointer (&self->watched_version, g_free);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
}

static void
watch_file (DsWindow *self,
            GFile    *file)
{
  if (self->file != NULL && file != NULL && g_file_equal (self->file, file) &&
      (self->monitor != NULL || self->watch_source != 0))
    return;

  stop_watching (self);
  g_set_object (&self->file, file);

  if (file == NULL)
    return;

  /* Adding the watch makes the kernel walk every entry of the file's directory (20 ms
   * and more in a full one): it waits until the new dossier has been drawn. */
  self->watched_version = query_version (file);
  self->watch_source = g_idle_add_full (G_PRIORITY_LOW, start_watching_cb, self, NULL);
}

/* --- Recent dossiers -------------------------------------------------------------------- */

static void
rebuild_recent_menu (DsWindow *self)
{
  g_auto(GStrv) uris = g_settings_get_strv (self->settings, "recent-dossiers");
  g_autoptr(GMenuItem) bundled = NULL;

  g_menu_remove_all (self->recent_menu);

  /* The bundled dossier is always one click away. */
  bundled = g_menu_item_new (_("Nvidia–OpenAI (bundled)"), "win.open-bundled");
  g_menu_append_item (self->recent_menu, bundled);

  for (guint i = 0; uris[i] != NULL && i < MAX_RECENT; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uris[i]);
      g_autofree char *name = ds_dossier_file_display_name (file);
      g_autoptr(GMenuItem) item = g_menu_item_new (NULL, NULL);

      /* Menu labels take mnemonics: a file name's underscores must stay literal. */
      g_autoptr(GString) label = g_string_new (name);
      g_string_replace (label, "_", "__", 0);
      g_menu_item_set_label (item, label->str);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uris[i]);
      g_menu_append_item (self->recent_menu, item);
    }
}

static void
remember_recent (DsWindow *self,
                 GFile    *file)
{
  g_auto(GStrv) old = g_settings_get_strv (self->settings, "recent-dossiers");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *uri = NULL;
  g_auto(GStrv) updated = NULL;
  guint count = 1;

  if (file == NULL)
    return;

  uri = g_file_get_uri (file);
  g_strv_builder_add (builder, uri);
  for (guint i = 0; old[i] != NULL && count < MAX_RECENT; i++)
    {
      if (g_strcmp0 (old[i], uri) != 0)
        {
          g_strv_builder_add (builder, old[i]);
          count++;
        }
    }

  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-dossiers", (const char * const *)updated);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  ds_window_open_file (DS_WINDOW (widget), file);
}

static void
open_bundled_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DsWindow *self = DS_WINDOW (widget);

  g_cancellable_cancel (self->loading);
  watch_file (self, NULL);
  load_bundled_dossier (self);
  _ds_window_hide_problems (self);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DsWindow *self = DS_WINDOW (widget);

  if (self->file != NULL)
    load_file (self, self->file, TRUE);
}

/* --- Drag and drop ---------------------------------------------------------------------- */

static gboolean
drop_cb (DsWindow      *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      ds_window_open_file (self, g_value_get_object (value));
      return TRUE;
    }

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = g_value_get_boxed (value);

      /* The first file here; a window per file would be a surprise from a drop. */
      if (files != NULL)
        {
          ds_window_open_file (self, files->data);
          return TRUE;
        }
    }

  return FALSE;
}

static void
load_file_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  LoadRequest *request = user_data;  /* owned by the task, alive during this call */
  g_autoptr(DsWindow) self = g_weak_ref_get (&request->window);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;

  dossier = ds_dossier_load_file_finish (result, &problems, &error);

  if (!request_is_current (request, self) || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  g_clear_object (&self->loading);

  if (dossier == NULL)
    {
      /* Translators: %s is a file name; the dossier already open stays open */
      g_autofree char *heading = g_strdup_printf (_("Could not open “%s”: %s"), request->name, error->message);

      _ds_window_show_problems (self, heading, problems, request->name);
      return;
    }

  if (request->reload)
    replace_keeping_state (self, dossier);
  else
    ds_window_set_dossier (self, dossier);
  watch_file (self, request->file);
  remember_recent (self, request->file);

  if (problems->len > 0)
    {
      g_autofree char *heading = g_strdup_printf (_("“%s” opened with warnings"), request->name);
      _ds_window_show_problems (self, heading, problems, request->name);
    }
  else
    {
      _ds_window_hide_problems (self);
    }
}

static void
open_response_cb (GFile    *file,
                  gpointer  user_data)
{
  GWeakRef *ref = user_data;
  g_autoptr(DsWindow) self = g_weak_ref_get (ref);

  g_weak_ref_clear (ref);
  g_free (ref);
  if (self != NULL && file != NULL)
    ds_window_open_file (self, file);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DsWindow *self = DS_WINDOW (widget);
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  gtk_file_filter_set_name (json, _("Dossiers (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  g_list_store_append (filters, json);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  g_list_store_append (filters, all);

  g_weak_ref_init (ref, self);
  ds_compat_choose_file_to_open (GTK_WINDOW (self), _("Open Dossier"), G_LIST_MODEL (filters),
                                 NULL, open_response_cb, ref);
}

static void
load_bundled_dossier (DsWindow *self)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;

  dossier = ds_dossier_load_resource (BUNDLED_DOSSIER, &problems, &error);
  if (dossier == NULL)
    {
      /* The bundled dossier is tested at build time; this is a broken build. */
      g_critical ("The bundled dossier does not load: %s", error->message);
      _ds_window_show_problems (self, _("The bundled dossier could not be opened"), problems, "nvidia-openai.json");
      return;
    }

  ds_window_set_dossier (self, dossier);
}

static void
load_file (DsWindow *self,
           GFile    *file,
           gboolean  reload)
{
  LoadRequest *request;

  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();

  request = g_new0 (LoadRequest, 1);
  g_weak_ref_init (&request->window, self);
  request->cancellable = g_object_ref (self->loading);
  request->file = g_object_ref (file);
  request->name = ds_dossier_file_display_name (file);
  request->reload = reload;
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);

  ds_dossier_load_file_async (file, self->loading,
                              load_progress_cb, request, load_request_free,
                              load_file_cb, request);
}

/* Loads in a worker thread; the open dossier stays until the new one is whole. */
void
ds_window_open_file (DsWindow *self,
                     GFile    *file)
{
  g_return_if_fail (DS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  load_file (self, file, FALSE);
}

void
_ds_window_class_init_files (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, open_bundled_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.reload", NULL);
}

void
_ds_window_init_files (DsWindow *self)
{
  GtkDropTarget *target;
  GMenu *menu;
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  /* Recent dossiers go in a section of their own in the primary menu. */
  self->recent_menu = g_menu_new ();
  menu = G_MENU (gtk_menu_button_get_menu_model (self->primary_menu_button));
  g_menu_insert_section (menu, 1, _("Recent Dossiers"), G_MENU_MODEL (self->recent_menu));
  g_signal_connect_object (self->settings, "changed::recent-dossiers",
                           G_CALLBACK (rebuild_recent_menu), self, G_CONNECT_SWAPPED);
  rebuild_recent_menu (self);

  load_bundled_dossier (self);
}

void
_ds_window_dispose_files (DsWindow *self)
{
  g_cancellable_cancel (self->loading);
  stop_watching (self);
  g_clear_object (&self->file);
  g_clear_object (&self->recent_menu);
}
