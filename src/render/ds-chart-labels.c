/* ds-chart-labels.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The labels around the plot, for the geometry (ds-chart-layout.c): legend entries,
 * flowed in rows on top or stacked in a column on the right, with a key to the status
 * cues when the visible points do not all share one; and annotation labels, packed
 * greedily into rows above the plot (right of their rule, else left of it).
 */

#define G_LOG_DOMAIN "ds-chart"

#include "config.h"

#include <math.h>

#include "ds-chart-private.h"

#define LEGEND_SWATCH        24.0
#define LEGEND_SWATCH_GAP     6.0
#define LEGEND_ENTRY_GAP     18.0
#define LEGEND_TEXT_MAX     240.0
#define LEGEND_MAX_TOP_ROWS   2
#define LEGEND_RIGHT_GAP     20.0
#define LEGEND_RIGHT_SHARE    0.3   /* of the width, at most, for a legend on the right */
#define LEGEND_MAX_SHARE      0.3   /* of the height, beyond which the status key goes */
#define ANNOTATION_LABEL_MAX 260.0
#define ANNOTATION_GAP       10.0
#define MAX_ROW_INTERVALS    64

/* --- Legend --------------------------------------------------------------------------- */

static void
append_legend_entry (DsChartGeometry *geometry,
                     PangoLayout     *layout,
                     gint             series,
                     gint             status,
                     const char      *text)
{
  DsChartLegendEntry entry = { series, status };
  double width;

  ds_chart_measure (layout, geometry->font_small, text, &width, NULL);
  entry.text_width = MIN (width, LEGEND_TEXT_MAX);
  entry.rect.width = LEGEND_SWATCH + LEGEND_SWATCH_GAP + entry.text_width;
  entry.rect.height = geometry->legend_row_height;
  g_array_append_val (geometry->legend_entries, entry);
}

static void
measure_legend (DsChart         *chart,
                DsChartGeometry *geometry,
                PangoLayout     *layout)
{
  guint statuses = 0;
  guint n_statuses = 0;

  geometry->legend_entries = g_array_new (FALSE, FALSE, sizeof (DsChartLegendEntry));
  geometry->legend_row_height = MAX (20, geometry->small_height + 6);
  if (!geometry->show_legend || chart->series->len == 0)
    return;

  for (guint s = 0; s < chart->series->len; s++)
    {
      DsChartSeries *series = ds_chart_series_at (chart, s);

      append_legend_entry (geometry, layout, s, -1, series->title);
      if (series->visible)
        statuses |= series->statuses;
    }

  /* The key to the status cues, when the visible points do not all share one. */
  for (guint status = DS_POINT_ACTUAL; status <= DS_POINT_RUMOUR; status++)
    n_statuses += (statuses >> status) & 1;
  if (n_statuses > 1 || (statuses & ~(1u << DS_POINT_ACTUAL)) != 0)
    for (guint status = DS_POINT_ACTUAL; status <= DS_POINT_RUMOUR; status++)
      if ((statuses >> status) & 1)
        append_legend_entry (geometry, layout, -1, status, ds_point_status_to_label (status));
}

/* Flows the entries from the left in rows; returns the number of rows. */
static guint
place_legend_top (DsChartGeometry *geometry,
                  double           left,
                  double           right,
                  double           top)
{
  double x = left;
  guint row = 0;

  for (guint i = 0; i < geometry->legend_entries->len; i++)
    {
      DsChartLegendEntry *entry = &g_array_index (geometry->legend_entries,
                                                  DsChartLegendEntry, i);
      /* A gap between the series and the status key. */
      double gap = i > 0 && entry->series < 0 &&
                   g_array_index (geometry->legend_entries, DsChartLegendEntry, i - 1).series >= 0
                   ? LEGEND_ENTRY_GAP * 2 : LEGEND_ENTRY_GAP;

      if (x > left && x + gap + entry->rect.width > right)
        {
          row++;
          x = left;
        }
      else if (x > left)
        x += gap;

      entry->text_width = MIN (entry->text_width, MAX (0, right - left - LEGEND_SWATCH - LEGEND_SWATCH_GAP));
      entry->rect.width = LEGEND_SWATCH + LEGEND_SWATCH_GAP + entry->text_width;
      entry->rect.x = x;
      entry->rect.y = top + row * geometry->legend_row_height;
      x += entry->rect.width;
    }

  return geometry->legend_entries->len > 0 ? row + 1 : 0;
}

