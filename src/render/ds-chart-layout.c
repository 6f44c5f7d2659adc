/* ds-chart-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The geometry of a chart at a size: where the plot sits, the scales, the ticks and
 * their labels, the legend entries and the annotation labels. It is computed once,
 * then kept until the chart changes (its generation), or the size, font or legend
 * option does; a frame and the hit tests only read it. Text is measured with the
 * chart's own PangoContext, so that the geometry does not depend on the cairo_t it
 * is drawn into: the widget's hit tests and an export agree to the pixel.
 *
 * Legend entries and annotation labels are placed by ds-chart-labels.c.
 *
 * From the top: the legend (when it goes on top), a strip of rows holding the value
 * axis title and the labels of vertical annotations, the plot, the x tick labels and
 * the x axis title. The strip's height depends on how the labels pack, which depends
 * on the plot's left edge, which depends on the value labels, which depend on the
 * plot's height: the layout runs again until the rows are stable (twice at most).
 */

#define G_LOG_DOMAIN "ds-chart"

#include "config.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "ds-chart-private.h"

#define VALUE_LABEL_GAP       8.0
#define X_LABEL_GAP           7.0
#define BOTTOM_PADDING       10.0
#define TICK_LABEL_GAP       18.0
#define VALUE_TICK_SPACING   40.0
#define NUMBER_TICK_SPACING  90.0

static void
tick_clear (gpointer data)
{
  DsChartTick *tick = data;

  g_clear_pointer (&tick->label, g_free);
}

static GArray *
tick_array_new (void)
{
  GArray *ticks = g_array_new (FALSE, FALSE, sizeof (DsChartTick));

  g_array_set_clear_func (ticks, tick_clear);

  return ticks;
}

void
ds_chart_geometry_clear (DsChartGeometry *geometry)
{
  g_clear_pointer (&geometry->font, pango_font_description_free);
  g_clear_pointer (&geometry->font_small, pango_font_description_free);
  g_clear_pointer (&geometry->font_small_bold, pango_font_description_free);
  g_clear_pointer (&geometry->x_ticks, g_array_unref);
  g_clear_pointer (&geometry->value_ticks, g_array_unref);
  g_clear_pointer (&geometry->x_title, g_free);
  g_clear_pointer (&geometry->value_title, g_free);
  g_clear_pointer (&geometry->legend_entries, g_array_unref);
  g_clear_pointer (&geometry->annotations, g_array_unref);
  g_clear_pointer (&geometry->slots, g_array_unref);
  g_clear_pointer (&geometry->bars, g_array_unref);
  memset (geometry, 0, sizeof *geometry);
}

double
ds_chart_geometry_x (const DsChartGeometry *geometry,
                     double                 x)
{
  double span = geometry->x_last - geometry->x_first;

  if (!(span > 0))
    return geometry->x_left + geometry->x_width / 2;

  return geometry->x_left + (x - geometry->x_first) / span * geometry->x_width;
}

double
ds_chart_geometry_y (const DsChartGeometry *geometry,
                     double                 value)
{
  return ds_value_scale_to_y (&geometry->values, value);
}

