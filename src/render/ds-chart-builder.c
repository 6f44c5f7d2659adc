/* ds-chart-builder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The charts a dossier's data supports, in a fixed order: valuations, capital
 * expenditure, the deal's mechanics, revenue, then one line chart per other metric.
 *
 * Currencies: a chart's value axis is labelled in the currency most of its series
 * use. A series in another currency is drawn on the same axis without conversion
 * (the figures are compared by order of magnitude, and no exchange rate belongs in
 * the dossier), says so in the footnote, and keeps its own currency wherever a point
 * is spelled out (descriptions, tooltips through ds_series_format_value()).
 *
 * Footnotes: the currency notes, then each series' basis ("Microsoft: Calendar
 * years…"), as sentences.
 */

#define G_LOG_DOMAIN "ds-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ds-chart.h"

#define SHORT_LABEL_CHARS  28
#define MAX_DEAL_UNITS   1000

static GPtrArray *
series_of_metric (DsDossier *dossier,
                  DsMetric   metric)
{
  GListModel *list = ds_dossier_get_series (dossier);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsSeries) series = g_list_model_get_item (list, i);

      if (ds_series_get_metric (series) == metric && ds_series_get_n_points (series) > 0)
        g_ptr_array_add (found, g_steal_pointer (&series));
    }

  return found;
}

/* The actor's name, else the series' title. */
static const char *
series_name (DsDossier *dossier,
             DsSeries  *series)
{
  const char *actor_id = ds_series_get_actor (series);
  DsActor *actor = actor_id != NULL ? ds_dossier_lookup_actor (dossier, actor_id) : NULL;

  return actor != NULL ? ds_actor_get_name (actor) : ds_series_get_title (series);
}

/* The currency most series use (the first of equals); NULL when none is money. */
static const char *
majority_currency (GPtrArray *series)
{
  const char *best = NULL;
  guint best_count = 0;

  for (guint i = 0; i < series->len; i++)
    {
      const char *currency = ds_series_get_currency (g_ptr_array_index (series, i));
      guint count = 0;

      if (currency == NULL)
        continue;
      for (guint k = 0; k < series->len; k++)
        count += g_strcmp0 (currency, ds_series_get_currency (g_ptr_array_index (series, k))) == 0;
      if (count > best_count)
        {
          best = currency;
          best_count = count;
        }
    }

  return best;
}

static void
append_sentence (GString    *text,
                 const char *sentence)
{
  if (text->len > 0)
    /* Translators: what goes between two sentences. */
    g_string_append (text, C_("sentence separator", " "));
  g_string_append (text, sentence);
}

/* Sets the value unit, the value axis title and the footnote from @series. */
static void
describe_units (DsChart   *chart,
                DsDossier *dossier,
                DsMetric   metric,
                GPtrArray *series)
{
  g_autoptr(GString) footnote = g_string_new (NULL);
  g_autofree char *title = NULL;
  const char *currency = majority_currency (series);
  const char *unit = currency == NULL ? ds_series_get_unit (g_ptr_array_index (series, 0)) : NULL;

  ds_chart_set_value_unit (chart, currency, unit);
  /* Translators: a value axis title: the metric and its unit, as in "Valuation (USD)"
     or "Capacity (GW)". */
  title = g_strdup_printf (C_("axis title", "%1$s (%2$s)"), ds_metric_to_label (metric),
                           currency != NULL ? currency : unit);
  ds_chart_set_axis_titles (chart, NULL, title);

  for (guint i = 0; currency != NULL && i < series->len; i++)
    {
      DsSeries *item = g_ptr_array_index (series, i);
      const char *own = ds_series_get_currency (item);
      g_autofree char *note = NULL;

      if (own == NULL || g_strcmp0 (own, currency) == 0)
        continue;
      /* Translators: a chart footnote for a series in another currency than the axis,
         as in "Mistral AI: amounts in EUR, plotted on the USD axis without
         conversion."; %2$s and %3$s are currency codes. */
      note = g_strdup_printf (C_("chart footnote", "%1$s: amounts in %2$s, plotted on the %3$s axis without conversion."),
                              series_name (dossier, item), own, currency);
      append_sentence (footnote, note);
    }

  for (guint i = 0; i < series->len; i++)
    {
      DsSeries *item = g_ptr_array_index (series, i);
      const char *basis = ds_series_get_basis (item);
      g_autofree char *note = NULL;

      if (basis == NULL || basis[0] == '\0')
        continue;
      /* Translators: a chart footnote: whose figures, and how they are counted, as in
         "Microsoft: Calendar years; …" */
      note = g_strdup_printf (C_("chart footnote", "%1$s: %2$s"), series_name (dossier, item), basis);
      append_sentence (footnote, note);
    }

  if (footnote->len > 0)
    ds_chart_set_footnote (chart, footnote->str);
}

