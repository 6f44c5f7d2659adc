/* ds-event-detail.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-event-detail"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ds-compat.h"
#include "ds-event-detail.h"
#include "ds-page-builder.h"
#include "ds-status-badge.h"
#include "ds-url.h"

struct _DsEventDetail
{
  GtkWidget parent_instance;

  DsDossier *dossier;
  DsEvent *event;

  GtkWidget *placeholder;
  GtkWidget *scroller;
  GtkWidget *column;
};

enum {
  PROP_0,
  PROP_EVENT,
  N_PROPS
};

enum {
  OPEN_URI,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DsEventDetail, ds_event_detail, GTK_TYPE_WIDGET)

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* A plain-text label that screen readers announce as a heading of @level. */
static GtkWidget *
heading_new (const char *text,
             const char *css_class,
             int         level)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, level,
                                  -1);

  return label;
}

/* A titled part of the page; @content is announced as labelled by the title. */
static GtkWidget *
section_new (const char *title,
             GtkWidget  *content)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *heading = heading_new (title, "heading", 2);

  gtk_widget_set_margin_top (section, 12);
  gtk_box_append (GTK_BOX (section), heading);
  gtk_box_append (GTK_BOX (section), content);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (content),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL,
                                  -1);

  return section;
}

static GtkWidget *
box_new_with_role (GtkOrientation    orientation,
                   int               spacing,
                   GtkAccessibleRole role)
{
  return g_object_new (GTK_TYPE_BOX,
                       "orientation", orientation,
                       "spacing", spacing,
                       "accessible-role", role,
                       NULL);
}

static char *
format_dates (DsEvent *event)
{
  g_autofree char *start = ds_date_format (ds_event_get_date (event));
  g_autofree char *end = NULL;

  if (ds_event_get_end (event) == NULL)
    return g_steal_pointer (&start);

  end = ds_date_format (ds_event_get_end (event));

  /* Translators: a date range, from the first date to the second: "22 Sep 2025 – 23 Sep 2025" */
  return g_strdup_printf (_("%1$s – %2$s"), start, end);
}

static const char *
actor_name (DsDossier  *dossier,
            const char *id)
{
  DsActor *actor = dossier ? ds_dossier_lookup_actor (dossier, id) : NULL;

  return actor != NULL ? ds_actor_get_name (actor) : id;
}

/* One row of the facts grid: a dim key and its value, related for screen readers. */
static void
add_fact (GtkGrid    *grid,
          int         row,
          const char *key,
          GtkWidget  *value)
{
  GtkWidget *key_label = ds_page_label_new (key, "dim-label");

  gtk_label_set_wrap (GTK_LABEL (key_label), FALSE);
  gtk_widget_set_valign (key_label, GTK_ALIGN_START);
  gtk_widget_set_valign (value, GTK_ALIGN_START);
  gtk_widget_set_hexpand (value, TRUE);
  gtk_grid_attach (grid, key_label, 0, row, 1, 1);
  gtk_grid_attach (grid, value, 1, row, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (value),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, key_label, NULL,
                                  -1);
}

static GtkWidget *
create_amount (DsEvent *event)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *value = ds_money_format (ds_event_get_amount (event));
  const char *label = ds_event_get_amount_label (event);

  gtk_box_append (GTK_BOX (box), ds_page_label_new (value, "key-figure"));
  if (label[0] != '\0')
    gtk_box_append (GTK_BOX (box), ds_page_label_new (label, "dim-label"));

  return box;
}

static GtkWidget *
create_header (DsEventDetail *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *status_line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *title = heading_new (ds_event_get_title (self->event), "title-2", 1);
  g_autofree char *dates = format_dates (self->event);
  GtkWidget *date = ds_page_label_new (dates, "dim-label");
  GtkWidget *kind = ds_page_label_new (ds_event_kind_to_label (ds_event_get_kind (self->event)),
                                       "dim-label");

  /* Not selectable: a selectable title would take the first Tab stop and show all
   * its text selected; the summary and the quote are the text worth copying. */
  gtk_box_append (GTK_BOX (header), title);

  gtk_widget_add_css_class (date, "numeric");
  gtk_box_append (GTK_BOX (header), date);

  gtk_widget_set_margin_top (status_line, 2);
  gtk_box_append (GTK_BOX (status_line), ds_status_badge_new (ds_event_get_status (self->event)));
  gtk_widget_add_css_class (kind, "caption");
  gtk_box_append (GTK_BOX (status_line), kind);
  gtk_box_append (GTK_BOX (header), status_line);

  return header;
}

