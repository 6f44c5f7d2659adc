/* ds-window-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export View…, Export Report… and Print…: the same renderers as the screen and the
 * headless --export, so a picture in a deck is what the reader saw.
 */

#define G_LOG_DOMAIN "ds-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-compat.h"
#include "ds-report.h"
#include "ds-window-private.h"
#include "ds-style.h"

typedef enum
{
  EXPORT_TIMELINE,
  EXPORT_CHART,
  EXPORT_TAKEAWAYS,
  EXPORT_REPORT,
} ExportKind;

/* What to draw, captured when the reader asked, so that the export shows that state. */
typedef struct
{
  GWeakRef window;
  ExportKind kind;
  DsDossier *dossier;
  DsTimelineDrawParams timeline;
  guint8 *matches;
  DsChart *chart;
  DsTheme theme;
  double width;
  double height;
  double scale;
} ExportRequest;

static void
export_request_free (ExportRequest *request)
{
  g_weak_ref_clear (&request->window);
  g_clear_object (&request->dossier);
  g_clear_pointer (&request->matches, g_free);
  g_free (request);
}

static void
draw_cb (cairo_t  *cr,
         double    width,
         double    height,
         gpointer  data)
{
  ExportRequest *request = data;

  switch (request->kind)
    {
    case EXPORT_TIMELINE:
      ds_report_draw_timeline (cr, request->dossier, &request->timeline, width, height, request->theme);
      break;

    case EXPORT_CHART:
      ds_report_draw_chart (cr, request->chart, width, height, request->theme);
      break;

    case EXPORT_TAKEAWAYS:
      ds_report_draw_takeaways (cr, request->dossier, width, height, request->theme);
      break;

    case EXPORT_REPORT:
    default:
      g_assert_not_reached ();
    }
}

static void
report_failure (DsWindow     *self,
                const GError *error)
{
  ds_compat_show_message (GTK_WINDOW (self), _("Could Not Export"), error->message);
}

static void
save_response_cb (GFile    *file,
                  gpointer  data)
{
  ExportRequest *request = data;
  g_autoptr(DsWindow) self = g_weak_ref_get (&request->window);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = file ? g_file_get_path (file) : NULL;
  DsExportFormat format;

  if (self == NULL || file == NULL)
    goto out;

  if (path == NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Exports can only be saved to local files."));
      report_failure (self, error);
      goto out;
    }

  if (request->kind == EXPORT_REPORT)
    {
      if (!ds_report_write_pdf (path, request->dossier, DS_THEME_LIGHT, &error))
        report_failure (self, error);
      goto out;
    }

  if (!ds_export_format_from_path (path, &format))
    {
      /* Translators: the file name extensions Dealscope can export to */
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Name the file with .png, .svg or .pdf to choose its format."));
      report_failure (self, error);
      goto out;
    }

  if (!ds_export_view_to_file (path, format, request->width, request->height, request->scale,
                               draw_cb, request, &error))
    report_failure (self, error);

out:
  export_request_free (request);
}

static GListModel *
image_filters (gboolean pdf_only)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  static const struct { const char *name; const char *mime; const char *suffix; } formats[] = {
    { N_("PNG Image"), "image/png", "png" },
    { N_("SVG Image"), "image/svg+xml", "svg" },
    { N_("PDF Document"), "application/pdf", "pdf" },
  };

  for (guint i = pdf_only ? 2 : 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _(formats[i].name));
      gtk_file_filter_add_mime_type (filter, formats[i].mime);
      gtk_file_filter_add_suffix (filter, formats[i].suffix);
      g_list_store_append (filters, filter);
    }

  return G_LIST_MODEL (filters);
}

static char *
suggested_name (DsDossier  *dossier,
                const char *part,
                const char *extension)
{
  return g_strdup_printf ("%s-%s.%s", ds_dossier_get_id (dossier), part, extension);
}

static void
ask_where (DsWindow      *self,
           ExportRequest *request,
           const char    *part)
{
  g_autoptr(GListModel) filters = image_filters (request->kind == EXPORT_REPORT);
  g_autofree char *name = suggested_name (self->dossier, part, request->kind == EXPORT_REPORT ? "pdf" : "png");

  g_weak_ref_init (&request->window, self);
  ds_compat_choose_file_to_save (GTK_WINDOW (self),
                                 request->kind == EXPORT_REPORT ? _("Export Report") : _("Export View"),
                                 name, filters, save_response_cb, request);
}

