/* ds-report-content.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the Takeaways view says, as blocks of a DsFlow. The Takeaways page
 * (widgets/ds-takeaways-page.c) is the model: the same key figures, takeaways,
 * evidence, claims and sections, in the same words. The report adds its own parts
 * (ds-report-parts.c).
 */

#define G_LOG_DOMAIN "ds-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ds-report-private.h"

#define FIGURE_COLUMNS 3

/* --- Key figures ------------------------------------------------------------------------- */

typedef struct
{
  PangoLayout *prefix;   /* or NULL */
  PangoLayout *number;
  PangoLayout *label;
  PangoLayout *meta;     /* status, date and source of the event behind it, or NULL */
  gint         status;
} FigureCard;

typedef struct
{
  GPtrArray *cards;
  double     card_width;
  double     gap;
  double     padding;
} FigureRow;

static void
figure_card_free (gpointer data)
{
  FigureCard *card = data;

  g_clear_object (&card->prefix);
  g_clear_object (&card->number);
  g_clear_object (&card->label);
  g_clear_object (&card->meta);
  g_free (card);
}

static void
figure_row_free (gpointer data)
{
  FigureRow *row = data;

  g_ptr_array_unref (row->cards);
  g_free (row);
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  if (layout == NULL)
    return 0;
  pango_layout_get_size (layout, NULL, &height);

  return (double) height / PANGO_SCALE;
}

static double
figure_card_height (FigureCard *card,
                    double      padding)
{
  double height = padding * 2 + layout_height (card->number) + layout_height (card->label);

  if (card->prefix != NULL)
    height += layout_height (card->prefix);
  if (card->meta != NULL)
    height += layout_height (card->meta) + padding * 0.6;

  return height + padding * 0.4;
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_figure_row (DsFlow   *flow,
                 cairo_t  *cr,
                 DsTheme   theme,
                 double    width,
                 double    height,
                 gpointer  data)
{
  const DsPalette *palette = ds_palette_get (theme);
  FigureRow *row = data;
  double em = ds_flow_get_em (flow);

  for (guint i = 0; i < row->cards->len; i++)
    {
      FigureCard *card = g_ptr_array_index (row->cards, i);
      double x = i * (row->card_width + row->gap);
      double y = row->padding;
      double inner = x + row->padding;

      rounded_rectangle (cr, x + 0.5, 0.5, row->card_width - 1, height - 1, em * 0.5);
      ds_color_set_source (cr, &palette->band);
      cairo_fill_preserve (cr);
      ds_color_set_source (cr, &palette->grid);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);

      if (card->prefix != NULL)
        {
          ds_flow_show_layout (cr, card->prefix, inner, y, &palette->dim);
          y += layout_height (card->prefix);
        }
      ds_flow_show_layout (cr, card->number, inner, y, &palette->accent);
      y += layout_height (card->number) + row->padding * 0.4;
      ds_flow_show_layout (cr, card->label, inner, y, &palette->foreground);
      y += layout_height (card->label);

      if (card->meta != NULL)
        {
          double size = DS_FLOW_MARKER_EM * em * 0.86;
          PangoRectangle first;

          y += row->padding * 0.6;
          pango_layout_line_get_extents (pango_layout_get_line_readonly (card->meta, 0), NULL, &first);
          if (card->status >= 0)
            ds_draw_status_marker (cr, card->status, inner + size / 2,
                                   y + (double) first.height / PANGO_SCALE / 2, size, palette);
          ds_flow_show_layout (cr, card->meta, inner + (card->status >= 0 ? size * 1.6 : 0), y,
                               &palette->dim);
        }
    }
}

static FigureCard *
create_figure_card (DsFlow      *flow,
                    DsDossier   *dossier,
                    DsKeyFigure *figure,
                    double       width)
{
  FigureCard *card = g_new0 (FigureCard, 1);
  DsEvent *event = ds_dossier_lookup_event (dossier, ds_key_figure_get_event (figure));
  const char *prefix = ds_key_figure_get_prefix (figure);
  g_autofree char *number = ds_key_figure_format (figure);
  double em = ds_flow_get_em (flow);

  card->status = -1;
  if (*prefix != '\0')
    card->prefix = ds_flow_create_layout (flow, DS_TEXT_CAPTION, prefix, width);
  card->number = ds_flow_create_layout (flow, DS_TEXT_FIGURE, number, width);
  card->label = ds_flow_create_layout (flow, DS_TEXT_SMALL, ds_key_figure_get_label (figure), width);

  if (event != NULL)
    {
      g_autofree char *date = ds_date_format (ds_event_get_date (event));
      /* Translators: a tooltip line: date, then status */
      g_autofree char *meta = g_strdup_printf (_("%1$s · %2$s"),
                                               ds_status_to_label (ds_event_get_status (event)), date);

      if (ds_event_get_n_sources (event) > 0)
        {
          const char *publication = ds_event_get_source (event, 0)->publication;
          char *longer = g_strdup_printf (_("%1$s · %2$s"), meta, publication);

          g_free (meta);
          meta = longer;
        }
      card->status = ds_event_get_status (event);
      card->meta = ds_flow_create_layout (flow, DS_TEXT_SMALL, meta,
                                          width - DS_FLOW_MARKER_EM * em * 1.4);
    }

  return card;
}

