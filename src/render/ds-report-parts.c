/* ds-report-parts.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report's parts around what the Takeaways view says (ds-report-content.c): the
 * cover, the chronology, the charts with their footnotes and the sources.
 */

#define G_LOG_DOMAIN "ds-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ds-report-private.h"

/* --- The report's parts ------------------------------------------------------------------- */

static void
draw_hairline (DsFlow   *flow,
               cairo_t  *cr,
               DsTheme   theme,
               double    width,
               double    height,
               gpointer  data)
{
  ds_color_set_source (cr, &ds_palette_get (theme)->accent);
  cairo_rectangle (cr, 0, 0, MIN (width, ds_flow_get_em (flow) * 5), height);
  cairo_fill (cr);
}

static DsBlock *
add_part (DsFlow     *flow,
          const char *title)
{
  ds_flow_add_page_break (flow);
  ds_flow_add_mark (flow, title, 0);

  return ds_flow_add_text (flow, DS_TEXT_H1, DS_INK_FOREGROUND, title);
}

static void
add_cover (DsFlow    *flow,
           DsDossier *dossier)
{
  double em = ds_flow_get_em (flow);
  const DsDate *updated = ds_dossier_get_updated (dossier);
  /* Translators: the small line above the title on the report's cover */
  g_autofree char *eyebrow = g_utf8_strup (C_("report", "Briefing"), -1);
  DsBlock *block;

  block = ds_flow_add_text (flow, DS_TEXT_CAPTION, DS_INK_ACCENT, eyebrow);
  ds_block_set_space (block, 0, em * 0.6);
  ds_flow_add_text (flow, DS_TEXT_TITLE, DS_INK_FOREGROUND, ds_dossier_get_title (dossier));
  if (*ds_dossier_get_subtitle (dossier) != '\0')
    ds_flow_add_text (flow, DS_TEXT_SUBTITLE, DS_INK_DIM, ds_dossier_get_subtitle (dossier));
  block = ds_flow_add_drawing (flow, MAX (1, em * 0.25), draw_hairline, NULL, NULL);
  ds_block_set_space (block, em * 0.2, em * 1.2);

  if (updated != NULL && ds_date_is_valid (updated))
    {
      g_autofree char *date = ds_date_format (updated);
      /* Translators: on the report's cover, the date the dossier was last updated,
         as in "Updated: 8 Jun 2026" */
      g_autofree char *text = g_strdup_printf (_("Updated: %s"), date);

      ds_block_set_space (ds_flow_add_text (flow, DS_TEXT_SMALL, DS_INK_DIM, text), 0, em * 1.0);
    }

  if (*ds_dossier_get_summary (dossier) != '\0')
    ds_flow_add_text (flow, DS_TEXT_LEAD, DS_INK_FOREGROUND, ds_dossier_get_summary (dossier));

  if (g_list_model_get_n_items (ds_dossier_get_key_figures (dossier)) > 0)
    {
      ds_flow_add_text (flow, DS_TEXT_H2, DS_INK_FOREGROUND, _("Key Figures"));
      ds_report_add_key_figures (flow, dossier);
    }

  {
    g_autofree char *caption = g_utf8_strup (_("Status"), -1);

    ds_block_keep_with_next (ds_flow_add_text (flow, DS_TEXT_CAPTION, DS_INK_DIM, caption));
    ds_report_add_legend (flow);
  }
}

/* The views' text is sized for the screen: drawn smaller, it matches the report's. */
static double
view_zoom (DsFlow *flow)
{
  return ds_flow_get_em (flow) * 0.85 / DS_VIEW_EM;
}

static void
draw_chart (DsFlow   *flow,
            cairo_t  *cr,
            DsTheme   theme,
            double    width,
            double    height,
            gpointer  data)
{
  double zoom = view_zoom (flow);

  cairo_scale (cr, zoom, zoom);
  ds_report_draw_chart_title (cr, data, width / zoom, height / zoom, theme);
}

