/* ds-event-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-event-list"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-event-list.h"
#include "ds-event-row.h"

struct _DsEventList
{
  GtkWidget parent_instance;

  DsDossier *dossier;
  GtkFilterListModel *filtered;
  GtkSingleSelection *selection;

  GtkWidget *scroller;
  GtkListView *list_view;

  /* A big dossier's events arrive in the main loop's next turn (see set_dossier). */
  guint fill_source;
  DsEvent *pending_selected;
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

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, ds_event_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  DsEventList *self = user_data;

  ds_event_row_set_event (DS_EVENT_ROW (gtk_list_item_get_child (item)),
                          gtk_list_item_get_item (item), self->dossier);
}

/* A row kept for later must not keep a replaced dossier's event alive. */
static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  ds_event_row_set_event (DS_EVENT_ROW (gtk_list_item_get_child (item)), NULL, NULL);
}

static void
ds_event_list_dispose (GObject *object)
{
  DsEventList *self = (DsEventList *)object;

  g_clear_handle_id (&self->fill_source, g_source_remove);
  g_clear_object (&self->pending_selected);
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
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
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

static void
fill (DsEventList *self)
{
  g_autoptr(DsEvent) selected = g_steal_pointer (&self->pending_selected);

  gtk_filter_list_model_set_model (self->filtered, self->dossier ? ds_dossier_get_events (self->dossier) : NULL);
  if (selected != NULL)
    ds_event_list_select_event (self, selected);
}

static gboolean
fill_cb (gpointer user_data)
{
  DsEventList *self = user_data;

  self->fill_source = 0;
  fill (self);

  return G_SOURCE_REMOVE;
}

void
ds_event_list_set_dossier (DsEventList *self,
                           DsDossier   *dossier)
{
  guint n_events = 0;

  g_return_if_fail (DS_IS_EVENT_LIST (self));

  if (!g_set_object (&self->dossier, dossier))
    return;

  /* Empty the list, unselected and unfiltered, before it gets the new events: when
   * one change removes the shown rows and adds new ones, the selection and the list
   * view each look for their old item among every new event, and the filter would
   * match them against the old query. */
  g_clear_handle_id (&self->fill_source, g_source_remove);
  g_clear_object (&self->pending_selected);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_filter_list_model_set_filter (self->filtered, NULL);
  gtk_filter_list_model_set_model (self->filtered, NULL);

  if (dossier != NULL)
    ds_dossier_peek_events (dossier, &n_events);
  /* Creating and binding the rows costs about 8 ms: for a big dossier that is left to
   * the main loop's next turn, still before the frame. */
  if (n_events <= DS_DOSSIER_MANY_EVENTS)
    fill (self);
  else
    self->fill_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fill_cb, self, NULL);
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

/* The list is in date order, filtered or not: a binary search finds an event among
 * 100,000 in 17 steps where a walk took milliseconds. */
static guint
find_position (GListModel *events,
               DsEvent    *event)
{
  guint low = 0;
  guint high = g_list_model_get_n_items (events);

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      g_autoptr(DsEvent) item = g_list_model_get_item (events, middle);
      int cmp = ds_event_compare (item, event, NULL);

      if (cmp == 0)
        return item == event ? middle : GTK_INVALID_LIST_POSITION;
      if (cmp < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return GTK_INVALID_LIST_POSITION;
}

void
ds_event_list_select_event (DsEventList *self,
                            DsEvent     *event)
{
  guint position;

  g_return_if_fail (DS_IS_EVENT_LIST (self));
  g_return_if_fail (!event || DS_IS_EVENT (event));

  if (self->dossier == NULL)
    return;

  if (self->fill_source != 0)
    {
      g_set_object (&self->pending_selected, event);
      return;
    }

  if (event == NULL)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      return;
    }

  if (event == ds_event_list_get_selected (self))
    return;

  /* Filtered out: nothing in the list is selected. */
  position = find_position (G_LIST_MODEL (self->filtered), event);
  gtk_single_selection_set_selected (self->selection, position);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

DsEvent *
ds_event_list_get_selected (DsEventList *self)
{
  g_return_val_if_fail (DS_IS_EVENT_LIST (self), NULL);

  if (self->fill_source != 0)
    return self->pending_selected;

  return gtk_single_selection_get_selected_item (self->selection);
}
