/* ds-validate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-validate"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-dossier-loader.h"
#include "ds-validate.h"

static void
print_problems (GPtrArray  *problems,
                const char *name,
                FILE       *err)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = ds_problem_to_string (g_ptr_array_index (problems, i), name);

      fprintf (err, "%s\n", line);
    }
}

int
ds_validate_files (const char * const *paths,
                   FILE               *out,
                   FILE               *err)
{
  int status = 0;

  g_return_val_if_fail (paths != NULL, 2);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(DsDossier) dossier = NULL;

      dossier = ds_dossier_load_file (file, &problems, NULL, &error);
      print_problems (problems, paths[i], err);

      if (dossier == NULL)
        {
          if (!g_error_matches (error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID))
            fprintf (err, "%s: %s\n", paths[i], error->message);
          status = 1;
          continue;
        }

      {
        guint n_events = g_list_model_get_n_items (ds_dossier_get_events (dossier));
        guint n_series = g_list_model_get_n_items (ds_dossier_get_series (dossier));
        guint n_takeaways = g_list_model_get_n_items (ds_dossier_get_takeaways (dossier));
        g_autofree char *events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n_events), n_events);
        g_autofree char *series = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u series", "%u series", n_series), n_series);
        g_autofree char *takeaways = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u takeaway", "%u takeaways", n_takeaways), n_takeaways);

        /* Translators: "nvidia.json: ok (61 events, 12 series, 5 takeaways)" */
        fprintf (out, _("%s: ok (%s, %s, %s)\n"), paths[i], events, series, takeaways);
      }
    }

  fflush (out);
  fflush (err);

  return status;
}