static void
add_chronology (DsFlow    *flow,
                DsDossier *dossier)
{
  GListModel *events = ds_dossier_get_events (dossier);
  guint n = g_list_model_get_n_items (events);
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  double em = ds_flow_get_em (flow);
  double aside = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsEvent) event = g_list_model_get_item (events, i);
      char *date = ds_date_format (ds_event_get_date (event));
      g_autoptr(PangoLayout) layout = ds_flow_create_layout (flow, DS_TEXT_BODY, date, -1);
      int width;

      pango_layout_get_size (layout, &width, NULL);
      aside = MAX (aside, (double) width / PANGO_SCALE);
      g_ptr_array_add (dates, date);
    }
  aside = MIN (aside + em * 0.8, ds_flow_get_width (flow) / 4);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsEvent) event = g_list_model_get_item (events, i);
      const DsMoney *amount = ds_event_get_amount (event);
      g_autofree char *money = amount != NULL ? ds_money_format (amount) : NULL;
      g_autofree char *title = NULL;
      DsBlock *row;

      if (money != NULL)
        /* Translators: an event's label on the timeline: %1$s is its title, %2$s its amount,
           as in "Nvidia buys $5B of Intel shares · $5B". Keep the "1$" and "2$". */
        title = g_strdup_printf (C_("timeline label", "%1$s · %2$s"), ds_event_get_title (event),
                                 money);
      else
        title = g_strdup (ds_event_get_title (event));
      row = ds_flow_add_row (flow, DS_TEXT_BODY_BOLD, g_ptr_array_index (dates, i), aside,
                             ds_event_get_status (event), title);
      ds_block_set_space (row, em * 0.5, em * 0.15);

      if (*ds_event_get_summary (event) != '\0')
        {
          ds_block_keep_with_next (row);
          ds_flow_set_indent (flow, ds_flow_row_text_start (flow, aside), FALSE);
          DsBlock *summary = ds_flow_add_text (flow, DS_TEXT_SMALL, DS_INK_DIM,
                                               ds_event_get_summary (event));

          ds_block_set_space (summary, 0, em * 0.2);
          ds_flow_set_indent (flow, 0, FALSE);
        }
    }
}

typedef struct
{
  const DsSource *source;
  gint64          day;
  GPtrArray      *events;   /* DsEvent citing it, in date order */
} SourceRef;

static void
source_ref_clear (gpointer data)
{
  SourceRef *ref = data;

  g_clear_pointer (&ref->events, g_ptr_array_unref);
}

static int
compare_sources (gconstpointer a,
                 gconstpointer b)
{
  const SourceRef *sa = a;
  const SourceRef *sb = b;
  int result = g_utf8_collate (sa->source->publication, sb->source->publication);

  if (result == 0)
    result = sa->day < sb->day ? -1 : sa->day > sb->day;
  if (result == 0)
    result = g_strcmp0 (sa->source->title ? ds_text_get (sa->source->title) : NULL,
                        sb->source->title ? ds_text_get (sb->source->title) : NULL);

  return result;
}

/* Every distinct source (publication, date, link and title), with the events that
 * cite it. */
static GArray *
collect_sources (DsDossier *dossier)
{
  GListModel *events = ds_dossier_get_events (dossier);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GArray *sources = g_array_new (FALSE, FALSE, sizeof (SourceRef));

  g_array_set_clear_func (sources, source_ref_clear);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DsEvent) event = g_list_model_get_item (events, i);

      for (guint s = 0; s < ds_event_get_n_sources (event); s++)
        {
          const DsSource *source = ds_event_get_source (event, s);
          g_autofree char *date = source->has_date ? ds_date_to_string (&source->date) : NULL;
          char *key = g_strjoin ("\x1f", source->publication, date ? date : "",
                                 source->url ? source->url : "",
                                 source->title ? ds_text_get (source->title) : "", NULL);
          gpointer index;

          if (g_hash_table_lookup_extended (seen, key, NULL, &index))
            {
              GPtrArray *citing = g_array_index (sources, SourceRef, GPOINTER_TO_UINT (index)).events;

              if (citing->len == 0 || g_ptr_array_index (citing, citing->len - 1) != event)
                g_ptr_array_add (citing, g_object_ref (event));
              g_free (key);
              continue;
            }

          {
            SourceRef ref = { source, G_MININT64, g_ptr_array_new_with_free_func (g_object_unref) };

            if (source->has_date)
              ref.day = ds_date_get_first_day (&source->date);

            g_ptr_array_add (ref.events, g_object_ref (event));
            g_hash_table_insert (seen, key, GUINT_TO_POINTER (sources->len));
            g_array_append_val (sources, ref);
          }
        }
    }
  g_array_sort (sources, compare_sources);

  return sources;
}

