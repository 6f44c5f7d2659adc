/* ds-event-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-event-list"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-event-list.h"
#include "ds-status-badge.h"

struct _DsEventList
{
  GtkWidget parent_instance;

  DsDossier *dossier;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;

  GtkWidget *scroller;
  GtkListView *list_view;
};

enum {
  PROP_0,
  PROP_SELECTED_EVENT,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DsEventList, ds_event_list, GTK_TYPE_WIDGET)

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* Children of a row, found again at bind time by their order in the row. */
typedef struct
{
  GtkLabel *date;
  GtkWidget *badge;
  GtkLabel *kind;
  GtkLabel *title;
  GtkLabel *summary;
  GtkLabel *meta;
} Row;

static GtkLabel *
add_label (GtkBox     *box,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);

  return GTK_LABEL (label);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *status_line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  Row *parts = g_new0 (Row, 1);

  gtk_widget_add_css_class (row, "event-row");
  parts->date = add_label (GTK_BOX (row), "event-date");
  gtk_label_set_width_chars (parts->date, 12);
  gtk_widget_set_valign (GTK_WIDGET (parts->date), GTK_ALIGN_START);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (row), text);

  parts->badge = ds_status_badge_new (DS_STATUS_CONFIRMED);
  gtk_box_append (GTK_BOX (status_line), parts->badge);
  parts->kind = add_label (GTK_BOX (status_line), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (parts->kind), "caption");
  gtk_box_append (GTK_BOX (text), status_line);

  /* Rows are measured many times, at every width the panes try: single-line,
   * ellipsized labels have one size whatever the width, where wrapping ones are shaped
   * again for each (most of start-up). The detail pane shows the whole text. */
  parts->title = add_label (GTK_BOX (text), "heading");
  gtk_label_set_ellipsize (parts->title, PANGO_ELLIPSIZE_END);
  parts->summary = add_label (GTK_BOX (text), NULL);
  gtk_label_set_ellipsize (parts->summary, PANGO_ELLIPSIZE_END);
  parts->meta = add_label (GTK_BOX (text), "dim-label");
  gtk_label_set_ellipsize (parts->meta, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (parts->meta), "caption");

  g_object_set_data_full (G_OBJECT (row), "ds-row", parts, g_free);
  gtk_list_item_set_child (item, row);
}

static char *
describe_meta (DsEventList *self,
               DsEvent     *event)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char * const *actors = ds_event_get_actors (event);
  const DsMoney *amount = ds_event_get_amount (event);

  if (amount != NULL)
    {
      g_autofree char *value = ds_money_format (amount);
      const char *label = ds_event_get_amount_label (event);

      /* Translators: an amount and what it is, "$100B (up to, per gigawatt)" */
      g_ptr_array_add (parts, *label ? g_strdup_printf (_("%1$s (%2$s)"), value, label)
                                     : g_steal_pointer (&value));
    }

  if (actors[0] != NULL)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      for (guint i = 0; actors[i] != NULL; i++)
        {
          DsActor *actor = ds_dossier_lookup_actor (self->dossier, actors[i]);
          g_ptr_array_add (names, (gpointer)(actor ? ds_actor_get_name (actor) : actors[i]));
        }
      g_ptr_array_add (names, NULL);
      g_ptr_array_add (parts, g_strjoinv (", ", (char **)names->pdata));
    }

  if (ds_event_get_n_sources (event) > 0)
    {
      const DsSource *source = ds_event_get_source (event, 0);
      guint n = ds_event_get_n_sources (event);

      if (n > 1)
        /* Translators: a source, then how many more there are: "Reuters +2" */
        g_ptr_array_add (parts, g_strdup_printf (_("%s +%u"), source->publication, n - 1));
      else
        g_ptr_array_add (parts, g_strdup (source->publication));
    }

  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **)parts->pdata);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  DsEventList *self = user_data;
  GtkWidget *row = gtk_list_item_get_child (item);
  DsEvent *event = gtk_list_item_get_item (item);
  Row *parts = g_object_get_data (G_OBJECT (row), "ds-row");
  g_autofree char *date = ds_date_format (ds_event_get_date (event));
  g_autofree char *meta = describe_meta (self, event);
  g_autofree char *accessible = NULL;
  const char *summary = ds_event_get_summary (event);

  if (ds_event_get_end (event) != NULL)
    {
      g_autofree char *end = ds_date_format (ds_event_get_end (event));
      /* Translators: a date range on two lines, start then end */
      g_autofree char *range = g_strdup_printf (_("%1$s –\n%2$s"), date, end);
      g_free (date);
      date = g_steal_pointer (&range);
    }

  gtk_label_set_text (parts->date, date);
  ds_status_badge_set_status (parts->badge, ds_event_get_status (event));
  gtk_label_set_text (parts->kind, ds_event_kind_to_label (ds_event_get_kind (event)));
  gtk_label_set_text (parts->title, ds_event_get_title (event));
  gtk_label_set_text (parts->summary, summary);
  gtk_widget_set_visible (GTK_WIDGET (parts->summary), *summary != '\0');
  gtk_label_set_text (parts->meta, meta);
  gtk_widget_set_visible (GTK_WIDGET (parts->meta), *meta != '\0');

  /* Translators: how a screen reader announces an event: date, status, title */
  accessible = g_strdup_printf (_("%s, %s: %s"), date,
                                ds_status_to_label (ds_event_get_status (event)),
                                ds_event_get_title (event));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