static double
legend_column_width (DsChartGeometry *geometry)
{
  double width = 0;

  for (guint i = 0; i < geometry->legend_entries->len; i++)
    width = MAX (width, g_array_index (geometry->legend_entries, DsChartLegendEntry, i).rect.width);

  return width;
}

static double
place_legend_right (DsChartGeometry *geometry,
                    double           top,
                    double           bottom)
{
  double width = legend_column_width (geometry);
  double y = top;

  for (guint i = 0; i < geometry->legend_entries->len; i++)
    {
      DsChartLegendEntry *entry = &g_array_index (geometry->legend_entries,
                                                  DsChartLegendEntry, i);

      if (i > 0 && entry->series < 0 &&
          g_array_index (geometry->legend_entries, DsChartLegendEntry, i - 1).series >= 0)
        y += geometry->legend_row_height / 2;

      entry->rect.x = geometry->width - DS_CHART_PADDING - width;
      entry->rect.y = y;
      /* Entries that do not fit are left out (rect.width 0): no hit, no drawing. */
      if (y + geometry->legend_row_height > bottom)
        entry->rect.width = 0;
      y += geometry->legend_row_height;
    }

  geometry->legend = (DsRect) { geometry->width - DS_CHART_PADDING - width, top, width, y - top };

  return width;
}

/* Measures and places the legend: on top, or on the right when it would take many
 * rows on top and a column on the right leaves most of the width to the plot. Returns
 * where what is under the legend starts; @right moves left for a legend on the right. */
double
ds_chart_layout_legend (DsChart         *chart,
                        DsChartGeometry *geometry,
                        PangoLayout     *layout,
                        double           top,
                        double          *right)
{
  double width_used;
  guint legend_rows;

  measure_legend (chart, geometry, layout);
  legend_rows = place_legend_top (geometry, DS_CHART_PADDING, *right, top);
  if (legend_rows * geometry->legend_row_height > geometry->height * LEGEND_MAX_SHARE)
    {
      /* Small charts keep the series and drop the key to the status cues. */
      guint n_series = 0;

      while (n_series < geometry->legend_entries->len &&
             g_array_index (geometry->legend_entries, DsChartLegendEntry, n_series).series >= 0)
        n_series++;
      g_array_set_size (geometry->legend_entries, n_series);
      legend_rows = place_legend_top (geometry, DS_CHART_PADDING, *right, top);
    }
  if (legend_rows > LEGEND_MAX_TOP_ROWS &&
      legend_column_width (geometry) <= geometry->width * LEGEND_RIGHT_SHARE)
    {
      geometry->legend_right = TRUE;
      width_used = place_legend_right (geometry, top + 4, geometry->height - DS_CHART_PADDING);
      *right -= width_used + LEGEND_RIGHT_GAP;
    }
  else if (legend_rows > 0)
    {
      geometry->legend = (DsRect) { DS_CHART_PADDING, top, *right - DS_CHART_PADDING,
                                    legend_rows * geometry->legend_row_height };
      top += geometry->legend.height + 6;
    }

  return top;
}

/* --- Annotations ---------------------------------------------------------------------- */

static int
compare_places (gconstpointer a,
                gconstpointer b)
{
  double pa = ((const DsChartAnnotationPlace *) a)->pixel;
  double pb = ((const DsChartAnnotationPlace *) b)->pixel;

  return (pa > pb) - (pa < pb);
}

/* Packs the labels of vertical rules into rows above the plot (row 0 nearest to it,
 * where the value axis title also sits); returns the number of rows used. */
