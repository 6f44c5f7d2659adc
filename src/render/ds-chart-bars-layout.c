/* ds-chart-bars-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bars of a bar chart in pixels, from the slots of ds-chart-bars.c: groups and
 * stacks, and the level of detail. The points of one series and sign that fall in one
 * slot, or in one pixel column when slots are narrower than DS_CHART_BAR_LOD_PIXELS,
 * are merged into the union of their rectangles; the merged bar shows the point
 * furthest from the baseline, with that point's status.
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
 * place are chained, so that the one of a sign is found among a few. */
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

/* Appends @bar, or merges it into the union of the bar of its sign already at @place
 * (heads are reset per series). Statuses merge too: a slot holding many points of a
 * series draws one bar, in the style of the point it shows, instead of one outlined,
 * dashed or hatched bar per status over the same pixels. */
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

      if (g_array_index (places->links, PlaceLink, k).negative != negative)
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
          into->status = bar->status;
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
  double computed_width = ds_chart_bars_computed_width (chart);
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
      ds_chart_bars_candidate_span (series, computed_width, geometry->x_first, geometry->x_last,
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

          ds_chart_bars_point_period (series, i, computed_width, &start, &end);
          found = ds_chart_bars_find_slot (slots, start, end);
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

  ds_chart_bars_point_period (item, point, ds_chart_bars_computed_width (chart), &start, &end);
  slot = ds_chart_bars_find_slot (geometry->slots, start, end);
  if (slot < 0)
    return FALSE;
  column = slot_column (geometry, &g_array_index (geometry->slots, DsChartSlot, slot));

  for (guint i = 0; i < geometry->bars->len; i++)
    {
      const DsChartBar *bar = &g_array_index (geometry->bars, DsChartBar, i);
      const DsChartSlot *where = &g_array_index (geometry->slots, DsChartSlot, bar->slot);

      if (bar->series != series || bar->n_points < 2 ||
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
