/* ds-chart-table.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows are small GObjects built only when the table is shown, never for the drawing.
 */

#define G_LOG_DOMAIN "ds-chart-table"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-chart-table.h"

/* --- A row --------------------------------------------------------------------------- */

#define DS_TYPE_CHART_ROW (ds_chart_row_get_type ())
G_DECLARE_FINAL_TYPE (DsChartRow, ds_chart_row, DS, CHART_ROW, GObject)

struct _DsChartRow
{
  GObject parent_instance;

  char *series;
  char *x_text;
  double x;
  char *value_text;
  double value;
  char *status;
  char *source;
};

enum {
  ROW_PROP_0,
  ROW_PROP_SERIES,
  ROW_PROP_X_TEXT,
  ROW_PROP_X,
  ROW_PROP_VALUE_TEXT,
  ROW_PROP_VALUE,
  ROW_PROP_STATUS,
  ROW_PROP_SOURCE,
  ROW_N_PROPS
};

G_DEFINE_FINAL_TYPE (DsChartRow, ds_chart_row, G_TYPE_OBJECT)

static GParamSpec *row_properties [ROW_N_PROPS];

static void
ds_chart_row_finalize (GObject *object)
{
  DsChartRow *self = (DsChartRow *)object;

  g_free (self->series);
  g_free (self->x_text);
  g_free (self->value_text);
  g_free (self->status);
  g_free (self->source);

  G_OBJECT_CLASS (ds_chart_row_parent_class)->finalize (object);
}

static void
ds_chart_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DsChartRow *self = DS_CHART_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_SERIES: g_value_set_string (value, self->series); break;
    case ROW_PROP_X_TEXT: g_value_set_string (value, self->x_text); break;
    case ROW_PROP_X: g_value_set_double (value, self->x); break;
    case ROW_PROP_VALUE_TEXT: g_value_set_string (value, self->value_text); break;
    case ROW_PROP_VALUE: g_value_set_double (value, self->value); break;
    case ROW_PROP_STATUS: g_value_set_string (value, self->status); break;
    case ROW_PROP_SOURCE: g_value_set_string (value, self->source); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_chart_row_class_init (DsChartRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ds_chart_row_finalize;
  object_class->get_property = ds_chart_row_get_property;

#define STRING_PROP(id, name) \
  row_properties [id] = g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)
#define DOUBLE_PROP(id, name) \
  row_properties [id] = g_param_spec_double (name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

  STRING_PROP (ROW_PROP_SERIES, "series");
  STRING_PROP (ROW_PROP_X_TEXT, "x-text");
  DOUBLE_PROP (ROW_PROP_X, "x");
  STRING_PROP (ROW_PROP_VALUE_TEXT, "value-text");
  DOUBLE_PROP (ROW_PROP_VALUE, "value");
  STRING_PROP (ROW_PROP_STATUS, "status");
  STRING_PROP (ROW_PROP_SOURCE, "source");

  g_object_class_install_properties (object_class, ROW_N_PROPS, row_properties);
}

static void
ds_chart_row_init (DsChartRow *self)
{
}

/* --- The table ----------------------------------------------------------------------- */

struct _DsChartTable
{
  GtkWidget parent_instance;

  DsChart *chart;
  GListStore *rows;
  GtkSortListModel *sorted;
  GtkWidget *scroller;
  GtkColumnView *view;
};

G_DEFINE_FINAL_TYPE (DsChartTable, ds_chart_table, GTK_TYPE_WIDGET)

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  numeric)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  numeric)
{
  const char *property = g_object_get_data (G_OBJECT (factory), "ds-property");
  g_autofree char *text = NULL;

  g_object_get (gtk_list_item_get_item (item), property, &text, NULL);
  /* Plain text: series titles and sources come from the dossier. */
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text ? text : "");
}

static void
add_column (DsChartTable *self,
            const char   *title,
            const char   *text_property,
            const char   *sort_property,
            gboolean      numeric)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;
  GtkSorter *sorter;
  GtkExpression *expression;

  g_object_set_data (G_OBJECT (factory), "ds-property", (gpointer)text_property);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (numeric));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (numeric));

  column = gtk_column_view_column_new (title, factory);
  expression = gtk_property_expression_new (DS_TYPE_CHART_ROW, NULL, sort_property);
  if (numeric || g_str_equal (sort_property, "x"))
    sorter = GTK_SORTER (gtk_numeric_sorter_new (expression));
  else
    sorter = GTK_SORTER (gtk_string_sorter_new (expression));
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, g_str_equal (text_property, "source"));
  gtk_column_view_append_column (self->view, column);

  g_object_unref (sorter);
  g_object_unref (column);
}

static void
ds_chart_table_dispose (GObject *object)
{
  DsChartTable *self = (DsChartTable *)object;

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->sorted);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (ds_chart_table_parent_class)->dispose (object);
}

static void
ds_chart_table_class_init (DsChartTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_chart_table_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "charttable");
}

static void
ds_chart_table_init (DsChartTable *self)
{
  GtkSelectionModel *selection;

  self->rows = g_list_store_new (DS_TYPE_CHART_ROW);
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)),
                                          g_object_ref (gtk_column_view_get_sorter (self->view)));
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sorted))));
  gtk_column_view_set_model (self->view, selection);
  g_object_unref (selection);
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");

  add_column (self, _("Series"), "series", "series", FALSE);
  /* Translators: a table column: the date of a figure (or its position, like "2 GW") */
  add_column (self, _("When"), "x-text", "x", FALSE);
  add_column (self, _("Value"), "value-text", "value", TRUE);
  add_column (self, _("Status"), "status", "status", FALSE);
  add_column (self, _("Source"), "source", "source", FALSE);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->view));
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (self->scroller), 240);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
}

GtkWidget *
ds_chart_table_new (DsChart *chart)
{
  DsChartTable *self;

  g_return_val_if_fail (chart != NULL, NULL);

  self = g_object_new (DS_TYPE_CHART_TABLE, NULL);
  self->chart = chart;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ds_chart_get_title (chart), -1);
  ds_chart_table_refresh (self);

  return GTK_WIDGET (self);
}

void
ds_chart_table_refresh (DsChartTable *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (DS_IS_CHART_TABLE (self));

  for (guint s = 0; s < ds_chart_get_n_series (self->chart); s++)
    {
      if (!ds_chart_get_series_visible (self->chart, s))
        continue;

      for (guint p = 0; p < ds_chart_get_n_points (self->chart, s); p++)
        {
          DsChartRow *row = g_object_new (DS_TYPE_CHART_ROW, NULL);
          DsChartPoint point;

          ds_chart_get_point (self->chart, s, p, &point);
          row->series = g_strdup (ds_chart_get_series_title (self->chart, s));
          row->x = point.x;
          row->x_text = ds_chart_format_x (self->chart, s, p);
          row->value = point.value;
          row->value_text = ds_chart_format_series_value (self->chart, s, point.value);
          row->status = g_strdup (ds_point_status_to_label (point.status));
          row->source = g_strdup (point.source);
          g_ptr_array_add (rows, row);
        }
    }

  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       rows->pdata, rows->len);
}

GListModel *
ds_chart_table_get_model (DsChartTable *self)
{
  g_return_val_if_fail (DS_IS_CHART_TABLE (self), NULL);

  return G_LIST_MODEL (self->sorted);
}
