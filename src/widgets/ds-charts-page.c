/* ds-charts-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-charts-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ds-chart-table.h"
#include "ds-chart-view.h"
#include "ds-charts-page.h"
#include "ds-page-builder.h"
#include "ds-report.h"
#include "ds-style.h"

struct _DsChartsPage
{
  GtkWidget parent_instance;

  DsDossier *dossier;
  GPtrArray *charts;   /* DsChart, owned */
  GPtrArray *views;    /* DsChartView, borrowed from the cards */

  GtkWidget *scroller;
  GtkWidget *column;
};

enum {
  EXPORT_CHART,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DsChartsPage, ds_charts_page, GTK_TYPE_WIDGET)

static guint signals [N_SIGNALS];

/* Each card's controls find their chart, view, table and stack through this. */
typedef struct
{
  DsChartsPage *page;
  DsChart *chart;
  DsChartView *view;
  DsChartTable *table;
  GtkStack *stack;
  GtkWidget *reset_button;
} Card;

static void
card_changed (Card *card)
{
  ds_chart_view_chart_changed (card->view);
  ds_chart_table_refresh (card->table);
  gtk_widget_set_visible (card->reset_button, ds_chart_is_zoomed (card->chart));
}

static void
log_toggled_cb (GtkToggleButton *button,
                Card            *card)
{
  ds_chart_set_logarithmic (card->chart, gtk_toggle_button_get_active (button));
  card_changed (card);
}

static void
stacked_toggled_cb (GtkToggleButton *button,
                    Card            *card)
{
  ds_chart_set_bar_mode (card->chart, gtk_toggle_button_get_active (button) ? DS_BARS_STACKED : DS_BARS_GROUPED);
  card_changed (card);
}

static void
table_toggled_cb (GtkToggleButton *button,
                  Card            *card)
{
  gtk_stack_set_visible_child_name (card->stack, gtk_toggle_button_get_active (button) ? "table" : "chart");
  if (gtk_toggle_button_get_active (button))
    ds_chart_table_refresh (card->table);
}

static void
reset_clicked_cb (GtkButton *button,
                  Card      *card)
{
  ds_chart_reset_x_range (card->chart);
  card_changed (card);
}

static void
copy_csv_cb (GtkButton *button,
             Card      *card)
{
  g_autofree char *csv = ds_chart_to_csv (card->chart);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), csv);
}

static void
export_clicked_cb (GtkButton *button,
                   Card      *card)
{
  g_signal_emit (card->page, signals [EXPORT_CHART], 0, card->chart);
}

/* The picture as shown, at the screen's scale, for pasting into a deck. */
static void
copy_image_cb (GtkButton *button,
               Card      *card)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (button));
  double width = MAX (640, gtk_widget_get_width (GTK_WIDGET (card->view)));
  double height = MAX (360, gtk_widget_get_height (GTK_WIDGET (card->view))) + 80;
  cairo_surface_t *surface;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int)(width * scale), (int)(height * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  ds_report_draw_chart (cr, card->chart, width, height,
                        ds_style_get_theme ());
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize)cairo_image_surface_get_stride (surface) * cairo_image_surface_get_height (surface));
  texture = gdk_memory_texture_new (cairo_image_surface_get_width (surface),
                                    cairo_image_surface_get_height (surface),
                                    GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (button)), texture);
  cairo_surface_destroy (surface);
}

/* The view changed the chart itself: keep the table and the reset button in step. */
static void
view_changed_chart_cb (Card *card)
{
  ds_chart_table_refresh (card->table);
  gtk_widget_set_visible (card->reset_button, ds_chart_is_zoomed (card->chart));
}

static GtkWidget *
add_toggle (GtkWidget  *toolbar,
            const char *label,
            const char *tooltip,
            gboolean    active)
{
  GtkWidget *button = gtk_toggle_button_new_with_mnemonic (label);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), active);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_box_append (GTK_BOX (toolbar), button);

  return button;
}

