/* test-charts-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Charts view as a reader uses it: legend toggles, the table, CSV, the keyboard.
 */

#include "ds-test-ui.h"
#include "ds-test-data.h"

#include "ds-chart-table.h"
#include "ds-chart-view.h"
#include "ds-charts-page.h"
#include "ds-dossier-loader.h"


typedef struct
{
  GtkWindow *window;
  DsChartsPage *page;
  DsDossier *dossier;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{

  fixture->dossier = ds_test_load_bundled ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1400, 900);
  fixture->page = DS_CHARTS_PAGE (ds_charts_page_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  ds_charts_page_set_dossier (fixture->page, fixture->dossier);
  gtk_window_present (fixture->window);
  ds_test_iterate (10);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  ds_test_iterate (10);
  g_clear_object (&fixture->dossier);
}

static DsChartView *
first_view (Fixture *fixture)
{
  return DS_CHART_VIEW (ds_test_find_widget (GTK_WIDGET (fixture->page), DS_TYPE_CHART_VIEW, NULL));
}

static DsChartTable *
first_table (Fixture *fixture)
{
  return DS_CHART_TABLE (ds_test_find_widget (GTK_WIDGET (fixture->page), DS_TYPE_CHART_TABLE, NULL));
}

static guint
count_visible_points (DsChart *chart)
{
  guint n = 0;

  for (guint s = 0; s < ds_chart_get_n_series (chart); s++)
    if (ds_chart_get_series_visible (chart, s))
      n += ds_chart_get_n_points (chart, s);

  return n;
}

static void
test_charts_from_dossier (Fixture       *fixture,
                          gconstpointer  data)
{
  GPtrArray *charts = ds_charts_page_get_charts (fixture->page);

  g_assert_nonnull (charts);
  g_assert_cmpuint (charts->len, >=, 3);
  g_assert_cmpstr (ds_chart_get_id (g_ptr_array_index (charts, 0)), ==, "valuations");
  /* Each chart is drawn, with its title as accessible label. */
  g_assert_nonnull (first_view (fixture));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (first_view (fixture))), >, 0);
}

static void
test_legend_toggle_and_table (Fixture       *fixture,
                              gconstpointer  data)
{
  DsChartView *view = first_view (fixture);
  DsChart *chart = ds_chart_view_get_chart (view);
  DsChartTable *table = first_table (fixture);
  guint all = count_visible_points (chart);
  g_autofree char *csv_all = ds_chart_to_csv (chart);
  g_autofree char *csv_fewer = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (ds_chart_table_get_model (table)), ==, all);

  /* Hiding a series, as a click on its legend entry does, empties its rows. */
  ds_chart_set_series_visible (chart, 0, FALSE);
  ds_chart_view_chart_changed (view);
  ds_chart_table_refresh (table);
  g_assert_cmpuint (g_list_model_get_n_items (ds_chart_table_get_model (table)), ==,
                    all - ds_chart_get_n_points (chart, 0));

  csv_fewer = ds_chart_to_csv (chart);
  g_assert_cmpuint (strlen (csv_fewer), <, strlen (csv_all));
  g_assert_null (strstr (csv_fewer, ds_chart_get_series_title (chart, 0)));
  g_assert_nonnull (strstr (csv_all, ds_chart_get_series_title (chart, 0)));
  g_assert_true (g_str_has_prefix (csv_all, "series,"));

  ds_chart_set_series_visible (chart, 0, TRUE);
  ds_chart_view_chart_changed (view);
}

static void
test_keyboard_visits_points (Fixture       *fixture,
                             gconstpointer  data)
{
  DsChartView *view = first_view (fixture);
  DsChart *chart = ds_chart_view_get_chart (view);
  gint series, point;
  double last_x = -G_MAXDOUBLE;

  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_widget_activate_action (GTK_WIDGET (view), "chart.next-point", NULL);
  ds_chart_view_get_focus_point (view, &series, &point);
  g_assert_cmpint (series, ==, 0);
  g_assert_cmpint (point, ==, 0);

  /* Right walks the first series in order, and each point is announced. */
  for (guint i = 0; i < ds_chart_get_n_points (chart, 0); i++)
    {
      DsChartPoint info;

      ds_chart_view_get_focus_point (view, &series, &point);
      g_assert_cmpint (point, ==, (gint)i);
      ds_chart_get_point (chart, series, point, &info);
      g_assert_cmpfloat (info.x, >=, last_x);
      last_x = info.x;
      g_assert_nonnull (strstr (ds_chart_view_get_focus_text (view), ds_chart_get_series_title (chart, 0)));
      gtk_widget_activate_action (GTK_WIDGET (view), "chart.next-point", NULL);
    }

  /* Down goes to the next series. */
  gtk_widget_activate_action (GTK_WIDGET (view), "chart.next-series", NULL);
  ds_chart_view_get_focus_point (view, &series, &point);
  g_assert_cmpint (series, ==, 1);
}

static void
test_show_series (Fixture       *fixture,
                  gconstpointer  data)
{
  DsSeries *series = ds_dossier_lookup_series (fixture->dossier, "valuation-openai");

  g_assert_nonnull (series);
  g_assert_true (ds_charts_page_show_series (fixture->page, series));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (first_view (fixture))));
}

int
main (int   argc,
      char *argv[])
{
  ds_test_ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/dealscope/charts-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("charts-from-dossier", test_charts_from_dossier);
  ADD ("legend-toggle-and-table", test_legend_toggle_and_table);
  ADD ("keyboard-visits-points", test_keyboard_visits_points);
  ADD ("show-series", test_show_series);

  return g_test_run ();
}