ds_event_list_dispose (GObject *object)
{
  DsEventList *self = (DsEventList *)object;

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->dossier);

  G_OBJECT_CLASS (ds_event_list_parent_class)->dispose (object);
}

static void
ds_event_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DsEventList *self = DS_EVENT_LIST (object);

  switch (prop_id)
    {
    case PROP_SELECTED_EVENT:
      g_value_set_object (value, ds_event_list_get_selected (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
selection_changed_cb (DsEventList *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SELECTED_EVENT]);
}

static void
row_activated_cb (DsEventList *self,
                  guint        position,
                  GtkListView *list_view)
{
  g_autoptr(DsEvent) event = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (event != NULL)
    g_signal_emit (self, signals [EVENT_ACTIVATED], 0, event);
}

static void
ds_event_list_class_init (DsEventListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_event_list_dispose;
  object_class->get_property = ds_event_list_get_property;

  properties [PROP_SELECTED_EVENT] =
    g_param_spec_object ("selected-event", NULL, NULL,
                         DS_TYPE_EVENT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals [EVENT_ACTIVATED] =
    g_signal_new ("event-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, DS_TYPE_EVENT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "eventlist");
}

static void
ds_event_list_init (DsEventList *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->filtered = gtk_filter_list_model_new (NULL, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (g_object_ref (GTK_SELECTION_MODEL (self->selection)),
                                                      g_steal_pointer (&factory)));
  gtk_list_view_set_single_click_activate (self->list_view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "event-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Events in date order"),
                                  -1);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->list_view));
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
}

GtkWidget *
ds_event_list_new (void)
{
  return g_object_new (DS_TYPE_EVENT_LIST, NULL);
}

void
ds_event_list_set_dossier (DsEventList *self,
                           DsDossier   *dossier)
{
  g_return_if_fail (DS_IS_EVENT_LIST (self));

  if (!g_set_object (&self->dossier, dossier))
    return;

  gtk_filter_list_model_set_model (self->filtered, dossier ? ds_dossier_get_events (dossier) : NULL);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

void
ds_event_list_set_filter (DsEventList *self,
                          GtkFilter   *filter)
{
  g_return_if_fail (DS_IS_EVENT_LIST (self));
  g_return_if_fail (!filter || GTK_IS_FILTER (filter));

  gtk_filter_list_model_set_filter (self->filtered, filter);
}

GListModel *
ds_event_list_get_model (DsEventList *self)
{
  g_return_val_if_fail (DS_IS_EVENT_LIST (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

void
ds_event_list_select_event (DsEventList *self,
                            DsEvent     *event)
{
  GListModel *events;
  guint n;

  g_return_if_fail (DS_IS_EVENT_LIST (self));
  g_return_if_fail (!event || DS_IS_EVENT (event));

  if (self->dossier == NULL)
    return;

  if (event == NULL)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      return;
    }

  if (event == ds_event_list_get_selected (self))
    return;

  events = G_LIST_MODEL (self->filtered);
  n = g_list_model_get_n_items (events);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsEvent) item = g_list_model_get_item (events, i);

      if (item == event)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          return;
        }
    }

  /* Filtered out: nothing in the list is selected. */
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

DsEvent *
ds_event_list_get_selected (DsEventList *self)
{
  g_return_val_if_fail (DS_IS_EVENT_LIST (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}
