/* ds-chart-bars.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bars sit on their period: a dossier point dated "2025" covers the whole year, and
 * its bar is centred in it with padding; a computed series' points are centred on
 * their x, as wide as the closest two x values are apart. The points of every series
 * that share a period form a slot; in a slot, grouped bars split the group's width in
 * the order of the visible series, stacked ones pile up (negative values downwards).
 * Aggregate series are not bars: each of their points is a dashed total marker over
 * its slot, with its value.
 *
 * Only the points whose period meets the x range are looked at (x is sorted, so a
 * binary search finds them). The bars in pixels, merged per slot or pixel column, are
 * laid out by ds-chart-bars-layout.c, once per x range, size and visibility (they are
 * part of the geometry); drawing is in ds-chart-bars-draw.c.
 */

#define G_LOG_DOMAIN "ds-chart"

#include "config.h"

#include <math.h>

#include "ds-chart-private.h"

#define HEADROOM         1.08   /* room above the tallest bar for its label */

/* --- Slots ------------------------------------------------------------------------------ */

double
ds_chart_bars_computed_width (DsChart *chart)
{
  double width = G_MAXDOUBLE;

  for (guint s = 0; s < chart->series->len; s++)
    {
      DsChartSeries *series = ds_chart_series_at (chart, s);

      if (series->series != NULL)
        continue;
      for (guint i = 1; i < series->n_points; i++)
        if (series->x[i] > series->x[i - 1])
          width = MIN (width, series->x[i] - series->x[i - 1]);
    }

  if (width == G_MAXDOUBLE)
    width = chart->x_axis == DS_CHART_X_TIME ? 365.2425 : 1.0;

  return width;
}

void
ds_chart_bars_point_period (DsChartSeries *series,
                            guint          index,
                            double         computed_width,
                            double        *start,
                            double        *end)
{
  if (series->end != NULL)
    {
      *start = series->x[index];
      *end = series->end[index];
    }
  else
    {
      *start = series->x[index] - computed_width / 2;
      *end = series->x[index] + computed_width / 2;
    }
}

/* The points of @series whose period may meet (@first, @last), a superset found by
 * binary search: a period starts at most half the computed width before its x and
 * ends at most its longest period (or that half width) after it. */
void
ds_chart_bars_candidate_span (DsChartSeries *series,
                              double         computed_width,
                              double         first,
                              double         last,
                              guint         *begin,
                              guint         *end)
{
  double before = series->end != NULL ? 0 : computed_width / 2;
  double after = series->end != NULL ? series->longest : computed_width / 2;
  /* Rounding must not drop a point that the exact test would keep. */
  double margin = (fabs (first) + fabs (last) + before + after) * 1e-9;

  *begin = ds_lod_upper_bound (series->x, series->n_points, first - after - margin);
  *end = ds_lod_lower_bound (series->x, series->n_points, last + before + margin);
  if (*end < *begin)
    *end = *begin;
}

void
ds_chart_bars_full_range (DsChart *chart,
                          double  *first,
                          double  *last)
{
  double computed_width = ds_chart_bars_computed_width (chart);

  for (guint s = 0; s < chart->series->len; s++)
    {
      DsChartSeries *series = ds_chart_series_at (chart, s);
      double start;
      double end;

      for (guint i = 0; i < series->n_points; i++)
        {
          ds_chart_bars_point_period (series, i, computed_width, &start, &end);
          *first = MIN (*first, start);
          *last = MAX (*last, end);
        }
    }
}

static void
slot_clear (gpointer data)
{
  DsChartSlot *slot = data;

  g_clear_pointer (&slot->label, g_free);
  g_clear_pointer (&slot->total_label, g_free);
}

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const DsChartSlot *sa = a;
  const DsChartSlot *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  if (sa->end != sb->end)
    return sa->end < sb->end ? -1 : 1;
  return 0;
}

