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
 * binary search finds them). The bars of one series, status and sign that fall in
 * one slot, or in one pixel column when slots are narrower than
 * DS_CHART_BAR_LOD_PIXELS, are merged into the union of their rectangles: a frame
 * then draws at most a few bars per column and series, whatever the size of the data,
 * and the merged bar still reaches the column's extreme. The result is part of the
 * geometry, so it is computed once per x range, size and visibility.
 *
 * Drawing is in ds-chart-bars-draw.c.
 */

#define G_LOG_DOMAIN "ds-chart"

#include "config.h"

#include <math.h>

#include "ds-chart-private.h"

#define GROUP_FRACTION   0.76   /* of a slot, for the bars of a group */
#define STACK_FRACTION   0.56
#define MAX_BAR_WIDTH   56.0
#define MAX_STACK_WIDTH 96.0
#define BAR_GAP          3.0
#define HEADROOM         1.08   /* room above the tallest bar for its label */

/* --- Slots ------------------------------------------------------------------------------ */

static double
computed_bar_width (DsChart *chart)
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

static void
point_period (DsChartSeries *series,
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
static void
candidate_span (DsChartSeries *series,
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
  double computed_width = computed_bar_width (chart);

  for (guint s = 0; s < chart->series->len; s++)
    {
      DsChartSeries *series = ds_chart_series_at (chart, s);
      double start;
      double end;

      for (guint i = 0; i < series->n_points; i++)
        {
          point_period (series, i, computed_width, &start, &end);
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

static gint
find_slot (GArray *slots,
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
  double computed_width = computed_bar_width (chart);
  GArray *slots = g_array_new (FALSE, FALSE, sizeof (DsChartSlot));
  guint unique = 0;

  geometry->slots = slots;

  for (guint s = 0; s < chart->series->len; s++)
    {
      DsChartSeries *series = ds_chart_series_at (chart, s);
      guint begin;
      guint end;

      candidate_span (series, computed_width, geometry->x_first, geometry->x_last,
                      &begin, &end);
      for (guint i = begin; i < end; i++)
        {
          DsChartSlot slot = { 0 };

          point_period (series, i, computed_width, &slot.start, &slot.end);
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

      candidate_span (series, computed_width, geometry->x_first, geometry->x_last,
                      &begin, &stop);
      for (guint i = begin; i < stop; i++)
        {
          double start;
          double end;
          gint found;
          DsChartSlot *slot;

          point_period (series, i, computed_width, &start, &end);
          found = find_slot (slots, start, end);
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
  double computed_width = computed_bar_width (chart);
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

      candidate_span (series, computed_width, geometry->x_first, geometry->x_last,
                      &begin, &stop);
      for (guint i = begin; i < stop; i++)
        {
          double values[3] = { series->y[i], NAN, NAN };
          double start;
          double end;

          point_period (series, i, computed_width, &start, &end);
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

/* --- Pixels ---------------------------------------------------------------------------- */

static double
baseline_y (const DsChartGeometry *geometry)
{
  const DsValueScale *values = &geometry->values;

  if (values->logarithmic)
    return values->y + values->height;

  return ds_value_scale_to_y (values, CLAMP (0, MIN (values->min, values->max),
                                             MAX (values->min, values->max)));
}

/* The pixel column a narrow slot's bars are merged in (one to the left of the plot
 * is kept for slots that start there). */
static gint64
slot_column (const DsChartGeometry *geometry,
             const DsChartSlot     *slot)
{
  return (gint64) floor ((slot->x0 + slot->x1) / 2 - geometry->plot.x) + 1;
}

/* Merging: a bar goes to a place, its slot or (narrow slots) the pixel column after
 * the slots; each place keeps the last bar of the series put there, and the bars of a
 * place are chained, so that the one of a status and sign is found among a few. */
typedef struct
{
  gint     next;              /* the previous bar of the place, or -1 */
  gboolean negative;
} PlaceLink;

typedef struct
{
  gint   *heads;              /* per place, or -1 */
  guint   n_places;
  GArray *links;              /* PlaceLink, parallel to the bars */
} Places;

/* Appends @bar, or merges it into the union of the bar of its status and sign already
 * at @place (heads are reset per series). */
static void
place_bar (GArray           *bars,
           Places           *places,
           guint             place,
           const DsChartBar *bar,
           gboolean          negative)
{
  PlaceLink link = { places->heads[place], negative };

  for (gint k = places->heads[place]; k >= 0; k = g_array_index (places->links, PlaceLink, k).next)
    {
      DsChartBar *into = &g_array_index (bars, DsChartBar, k);
      double x1;
      double y1;

      if (into->status != bar->status ||
          g_array_index (places->links, PlaceLink, k).negative != negative)
        continue;

      x1 = MAX (into->rect.x + into->rect.width, bar->rect.x + bar->rect.width);
      y1 = MAX (into->rect.y + into->rect.height, bar->rect.y + bar->rect.height);
      into->rect.x = MIN (into->rect.x, bar->rect.x);
      into->rect.y = MIN (into->rect.y, bar->rect.y);
      into->rect.width = x1 - into->rect.x;
      into->rect.height = y1 - into->rect.y;
      /* The point shown for the merged bar is the one furthest from the baseline. */
      if (negative ? bar->value_y > into->value_y : bar->value_y < into->value_y)
        {
          into->point = bar->point;
          into->slot = bar->slot;
          into->value_y = bar->value_y;
        }
      if (into->aggregate)
        {
          into->rect.y = into->value_y;
          into->rect.height = 0;
        }
      if (!isnan (bar->low))
        {
          into->low = isnan (into->low) ? bar->low : MIN (into->low, bar->low);
          into->high = isnan (into->high) ? bar->high : MAX (into->high, bar->high);
        }
      into->column = into->column || bar->column;
      into->n_points++;
      return;
    }

  places->heads[place] = bars->len;
  g_array_append_val (places->links, link);
  g_array_append_val (bars, *bar);
}

void
ds_chart_bars_layout (DsChart         *chart,
                      DsChartGeometry *geometry)
{
  GArray *slots = geometry->slots;
  gboolean stacked = chart->bar_mode == DS_BARS_STACKED;
  double computed_width = computed_bar_width (chart);
  double base = baseline_y (geometry);
  g_autofree double *positive = g_new0 (double, MAX (slots->len, 1));
  g_autofree double *negative = g_new0 (double, MAX (slots->len, 1));
  guint n_columns = (guint) ceil (MAX (geometry->plot.width, 0)) + 2;
  Places places = { NULL, slots->len + n_columns, NULL };
  guint group = 0;

  places.heads = g_new (gint, places.n_places);
  places.links = g_array_new (FALSE, FALSE, sizeof (PlaceLink));
  geometry->bars = g_array_new (FALSE, FALSE, sizeof (DsChartBar));
  geometry->n_groups = 0;
  for (guint s = 0; s < chart->series->len; s++)
    if (ds_chart_series_at (chart, s)->visible && ds_chart_is_bar_series (chart, s))
      geometry->n_groups++;

  for (guint s = 0; s < chart->series->len; s++)
    {
      DsChartSeries *series = ds_chart_series_at (chart, s);
      guint n_groups = MAX (geometry->n_groups, 1);
      guint begin;
      guint stop;

      if (!series->visible)
        continue;

      for (guint k = 0; k < places.n_places; k++)
        places.heads[k] = -1;
      candidate_span (series, computed_width, geometry->x_first, geometry->x_last,
                      &begin, &stop);

      for (guint i = begin; i < stop; i++)
        {
          DsChartBar bar = {
            .series = s, .point = i, .aggregate = series->aggregate, .n_points = 1,
            .status = ds_chart_series_status (series, i), .low = NAN, .high = NAN,
          };
          const DsChartSlot *slot;
          double start;
          double end;
          double span;
          double centre;
          double group_width;
          double top;
          double bottom;
          guint place;
          gint found;

          point_period (series, i, computed_width, &start, &end);
          found = find_slot (slots, start, end);
          if (found < 0 || !isfinite (series->y[i]))
            continue;

          slot = &g_array_index (slots, DsChartSlot, found);
          bar.slot = found;
          span = slot->x1 - slot->x0;
          centre = (slot->x0 + slot->x1) / 2;
          group_width = stacked ? MIN (span * STACK_FRACTION, MAX_STACK_WIDTH)
                                : MIN (span * GROUP_FRACTION, n_groups * MAX_BAR_WIDTH);
          place = found;
          if (span < DS_CHART_BAR_LOD_PIXELS)
            {
              gint64 column = slot_column (geometry, slot);

              place = slots->len + (guint) CLAMP (column, 0, (gint64) n_columns - 1);
              bar.column = TRUE;
            }

          if (series->aggregate)
            {
              bar.value_y = ds_chart_geometry_y (geometry, series->y[i]);
              bar.rect = (DsRect) { centre - group_width / 2 - 8, bar.value_y, group_width + 16, 0 };
              place_bar (geometry->bars, &places, place, &bar, series->y[i] < 0);
              continue;
            }

          if (ds_chart_series_has_range (series, i))
            {
              bar.low = series->low[i];
              bar.high = series->high[i];
            }

          if (stacked)
            {
              double *pile = series->y[i] >= 0 ? &positive[found] : &negative[found];

              bottom = ds_chart_geometry_y (geometry, *pile);
              if (geometry->logarithmic && !(*pile > 0))
                bottom = base;
              *pile += series->y[i];
              top = ds_chart_geometry_y (geometry, *pile);
              bar.rect.x = centre - group_width / 2;
              bar.rect.width = group_width;
            }
          else
            {
              double sub = group_width / n_groups;
              double gap = MIN (BAR_GAP, sub * 0.15);

              bottom = base;
              top = ds_chart_geometry_y (geometry, series->y[i]);
              bar.rect.x = centre - group_width / 2 + group * sub + gap / 2;
              bar.rect.width = MAX (1, sub - gap);
            }

          bar.value_y = top;
          bar.rect.y = MIN (top, bottom);
          bar.rect.height = fabs (bottom - top);
          place_bar (geometry->bars, &places, place, &bar, series->y[i] < 0);
        }

      if (ds_chart_is_bar_series (chart, s))
        group++;
    }

  g_free (places.heads);
  g_array_unref (places.links);
}

/* A point's bar, or the merged bar that stands for it. */
gboolean
ds_chart_bars_point_position (DsChart               *chart,
                              const DsChartGeometry *geometry,
                              guint                  series,
                              guint                  point,
                              double                *x,
                              double                *y)
{
  DsChartSeries *item = ds_chart_series_at (chart, series);
  gint64 column;
  gint slot;
  double start;
  double end;

  for (guint i = 0; i < geometry->bars->len; i++)
    {
      const DsChartBar *bar = &g_array_index (geometry->bars, DsChartBar, i);

      if (bar->series == series && bar->point == point)
        {
          *x = bar->rect.x + bar->rect.width / 2;
          *y = bar->value_y;
          return TRUE;
        }
    }

  point_period (item, point, computed_bar_width (chart), &start, &end);
  slot = find_slot (geometry->slots, start, end);
  if (slot < 0)
    return FALSE;
  column = slot_column (geometry, &g_array_index (geometry->slots, DsChartSlot, slot));

  for (guint i = 0; i < geometry->bars->len; i++)
    {
      const DsChartBar *bar = &g_array_index (geometry->bars, DsChartBar, i);
      const DsChartSlot *where = &g_array_index (geometry->slots, DsChartSlot, bar->slot);

      if (bar->series != series || bar->n_points < 2 ||
          bar->status != ds_chart_series_status (item, point) ||
          (item->y[bar->point] < 0) != (item->y[point] < 0))
        continue;
      if (bar->column ? slot_column (geometry, where) == column : bar->slot == (guint) slot)
        {
          *x = bar->rect.x + bar->rect.width / 2;
          *y = bar->value_y;
          return TRUE;
        }
    }

  return FALSE;
}