static GtkWidget *
create_quote (DsEventDetail *self,
              const char    *quote)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *inner = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  const char *speaker = ds_event_get_quote_speaker (self->event);
  /* Translators: a quotation from the dossier, in the quotation marks of your language */
  g_autofree char *quoted = g_strdup_printf (_("“%s”"), quote);
  GtkWidget *text = ds_page_label_new (quoted, NULL);
  /* Translators: what screen readers call the block that holds a quotation */
  const char *accessible = _("Quote");
  PangoAttrList *attributes = pango_attr_list_new ();

  gtk_widget_add_css_class (card, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_widget_set_margin_top (inner, 18);
  gtk_widget_set_margin_bottom (inner, 18);
  gtk_widget_set_margin_start (inner, 18);
  gtk_widget_set_margin_end (inner, 18);
  gtk_box_append (GTK_BOX (card), inner);

  pango_attr_list_insert (attributes, pango_attr_style_new (PANGO_STYLE_ITALIC));
  pango_attr_list_insert (attributes, pango_attr_scale_new (1.2));
  gtk_label_set_attributes (GTK_LABEL (text), attributes);
  pango_attr_list_unref (attributes);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_box_append (GTK_BOX (inner), text);

  if (speaker != NULL && speaker[0] != '\0')
    {
      /* Translators: who said the quotation above: "— Jensen Huang" */
      g_autofree char *attribution = g_strdup_printf (_("— %s"), actor_name (self->dossier, speaker));

      gtk_box_append (GTK_BOX (inner), ds_page_label_new (attribution, "dim-label"));
    }

  return card;
}

static void
source_clicked_cb (DsEventDetail *self,
                   GtkButton     *button)
{
  const char *uri = g_object_get_data (G_OBJECT (button), "ds-uri");

  if (ds_url_is_web (uri))
    g_signal_emit (self, signals [OPEN_URI], 0, uri);
}

static GtkWidget *
create_source_row (DsEventDetail  *self,
                   const DsSource *source)
{
  GtkWidget *row = box_new_with_role (GTK_ORIENTATION_HORIZONTAL, 12, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  gtk_widget_set_margin_top (row, 10);
  gtk_widget_set_margin_bottom (row, 10);
  gtk_widget_set_margin_start (row, 12);
  gtk_widget_set_margin_end (row, 12);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), text);

  gtk_box_append (GTK_BOX (text), ds_page_label_new (source->publication, NULL));

  if (source->title != NULL && ds_text_get (source->title)[0] != '\0')
    gtk_box_append (GTK_BOX (text), ds_page_label_new (ds_text_get (source->title), NULL));

  if (source->has_date)
    {
      g_autofree char *date = ds_date_format (&source->date);
      GtkWidget *label = ds_page_label_new (date, "dim-label");

      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "numeric");
      gtk_box_append (GTK_BOX (text), label);
    }

  if (ds_url_is_web (source->url))
    {
      GtkWidget *button = gtk_button_new ();
      GtkWidget *content = adw_button_content_new ();
      /* Translators: what screen readers say for the button that opens a source's web
       * page: "Open source: Reuters" */
      g_autofree char *accessible = g_strdup_printf (_("Open source: %s"), source->publication);

      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "adw-external-link-symbolic");
      /* Translators: a button that opens a source's web page in the browser */
      adw_button_content_set_label (ADW_BUTTON_CONTENT (content), C_("source link", "Open"));
      gtk_button_set_child (GTK_BUTTON (button), content);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, source->url);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                      -1);
      g_object_set_data_full (G_OBJECT (button), "ds-uri", g_strdup (source->url), g_free);
      g_signal_connect_object (button, "clicked", G_CALLBACK (source_clicked_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (row), button);
    }

  return row;
}

static GtkWidget *
create_facts (DsEventDetail *self)
{
  const char * const *actors = ds_event_get_actors (self->event);
  const char * const *tags = ds_event_get_tags (self->event);
  GtkWidget *grid;
  int row = 0;

  if (actors[0] == NULL && tags[0] == NULL && ds_event_get_amount (self->event) == NULL)
    return NULL;

  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 10);

  if (actors[0] != NULL)
    {
      g_autofree char *names = ds_dossier_join_actor_names (self->dossier, actors);

      /* Translators: the heading before the people and companies of an event */
      add_fact (GTK_GRID (grid), row++, _("Actors"), ds_page_label_new (names, NULL));
    }

  if (ds_event_get_amount (self->event) != NULL)
    /* Translators: the heading before an event's sum of money */
    add_fact (GTK_GRID (grid), row++, _("Amount"), create_amount (self->event));

  if (tags[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **)tags);

      /* Translators: the heading before an event's keywords */
      add_fact (GTK_GRID (grid), row++, _("Tags"), ds_page_label_new (joined, NULL));
    }

  return grid;
}

/* GTK 4.8 can trip over a focused selectable label that leaves the window
 * (gtk_widget_is_ancestor criticals at the next layout): let go of it first. */
