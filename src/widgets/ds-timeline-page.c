/* ds-timeline-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One query drives both the drawing (which dims what it rejects) and the list (which
 * hides it); one selection is mirrored between them and the detail pane.
 */

#define G_LOG_DOMAIN "ds-timeline-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ds-compat.h"
#include "ds-event-detail.h"
#include "ds-event-filter.h"
#include "ds-event-list.h"
#include "ds-status-badge.h"
#include "ds-timeline-page.h"

#define FOLD_WIDTH 760

struct _DsTimelinePage
{
  GtkWidget parent_instance;

  DsDossier *dossier;
  DsEventQuery *query;
  DsEventFilter *filter;
  gboolean syncing;

  GtkWidget *box;
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkToggleButton *search_button;
  GtkPopover *filter_popover;
  GtkBox *filter_box;
  /* The choices are built when the popover opens: a big dossier names thousands of
   * actors, and a check button each is wasted work until someone filters. */
  gboolean filters_stale;
  GtkLabel *count_label;
  GtkAdjustment *zoom_adjustment;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;

  GtkWidget *split;
  GtkWidget *back_button;
  DsTimelineView *view;
  DsEventList *list;
  DsEventDetail *detail;
};

enum {
  PROP_0,
  PROP_LANE_MODE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DsTimelinePage, ds_timeline_page, GTK_TYPE_WIDGET)

static GParamSpec *properties [N_PROPS];

static void
update_count (DsTimelinePage *self)
{
  guint total = self->dossier ? g_list_model_get_n_items (ds_dossier_get_events (self->dossier)) : 0;
  guint shown = g_list_model_get_n_items (ds_event_list_get_model (self->list));
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", total), total);
  else
    /* Translators: how many events pass the search and filters, "12 of 41 events" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u event", "%u of %u events", total),
                            shown, total);

  gtk_label_set_text (self->count_label, text);
}

static void
show_event (DsTimelinePage *self,
            DsEvent        *event)
{
  ds_event_detail_set_event (self->detail, self->dossier, event);
}

static void
view_selection_cb (DsTimelinePage *self)
{
  DsEvent *event = ds_timeline_view_get_selected_event (self->view);

  if (self->syncing)
    return;

  self->syncing = TRUE;
  ds_event_list_select_event (self->list, event);
  show_event (self, event);
  self->syncing = FALSE;
}

static void
list_selection_cb (DsTimelinePage *self)
{
  DsEvent *event = ds_event_list_get_selected (self->list);

  if (self->syncing || event == NULL)
    return;

  self->syncing = TRUE;
  ds_timeline_view_set_selected_event (self->view, event);
  show_event (self, event);
  self->syncing = FALSE;
}

/* Enter, a double click or a row activation: on a narrow window, the details get
 * the whole page. */
static void
event_activated_cb (DsTimelinePage *self,
                    DsEvent        *event)
{
  ds_timeline_page_select_event (self, event);
  if (ds_compat_split_get_folded (self->split))
    ds_compat_split_show_detail (self->split, TRUE);
}

static void
back_clicked_cb (DsTimelinePage *self)
{
  ds_compat_split_show_detail (self->split, FALSE);
}

static void
folded_changed_cb (DsTimelinePage *self)
{
  gtk_widget_set_visible (self->back_button, ds_compat_split_get_folded (self->split));
}

static void
search_changed_cb (DsTimelinePage *self,
                   GtkSearchEntry *entry)
{
  if (self->query != NULL)
    ds_event_query_set_text (self->query, gtk_editable_get_text (GTK_EDITABLE (entry)));
}


static void
zoom_adjustment_cb (DsTimelinePage *self)
{
  if (!self->syncing)
    ds_timeline_view_set_zoom (self->view, gtk_adjustment_get_value (self->zoom_adjustment));
}

static void
view_zoom_cb (DsTimelinePage *self)
{
  self->syncing = TRUE;
  gtk_adjustment_set_value (self->zoom_adjustment, ds_timeline_view_get_zoom (self->view));
  self->syncing = FALSE;
}

/* --- Filters popover ---------------------------------------------------------------- */

typedef enum { FILTER_STATUS, FILTER_KIND, FILTER_ACTOR } FilterKind;

static void
filter_toggled_cb (GtkCheckButton *check,
                   DsTimelinePage *self)
{
  FilterKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "ds-filter-kind"));
  gboolean active = gtk_check_button_get_active (check);

  if (self->query == NULL)
    return;

  switch (kind)
    {
    case FILTER_STATUS:
      ds_event_query_set_status_allowed (self->query,
                                         GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "ds-value")),
                                         active);
      break;

    case FILTER_KIND:
      ds_event_query_set_kind_allowed (self->query,
                                       GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "ds-value")),
                                       active);
      break;

    case FILTER_ACTOR:
      ds_event_query_set_actor_chosen (self->query, g_object_get_data (G_OBJECT (check), "ds-value"), active);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