static ExportRequest *
new_request (DsWindow   *self,
             ExportKind  kind)
{
  ExportRequest *request = g_new0 (ExportRequest, 1);

  request->kind = kind;
  request->dossier = g_object_ref (self->dossier);
  request->theme = ds_style_get_theme ();
  request->scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  return request;
}

/* The chart a reader means on the Charts view: the one with the focus, else the first. */
void
_ds_window_export_chart (DsWindow *self,
                         DsChart  *chart)
{
  ExportRequest *request;

  if (self->dossier == NULL || chart == NULL)
    return;

  request = new_request (self, EXPORT_CHART);
  request->chart = chart;
  request->width = 1400;
  request->height = 700;
  ask_where (self, request, ds_chart_get_id (chart));
}

static void
export_view_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DsWindow *self = DS_WINDOW (widget);
  const char *page = adw_view_stack_get_visible_child_name (self->stack);
  ExportRequest *request;

  if (self->dossier == NULL)
    return;

  if (g_strcmp0 (page, "charts") == 0)
    {
      GPtrArray *charts = ds_charts_page_get_charts (self->charts_page);
      DsChart *chart = ds_charts_page_get_focused_chart (self->charts_page);

      if (chart == NULL && charts != NULL && charts->len > 0)
        chart = g_ptr_array_index (charts, 0);
      _ds_window_export_chart (self, chart);
      return;
    }

  if (g_strcmp0 (page, "takeaways") == 0)
    {
      request = new_request (self, EXPORT_TAKEAWAYS);
      request->width = 1000;
      request->height = ds_report_get_takeaways_height (self->dossier, request->width);
      ask_where (self, request, "takeaways");
      return;
    }

  {
    DsTimelineView *view = ds_timeline_page_get_view (self->timeline_page);
    guint n = g_list_model_get_n_items (ds_dossier_get_events (self->dossier));

    request = new_request (self, EXPORT_TIMELINE);
    ds_timeline_view_get_draw_params (view, &request->timeline);
    /* The params point into the view; keep copies of what they point to. */
    request->timeline.font = NULL;
    if (request->timeline.matches != NULL)
      request->matches = g_memdup2 (request->timeline.matches, MAX (n, 1));
    request->timeline.matches = request->matches;
    request->width = MAX (1200, gtk_widget_get_width (GTK_WIDGET (view)));
    request->height = MAX (600, gtk_widget_get_height (GTK_WIDGET (view)));
    ask_where (self, request, "timeline");
  }
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DsWindow *self = DS_WINDOW (widget);

  if (self->dossier != NULL)
    ask_where (self, new_request (self, EXPORT_REPORT), "report");
}

/* --- Print ------------------------------------------------------------------------------ */

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                DsDossier         *dossier)
{
  gtk_print_operation_set_n_pages (operation,
                                   ds_report_get_n_pages (dossier,
                                                          gtk_print_context_get_width (context),
                                                          gtk_print_context_get_height (context)));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              DsDossier         *dossier)
{
  ds_report_draw_page (gtk_print_context_get_cairo_context (context), dossier, page,
                       gtk_print_context_get_width (context),
                       gtk_print_context_get_height (context),
                       DS_THEME_LIGHT);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DsWindow *self = DS_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->dossier == NULL)
    return;

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, FALSE);
  gtk_print_operation_set_job_name (operation, ds_dossier_get_title (self->dossier));
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb),
                         g_object_ref (self->dossier), (GClosureNotify)(void (*) (void))g_object_unref, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), self->dossier);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    report_failure (self, error);
}

static void
export_chart_cb (DsWindow     *self,
                 DsChart      *chart,
                 DsChartsPage *page)
{
  _ds_window_export_chart (self, chart);
}

void
_ds_window_class_init_export (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-view", NULL, export_view_action);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-view", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
}

void
_ds_window_init_export (DsWindow *self)
{
  g_signal_connect_object (self->charts_page, "export-chart", G_CALLBACK (export_chart_cb), self, G_CONNECT_SWAPPED);
}