static void
release_focus (DsEventDetail *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, self->column))
    gtk_root_set_focus (root, NULL);
}

static void
rebuild (DsEventDetail *self)
{
  const char *summary, *quote;
  GtkWidget *facts;
  guint n_sources;

  release_focus (self);
  ds_page_box_clear (self->column);
  gtk_widget_set_visible (self->placeholder, self->event == NULL);
  gtk_widget_set_visible (self->scroller, self->event != NULL);

  if (self->event == NULL)
    return;

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);

  gtk_box_append (GTK_BOX (self->column), create_header (self));

  summary = ds_event_get_summary (self->event);
  if (summary[0] != '\0')
    {
      GtkWidget *label = ds_page_label_new (summary, "body");

      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_margin_top (label, 6);
      gtk_box_append (GTK_BOX (self->column), label);
    }

  quote = ds_event_get_quote (self->event);
  if (quote != NULL && quote[0] != '\0')
    {
      GtkWidget *card = create_quote (self, quote);

      gtk_widget_set_margin_top (card, 6);
      gtk_box_append (GTK_BOX (self->column), card);
    }

  if ((facts = create_facts (self)) != NULL)
    /* Translators: the heading of an event's actors, amount and tags */
    gtk_box_append (GTK_BOX (self->column), section_new (_("Details"), facts));

  n_sources = ds_event_get_n_sources (self->event);
  if (n_sources > 0)
    {
      GtkWidget *list = box_new_with_role (GTK_ORIENTATION_VERTICAL, 0, GTK_ACCESSIBLE_ROLE_LIST);

      gtk_widget_add_css_class (list, "card");
      for (guint i = 0; i < n_sources; i++)
        {
          if (i > 0)
            gtk_box_append (GTK_BOX (list), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
          gtk_box_append (GTK_BOX (list), create_source_row (self, ds_event_get_source (self->event, i)));
        }

      /* Translators: the heading of the list of publications an event comes from */
      gtk_box_append (GTK_BOX (self->column), section_new (_("Sources"), list));
    }
}

static void
ds_event_detail_real_open_uri (DsEventDetail *self,
                               const char    *uri)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (!ds_url_is_web (uri))
    return;

  ds_compat_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri);
}

static void
ds_event_detail_dispose (GObject *object)
{
  DsEventDetail *self = (DsEventDetail *)object;

  g_clear_pointer (&self->placeholder, gtk_widget_unparent);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  self->column = NULL;
  g_clear_object (&self->event);
  g_clear_object (&self->dossier);

  G_OBJECT_CLASS (ds_event_detail_parent_class)->dispose (object);
}

static void
ds_event_detail_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DsEventDetail *self = DS_EVENT_DETAIL (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_event_detail_class_init (DsEventDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_event_detail_dispose;
  object_class->get_property = ds_event_detail_get_property;

  properties [PROP_EVENT] =
    g_param_spec_object ("event", NULL, NULL,
                         DS_TYPE_EVENT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DsEventDetail::open-uri:
   * @uri: an http or https URI
   *
   * A source link was activated. The default handler opens the browser; stop the
   * emission to handle it elsewhere.
   */
  signals [OPEN_URI] =
    g_signal_new_class_handler ("open-uri",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (ds_event_detail_real_open_uri),
                                NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "eventdetail");
}

static void
ds_event_detail_init (DsEventDetail *self)
{
  self->placeholder = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->placeholder), "ds-timeline-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (self->placeholder), _("No Event Selected"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->placeholder),
                                   _("Select an event in the timeline or the list to see its details."));
  gtk_widget_set_vexpand (self->placeholder, TRUE);
  gtk_widget_set_parent (self->placeholder, GTK_WIDGET (self));

  self->scroller = ds_page_scroller_new (&self->column);
  gtk_widget_set_visible (self->scroller, FALSE);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
}

GtkWidget *
ds_event_detail_new (void)
{
  return g_object_new (DS_TYPE_EVENT_DETAIL, NULL);
}

void
ds_event_detail_set_event (DsEventDetail *self,
                           DsDossier     *dossier,
                           DsEvent       *event)
{
  gboolean event_changed;

  g_return_if_fail (DS_IS_EVENT_DETAIL (self));
  g_return_if_fail (dossier == NULL || DS_IS_DOSSIER (dossier));
  g_return_if_fail (event == NULL || DS_IS_EVENT (event));

  event_changed = g_set_object (&self->event, event);
  if (!g_set_object (&self->dossier, dossier) && !event_changed)
    return;

  rebuild (self);

  if (event_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EVENT]);
}

DsEvent *
ds_event_detail_get_event (DsEventDetail *self)
{
  g_return_val_if_fail (DS_IS_EVENT_DETAIL (self), NULL);

  return self->event;
}