/* "Nvidia and OpenAI sign a…": at most SHORT_LABEL_CHARS characters, cut at a word
 * when one ends in the last third. */
static char *
short_label (const char *title)
{
  glong length = g_utf8_strlen (title, -1);
  g_autofree char *cut = NULL;
  char *space;

  if (length <= SHORT_LABEL_CHARS)
    return g_strdup (title);

  cut = g_utf8_substring (title, 0, SHORT_LABEL_CHARS - 1);
  space = strrchr (cut, ' ');
  if (space != NULL && g_utf8_strlen (cut, space - cut) >= SHORT_LABEL_CHARS * 2 / 3)
    *space = '\0';
  g_strchomp (cut);
  while (cut[0] != '\0' && strchr (":,;-", cut[strlen (cut) - 1]) != NULL)
    {
      cut[strlen (cut) - 1] = '\0';
      g_strchomp (cut);
    }

  return g_strconcat (cut, "…", NULL);
}

/* Rules at the events of the dossier's claims that fall in the chart's x range. */
static void
add_claim_annotations (DsChart   *chart,
                       DsDossier *dossier)
{
  GListModel *claims = ds_dossier_get_claims (dossier);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (claims);
  double first;
  double last;

  ds_chart_get_full_x_range (chart, &first, &last);

  for (guint c = 0; c < n; c++)
    {
      g_autoptr(DsClaim) claim = g_list_model_get_item (claims, c);
      const char * const *statements = ds_claim_get_statements (claim);

      for (guint s = 0; statements != NULL && statements[s] != NULL; s++)
        {
          DsEvent *event = ds_dossier_lookup_event (dossier, statements[s]);
          g_autofree char *label = NULL;
          double day;

          if (event == NULL || !g_hash_table_add (seen, (gpointer) statements[s]))
            continue;
          day = (double) ds_date_get_first_day (ds_event_get_date (event));
          if (day < first || day > last)
            continue;
          label = short_label (ds_event_get_title (event));
          ds_chart_add_vertical_annotation (chart, day, label);
        }
    }
}

static DsChart *
time_chart (DsDossier   *dossier,
            const char  *id,
            const char  *title,
            DsChartKind  kind,
            DsMetric     metric,
            GPtrArray   *series)
{
  DsChart *chart = ds_chart_new (id, title, kind, DS_CHART_X_TIME);

  for (guint i = 0; i < series->len; i++)
    ds_chart_add_series (chart, g_ptr_array_index (series, i));
  describe_units (chart, dossier, metric, series);

  if (kind == DS_CHART_LINES)
    add_claim_annotations (chart, dossier);

  return chart;
}

static DsChart *
capex_chart (DsDossier *dossier,
             GPtrArray *series)
{
  g_autoptr(GPtrArray) ordered = g_ptr_array_new ();
  guint n_bars = 0;
  DsChart *chart;

  /* Company series are the bars; series without an actor are totals over them. */
  for (guint i = 0; i < series->len; i++)
    if (ds_series_get_actor (g_ptr_array_index (series, i)) != NULL)
      g_ptr_array_add (ordered, g_ptr_array_index (series, i));
  n_bars = ordered->len;
  for (guint i = 0; i < series->len; i++)
    if (ds_series_get_actor (g_ptr_array_index (series, i)) == NULL)
      g_ptr_array_add (ordered, g_ptr_array_index (series, i));

  chart = time_chart (dossier, "capex", _("AI Capital Expenditure"), DS_CHART_BARS,
                      DS_METRIC_CAPEX, ordered);
  for (guint i = n_bars; n_bars > 0 && i < ordered->len; i++)
    ds_chart_set_series_aggregate (chart, i, TRUE);

  return chart;
}