void
ds_chart_measure (PangoLayout                *layout,
                  const PangoFontDescription *font,
                  const char                 *text,
                  double                     *width,
                  double                     *height)
{
  int w;
  int h;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

static PangoContext *
ensure_context (DsChart *chart)
{
  cairo_font_options_t *options;

  if (chart->context != NULL)
    return chart->context;

  chart->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (chart->context, options);
  cairo_font_options_destroy (options);

  return chart->context;
}

static void
set_fonts (DsChartGeometry            *geometry,
           const PangoFontDescription *font)
{
  gint size;

  geometry->font = font != NULL ? pango_font_description_copy (font)
                                : pango_font_description_from_string ("Sans 10");
  size = pango_font_description_get_size (geometry->font);
  if (size <= 0)
    size = 10 * PANGO_SCALE;

  geometry->font_small = pango_font_description_copy (geometry->font);
  if (pango_font_description_get_size_is_absolute (geometry->font))
    pango_font_description_set_absolute_size (geometry->font_small, size * 0.9);
  else
    pango_font_description_set_size (geometry->font_small, (gint) (size * 0.9));
  geometry->font_small_bold = pango_font_description_copy (geometry->font_small);
  pango_font_description_set_weight (geometry->font_small_bold, PANGO_WEIGHT_BOLD);
}

/* --- Value and x scales --------------------------------------------------------------- */

static void
lines_extent (DsChart *chart,
              double   x_first,
              double   x_last,
              gboolean logarithmic,
              double  *min,
              double  *max)
{
  for (guint s = 0; s < chart->series->len; s++)
    {
      DsChartSeries *series = ds_chart_series_at (chart, s);
      guint begin;
      guint end;

      if (!series->visible)
        continue;

      ds_chart_visible_span (series, x_first, x_last, &begin, &end);
      for (guint i = begin; i < end; i++)
        {
          double values[3] = { series->y[i], NAN, NAN };

          if (series->low != NULL)
            {
              values[1] = series->low[i];
              values[2] = series->high[i];
            }
          for (guint k = 0; k < G_N_ELEMENTS (values); k++)
            {
              if (!isfinite (values[k]) || (logarithmic && !(values[k] > 0)))
                continue;
              *min = MIN (*min, values[k]);
              *max = MAX (*max, values[k]);
            }
        }
    }
}

static void
compute_value_scale (DsChart         *chart,
                     DsChartGeometry *geometry)
{
  DsValueScale *scale = &geometry->values;
  double min = G_MAXDOUBLE;
  double max = -G_MAXDOUBLE;

  geometry->logarithmic = ds_chart_get_logarithmic (chart);

  if (chart->kind == DS_CHART_BARS)
    ds_chart_bars_extent (chart, geometry, &min, &max);
  else
    lines_extent (chart, geometry->x_first, geometry->x_last, geometry->logarithmic, &min, &max);

  for (guint a = 0; a < chart->annotations->len; a++)
    {
      const DsChartAnnotation *annotation = &g_array_index (chart->annotations,
                                                            DsChartAnnotation, a);

      if (!annotation->vertical && (!geometry->logarithmic || annotation->at > 0))
        {
          min = MIN (min, annotation->at);
          max = MAX (max, annotation->at);
        }
    }

  if (min > max)
    {
      min = geometry->logarithmic ? 1 : 0;
      max = geometry->logarithmic ? 10 : 1;
    }

  *scale = (DsValueScale) {
    .min = min,
    .max = max,
    .logarithmic = geometry->logarithmic,
    .y = geometry->plot.y,
    .height = geometry->plot.height,
  };
  ds_value_scale_nice (scale, CLAMP ((guint) (geometry->plot.height / VALUE_TICK_SPACING), 2, 10));
}

static void
compute_value_ticks (DsChart         *chart,
                     DsChartGeometry *geometry,
                     PangoLayout     *layout)
{
  g_autoptr(GArray) ticks = NULL;
  guint target = CLAMP ((guint) (geometry->plot.height / VALUE_TICK_SPACING), 2, 10);
  guint n_major = 0;

  g_clear_pointer (&geometry->value_ticks, g_array_unref);
  geometry->value_ticks = tick_array_new ();
  geometry->value_label_width = 0;

  ticks = ds_value_scale_ticks (&geometry->values, target);
  for (guint i = 0; i < ticks->len; i++)
    n_major += g_array_index (ticks, DsValueTick, i).major;

  for (guint i = 0; i < ticks->len; i++)
    {
      const DsValueTick *value_tick = &g_array_index (ticks, DsValueTick, i);
      DsChartTick tick = {
        .at = value_tick->value,
        .pixel = value_tick->y,
        .major = value_tick->major,
      };

      /* Log axes label the decades, and 2 and 5 too when they span one or two. */
      if (value_tick->major || n_major < 3)
        {
          tick.label = ds_chart_format_value (chart, value_tick->value);
          ds_chart_measure (layout, geometry->font_small, tick.label, &tick.label_width, NULL);
          geometry->value_label_width = MAX (geometry->value_label_width, tick.label_width);
        }
      g_array_append_val (geometry->value_ticks, tick);
    }
}

static void
time_ticks (DsChartGeometry *geometry,
            PangoLayout     *layout)
{
  DsTimeScale scale = {
    geometry->x_first, geometry->x_last, geometry->x_left, geometry->x_width,
  };
  /* A dozen labels at most: a chart reads by years before halves and quarters. */
  double spacing = MAX (64, geometry->x_width / 10);

  for (guint pass = 0;; pass++)
    {
      g_autoptr(GArray) ticks = ds_time_scale_ticks (&scale, ds_time_scale_choose_step (&scale, spacing));
      double widest = 0;

      for (guint i = 0; i < ticks->len; i++)
        {
          DsTimeTick *time_tick = &g_array_index (ticks, DsTimeTick, i);
          double width = 0;

          if (time_tick->label != NULL)
            ds_chart_measure (layout, time_tick->major ? geometry->font_small_bold
                                                       : geometry->font_small,
                              time_tick->label, &width, NULL);
          widest = MAX (widest, width);
        }

      if (widest + TICK_LABEL_GAP <= spacing || pass == 2)
        {
          for (guint i = 0; i < ticks->len; i++)
            {
              DsTimeTick *time_tick = &g_array_index (ticks, DsTimeTick, i);
              DsChartTick tick = {
                .at = time_tick->day,
                .pixel = time_tick->x,
                .major = time_tick->major,
                .label = g_steal_pointer (&time_tick->label),
              };

              if (tick.label != NULL)
                ds_chart_measure (layout, tick.major ? geometry->font_small_bold
                                                     : geometry->font_small,
                                  tick.label, &tick.label_width, NULL);
              g_array_append_val (geometry->x_ticks, tick);
            }
          return;
        }

      spacing = widest + TICK_LABEL_GAP;
    }
}

static void
number_ticks (DsChart         *chart,
              DsChartGeometry *geometry,
              PangoLayout     *layout)
{
  DsValueScale scale = { geometry->x_first, geometry->x_last, FALSE, 0, 1 };
  guint target = CLAMP ((guint) (geometry->x_width / NUMBER_TICK_SPACING), 2, 20);
  g_autoptr(GArray) ticks = ds_value_scale_ticks (&scale, target);

  for (guint i = 0; i < ticks->len; i++)
    {
      double at = g_array_index (ticks, DsValueTick, i).value;
      DsChartTick tick = { .at = at, .pixel = ds_chart_geometry_x (geometry, at), .major = FALSE };

      tick.label = ds_chart_format_number_unit (at, chart->x_unit, 3);
      ds_chart_measure (layout, geometry->font_small, tick.label, &tick.label_width, NULL);
      g_array_append_val (geometry->x_ticks, tick);
    }
}

/* Bar charts on a time axis label their periods, centred under the groups: every
 * period, or every second, fifth… when the labels would touch. */
static void
slot_labels (DsChartGeometry *geometry,
             PangoLayout     *layout)
{
  GArray *slots = geometry->slots;
  double widest = 0;
  double pitch = G_MAXDOUBLE;
  guint every = 1;

  for (guint i = 0; i < slots->len; i++)
    {
      DsChartSlot *slot = &g_array_index (slots, DsChartSlot, i);

      slot->x0 = ds_chart_geometry_x (geometry, slot->start);
      slot->x1 = ds_chart_geometry_x (geometry, slot->end);
      if (slot->label != NULL)
        ds_chart_measure (layout, geometry->font_small, slot->label, &slot->label_width, NULL);
      widest = MAX (widest, slot->label_width);
      pitch = MIN (pitch, slot->x1 - slot->x0);
    }

  while (pitch * every < widest + TICK_LABEL_GAP && every < slots->len)
    every = every == 1 ? 2 : every == 2 ? 5 : every * 2;

  for (guint i = 0; i < slots->len; i++)
    g_array_index (slots, DsChartSlot, i).show_label = i % every == 0;
}

/* --- The whole geometry --------------------------------------------------------------- */

static void
compute (DsChart         *chart,
         DsChartGeometry *geometry)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (ensure_context (chart));
  double width = geometry->width;
  double height = geometry->height;
  double top = DS_CHART_PADDING - 4;
  double right = width - DS_CHART_PADDING;
  double bottom;
  double title_width = 0;
  double x_title_height = 0;
  guint rows_wanted;

  ds_chart_measure (layout, geometry->font_small, "Ag", NULL, &geometry->small_height);
  geometry->annotation_row_height = geometry->small_height + 6;
  ds_chart_get_x_range (chart, &geometry->x_first, &geometry->x_last);

  /* Titles: set ones, else the value unit and, for numbers, the x unit. */
  geometry->value_title = g_strdup (chart->value_title != NULL ? chart->value_title
                                    : chart->currency != NULL ? chart->currency
                                    : chart->unit);
  geometry->x_title = g_strdup (chart->x_title != NULL ? chart->x_title
                                : chart->x_axis == DS_CHART_X_NUMBER ? chart->x_unit : NULL);
  if (geometry->value_title != NULL && geometry->value_title[0] != '\0')
    ds_chart_measure (layout, geometry->font_small_bold, geometry->value_title,
                      &title_width, NULL);
  if (geometry->x_title != NULL && geometry->x_title[0] != '\0')
    {
      ds_chart_measure (layout, geometry->font_small_bold, geometry->x_title,
                        &geometry->x_title_rect.width, &x_title_height);
      geometry->x_title_rect.height = x_title_height;
    }

  top = ds_chart_layout_legend (chart, geometry, layout, top, &right);

  bottom = height - BOTTOM_PADDING - geometry->small_height - X_LABEL_GAP;
  if (x_title_height > 0)
    bottom -= x_title_height + 4;

  /* Bar slots do not depend on pixels; their labels are measured once. */
  if (chart->kind == DS_CHART_BARS)
    ds_chart_bars_layout_slots (chart, geometry);

  rows_wanted = title_width > 0 ? 1 : 0;
  for (guint pass = 0; pass < 3; pass++)
    {
      guint rows;

      geometry->n_annotation_rows = rows_wanted;
      geometry->plot.y = round (top + rows_wanted * geometry->annotation_row_height +
                                (rows_wanted > 0 ? DS_CHART_STRIP_GAP : 4));
      geometry->plot.height = MAX (1, round (bottom - geometry->plot.y));
      compute_value_scale (chart, geometry);
      compute_value_ticks (chart, geometry, layout);

      geometry->plot.x = round (DS_CHART_PADDING + geometry->value_label_width + VALUE_LABEL_GAP);
      geometry->plot.width = MAX (1, round (right - geometry->plot.x));
      {
        double inset = chart->kind == DS_CHART_LINES
                       ? MIN (DS_CHART_LINE_INSET, geometry->plot.width / 4) : 0;

        geometry->x_left = geometry->plot.x + inset;
        geometry->x_width = MAX (1, geometry->plot.width - 2 * inset);
      }

      rows = ds_chart_place_annotations (chart, geometry, layout,
                                         title_width > 0 ? DS_CHART_PADDING + title_width : 0);
      if (rows <= rows_wanted)
        break;
      rows_wanted = rows;
    }

  geometry->value_title_rect = (DsRect) {
    DS_CHART_PADDING,
    geometry->plot.y - DS_CHART_STRIP_GAP - geometry->annotation_row_height +
      (geometry->annotation_row_height - geometry->small_height) / 2,
    title_width, geometry->small_height,
  };
  ds_chart_finish_annotations (geometry);

  /* The x axis. */
  geometry->x_ticks = tick_array_new ();
  if (chart->kind == DS_CHART_BARS)
    slot_labels (geometry, layout);
  else if (chart->x_axis == DS_CHART_X_TIME)
    time_ticks (geometry, layout);
  else
    number_ticks (chart, geometry, layout);

  geometry->x_title_rect.x = round (geometry->plot.x + (geometry->plot.width -
                                                        geometry->x_title_rect.width) / 2);
  geometry->x_title_rect.y = height - BOTTOM_PADDING - x_title_height;

  if (chart->kind == DS_CHART_BARS)
    ds_chart_bars_layout (chart, geometry);
}