add_filter_heading (DsTimelinePage *self,
                    const char     *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_box_append (self->filter_box, label);
}

static GtkWidget *
add_filter_check (DsTimelinePage *self,
                  const char     *label,
                  FilterKind      kind,
                  gboolean        active)
{
  GtkWidget *check = gtk_check_button_new_with_label (label);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  g_object_set_data (G_OBJECT (check), "ds-filter-kind", GINT_TO_POINTER (kind));
  g_signal_connect_object (check, "toggled", G_CALLBACK (filter_toggled_cb), self, 0);
  gtk_box_append (self->filter_box, check);

  return check;
}

static void rebuild_filters (DsTimelinePage *self);

static void
filter_popover_show_cb (DsTimelinePage *self)
{
  if (self->filters_stale)
    rebuild_filters (self);
}

static void
reset_filters_cb (DsTimelinePage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  if (self->query != NULL)
    ds_event_query_reset (self->query);
  /* The check buttons show the query's state: rebuild them from it. */
  rebuild_filters (self);
}

static void
rebuild_filters (DsTimelinePage *self)
{
  GtkWidget *child, *reset;
  GListModel *actors;
  gboolean kinds_present[DS_EVENT_FILING + 1] = { FALSE };
  DsEvent * const *events;
  guint n_events;

  self->filters_stale = FALSE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->filter_box))) != NULL)
    gtk_box_remove (self->filter_box, child);

  if (self->dossier == NULL)
    return;

  add_filter_heading (self, _("Status"));
  for (guint s = DS_STATUS_CONFIRMED; s <= DS_STATUS_PLANNED; s++)
    {
      g_autofree char *text = ds_status_format_label (s);
      GtkWidget *check = add_filter_check (self, text, FILTER_STATUS, ds_event_query_get_status_allowed (self->query, s));

      g_object_set_data (G_OBJECT (check), "ds-value", GINT_TO_POINTER (s));
    }

  events = ds_dossier_peek_events (self->dossier, &n_events);
  for (guint i = 0; i < n_events; i++)
    kinds_present[ds_event_get_kind (events[i])] = TRUE;

  add_filter_heading (self, _("Kind"));
  for (guint k = 0; k < G_N_ELEMENTS (kinds_present); k++)
    {
      GtkWidget *check;

      if (!kinds_present[k])
        continue;
      check = add_filter_check (self, ds_event_kind_to_label (k), FILTER_KIND,
                                ds_event_query_get_kind_allowed (self->query, k));
      g_object_set_data (G_OBJECT (check), "ds-value", GINT_TO_POINTER (k));
    }

  actors = ds_dossier_get_actors (self->dossier);
  if (g_list_model_get_n_items (actors) > 0)
    add_filter_heading (self, _("Actors (none chosen: all)"));
  for (guint i = 0; i < g_list_model_get_n_items (actors); i++)
    {
      g_autoptr(DsActor) actor = g_list_model_get_item (actors, i);
      GtkWidget *check = add_filter_check (self, ds_actor_get_name (actor), FILTER_ACTOR,
                                           ds_event_query_get_actor_chosen (self->query, ds_actor_get_id (actor)));

      g_object_set_data_full (G_OBJECT (check), "ds-value", g_strdup (ds_actor_get_id (actor)), g_free);
    }

  reset = gtk_button_new_with_mnemonic (_("_Show All Events"));
  gtk_widget_set_margin_top (reset, 6);
  g_signal_connect_object (reset, "clicked", G_CALLBACK (reset_filters_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->filter_box, reset);
}