void
ds_report_add_key_figures (DsFlow    *flow,
                           DsDossier *dossier)
{
  GListModel *figures = ds_dossier_get_key_figures (dossier);
  guint n = g_list_model_get_n_items (figures);
  double em = ds_flow_get_em (flow);
  double gap = em * 0.9;
  double padding = em * 0.9;
  double width = ds_flow_get_width (flow);
  guint columns = CLAMP ((guint) (width / (em * 14)), 1, FIGURE_COLUMNS);
  double card_width = (width - gap * (columns - 1)) / columns;

  for (guint start = 0; start < n; start += columns)
    {
      FigureRow *row = g_new0 (FigureRow, 1);
      double height = 0;
      DsBlock *block;

      row->cards = g_ptr_array_new_with_free_func (figure_card_free);
      row->card_width = card_width;
      row->gap = gap;
      row->padding = padding;
      for (guint i = start; i < MIN (n, start + columns); i++)
        {
          g_autoptr(DsKeyFigure) figure = g_list_model_get_item (figures, i);
          FigureCard *card = create_figure_card (flow, dossier, figure, card_width - padding * 2);

          height = MAX (height, figure_card_height (card, padding));
          g_ptr_array_add (row->cards, card);
        }
      block = ds_flow_add_drawing (flow, height, draw_figure_row, row, figure_row_free);
      ds_block_set_space (block, 0, gap);
    }
}

/* --- Status legend ------------------------------------------------------------------------ */

typedef struct
{
  PangoLayout *labels[DS_STATUS_PLANNED + 1];
} Legend;

static void
legend_free (gpointer data)
{
  Legend *legend = data;

  for (guint i = 0; i < G_N_ELEMENTS (legend->labels); i++)
    g_clear_object (&legend->labels[i]);
  g_free (legend);
}

static void
draw_legend (DsFlow   *flow,
             cairo_t  *cr,
             DsTheme   theme,
             double    width,
             double    height,
             gpointer  data)
{
  const DsPalette *palette = ds_palette_get (theme);
  Legend *legend = data;
  double em = ds_flow_get_em (flow);
  double size = DS_FLOW_MARKER_EM * em;
  double x = 0;
  double y = 0;

  for (guint i = 0; i < G_N_ELEMENTS (legend->labels); i++)
    {
      int text_width, text_height;
      double item;

      pango_layout_get_size (legend->labels[i], &text_width, &text_height);
      item = size * 1.6 + (double) text_width / PANGO_SCALE + em * 1.4;
      if (x > 0 && x + item > width)
        {
          x = 0;
          y += em * 1.6;
        }
      ds_draw_status_marker (cr, i, x + size / 2, y + (double) text_height / PANGO_SCALE / 2, size,
                             palette);
      ds_flow_show_layout (cr, legend->labels[i], x + size * 1.6, y, &palette->dim);
      x += item;
    }
}

void
ds_report_add_legend (DsFlow *flow)
{
  Legend *legend = g_new0 (Legend, 1);
  double em = ds_flow_get_em (flow);
  double size = DS_FLOW_MARKER_EM * em;
  double width = ds_flow_get_width (flow);
  double x = 0;
  double lines = 1;
  DsBlock *block;

  for (guint i = 0; i < G_N_ELEMENTS (legend->labels); i++)
    {
      int text_width;
      double item;

      legend->labels[i] = ds_flow_create_layout (flow, DS_TEXT_SMALL, ds_status_to_label (i), -1);
      pango_layout_get_size (legend->labels[i], &text_width, NULL);
      item = size * 1.6 + (double) text_width / PANGO_SCALE + em * 1.4;
      if (x > 0 && x + item > width)
        {
          x = 0;
          lines++;
        }
      x += item;
    }

  block = ds_flow_add_drawing (flow, em * 1.6 * lines - em * 0.4, draw_legend, legend, legend_free);
  ds_block_set_space (block, em * 0.3, em * 1.2);
}

/* --- Claims ------------------------------------------------------------------------------- */

typedef struct
{
  GPtrArray *labels;    /* PangoLayout: date, then status */
  GArray    *statuses;  /* DsStatus */
} Track;