const DsChartGeometry *
ds_chart_ensure_geometry (DsChart                 *chart,
                          const DsChartDrawParams *params)
{
  DsChartGeometry *geometry = &chart->geometry;
  g_autoptr(PangoFontDescription) fallback = NULL;
  const PangoFontDescription *font = params->font;

  if (font == NULL)
    font = fallback = pango_font_description_from_string ("Sans 10");

  if (geometry->valid && geometry->generation == chart->generation &&
      geometry->width == params->width && geometry->height == params->height &&
      geometry->show_legend == !!params->show_legend &&
      pango_font_description_equal (geometry->font, font))
    return geometry;

  ds_chart_geometry_clear (geometry);
  geometry->generation = chart->generation;
  geometry->width = MAX (params->width, 1);
  geometry->height = MAX (params->height, 1);
  geometry->show_legend = !!params->show_legend;
  set_fonts (geometry, font);
  compute (chart, geometry);
  geometry->width = params->width;
  geometry->height = params->height;
  geometry->valid = TRUE;

  return geometry;
}

/* --- Public API ----------------------------------------------------------------------- */

void
ds_chart_get_plot_area (DsChart                 *chart,
                        const DsChartDrawParams *params,
                        DsRect                  *area)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (params != NULL);
  g_return_if_fail (area != NULL);

  *area = ds_chart_ensure_geometry (chart, params)->plot;
}

double
ds_chart_x_to_pixel (DsChart                 *chart,
                     const DsChartDrawParams *params,
                     double                   x)
{
  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (params != NULL, 0);

  return ds_chart_geometry_x (ds_chart_ensure_geometry (chart, params), x);
}

double
ds_chart_pixel_to_x (DsChart                 *chart,
                     const DsChartDrawParams *params,
                     double                   pixel)
{
  const DsChartGeometry *geometry;

  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (params != NULL, 0);

  geometry = ds_chart_ensure_geometry (chart, params);

  return geometry->x_first + (pixel - geometry->x_left) / geometry->x_width *
                             (geometry->x_last - geometry->x_first);
}

double
ds_chart_value_to_pixel (DsChart                 *chart,
                         const DsChartDrawParams *params,
                         double                   value)
{
  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (params != NULL, 0);

  return ds_chart_geometry_y (ds_chart_ensure_geometry (chart, params), value);
}
