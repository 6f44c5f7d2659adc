/* ds-takeaways-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-takeaways-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ds-claim-track.h"
#include "ds-page-builder.h"
#include "ds-stake-calculator.h"
#include "ds-status-badge.h"
#include "ds-summary.h"
#include "ds-takeaways-page.h"

struct _DsTakeawaysPage
{
  GtkWidget parent_instance;

  DsDossier *dossier;
  GtkWidget *scroller;
  GtkWidget *column;
  DsStakeCalculator *calculator;
};

enum {
  EVENT_ACTIVATED,
  SERIES_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DsTakeawaysPage, ds_takeaways_page, GTK_TYPE_WIDGET)

static guint signals [N_SIGNALS];

static void
evidence_clicked_cb (DsTakeawaysPage *self,
                     GtkButton       *button)
{
  DsEvent *event = g_object_get_data (G_OBJECT (button), "ds-event");

  g_signal_emit (self, signals [EVENT_ACTIVATED], 0, event);
}

static GtkWidget *
create_evidence_button (DsTakeawaysPage *self,
                        DsEvent         *event)
{
  g_autofree char *date = ds_date_format (ds_event_get_date (event));
  /* Translators: an evidence link: status symbol, date and event title */
  g_autofree char *text = g_strdup_printf (_("%1$s %2$s — %3$s"),
                                           ds_status_get_symbol (ds_event_get_status (event)),
                                           date, ds_event_get_title (event));
  GtkWidget *label = ds_page_label_new (text, NULL);
  GtkWidget *button = gtk_button_new ();
  g_autofree char *tooltip = g_strdup_printf (_("Show “%s” in the timeline"), ds_event_get_title (event));

  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "evidence-chip");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, tooltip);
  g_object_set_data_full (G_OBJECT (button), "ds-event", g_object_ref (event), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (evidence_clicked_cb), self, G_CONNECT_SWAPPED);
  /* Screen readers would read the symbol as "black circle": name the status instead. */
  {
    /* Translators: how a screen reader announces an event: date, status, title */
    g_autofree char *name = g_strdup_printf (_("%s, %s: %s"), date,
                                             ds_status_to_label (ds_event_get_status (event)),
                                             ds_event_get_title (event));

    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }

  return button;
}

static GtkWidget *
create_takeaway_card (DsTakeawaysPage *self,
                      DsTakeaway      *takeaway,
                      guint            number)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  const char * const *evidence = ds_takeaway_get_evidence (takeaway);
  const DsMoney *figure = ds_takeaway_get_figure (takeaway);
  /* Translators: a numbered takeaway, "1. Invest in infrastructure" */
  g_autofree char *title = g_strdup_printf (C_("takeaway number", "%1$u. %2$s"), number, ds_takeaway_get_title (takeaway));
  GtkWidget *heading = ds_page_heading_new (title, "title-4", 2);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "takeaway-card");
  gtk_box_append (GTK_BOX (card), heading);

  if (figure != NULL)
    {
      g_autofree char *value = ds_money_format (figure);
      const char *label = ds_takeaway_get_figure_label (takeaway);
      /* Translators: a key figure and what it is, "$650B — Big Tech capex in 2026" */
      g_autofree char *text = *label ? g_strdup_printf (_("%1$s — %2$s"), value, label) : g_strdup (value);

      gtk_box_append (GTK_BOX (card), ds_page_label_new (text, "takeaway-figure"));
    }

  gtk_box_append (GTK_BOX (card), ds_page_label_new (ds_takeaway_get_body (takeaway), "body"));

  if (evidence[0] != NULL)
    {
      gtk_box_append (GTK_BOX (card), ds_page_label_new (_("Evidence"), "caption-heading"));
      for (guint i = 0; evidence[i] != NULL; i++)
        {
          DsEvent *event = ds_dossier_lookup_event (self->dossier, evidence[i]);

          if (event != NULL)
            gtk_box_append (GTK_BOX (card), create_evidence_button (self, event));
        }
    }

  return card;
}

static void
figure_clicked_cb (DsTakeawaysPage *self,
                   GtkButton       *button)
{
  DsEvent *event = g_object_get_data (G_OBJECT (button), "ds-event");
  DsSeries *series = g_object_get_data (G_OBJECT (button), "ds-series");

  if (event != NULL)
    g_signal_emit (self, signals [EVENT_ACTIVATED], 0, event);
  else if (series != NULL)
    g_signal_emit (self, signals [SERIES_ACTIVATED], 0, series);
}

/* A card: the number large, what it is, and the status, date and source of the event
 * behind it. The whole card is a button when there is something to open. */