static void
track_free (gpointer data)
{
  Track *track = data;

  g_ptr_array_unref (track->labels);
  g_array_unref (track->statuses);
  g_free (track);
}

/* As the claim track widget: statements at equal spacing, since the point is their
 * sequence, with each one's date and status below its shape. */
static void
draw_track (DsFlow   *flow,
            cairo_t  *cr,
            DsTheme   theme,
            double    width,
            double    height,
            gpointer  data)
{
  const DsPalette *palette = ds_palette_get (theme);
  Track *track = data;
  double em = ds_flow_get_em (flow);
  double size = em * 1.15;
  guint n = track->statuses->len;
  double column = width / MAX (n, 1u);
  double y = size * 0.75;

  ds_color_set_source (cr, &palette->grid);
  cairo_set_line_width (cr, MAX (1, em * 0.15));
  cairo_move_to (cr, column / 2, y);
  cairo_line_to (cr, width - column / 2, y);
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      double x = column * (i + 0.5);

      ds_draw_status_marker (cr, g_array_index (track->statuses, DsStatus, i), x, y, size, palette);
      ds_flow_show_layout (cr, g_ptr_array_index (track->labels, i), x - column / 2 + em * 0.2,
                           y + size * 0.9, &palette->dim);
    }
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  return ds_event_compare (*(DsEvent * const *) a, *(DsEvent * const *) b, NULL);
}

static void
add_evidence_line (DsFlow  *flow,
                   DsEvent *event)
{
  g_autofree char *date = ds_date_format (ds_event_get_date (event));
  /* Translators: a key figure and what it is, "$650B — Big Tech capex in 2026" */
  g_autofree char *text = g_strdup_printf (_("%1$s — %2$s"), date, ds_event_get_title (event));

  ds_block_set_space (ds_flow_add_marked_text (flow, DS_TEXT_SMALL, ds_event_get_status (event), text),
                      0, ds_flow_get_em (flow) * 0.3);
}

static void
add_claim (DsFlow    *flow,
           DsDossier *dossier,
           DsClaim   *claim)
{
  const char * const *statements = ds_claim_get_statements (claim);
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  double em = ds_flow_get_em (flow);
  double width = ds_flow_get_width (flow);
  DsBlock *block;
  Track *track;
  double label_height = 0;

  for (guint i = 0; statements[i] != NULL; i++)
    {
      DsEvent *event = ds_dossier_lookup_event (dossier, statements[i]);

      if (event != NULL)
        g_ptr_array_add (events, event);
    }
  g_ptr_array_sort (events, compare_events);

  ds_flow_add_text (flow, DS_TEXT_H3, DS_INK_FOREGROUND, ds_claim_get_text (claim));
  if (events->len == 0)
    return;

  track = g_new0 (Track, 1);
  track->labels = g_ptr_array_new_with_free_func (g_object_unref);
  track->statuses = g_array_new (FALSE, FALSE, sizeof (DsStatus));
  for (guint i = 0; i < events->len; i++)
    {
      DsEvent *event = g_ptr_array_index (events, i);
      DsStatus status = ds_event_get_status (event);
      g_autofree char *date = ds_date_format (ds_event_get_date (event));
      /* Translators: under a claim's statement: its date, then its status below */
      g_autofree char *text = g_strdup_printf (_("%1$s\n%2$s"), date, ds_status_to_label (status));
      PangoLayout *label = ds_flow_create_layout (flow, DS_TEXT_SMALL, text,
                                                  width / events->len - em * 0.4);

      pango_layout_set_alignment (label, PANGO_ALIGN_CENTER);
      label_height = MAX (label_height, layout_height (label));
      g_ptr_array_add (track->labels, label);
      g_array_append_val (track->statuses, status);
    }
  block = ds_flow_add_drawing (flow, em * 1.15 * 1.7 + label_height, draw_track, track, track_free);
  ds_block_keep_with_next (block);

  for (guint i = 0; i < events->len; i++)
    add_evidence_line (flow, g_ptr_array_index (events, i));
}

void
ds_report_add_claims (DsFlow    *flow,
                      DsDossier *dossier)
{
  GListModel *claims = ds_dossier_get_claims (dossier);

  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(DsClaim) claim = g_list_model_get_item (claims, i);

      add_claim (flow, dossier, claim);
    }
}

/* --- Takeaways and sections ------------------------------------------------------------- */

