/* ds-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ds-application.h"
#include "ds-compat.h"
#include "ds-export.h"
#include "ds-validate.h"
#include "ds-window.h"

struct _DsApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (DsApplication, ds_application, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and exit"), NULL },
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check dossiers without opening a window, one line per problem"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Render a view or the report to OUT (.png, .svg or .pdf) without a display"), N_("OUT") },
  { "view", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("What to export: timeline, valuations, capex, deal, revenue, takeaways or report"), N_("VIEW") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Size of an exported view in pixels"), N_("WIDTHxHEIGHT") },
  { "scale", 0, 0, G_OPTION_ARG_DOUBLE, NULL,
    N_("Pixel scale of a PNG export, for HiDPI screens"), N_("N") },
  { "theme", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Colours of an export: light or dark"), N_("THEME") },
  { "lang", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Language of an export: en or fr"), N_("LANG") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[FILE…]") },
  { NULL }
};

static DsWindow *
get_or_create_window (DsApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (ds_window_new (self));

  return DS_WINDOW (window);
}

static int
ds_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  g_autofree const char **files = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      printf ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "export"))
    {
      g_autofree char *out = NULL;
      const char *view = NULL, *size = NULL, *theme = NULL, *lang = NULL;
      double scale = 1.0;

      g_variant_dict_lookup (options, "export", "^ay", &out);
      g_variant_dict_lookup (options, "view", "&s", &view);
      g_variant_dict_lookup (options, "size", "&s", &size);
      g_variant_dict_lookup (options, "scale", "d", &scale);
      g_variant_dict_lookup (options, "theme", "&s", &theme);
      g_variant_dict_lookup (options, "lang", "&s", &lang);
      g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

      if (files != NULL && files[0] != NULL && files[1] != NULL)
        {
          fprintf (stderr, "%s\n", _("--export takes at most one DOSSIER"));
          return 2;
        }
      return ds_export_run (out, view, size, scale, theme, lang, files ? files[0] : NULL, stderr);
    }

  if (g_variant_dict_contains (options, "validate"))
    {
      if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files) ||
          files == NULL || files[0] == NULL)
        {
          fprintf (stderr, "%s\n", _("--validate needs at least one FILE"));
          return 2;
        }
      return ds_validate_files (files, stdout, stderr);
    }

  return -1;
}

static int
ds_application_command_line (GApplication            *app,
                             GApplicationCommandLine *command_line)
{
  DsApplication *self = DS_APPLICATION (app);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree const char **files = NULL;

  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files) && files != NULL)
    {
      for (guint i = 0; files[i] != NULL; i++)
        {
          g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, files[i]);
          DsWindow *window = ds_window_new (self);

          gtk_window_present (GTK_WINDOW (window));
          ds_window_open_file (window, file);
        }
      if (files[0] != NULL)
        return 0;
    }

  g_application_activate (app);

  return 0;
}

static void
ds_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_or_create_window (DS_APPLICATION (app))));
}

static void
ds_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    {
      DsWindow *window = ds_window_new (DS_APPLICATION (app));

      gtk_window_present (GTK_WINDOW (window));
      ds_window_open_file (window, files[i]);
    }
}

static void
ds_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  const char *developers[] = { _("The Dealscope developers"), NULL };
  DsApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_auto(GStrv) publications = NULL;
  GObject *about;

  about = ds_compat_about_new ();
  g_object_set (about,
                "application-name", _("Dealscope"),
                "application-icon", APP_ID,
                "developer-name", developers[0],
                "version", PACKAGE_VERSION,
                "copyright", _("© 2026 The Dealscope developers"),
                "license-type", GTK_LICENSE_GPL_3_0,
                "website", "https://github.com/dealscope/dealscope",
                "issue-url", "https://github.com/dealscope/dealscope/issues",
                "developers", developers,
                /* Translators: put your names here, one per line */
                "translator-credits", _("translator-credits"),
                NULL);

  if (DS_IS_WINDOW (window) && (publications = ds_window_dup_source_publications (DS_WINDOW (window))) != NULL)
    {
      /* Translators: the separator in a list of publications */
      g_autofree char *joined = g_strjoinv (_(", "), publications);
      /* The comments are Pango markup, and publication names come from the dossier. */
      /* Translators: %s is a list of publications, such as "Reuters, Bloomberg" */
      g_autofree char *comments = g_markup_printf_escaped (_("Follow who pays whom in the AI funding boom: what was announced, reported, rumoured or denied.\n\nThe open dossier draws on reporting and announcements by %s."),
                                                           joined);

      g_object_set (about, "comments", comments, NULL);
      if (publications[0] != NULL)
        ds_compat_about_add_credits (about, _("Dossier Sources"), (const char * const *)publications);
    }
  else
    {
      g_object_set (about, "comments",
                    _("Follow who pays whom in the AI funding boom: what was announced, reported, rumoured or denied."),
                    NULL);
    }

  ds_compat_about_present (about, window);
}

static void
ds_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "quit", ds_application_quit_action },
  { "about", ds_application_about_action },
};

static void
ds_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *help_accels[] = { "F1", "<Control>question", NULL };

  G_APPLICATION_CLASS (ds_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", help_accels);
}

static void
ds_application_class_init (DsApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = ds_application_handle_local_options;
  app_class->command_line = ds_application_command_line;
  app_class->activate = ds_application_activate;
  app_class->open = ds_application_open;
  app_class->startup = ds_application_startup;
}

static void
ds_application_init (DsApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Explore who pays whom in the AI funding boom."));
}

DsApplication *
ds_application_new (const char        *application_id,
                    GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (DS_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}
