/* ds-chart-describe.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart in words and in CSV: a description for screen readers in the UI language
 * (each line series from its first to its last point; for bars, the latest period's
 * values and their total), and the points as RFC 4180 CSV with plain numbers. Both
 * cover the visible series in the current x range.
 */

#define G_LOG_DOMAIN "ds-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ds-chart-private.h"

/* Whether point @i of @item shows in the x range. */
static gboolean
in_range (DsChart       *chart,
          DsChartSeries *item,
          guint          i,
          double         first,
          double         last)
{
  if (chart->kind == DS_CHART_BARS && item->end != NULL)
    return item->end[i] > first && item->x[i] < last;

  return item->x[i] >= first && item->x[i] <= last;
}

static void
describe_line (DsChart  *chart,
               guint     s,
               double    first,
               double    last,
               GString  *text)
{
  DsChartSeries *item = ds_chart_series_at (chart, s);
  g_autofree char *sentence = NULL;
  gint a = -1;
  gint b = -1;

  for (guint i = 0; i < item->n_points; i++)
    if (isfinite (item->y[i]) && in_range (chart, item, i, first, last))
      {
        if (a < 0)
          a = i;
        b = i;
      }
  if (a < 0)
    return;

  {
    g_autofree char *from_value = ds_chart_format_series_value (chart, s, item->y[a]);
    g_autofree char *from_x = ds_chart_format_x (chart, s, a);
    g_autofree char *to_value = ds_chart_format_series_value (chart, s, item->y[b]);
    g_autofree char *to_x = ds_chart_format_x (chart, s, b);

    if (a == b && chart->x_axis == DS_CHART_X_TIME)
      /* Translators: how a series with one point reads to a screen reader, as in
         "OpenAI valuation: $852B in Mar 2026." */
      sentence = g_strdup_printf (C_("chart description", "%1$s: %2$s in %3$s."),
                                  item->title, from_value, from_x);
    else if (a == b)
      /* Translators: a series with one point on a numeric axis, as in
         "Released: $10B at 1 GW." */
      sentence = g_strdup_printf (C_("chart description", "%1$s: %2$s at %3$s."),
                                  item->title, from_value, from_x);
    else if (chart->x_axis == DS_CHART_X_TIME)
      /* Translators: how a series reads to a screen reader: its first and last
         points, as in "OpenAI valuation: from $14B in 2021 to $852B in Mar 2026." */
      sentence = g_strdup_printf (C_("chart description", "%1$s: from %2$s in %3$s to %4$s in %5$s."),
                                  item->title, from_value, from_x, to_value, to_x);
    else
      /* Translators: a series on a numeric axis, as in "Released under the model:
         from $0 at 0 GW to $100B at 12 GW." */
      sentence = g_strdup_printf (C_("chart description", "%1$s: from %2$s at %3$s to %4$s at %5$s."),
                                  item->title, from_value, from_x, to_value, to_x);
  }

  if (text->len > 0)
    /* Translators: what goes between two sentences. */
    g_string_append (text, C_("sentence separator", " "));
  g_string_append (text, sentence);
}

/* Bars: the latest period's values, and their total when there are several. */
static void
describe_bars (DsChart *chart,
               double   first,
               double   last,
               GString *text)
{
  g_autoptr(GString) items = g_string_new (NULL);
  g_autofree char *period = NULL;
  double latest = -G_MAXDOUBLE;
  double total = 0;
  guint n_bars = 0;

  for (guint s = 0; s < chart->series->len; s++)
    {
      DsChartSeries *item = ds_chart_series_at (chart, s);

      for (guint i = 0; item->visible && !item->aggregate && i < item->n_points; i++)
        if (isfinite (item->y[i]) && in_range (chart, item, i, first, last))
          latest = MAX (latest, item->x[i]);
    }
  if (latest == -G_MAXDOUBLE)
    return;

  for (guint s = 0; s < chart->series->len; s++)
    {
      DsChartSeries *item = ds_chart_series_at (chart, s);
      guint begin = ds_lod_lower_bound (item->x, item->n_points, latest);
      guint end = ds_lod_upper_bound (item->x, item->n_points, latest);

      for (guint i = begin; item->visible && i < end; i++)
        {
          g_autofree char *value = NULL;

          if (!isfinite (item->y[i]))
            continue;
          if (period == NULL)
            period = ds_chart_format_x (chart, s, i);
          if (!item->aggregate)
            {
              total += item->y[i];
              n_bars++;
            }

          value = ds_chart_format_series_value (chart, s, item->y[i]);
          if (items->len > 0)
            /* Translators: what goes between the items of a list in a sentence, as
               in "Meta: $125B; Amazon: $200B". */
            g_string_append (items, C_("list separator", "; "));
          /* Translators: a series and its value in a list, as in "Meta: $125B" */
          g_string_append_printf (items, C_("chart description", "%1$s: %2$s"), item->title, value);
          break;
        }
    }

  if (n_bars >= 2)
    {
      g_autofree char *sum = ds_chart_format_value (chart, total);

      /* Translators: the latest period of a bar chart for a screen reader: %1$s is
         the period ("2026"), %2$s its values ("Meta: $125B; Amazon: $200B") and %3$s
         their total. */
      g_string_append_printf (text, C_("chart description", "In %1$s: %2$s; total %3$s."),
                              period, items->str, sum);
    }
  else
    /* Translators: the latest period of a bar chart for a screen reader: %1$s is the
       period ("2026"), %2$s its values ("Nvidia data-centre revenue: $193.7B"). */
    g_string_append_printf (text, C_("chart description", "In %1$s: %2$s."),
                            period, items->str);
}