/* --- GObject -------------------------------------------------------------------------- */

/* The toolbar is not inside the drawing, so it reaches the drawing's actions through
 * these. */
static void
forward_to_view_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DsTimelinePage *self = DS_TIMELINE_PAGE (widget);
  g_autofree char *target = g_strconcat ("timeline.", action_name + strlen ("timeline-page."), NULL);

  gtk_widget_activate_action (GTK_WIDGET (self->view), target, NULL);
}

static void
toggle_search_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DsTimelinePage *self = DS_TIMELINE_PAGE (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
ds_timeline_page_dispose (GObject *object)
{
  DsTimelinePage *self = (DsTimelinePage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DS_TYPE_TIMELINE_PAGE);
  g_clear_object (&self->filter);
  g_clear_object (&self->query);
  g_clear_object (&self->dossier);

  G_OBJECT_CLASS (ds_timeline_page_parent_class)->dispose (object);
}

static void
ds_timeline_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DsTimelinePage *self = DS_TIMELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_LANE_MODE:
      /* The property action reads it while the template is built, before the view. */
      g_value_set_int (value, self->view ? ds_timeline_view_get_lane_mode (self->view) : DS_LANES_SINGLE);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_timeline_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DsTimelinePage *self = DS_TIMELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_LANE_MODE:
      ds_timeline_view_set_lane_mode (self->view, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
view_lane_mode_cb (DsTimelinePage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANE_MODE]);
}