static GtkWidget *
create_figure_card (DsTakeawaysPage *self,
                    DsKeyFigure     *figure)
{
  DsEvent *event = ds_dossier_lookup_event (self->dossier, ds_key_figure_get_event (figure));
  DsSeries *series = ds_dossier_lookup_series (self->dossier, ds_key_figure_get_series (figure));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  g_autofree char *number = ds_key_figure_format (figure);
  const char *prefix = ds_key_figure_get_prefix (figure);
  GtkWidget *card;

  if (*prefix != '\0')
    gtk_box_append (GTK_BOX (box), ds_page_label_new (prefix, "caption-heading"));
  gtk_box_append (GTK_BOX (box), ds_page_label_new (number, "key-figure-number"));
  gtk_box_append (GTK_BOX (box), ds_page_label_new (ds_key_figure_get_label (figure), "body"));
  /* Narrow labels let the flow box put three cards on a line. */
  for (GtkWidget *child = gtk_widget_get_first_child (box); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child))
      gtk_label_set_max_width_chars (GTK_LABEL (child), 24);

  if (event != NULL)
    {
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      g_autofree char *date = ds_date_format (ds_event_get_date (event));
      g_autoptr(GString) where = g_string_new (date);

      if (ds_event_get_n_sources (event) > 0)
        g_string_append_printf (where, " · %s", ds_event_get_source (event, 0)->publication);
      gtk_box_append (GTK_BOX (line), ds_status_badge_new (ds_event_get_status (event)));
      gtk_box_append (GTK_BOX (line), ds_page_label_new (where->str, "dim-label"));
      gtk_widget_set_margin_top (line, 4);
      gtk_box_append (GTK_BOX (box), line);
    }

  if (event == NULL && series == NULL)
    {
      gtk_widget_add_css_class (box, "card");
      gtk_widget_add_css_class (box, "key-figure");
      return box;
    }

  card = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (card), box);
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "key-figure");
  if (event != NULL)
    g_object_set_data_full (G_OBJECT (card), "ds-event", g_object_ref (event), g_object_unref);
  else
    g_object_set_data_full (G_OBJECT (card), "ds-series", g_object_ref (series), g_object_unref);
  gtk_widget_set_tooltip_text (card, event ? _("Show the event in the timeline") : _("Show the chart"));
  g_signal_connect_object (card, "clicked", G_CALLBACK (figure_clicked_cb), self, G_CONNECT_SWAPPED);
  {
    /* Translators: a key figure for screen readers: prefix, number, what it is */
    g_autofree char *name = g_strdup_printf (_("%1$s %2$s: %3$s"), prefix, number, ds_key_figure_get_label (figure));
    gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, g_strstrip (name), -1);
  }

  return card;
}

static GtkWidget *
create_key_figures (DsTakeawaysPage *self,
                    GListModel      *figures)
{
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 12);

  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(DsKeyFigure) figure = g_list_model_get_item (figures, i);
      GtkWidget *card = create_figure_card (self, figure);

      gtk_widget_set_size_request (card, 220, -1);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), card);
    }

  return flow;
}

static GtkWidget *
create_claim (DsTakeawaysPage *self,
              DsClaim         *claim)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  GtkWidget *track = ds_claim_track_new (self->dossier, claim);
  GPtrArray *events = ds_claim_track_get_events (DS_CLAIM_TRACK (track));

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "claim-card");
  gtk_box_append (GTK_BOX (box), ds_page_heading_new (ds_claim_get_text (claim), "heading", 3));
  gtk_box_append (GTK_BOX (box), track);

  /* The statements again as buttons: readable, and a way to the timeline. */
  for (guint i = 0; i < events->len; i++)
    gtk_box_append (GTK_BOX (box), create_evidence_button (self, g_ptr_array_index (events, i)));

  return box;
}

static void
copy_summary_cb (DsTakeawaysPage *self)
{
  g_autofree char *text = NULL;

  if (self->dossier == NULL)
    return;

  text = ds_summary_to_text (self->dossier);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static GtkWidget *
create_section (DsSection *section)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *heading = ds_page_heading_new (ds_section_get_title (section), "title-3", 2);

  gtk_widget_add_css_class (box, "dossier-section");
  gtk_box_append (GTK_BOX (box), heading);

  for (guint i = 0; i < ds_section_get_n_paragraphs (section); i++)
    gtk_box_append (GTK_BOX (box), ds_page_label_new (ds_section_get_paragraph (section, i), "body"));

  for (guint i = 0; i < ds_section_get_n_bullets (section); i++)
    {
      /* Translators: a bullet point in a list */
      g_autofree char *bullet = g_strdup_printf (_("• %s"), ds_section_get_bullet (section, i));
      GtkWidget *label = ds_page_label_new (bullet, "bullet");

      gtk_widget_set_margin_start (label, 12);
      gtk_box_append (GTK_BOX (box), label);
    }

  return box;
}