guint
ds_chart_place_annotations (DsChart         *chart,
                   DsChartGeometry *geometry,
                   PangoLayout     *layout,
                   double           title_end)
{
  double row_start[DS_CHART_MAX_ANNOTATION_ROWS][MAX_ROW_INTERVALS];
  double row_end[DS_CHART_MAX_ANNOTATION_ROWS][MAX_ROW_INTERVALS];
  guint row_count[DS_CHART_MAX_ANNOTATION_ROWS] = { 0 };
  double plot_right = geometry->plot.x + geometry->plot.width;
  guint n_rows = 0;

  g_clear_pointer (&geometry->annotations, g_array_unref);
  geometry->annotations = g_array_new (FALSE, FALSE, sizeof (DsChartAnnotationPlace));

  if (title_end > 0)
    {
      row_start[0][0] = 0;
      row_end[0][0] = title_end;
      row_count[0] = 1;
    }

  for (guint a = 0; a < chart->annotations->len; a++)
    {
      const DsChartAnnotation *annotation = &g_array_index (chart->annotations,
                                                            DsChartAnnotation, a);
      DsChartAnnotationPlace place = { a, 0, -1 };

      if (annotation->vertical &&
          (annotation->at < geometry->x_first || annotation->at > geometry->x_last))
        continue;
      place.pixel = annotation->vertical ? ds_chart_geometry_x (geometry, annotation->at)
                                         : ds_chart_geometry_y (geometry, annotation->at);
      ds_chart_measure (layout, geometry->font_small, annotation->label,
                        &place.label.width, &place.label.height);
      place.label.width = MIN (place.label.width, ANNOTATION_LABEL_MAX);
      g_array_append_val (geometry->annotations, place);
    }
  g_array_sort (geometry->annotations, compare_places);

  for (guint i = 0; i < geometry->annotations->len; i++)
    {
      DsChartAnnotationPlace *place = &g_array_index (geometry->annotations,
                                                      DsChartAnnotationPlace, i);
      const DsChartAnnotation *annotation = &g_array_index (chart->annotations,
                                                            DsChartAnnotation, place->annotation);

      if (!annotation->vertical)
        {
          place->label.x = plot_right - 6 - place->label.width;
          place->label.y = place->pixel - place->label.height - 2;
          continue;
        }

      /* In the lowest row with room: right of the rule, else left of it. */
      for (guint r = 0; r < DS_CHART_MAX_ANNOTATION_ROWS && place->row < 0; r++)
        for (guint side = 0; side < 2 && place->row < 0; side++)
          {
            double x = side == 0 ? place->pixel + 5 : place->pixel - 5 - place->label.width;
            double x0 = x - ANNOTATION_GAP / 2;
            double x1 = x + place->label.width + ANNOTATION_GAP / 2;
            gboolean room = row_count[r] < MAX_ROW_INTERVALS &&
                            x >= DS_CHART_PADDING &&
                            x + place->label.width <= geometry->width - DS_CHART_PADDING;

            for (guint k = 0; k < row_count[r] && room; k++)
              if (x0 < row_end[r][k] && x1 > row_start[r][k])
                room = FALSE;
            if (!room)
              continue;

            place->row = r;
            place->label.x = x;
            row_start[r][row_count[r]] = x0;
            row_end[r][row_count[r]] = x1;
            row_count[r]++;
            n_rows = MAX (n_rows, r + 1);
          }
    }

  return n_rows;
}

/* Where the labels of vertical rules go, once the number of rows is final. */
void
ds_chart_finish_annotations (DsChartGeometry *geometry)
{
  for (guint i = 0; i < geometry->annotations->len; i++)
    {
      DsChartAnnotationPlace *place = &g_array_index (geometry->annotations,
                                                      DsChartAnnotationPlace, i);

      /* Horizontal rules have their label already (row -1, y set). */
      if (place->row < 0)
        continue;

      /* A row the strip has no room for (the layout stopped growing it). */
      if ((guint) place->row >= geometry->n_annotation_rows)
        {
          place->row = -1;
          continue;
        }

      place->label.y = geometry->plot.y - DS_CHART_STRIP_GAP -
                       (place->row + 1) * geometry->annotation_row_height +
                       (geometry->annotation_row_height - place->label.height) / 2;
    }
}
