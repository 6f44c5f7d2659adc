/* ds-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-summary"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-summary.h"

static void
append_sources (GString *text,
                DsEvent *event)
{
  for (guint i = 0; i < ds_event_get_n_sources (event); i++)
    {
      const DsSource *source = ds_event_get_source (event, i);
      g_autofree char *date = source->has_date ? ds_date_format (&source->date) : NULL;

      g_string_append (text, "      ");
      g_string_append (text, source->publication);
      if (date != NULL)
        g_string_append_printf (text, ", %s", date);
      if (source->url != NULL)
        g_string_append_printf (text, " <%s>", source->url);
      g_string_append_c (text, '\n');
    }
}

char *
ds_summary_to_text (DsDossier *dossier)
{
  GListModel *figures, *takeaways;
  GString *text;
  const char *subtitle;

  g_return_val_if_fail (DS_IS_DOSSIER (dossier), NULL);

  text = g_string_new (ds_dossier_get_title (dossier));
  g_string_append_c (text, '\n');
  subtitle = ds_dossier_get_subtitle (dossier);
  if (*subtitle != '\0')
    g_string_append_printf (text, "%s\n", subtitle);

  figures = ds_dossier_get_key_figures (dossier);
  if (g_list_model_get_n_items (figures) > 0)
    {
      g_string_append_printf (text, "\n%s\n", _("Key Figures"));
      for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
        {
          g_autoptr(DsKeyFigure) figure = g_list_model_get_item (figures, i);
          g_autofree char *number = ds_key_figure_format (figure);
          const char *prefix = ds_key_figure_get_prefix (figure);

          g_string_append (text, "• ");
          if (*prefix != '\0')
            g_string_append_printf (text, "%s ", prefix);
          /* Translators: a key figure and what it is, "$650B — Big Tech capex in 2026" */
      g_string_append_printf (text, _("%1$s — %2$s"), number, ds_key_figure_get_label (figure));
      g_string_append_c (text, '\n');
        }
    }

  takeaways = ds_dossier_get_takeaways (dossier);
  if (g_list_model_get_n_items (takeaways) > 0)
    g_string_append_printf (text, "\n%s\n", _("Takeaways for Founders"));

  for (guint i = 0; i < g_list_model_get_n_items (takeaways); i++)
    {
      g_autoptr(DsTakeaway) takeaway = g_list_model_get_item (takeaways, i);
      const char * const *evidence = ds_takeaway_get_evidence (takeaway);

      g_string_append_c (text, '\n');
      /* Translators: a numbered takeaway, "1. Invest in infrastructure" */
      g_string_append_printf (text, C_("takeaway number", "%1$u. %2$s"), i + 1, ds_takeaway_get_title (takeaway));
      g_string_append_printf (text, "\n%s\n", ds_takeaway_get_body (takeaway));

      for (guint j = 0; evidence[j] != NULL; j++)
        {
          DsEvent *event = ds_dossier_lookup_event (dossier, evidence[j]);
          g_autofree char *date = NULL;

          if (event == NULL)
            continue;

          date = ds_date_format (ds_event_get_date (event));
          /* Translators: an evidence line in the copied summary: date, title, status */
          g_string_append_printf (text, _("   – %1$s: %2$s (%3$s)\n"), date, ds_event_get_title (event),
                                  ds_status_to_label (ds_event_get_status (event)));
          append_sources (text, event);
        }
    }

  return g_string_free (text, FALSE);
}