static DsChart *
deal_chart (const DsDealModel *model)
{
  double units = ds_deal_model_get_units_to_cap (model);
  g_autofree double *x = NULL;
  g_autofree double *y = NULL;
  g_autofree char *x_title = NULL;
  g_autofree char *value_title = NULL;
  DsChart *chart;
  guint n;
  guint index;

  if (!(units > 0) || !isfinite (units))
    return NULL;

  /* From nothing deployed to a little past the cap, so that the plateau shows. */
  n = (guint) MIN (ceil (units) + MAX (1.0, ceil (units * 0.2)), MAX_DEAL_UNITS) + 1;
  x = g_new (double, n);
  y = g_new (double, n);
  for (guint i = 0; i < n; i++)
    {
      x[i] = i;
      y[i] = ds_deal_model_released (model, i);
    }

  /* Translators: the title of the chart of a deal's money released against capacity
     deployed. */
  chart = ds_chart_new ("deal", _("The Deal’s Mechanics"), DS_CHART_LINES, DS_CHART_X_NUMBER);
  ds_chart_set_value_unit (chart, model->cap.currency, NULL);
  ds_chart_set_x_unit (chart, model->unit);
  /* Translators: the x axis title of the deal chart; %s is a unit, as in "GW". */
  x_title = g_strdup_printf (C_("axis title", "Deployed (%s)"), model->unit);
  /* Translators: the value axis title of the deal chart; %s is a currency code. */
  value_title = g_strdup_printf (C_("axis title", "Released (%s)"), model->cap.currency);
  ds_chart_set_axis_titles (chart, x_title, value_title);
  if (model->title != NULL && ds_text_get (model->title)[0] != '\0')
    ds_chart_set_footnote (chart, ds_text_get (model->title));

  /* Translators: the series of the deal chart: money released as units are deployed. */
  index = ds_chart_add_xy_series (chart, _("Released under the model"), x, y, n,
                                  DS_POINT_GUIDANCE, NULL);
  ds_chart_set_series_step (chart, index, TRUE);

  if (model->has_first_unit)
    {
      g_autofree char *date = ds_date_format (&model->first_unit_date);
      const char *text = model->first_unit_label != NULL ? ds_text_get (model->first_unit_label) : "";
      g_autofree char *label = NULL;

      if (text[0] != '\0')
        /* Translators: the label of the first unit's rule on the deal chart: its date
           and what it is, as in "H2 2026: first gigawatt on Vera Rubin". */
        label = g_strdup_printf (C_("chart annotation", "%1$s: %2$s"), date, text);
      ds_chart_add_vertical_annotation (chart, 1, label != NULL ? label : date);
    }

  if (model->has_actual)
    {
      const char *text = model->actual_label != NULL ? ds_text_get (model->actual_label) : "";
      g_autofree char *amount = ds_money_format (&model->actual);

      ds_chart_add_horizontal_annotation (chart, model->actual.value,
                                          text[0] != '\0' ? text : amount);
    }

  return chart;
}

GPtrArray *
ds_charts_from_dossier (DsDossier *dossier)
{
  const DsDealModel *model;
  GPtrArray *charts;
  static const DsMetric others[] = { DS_METRIC_INVESTMENT, DS_METRIC_CAPACITY, DS_METRIC_OTHER };

  g_return_val_if_fail (DS_IS_DOSSIER (dossier), NULL);

  charts = g_ptr_array_new_with_free_func ((GDestroyNotify) ds_chart_free);
  model = ds_dossier_get_deal_model (dossier);

  {
    g_autoptr(GPtrArray) series = series_of_metric (dossier, DS_METRIC_VALUATION);

    if (series->len > 0)
      {
        DsChart *chart = time_chart (dossier, "valuations", _("Valuations"), DS_CHART_LINES,
                                     DS_METRIC_VALUATION, series);

        ds_chart_set_logarithmic (chart, ds_chart_can_be_logarithmic (chart));
        g_ptr_array_add (charts, chart);
      }
  }

  {
    g_autoptr(GPtrArray) series = series_of_metric (dossier, DS_METRIC_CAPEX);

    if (series->len > 0)
      g_ptr_array_add (charts, capex_chart (dossier, series));
  }

  if (model != NULL)
    {
      DsChart *chart = deal_chart (model);

      if (chart != NULL)
        g_ptr_array_add (charts, chart);
    }

  {
    g_autoptr(GPtrArray) series = series_of_metric (dossier, DS_METRIC_REVENUE);

    if (series->len > 0)
      g_ptr_array_add (charts, time_chart (dossier, "revenue", _("Revenue"), DS_CHART_BARS,
                                           DS_METRIC_REVENUE, series));
  }

  for (guint m = 0; m < G_N_ELEMENTS (others); m++)
    {
      g_autoptr(GPtrArray) series = NULL;

      /* The deal chart shows what the investment series would. */
      if (others[m] == DS_METRIC_INVESTMENT && model != NULL)
        continue;

      series = series_of_metric (dossier, others[m]);
      if (series->len > 0)
        g_ptr_array_add (charts, time_chart (dossier, ds_metric_to_nick (others[m]),
                                             ds_metric_to_label (others[m]), DS_CHART_LINES,
                                             others[m], series));
    }

  return charts;
}