static GtkWidget *
create_card (DsChartsPage *self,
             DsChart      *chart)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
  GtkWidget *title = ds_page_heading_new (ds_chart_get_title (chart), "title-4", 2);
  GtkWidget *button, *copy;
  const char *footnote = ds_chart_get_footnote (chart);
  Card *card = g_new0 (Card, 1);

  card->page = self;
  card->chart = chart;
  card->view = DS_CHART_VIEW (ds_chart_view_new (chart));
  card->table = DS_CHART_TABLE (ds_chart_table_new (chart));
  card->stack = GTK_STACK (gtk_stack_new ());
  g_object_set_data_full (G_OBJECT (box), "ds-card", card, g_free);
  g_ptr_array_add (self->views, card->view);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "chart-card");
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (header), title);

  gtk_widget_set_valign (toolbar, GTK_ALIGN_CENTER);
  if (ds_chart_get_kind (chart) == DS_CHART_LINES && ds_chart_can_be_logarithmic (chart))
    {
      button = add_toggle (toolbar, _("_Log Scale"), _("Logarithmic value axis"),
                           ds_chart_get_logarithmic (chart));
      g_signal_connect (button, "toggled", G_CALLBACK (log_toggled_cb), card);
    }
  if (ds_chart_get_kind (chart) == DS_CHART_BARS && ds_chart_get_n_series (chart) > 1)
    {
      button = add_toggle (toolbar, _("_Stacked"), _("Stack the bars of each period"),
                           ds_chart_get_bar_mode (chart) == DS_BARS_STACKED);
      g_signal_connect (button, "toggled", G_CALLBACK (stacked_toggled_cb), card);
    }
  card->reset_button = gtk_button_new_from_icon_name ("zoom-original-symbolic");
  gtk_widget_set_tooltip_text (card->reset_button, _("Show Everything (Ctrl+0)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (card->reset_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show Everything"), -1);
  gtk_widget_add_css_class (card->reset_button, "flat");
  gtk_widget_set_visible (card->reset_button, FALSE);
  g_signal_connect (card->reset_button, "clicked", G_CALLBACK (reset_clicked_cb), card);
  gtk_box_append (GTK_BOX (toolbar), card->reset_button);
  button = add_toggle (toolbar, _("_Table"), _("Show the data as a table"), FALSE);
  g_signal_connect (button, "toggled", G_CALLBACK (table_toggled_cb), card);
  copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  gtk_widget_set_tooltip_text (copy, _("Copy as CSV"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (copy), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Copy as CSV"), -1);
  gtk_widget_add_css_class (copy, "flat");
  g_signal_connect (copy, "clicked", G_CALLBACK (copy_csv_cb), card);
  gtk_box_append (GTK_BOX (toolbar), copy);
  button = gtk_button_new_from_icon_name ("image-x-generic-symbolic");
  gtk_widget_set_tooltip_text (button, _("Copy Image"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Copy Image"), -1);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", G_CALLBACK (copy_image_cb), card);
  gtk_box_append (GTK_BOX (toolbar), button);
  button = gtk_button_new_from_icon_name ("document-save-as-symbolic");
  gtk_widget_set_tooltip_text (button, _("Export Chart…"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Export Chart"), -1);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", G_CALLBACK (export_clicked_cb), card);
  gtk_box_append (GTK_BOX (toolbar), button);
  gtk_box_append (GTK_BOX (header), toolbar);
  gtk_box_append (GTK_BOX (box), header);

  gtk_widget_set_size_request (GTK_WIDGET (card->view), -1, 320);
  gtk_stack_add_named (card->stack, GTK_WIDGET (card->view), "chart");
  gtk_stack_add_named (card->stack, GTK_WIDGET (card->table), "table");
  gtk_stack_set_vhomogeneous (card->stack, FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (card->stack));
  g_signal_connect_swapped (card->view, "chart-changed", G_CALLBACK (view_changed_chart_cb), card);

  if (footnote != NULL && *footnote != '\0')
    gtk_box_append (GTK_BOX (box), ds_page_label_new (footnote, "chart-footnote"));

  return box;
}

static void
rebuild (DsChartsPage *self)
{
  GtkWidget *flow;

  ds_page_box_clear (self->column);
  g_ptr_array_set_size (self->views, 0);
  g_clear_pointer (&self->charts, g_ptr_array_unref);

  if (self->dossier == NULL)
    return;

  self->charts = ds_charts_from_dossier (self->dossier);
  if (self->charts->len == 0)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "ds-charts-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Figures"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                       _("This dossier has no series of figures."));
      gtk_box_append (GTK_BOX (self->column), status);
      return;
    }

  /* Cards side by side when there is room, one per row on a narrow window. */
  flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 18);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 18);
  for (guint i = 0; i < self->charts->len; i++)
    {
      GtkWidget *card = create_card (self, g_ptr_array_index (self->charts, i));

      gtk_widget_set_size_request (card, 320, -1);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), card);
      /* The flow box child must not take the focus from the chart itself. */
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
    }
  gtk_box_append (GTK_BOX (self->column), flow);
}

static void
ds_charts_page_dispose (GObject *object)
{
  DsChartsPage *self = (DsChartsPage *)object;

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->views, g_ptr_array_unref);
  g_clear_pointer (&self->charts, g_ptr_array_unref);
  g_clear_object (&self->dossier);

  G_OBJECT_CLASS (ds_charts_page_parent_class)->dispose (object);
}

static void
ds_charts_page_class_init (DsChartsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_charts_page_dispose;

  signals [EXPORT_CHART] =
    g_signal_new ("export-chart",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chartspage");
}

static void
ds_charts_page_init (DsChartsPage *self)
{
  GtkWidget *clamp;

  self->views = g_ptr_array_new ();
  self->scroller = ds_page_scroller_new (&self->column);
  /* Charts want more width than prose. */
  clamp = gtk_widget_get_parent (self->column);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1800);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 1200);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
}

GtkWidget *
ds_charts_page_new (void)
{
  return g_object_new (DS_TYPE_CHARTS_PAGE, NULL);
}

void
ds_charts_page_set_dossier (DsChartsPage *self,
                            DsDossier    *dossier)
{
  g_return_if_fail (DS_IS_CHARTS_PAGE (self));

  if (g_set_object (&self->dossier, dossier))
    rebuild (self);
}

gboolean
ds_charts_page_show_series (DsChartsPage *self,
                            DsSeries     *series)
{
  g_return_val_if_fail (DS_IS_CHARTS_PAGE (self), FALSE);

  for (guint i = 0; self->charts != NULL && i < self->charts->len; i++)
    {
      DsChart *chart = g_ptr_array_index (self->charts, i);

      for (guint s = 0; s < ds_chart_get_n_series (chart); s++)
        if (ds_chart_get_series (chart, s) == series)
          return gtk_widget_grab_focus (g_ptr_array_index (self->views, i));
    }

  return FALSE;
}

DsChart *
ds_charts_page_get_focused_chart (DsChartsPage *self)
{
  g_return_val_if_fail (DS_IS_CHARTS_PAGE (self), NULL);

  for (guint i = 0; i < self->views->len; i++)
    {
      DsChartView *view = g_ptr_array_index (self->views, i);

      if (gtk_widget_has_focus (GTK_WIDGET (view)))
        return ds_chart_view_get_chart (view);
    }

  return NULL;
}

GPtrArray *
ds_charts_page_get_charts (DsChartsPage *self)
{
  g_return_val_if_fail (DS_IS_CHARTS_PAGE (self), NULL);

  return self->charts;
}