static void
add_sources (DsFlow    *flow,
             DsDossier *dossier)
{
  g_autoptr(GArray) sources = collect_sources (dossier);
  double em = ds_flow_get_em (flow);

  if (sources->len == 0)
    return;

  add_part (flow, _("Sources"));
  {
    g_autofree char *count = NULL;

    count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u source cited by the events of this dossier.",
                                          "%u sources cited by the events of this dossier.",
                                          sources->len),
                             sources->len);

    ds_block_set_space (ds_flow_add_text (flow, DS_TEXT_SMALL, DS_INK_DIM, count), 0, em * 0.4);
  }

  for (guint i = 0; i < sources->len; i++)
    {
      const SourceRef *ref = &g_array_index (sources, SourceRef, i);
      const DsSource *source = ref->source;
      g_autofree char *date = source->has_date ? ds_date_format (&source->date) : NULL;
      /* Translators: a tooltip line: date, then status */
      g_autofree char *heading = NULL;
      const char *title = source->title != NULL ? ds_text_get (source->title) : "";
      DsBlock *block;

      if (date != NULL)
        heading = g_strdup_printf (_("%1$s · %2$s"), source->publication, date);
      block = ds_flow_add_text (flow, DS_TEXT_BODY_BOLD, DS_INK_FOREGROUND,
                                heading != NULL ? heading : source->publication);

      /* The publication, then the article (a link), its address, what it supports. */
      ds_block_set_space (block, em * 0.8, em * 0.1);
      ds_block_keep_with_next (block);
      if (*title != '\0')
        {
          block = ds_flow_add_text (flow, DS_TEXT_BODY, DS_INK_FOREGROUND, title);
          ds_block_set_space (block, 0, em * 0.1);
          ds_block_keep_with_next (block);
          if (source->url != NULL)
            ds_block_set_link (block, source->url);
        }
      if (source->url != NULL)
        {
          block = ds_flow_add_text (flow, DS_TEXT_SMALL, DS_INK_ACCENT, source->url);
          ds_block_set_link (block, source->url);
          ds_block_set_space (block, 0, em * 0.1);
          ds_block_keep_with_next (block);
        }
      for (guint e = 0; e < ref->events->len; e++)
        {
          DsEvent *event = g_ptr_array_index (ref->events, e);
          g_autofree char *when = ds_date_format (ds_event_get_date (event));
          /* Translators: a key figure and what it is, "$650B — Big Tech capex in 2026" */
          g_autofree char *text = g_strdup_printf (_("%1$s — %2$s"), when,
                                                   ds_event_get_title (event));

          block = ds_flow_add_marked_text (flow, DS_TEXT_SMALL, ds_event_get_status (event), text);
          ds_block_set_space (block, 0, em * 0.05);
        }
    }
}

static void
add_charts (DsFlow    *flow,
            GPtrArray *charts,
            double     page_height)
{
  double em = ds_flow_get_em (flow);
  DsBlock *heading = add_part (flow, _("Charts"));
  /* Two to a page when their footnotes are short. */
  double height = floor (page_height * 0.33);

  ds_block_set_space (heading, 0, em * 0.9);
  for (guint i = 0; i < charts->len; i++)
    {
      DsChart *chart = g_ptr_array_index (charts, i);
      const char *footnote = ds_chart_get_footnote (chart);
      DsBlock *block = ds_flow_add_drawing (flow, height, draw_chart, chart, NULL);

      ds_block_set_space (block, em * 2.0, em * 0.5);
      if (footnote != NULL && *footnote != '\0')
        {
          ds_block_keep_with_next (block);
          ds_flow_add_text (flow, DS_TEXT_SMALL, DS_INK_DIM, footnote);
        }
    }
}

/* The timeline's page is left empty but for a mark: the report draws it in landscape. */
gint
ds_report_fill_report (DsFlow    *flow,
                       DsDossier *dossier,
                       GPtrArray *charts,
                       double     page_height)
{
  gboolean has_takeaways, has_sections, has_claims;
  gint timeline;

  g_return_val_if_fail (flow != NULL, -1);
  g_return_val_if_fail (DS_IS_DOSSIER (dossier), -1);

  has_takeaways = g_list_model_get_n_items (ds_dossier_get_takeaways (dossier)) > 0;
  has_sections = g_list_model_get_n_items (ds_dossier_get_sections (dossier)) > 0;
  has_claims = g_list_model_get_n_items (ds_dossier_get_claims (dossier)) > 0;

  add_cover (flow, dossier);

  /* The timeline has a (landscape) page of its own. */
  ds_flow_add_page_break (flow);
  timeline = (gint) ds_flow_add_mark (flow, _("Timeline"), 0);
  if (g_list_model_get_n_items (ds_dossier_get_events (dossier)) > 0)
    {
      add_part (flow, _("Chronology"));
      add_chronology (flow, dossier);
    }

  if (charts != NULL && charts->len > 0)
    add_charts (flow, charts, page_height);

  if (has_takeaways)
    {
      add_part (flow, _("Takeaways for Founders"));
      ds_report_add_takeaways (flow, dossier);
    }
  if (has_sections)
    {
      if (!has_takeaways)
        ds_flow_add_page_break (flow);
      ds_report_add_sections (flow, dossier);
    }

  if (has_claims)
    {
      add_part (flow, _("What Was Said, What Happened"));
      ds_report_add_claims (flow, dossier);
    }

  add_sources (flow, dossier);

  return timeline;
}