static void
ds_timeline_page_class_init (DsTimelinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_timeline_page_dispose;
  object_class->get_property = ds_timeline_page_get_property;
  object_class->set_property = ds_timeline_page_set_property;

  /* The lanes menu is a property action, so that its items show as radio buttons. */
  properties [PROP_LANE_MODE] =
    g_param_spec_int ("lane-mode", NULL, NULL,
                      DS_LANES_SINGLE, DS_LANES_KIND, DS_LANES_SINGLE,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/widgets/ds-timeline-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DsTimelinePage, box);
  gtk_widget_class_bind_template_child (widget_class, DsTimelinePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, DsTimelinePage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DsTimelinePage, search_button);
  gtk_widget_class_bind_template_child (widget_class, DsTimelinePage, filter_popover);
  gtk_widget_class_bind_template_child (widget_class, DsTimelinePage, filter_box);
  gtk_widget_class_bind_template_child (widget_class, DsTimelinePage, count_label);
  gtk_widget_class_bind_template_child (widget_class, DsTimelinePage, zoom_adjustment);
  gtk_widget_class_bind_template_child (widget_class, DsTimelinePage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DsTimelinePage, search_entry);

  gtk_widget_class_install_action (widget_class, "timeline-page.search", NULL, toggle_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "timeline-page.search", NULL);
  gtk_widget_class_install_property_action (widget_class, "timeline-page.lanes", "lane-mode");
  gtk_widget_class_install_action (widget_class, "timeline-page.zoom-in", NULL, forward_to_view_action);
  gtk_widget_class_install_action (widget_class, "timeline-page.zoom-out", NULL, forward_to_view_action);
  gtk_widget_class_install_action (widget_class, "timeline-page.zoom-fit", NULL, forward_to_view_action);
  /* Zoom to fit works from anywhere in the page, not only with the drawing focused. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline-page.zoom-fit", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timelinepage");
}

static void
ds_timeline_page_init (DsTimelinePage *self)
{
  GtkWidget *main_box, *paned, *detail_box;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->filter_popover, "show", G_CALLBACK (filter_popover_show_cb),
                           self, G_CONNECT_SWAPPED);

  self->view = DS_TIMELINE_VIEW (ds_timeline_view_new ());
  self->list = DS_EVENT_LIST (ds_event_list_new ());
  self->detail = DS_EVENT_DETAIL (ds_event_detail_new ());

  paned = gtk_paned_new (GTK_ORIENTATION_VERTICAL);
  gtk_paned_set_start_child (GTK_PANED (paned), GTK_WIDGET (self->view));
  gtk_paned_set_end_child (GTK_PANED (paned), GTK_WIDGET (self->list));
  gtk_paned_set_resize_start_child (GTK_PANED (paned), TRUE);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_position (GTK_PANED (paned), 380);
  gtk_widget_set_size_request (GTK_WIDGET (self->list), -1, 120);
  gtk_widget_set_size_request (paned, 340, -1);
  main_box = paned;

  detail_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  self->back_button = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (self->back_button, _("Back to the Timeline"));
  gtk_widget_set_halign (self->back_button, GTK_ALIGN_START);
  gtk_widget_set_margin_start (self->back_button, 6);
  gtk_widget_set_margin_top (self->back_button, 6);
  gtk_widget_add_css_class (self->back_button, "flat");
  g_signal_connect_object (self->back_button, "clicked", G_CALLBACK (back_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (detail_box), self->back_button);
  gtk_widget_set_vexpand (GTK_WIDGET (self->detail), TRUE);
  gtk_box_append (GTK_BOX (detail_box), GTK_WIDGET (self->detail));

  self->split = ds_compat_split_new (main_box, _("Timeline"), detail_box, _("Event Details"), FOLD_WIDTH);
  gtk_widget_set_vexpand (self->split, TRUE);
  gtk_box_append (GTK_BOX (self->box), self->split);
  ds_compat_split_connect_folded (self->split, G_CALLBACK (folded_changed_cb), self);
  folded_changed_cb (self);

  g_object_bind_property (self->search_button, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self->view));
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->zoom_adjustment, "value-changed", G_CALLBACK (zoom_adjustment_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::lane-mode", G_CALLBACK (view_lane_mode_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::zoom", G_CALLBACK (view_zoom_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify::selected-event", G_CALLBACK (view_selection_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "event-activated", G_CALLBACK (event_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "notify::selected-event", G_CALLBACK (list_selection_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "event-activated", G_CALLBACK (event_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ds_event_list_get_model (self->list), "items-changed", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ds_timeline_page_new (void)
{
  return g_object_new (DS_TYPE_TIMELINE_PAGE, NULL);
}

void
ds_timeline_page_set_dossier (DsTimelinePage *self,
                              DsDossier      *dossier)
{
  g_return_if_fail (DS_IS_TIMELINE_PAGE (self));
  g_return_if_fail (!dossier || DS_IS_DOSSIER (dossier));

  if (!g_set_object (&self->dossier, dossier))
    return;

  g_clear_object (&self->filter);
  g_clear_object (&self->query);
  if (dossier != NULL)
    {
      self->query = ds_event_query_new (dossier);
      self->filter = ds_event_filter_new (self->query);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");

  gtk_label_set_text (self->title_label, dossier ? ds_dossier_get_title (dossier) : "");
  gtk_label_set_text (self->subtitle_label, dossier ? ds_dossier_get_subtitle (dossier) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label),
                          dossier != NULL && *ds_dossier_get_subtitle (dossier) != '\0');

  ds_event_list_set_dossier (self->list, dossier);
  ds_event_list_set_filter (self->list, self->filter ? GTK_FILTER (self->filter) : NULL);
  ds_timeline_view_set_dossier (self->view, dossier);
  ds_timeline_view_set_query (self->view, self->query);
  show_event (self, NULL);

  self->filters_stale = TRUE;
  if (gtk_widget_get_visible (GTK_WIDGET (self->filter_popover)))
    rebuild_filters (self);
  update_count (self);
}

void
ds_timeline_page_select_event (DsTimelinePage *self,
                               DsEvent        *event)
{
  g_return_if_fail (DS_IS_TIMELINE_PAGE (self));

  ds_timeline_view_set_selected_event (self->view, event);
  self->syncing = TRUE;
  ds_event_list_select_event (self->list, event);
  show_event (self, event);
  self->syncing = FALSE;
}

DsTimelineView *
ds_timeline_page_get_view (DsTimelinePage *self)
{
  g_return_val_if_fail (DS_IS_TIMELINE_PAGE (self), NULL);

  return self->view;
}

DsEventQuery *
ds_timeline_page_get_query (DsTimelinePage *self)
{
  g_return_val_if_fail (DS_IS_TIMELINE_PAGE (self), NULL);

  return self->query;
}