gint
ds_chart_bars_find_slot (GArray *slots,
                         double  start,
                         double  end)
{
  DsChartSlot key = { .start = start, .end = end };
  guint low = 0;
  guint high = slots->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      int order = compare_slots (&g_array_index (slots, DsChartSlot, middle), &key);

      if (order == 0)
        return middle;
      if (order < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return -1;
}

static char *
slot_label (DsChart       *chart,
            DsChartSeries *series,
            guint          index,
            double         start,
            double         end)
{
  if (series->series != NULL)
    return ds_date_format (&ds_series_get_point (series->series, index)->date);
  if (chart->x_axis == DS_CHART_X_TIME)
    return ds_chart_format_day ((start + end) / 2);

  return ds_chart_format_number_unit ((start + end) / 2, chart->x_unit, 3);
}

/* The periods of every point in the x range (hidden series included, so that hiding a
 * series does not move the others), with the totals of the visible bars. */
void
ds_chart_bars_layout_slots (DsChart         *chart,
                            DsChartGeometry *geometry)
{
  double computed_width = ds_chart_bars_computed_width (chart);
  GArray *slots = g_array_new (FALSE, FALSE, sizeof (DsChartSlot));
  guint unique = 0;

  geometry->slots = slots;

  for (guint s = 0; s < chart->series->len; s++)
    {
      DsChartSeries *series = ds_chart_series_at (chart, s);
      guint begin;
      guint end;

      ds_chart_bars_candidate_span (series, computed_width, geometry->x_first, geometry->x_last,
                      &begin, &end);
      for (guint i = begin; i < end; i++)
        {
          DsChartSlot slot = { 0 };

          ds_chart_bars_point_period (series, i, computed_width, &slot.start, &slot.end);
          if (slot.end <= geometry->x_first || slot.start >= geometry->x_last)
            continue;
          g_array_append_val (slots, slot);
        }
    }

  g_array_sort (slots, compare_slots);
  for (guint i = 0; i < slots->len; i++)
    if (unique == 0 || compare_slots (&g_array_index (slots, DsChartSlot, unique - 1),
                                      &g_array_index (slots, DsChartSlot, i)) != 0)
      g_array_index (slots, DsChartSlot, unique++) = g_array_index (slots, DsChartSlot, i);
  g_array_set_size (slots, unique);

  /* Labels and totals; the clear function is set only now that slots own strings. */
  g_array_set_clear_func (slots, slot_clear);
  for (guint s = 0; s < chart->series->len; s++)
    {
      DsChartSeries *series = ds_chart_series_at (chart, s);
      guint begin;
      guint stop;

      ds_chart_bars_candidate_span (series, computed_width, geometry->x_first, geometry->x_last,
                      &begin, &stop);
      for (guint i = begin; i < stop; i++)
        {
          double start;
          double end;
          gint found;
          DsChartSlot *slot;

          ds_chart_bars_point_period (series, i, computed_width, &start, &end);
          found = ds_chart_bars_find_slot (slots, start, end);
          if (found < 0)
            continue;

          slot = &g_array_index (slots, DsChartSlot, found);
          if (slot->label == NULL)
            slot->label = slot_label (chart, series, i, start, end);
          if (!series->visible || series->aggregate || !isfinite (series->y[i]))
            continue;

          slot->has_total = TRUE;
          slot->total += series->y[i];
          if (series->y[i] >= 0)
            slot->positive += series->y[i];
          else
            slot->negative += series->y[i];
        }
    }

  for (guint i = 0; i < slots->len; i++)
    {
      DsChartSlot *slot = &g_array_index (slots, DsChartSlot, i);

      if (slot->has_total)
        slot->total_label = ds_chart_format_value (chart, slot->total);
    }
}

void
ds_chart_bars_extent (DsChart               *chart,
                      const DsChartGeometry *geometry,
                      double                *min,
                      double                *max)
{
  double computed_width = ds_chart_bars_computed_width (chart);
  gboolean stacked = chart->bar_mode == DS_BARS_STACKED;
  gboolean logarithmic = ds_chart_get_logarithmic (chart);
  double low = G_MAXDOUBLE;
  double high = -G_MAXDOUBLE;

  for (guint s = 0; s < chart->series->len; s++)
    {
      DsChartSeries *series = ds_chart_series_at (chart, s);

      guint begin;
      guint stop;

      if (!series->visible || (stacked && !series->aggregate))
        continue;

      ds_chart_bars_candidate_span (series, computed_width, geometry->x_first, geometry->x_last,
                      &begin, &stop);
      for (guint i = begin; i < stop; i++)
        {
          double values[3] = { series->y[i], NAN, NAN };
          double start;
          double end;

          ds_chart_bars_point_period (series, i, computed_width, &start, &end);
          if (end <= geometry->x_first || start >= geometry->x_last)
            continue;
          /* Totals show no range. */
          if (series->low != NULL && !series->aggregate)
            {
              values[1] = series->low[i];
              values[2] = series->high[i];
            }
          for (guint k = 0; k < G_N_ELEMENTS (values); k++)
            if (isfinite (values[k]) && (!logarithmic || values[k] > 0))
              {
                low = MIN (low, values[k]);
                high = MAX (high, values[k]);
              }
        }
    }

  for (guint i = 0; stacked && i < geometry->slots->len; i++)
    {
      const DsChartSlot *slot = &g_array_index (geometry->slots, DsChartSlot, i);

      if (!slot->has_total)
        continue;
      high = MAX (high, slot->positive);
      if (!logarithmic || slot->negative < 0)
        low = MIN (low, slot->negative < 0 ? slot->negative : slot->positive);
    }

  if (low > high)
    return;

  /* Room for the labels over the tallest bars. */
  if (high > 0)
    high *= logarithmic ? 1.6 : HEADROOM;

  *min = MIN (*min, low);
  *max = MAX (*max, high);
}
