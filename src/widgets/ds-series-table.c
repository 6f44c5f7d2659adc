/* ds-series-table.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-series-table"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "ds-page-builder.h"
#include "ds-series-table.h"

struct _DsSeriesTable
{
  GtkWidget parent_instance;

  DsDossier *dossier;
  GtkWidget *scroller;
  GtkWidget *column;
};

#define MAX_ROWS 200

G_DEFINE_FINAL_TYPE (DsSeriesTable, ds_series_table, GTK_TYPE_WIDGET)

static GtkWidget *
create_point_row (DsSeries      *series,
                  const DsPoint *point)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *date = ds_date_format (&point->date);
  g_autofree char *value = ds_series_format_value (series, point->value);
  g_autoptr(GString) details = g_string_new (ds_point_status_to_label (point->status));
  GtkWidget *value_label;

  if (!isnan (point->low) && !isnan (point->high))
    {
      g_autofree char *low = ds_series_format_value (series, point->low);
      g_autofree char *high = ds_series_format_value (series, point->high);

      g_autofree char *range = NULL;

      /* Translators: the range around a figure, as in "range $115B–$135B" */
      range = g_strdup_printf (_("range %1$s–%2$s"), low, high);
      g_string_append_printf (details, " · %s", range);
    }
  if (point->source != NULL)
    g_string_append_printf (details, " · %s", point->source);
  if (point->note != NULL)
    g_string_append_printf (details, "\n%s", ds_text_get (point->note));

  gtk_widget_add_css_class (row, "point-row");
  gtk_box_append (GTK_BOX (text), ds_page_label_new (date, "heading"));
  gtk_box_append (GTK_BOX (text), ds_page_label_new (details->str, "dim-label"));
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (row), text);

  value_label = ds_page_label_new (value, "point-value");
  gtk_label_set_wrap (GTK_LABEL (value_label), FALSE);
  gtk_widget_set_valign (value_label, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), value_label);

  return row;
}

static GtkWidget *
create_series_group (DsDossier *dossier,
                     DsSeries  *series)
{
  GtkWidget *group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *title = ds_page_heading_new (ds_series_get_title (series), "heading", 2);
  DsActor *actor = ds_dossier_lookup_actor (dossier, ds_series_get_actor (series));
  /* Translators: a series' metric and its company, "Valuation · OpenAI" */
  g_autofree char *kind = actor ? g_strdup_printf (_("%1$s · %2$s"), ds_metric_to_label (ds_series_get_metric (series)),
                                                   ds_actor_get_name (actor))
                                : g_strdup (ds_metric_to_label (ds_series_get_metric (series)));
  const char *basis = ds_series_get_basis (series);
  guint n_points = ds_series_get_n_points (series);

  gtk_widget_add_css_class (group, "series-group");
  gtk_box_append (GTK_BOX (group), title);
  gtk_box_append (GTK_BOX (group), ds_page_label_new (kind, "dim-label"));
  if (*basis != '\0')
    gtk_box_append (GTK_BOX (group), ds_page_label_new (basis, "caption"));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ds_series_get_title (series), -1);
  /* A row is several widgets: a dense series shows its first rows and a count, never
   * a million widgets. */
  for (guint i = 0; i < MIN (n_points, MAX_ROWS); i++)
    gtk_list_box_append (GTK_LIST_BOX (list), create_point_row (series, ds_series_get_point (series, i)));
  if (n_points > MAX_ROWS)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more figure",
                                                            "… and %u more figures", n_points - MAX_ROWS),
                                               n_points - MAX_ROWS);
      GtkWidget *label = ds_page_label_new (more, "dim-label");

      gtk_widget_add_css_class (label, "point-row");
      gtk_list_box_append (GTK_LIST_BOX (list), label);
    }
  if (ds_series_get_n_points (series) == 0)
    gtk_list_box_append (GTK_LIST_BOX (list), ds_page_label_new (_("No figures yet"), "dim-label"));
  gtk_box_append (GTK_BOX (group), list);

  return group;
}

static void
rebuild (DsSeriesTable *self)
{
  GListModel *series;
  guint n;

  ds_page_box_clear (self->column);
  if (self->dossier == NULL)
    return;

  series = ds_dossier_get_series (self->dossier);
  n = g_list_model_get_n_items (series);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsSeries) item = g_list_model_get_item (series, i);
      gtk_box_append (GTK_BOX (self->column), create_series_group (self->dossier, item));
    }

  if (n == 0)
    {
      GtkWidget *status = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "ds-charts-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _("No Figures"));
      adw_status_page_set_description (ADW_STATUS_PAGE (status),
                                       _("This dossier has no series of figures."));
      gtk_box_append (GTK_BOX (self->column), status);
    }
}

static void
ds_series_table_dispose (GObject *object)
{
  DsSeriesTable *self = (DsSeriesTable *)object;

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->dossier);

  G_OBJECT_CLASS (ds_series_table_parent_class)->dispose (object);
}

static void
ds_series_table_class_init (DsSeriesTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_series_table_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "seriestable");
}

static void
ds_series_table_init (DsSeriesTable *self)
{
  self->scroller = ds_page_scroller_new (&self->column);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
}

GtkWidget *
ds_series_table_new (void)
{
  return g_object_new (DS_TYPE_SERIES_TABLE, NULL);
}

void
ds_series_table_set_dossier (DsSeriesTable *self,
                             DsDossier     *dossier)
{
  g_return_if_fail (DS_IS_SERIES_TABLE (self));

  if (g_set_object (&self->dossier, dossier))
    rebuild (self);
}