static void
add_heading (DsTakeawaysPage *self,
             const char      *text,
             int              level)
{
  GtkWidget *heading = ds_page_heading_new (text, level == 1 ? "title-2" : "title-3", level);

  gtk_widget_set_margin_top (heading, level == 1 ? 0 : 18);
  gtk_box_append (GTK_BOX (self->column), heading);
}

static void
rebuild (DsTakeawaysPage *self)
{
  GListModel *takeaways, *sections, *figures, *claims;
  GtkWidget *header, *copy;

  /* The calculator is kept across rebuilds; the page holds its own reference. */
  if (self->calculator != NULL)
    gtk_box_remove (GTK_BOX (self->column), GTK_WIDGET (self->calculator));
  ds_page_box_clear (self->column);
  if (self->dossier == NULL)
    return;

  takeaways = ds_dossier_get_takeaways (self->dossier);
  sections = ds_dossier_get_sections (self->dossier);
  figures = ds_dossier_get_key_figures (self->dossier);
  claims = ds_dossier_get_claims (self->dossier);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (header), ds_page_heading_new (_("Takeaways for Founders"), "title-2", 1));
  gtk_widget_set_hexpand (gtk_widget_get_first_child (header), TRUE);
  copy = gtk_button_new_with_mnemonic (_("_Copy Summary"));
  gtk_widget_set_valign (copy, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (copy, _("Copy the key figures and takeaways, with their sources, as text"));
  g_signal_connect_object (copy, "clicked", G_CALLBACK (copy_summary_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (header), copy);
  gtk_box_append (GTK_BOX (self->column), header);

  if (g_list_model_get_n_items (figures) > 0)
    gtk_box_append (GTK_BOX (self->column), create_key_figures (self, figures));

  for (guint i = 0; i < g_list_model_get_n_items (takeaways); i++)
    {
      g_autoptr(DsTakeaway) takeaway = g_list_model_get_item (takeaways, i);
      gtk_box_append (GTK_BOX (self->column), create_takeaway_card (self, takeaway, i + 1));
    }

  if (g_list_model_get_n_items (claims) > 0)
    add_heading (self, _("What Was Said, What Happened"), 2);
  for (guint i = 0; i < g_list_model_get_n_items (claims); i++)
    {
      g_autoptr(DsClaim) claim = g_list_model_get_item (claims, i);
      gtk_box_append (GTK_BOX (self->column), create_claim (self, claim));
    }

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(DsSection) section = g_list_model_get_item (sections, i);
      gtk_box_append (GTK_BOX (self->column), create_section (section));
    }

  if (self->calculator == NULL)
    {
      self->calculator = g_object_ref_sink (DS_STAKE_CALCULATOR (ds_stake_calculator_new ()));
      gtk_widget_set_margin_top (GTK_WIDGET (self->calculator), 24);
    }
  ds_stake_calculator_set_dossier (self->calculator, self->dossier);
  gtk_box_append (GTK_BOX (self->column), GTK_WIDGET (self->calculator));

  if (g_list_model_get_n_items (takeaways) + g_list_model_get_n_items (sections) == 0)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "ds-takeaways-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Takeaways"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                       _("This dossier has no takeaways or sections."));
      gtk_box_insert_child_after (GTK_BOX (self->column), status, header);
    }
}

static void
ds_takeaways_page_dispose (GObject *object)
{
  DsTakeawaysPage *self = (DsTakeawaysPage *)object;

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->calculator);
  g_clear_object (&self->dossier);

  G_OBJECT_CLASS (ds_takeaways_page_parent_class)->dispose (object);
}

static void
ds_takeaways_page_class_init (DsTakeawaysPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_takeaways_page_dispose;

  /**
   * DsTakeawaysPage::event-activated:
   *
   * The reader asked to see an event that supports a takeaway.
   */
  signals [EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DS_TYPE_EVENT);
  signals [SERIES_ACTIVATED] =
    g_signal_new ("series-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DS_TYPE_SERIES);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "takeawayspage");
}

static void
ds_takeaways_page_init (DsTakeawaysPage *self)
{
  self->scroller = ds_page_scroller_new (&self->column);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
}

GtkWidget *
ds_takeaways_page_new (void)
{
  return g_object_new (DS_TYPE_TAKEAWAYS_PAGE, NULL);
}

void
ds_takeaways_page_set_dossier (DsTakeawaysPage *self,
                               DsDossier       *dossier)
{
  g_return_if_fail (DS_IS_TAKEAWAYS_PAGE (self));

  if (g_set_object (&self->dossier, dossier))
    rebuild (self);
}