char *
ds_chart_describe (DsChart *chart)
{
  g_autoptr(GString) text = g_string_new (NULL);
  double first;
  double last;

  g_return_val_if_fail (chart != NULL, NULL);

  ds_chart_get_x_range (chart, &first, &last);
  if (chart->kind == DS_CHART_BARS)
    describe_bars (chart, first, last, text);
  else
    for (guint s = 0; s < chart->series->len; s++)
      if (ds_chart_series_at (chart, s)->visible)
        describe_line (chart, s, first, last, text);

  if (text->len == 0)
    /* Translators: the description of a chart whose series are all hidden. */
    return g_strdup (C_("chart description", "No data shown."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* --- CSV --------------------------------------------------------------------------------- */

/* RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes
 * doubled. Every field but a line's first is preceded by a comma. */
static void
append_field (GString    *line,
              const char *field,
              gboolean    first)
{
  if (!first)
    g_string_append_c (line, ',');
  if (field == NULL)
    return;

  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (line, field);
      return;
    }

  g_string_append_c (line, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

/* Dossier text that a spreadsheet would run as a formula (OWASP's list of leading
 * characters) gets a leading apostrophe, which spreadsheets read as "this is text". */
static void
append_text_field (GString    *line,
                   const char *text,
                   gboolean    first)
{
  g_autofree char *quoted = NULL;

  if (text != NULL && text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL)
    text = quoted = g_strconcat ("'", text, NULL);
  append_field (line, text, first);
}

/* The shortest of %.15g and %.17g that reads back as @value, with a '.' always. */
static void
append_number (GString *line,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      append_field (line, NULL, FALSE);
      return;
    }

  g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
  if (g_ascii_strtod (buffer, NULL) != value)
    g_ascii_dtostr (buffer, sizeof buffer, value);
  append_field (line, buffer, FALSE);
}

char *
ds_chart_to_csv (DsChart *chart)
{
  GString *csv;
  double first;
  double last;

  g_return_val_if_fail (chart != NULL, NULL);

  csv = g_string_new ("series,x,value,low,high,status,source\r\n");
  ds_chart_get_x_range (chart, &first, &last);

  for (guint s = 0; s < chart->series->len; s++)
    {
      DsChartSeries *item = ds_chart_series_at (chart, s);

      if (!item->visible)
        continue;

      for (guint i = 0; i < item->n_points; i++)
        {
          if (!in_range (chart, item, i, first, last))
            continue;

          append_text_field (csv, item->title, TRUE);
          if (item->series != NULL)
            {
              g_autofree char *date = ds_date_to_string (&ds_series_get_point (item->series, i)->date);

              append_field (csv, date, FALSE);
            }
          else
            append_number (csv, item->x[i]);
          append_number (csv, item->y[i]);
          append_number (csv, item->low != NULL ? item->low[i] : NAN);
          append_number (csv, item->high != NULL ? item->high[i] : NAN);
          append_field (csv, ds_point_status_to_nick (ds_chart_series_status (item, i)), FALSE);
          append_text_field (csv, ds_chart_series_source (item, i), FALSE);
          g_string_append (csv, "\r\n");
        }
    }

  return g_string_free (csv, FALSE);
}