static void
add_takeaway (DsFlow     *flow,
              DsDossier  *dossier,
              DsTakeaway *takeaway,
              guint       number)
{
  const char * const *evidence = ds_takeaway_get_evidence (takeaway);
  const DsMoney *figure = ds_takeaway_get_figure (takeaway);
  double em = ds_flow_get_em (flow);
  /* Translators: a numbered takeaway, "1. Invest in infrastructure" */
  g_autofree char *title = g_strdup_printf (C_("takeaway number", "%1$u. %2$s"), number,
                                            ds_takeaway_get_title (takeaway));
  DsBlock *block;

  ds_flow_set_indent (flow, em * 1.1, TRUE);
  block = ds_flow_add_text (flow, DS_TEXT_H2, DS_INK_FOREGROUND, title);
  ds_block_set_space (block, em * 1.6, em * 0.4);

  if (figure != NULL)
    {
      g_autofree char *value = ds_money_format (figure);
      const char *label = ds_takeaway_get_figure_label (takeaway);
      /* Translators: a key figure and what it is, "$650B — Big Tech capex in 2026" */
      g_autofree char *text = *label != '\0' ? g_strdup_printf (_("%1$s — %2$s"), value, label)
                                            : g_strdup (value);

      ds_block_keep_with_next (ds_flow_add_text (flow, DS_TEXT_BODY_BOLD, DS_INK_ACCENT, text));
    }

  ds_flow_add_text (flow, DS_TEXT_BODY, DS_INK_FOREGROUND, ds_takeaway_get_body (takeaway));

  if (evidence[0] != NULL)
    {
      g_autofree char *caption = g_utf8_strup (_("Evidence"), -1);

      ds_block_keep_with_next (ds_flow_add_text (flow, DS_TEXT_CAPTION, DS_INK_DIM, caption));
      for (guint i = 0; evidence[i] != NULL; i++)
        {
          DsEvent *event = ds_dossier_lookup_event (dossier, evidence[i]);

          if (event != NULL)
            add_evidence_line (flow, event);
        }
    }

  ds_flow_set_indent (flow, 0, FALSE);
}

void
ds_report_add_takeaways (DsFlow    *flow,
                         DsDossier *dossier)
{
  GListModel *takeaways = ds_dossier_get_takeaways (dossier);

  for (guint i = 0; i < g_list_model_get_n_items (takeaways); i++)
    {
      g_autoptr(DsTakeaway) takeaway = g_list_model_get_item (takeaways, i);

      add_takeaway (flow, dossier, takeaway, i + 1);
    }
}

static void
add_section (DsFlow    *flow,
             DsSection *section)
{
  ds_flow_add_mark (flow, ds_section_get_title (section), 1);
  ds_flow_add_text (flow, DS_TEXT_H2, DS_INK_FOREGROUND, ds_section_get_title (section));

  for (guint i = 0; i < ds_section_get_n_paragraphs (section); i++)
    ds_flow_add_text (flow, DS_TEXT_BODY, DS_INK_FOREGROUND, ds_section_get_paragraph (section, i));

  for (guint i = 0; i < ds_section_get_n_bullets (section); i++)
    ds_flow_add_bullet (flow, ds_section_get_bullet (section, i));
}

void
ds_report_add_sections (DsFlow    *flow,
                        DsDossier *dossier)
{
  GListModel *sections = ds_dossier_get_sections (dossier);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(DsSection) section = g_list_model_get_item (sections, i);

      add_section (flow, section);
    }
}

/* --- The Takeaways view ------------------------------------------------------------- */

void
ds_report_fill_takeaways (DsFlow    *flow,
                          DsDossier *dossier)
{
  double em = ds_flow_get_em (flow);
  gboolean has_takeaways, has_sections, has_claims;
  DsBlock *block;

  g_return_if_fail (DS_IS_DOSSIER (dossier));

  has_takeaways = g_list_model_get_n_items (ds_dossier_get_takeaways (dossier)) > 0;
  has_sections = g_list_model_get_n_items (ds_dossier_get_sections (dossier)) > 0;
  has_claims = g_list_model_get_n_items (ds_dossier_get_claims (dossier)) > 0;

  block = ds_flow_add_text (flow, DS_TEXT_SMALL, DS_INK_DIM, ds_dossier_get_title (dossier));
  ds_block_set_space (block, 0, em * 0.2);
  ds_flow_add_text (flow, DS_TEXT_H1, DS_INK_FOREGROUND, _("Takeaways for Founders"));
  ds_report_add_legend (flow);
  if (!has_takeaways && !has_sections)
    ds_flow_add_text (flow, DS_TEXT_BODY, DS_INK_DIM, _("This dossier has no takeaways or sections."));
  ds_report_add_key_figures (flow, dossier);
  ds_report_add_takeaways (flow, dossier);
  if (has_claims)
    {
      block = ds_flow_add_text (flow, DS_TEXT_H1, DS_INK_FOREGROUND, _("What Was Said, What Happened"));
      ds_block_set_space (block, em * 2.4, em * 0.6);
    }
  ds_report_add_claims (flow, dossier);
  ds_report_add_sections (flow, dossier);
}
