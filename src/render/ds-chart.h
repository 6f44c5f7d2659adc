/* ds-chart.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One chart engine for every chart: lines (with status-styled points) or bars
 * (grouped or stacked, with totals), range bands, annotations and a legend, on a time
 * or a numeric x axis and a linear or logarithmic value axis. Pure cairo + pango; the
 * widget and the exports draw through it.
 *
 * Status is drawn, not only coloured: actual points solid, guidance hatched (bars) or
 * half-filled (points), estimates and rumours hollow markers on dashed segments.
 * Dense series are reduced per pixel column (min and max kept) once per zoom level
 * and width, then cached: a frame strokes a few thousand segments at most.
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "ds-palette.h"
#include "ds-series.h"
#include "ds-timeline-renderer.h"

G_BEGIN_DECLS

typedef enum
{
  DS_CHART_LINES,
  DS_CHART_BARS,
} DsChartKind;

typedef enum
{
  DS_CHART_X_TIME,    /* x values are day numbers; bars sit on their period (a year) */
  DS_CHART_X_NUMBER,  /* x values are plain numbers, in the chart's x unit ("GW") */
} DsChartXAxis;

typedef enum
{
  DS_BARS_GROUPED,
  DS_BARS_STACKED,
} DsBarMode;

typedef struct _DsChart DsChart;

DsChart     *ds_chart_new                 (const char    *id,
                                           const char    *title,
                                           DsChartKind    kind,
                                           DsChartXAxis   x_axis);
void         ds_chart_free                (DsChart       *chart);
const char  *ds_chart_get_id              (DsChart       *chart);
const char  *ds_chart_get_title           (DsChart       *chart);
DsChartKind  ds_chart_get_kind            (DsChart       *chart);
DsChartXAxis ds_chart_get_x_axis          (DsChart       *chart);
/* Shown under the chart: how the figures are counted (fiscal years, leases…). */
void         ds_chart_set_footnote        (DsChart       *chart,
                                           const char    *footnote);
const char  *ds_chart_get_footnote        (DsChart       *chart);
/* Values are money in @currency (axis labels "$500B" / "500 Md$"), or numbers in
 * @unit when @currency is NULL. */
void         ds_chart_set_value_unit      (DsChart       *chart,
                                           const char    *currency,
                                           const char    *unit);
void         ds_chart_set_x_unit          (DsChart       *chart,
                                           const char    *unit);

/* A dossier series (time x axis); the chart keeps a reference. Returns its index. */
guint        ds_chart_add_series          (DsChart       *chart,
                                           DsSeries      *series);
/* A computed series (numeric or time x axis), copied. */
guint        ds_chart_add_xy_series       (DsChart       *chart,
                                           const char    *title,
                                           const double  *x,
                                           const double  *y,
                                           guint          n_points,
                                           DsPointStatus  status,
                                           const char    *source);
/* Marks series @index as an aggregate: drawn as a total marker over the bars of each
 * period (capex of four companies), not as bars of its own. */
void         ds_chart_set_series_aggregate (DsChart      *chart,
                                            guint         index,
                                            gboolean      aggregate);
guint        ds_chart_get_n_series        (DsChart       *chart);
const char  *ds_chart_get_series_title    (DsChart       *chart,
                                           guint          index);
DsSeries    *ds_chart_get_series          (DsChart       *chart,
                                           guint          index); /* NULL for xy series */
gboolean     ds_chart_get_series_visible  (DsChart       *chart,
                                           guint          index);
void         ds_chart_set_series_visible  (DsChart       *chart,
                                           guint          index,
                                           gboolean       visible);
guint        ds_chart_get_n_points        (DsChart       *chart,
                                           guint          series);
/* One point in plain terms, for tooltips, tables and screen readers. */
typedef struct
{
  double         x;        /* day number or number */
  double         value;
  double         low;      /* NAN when none */
  double         high;
  DsPointStatus  status;
  const char    *source;   /* or NULL */
  const char    *note;     /* or NULL, in the content language */
} DsChartPoint;
void         ds_chart_get_point           (DsChart       *chart,
                                           guint          series,
                                           guint          index,
                                           DsChartPoint  *point);
/* "Mar 2026" or "2.5 GW"; "$852B" or "10 GW". */
char        *ds_chart_format_x            (DsChart       *chart,
                                           guint          series,
                                           guint          index);
char        *ds_chart_format_value        (DsChart       *chart,
                                           double         value);

void         ds_chart_add_vertical_annotation   (DsChart    *chart,
                                                 double      x,
                                                 const char *label);
void         ds_chart_add_horizontal_annotation (DsChart    *chart,
                                                 double      value,
                                                 const char *label);

gboolean     ds_chart_get_logarithmic     (DsChart       *chart);
void         ds_chart_set_logarithmic     (DsChart       *chart,
                                           gboolean       logarithmic);
/* FALSE when some visible value is zero or negative. */
gboolean     ds_chart_can_be_logarithmic  (DsChart       *chart);
DsBarMode    ds_chart_get_bar_mode        (DsChart       *chart);
void         ds_chart_set_bar_mode        (DsChart       *chart,
                                           DsBarMode      mode);

/* The x range shown; ds_chart_reset_x_range() shows everything again. */
void         ds_chart_get_full_x_range    (DsChart       *chart,
                                           double        *first,
                                           double        *last);
void         ds_chart_get_x_range         (DsChart       *chart,
                                           double        *first,
                                           double        *last);
void         ds_chart_set_x_range         (DsChart       *chart,
                                           double         first,
                                           double         last);
void         ds_chart_reset_x_range       (DsChart       *chart);
gboolean     ds_chart_is_zoomed           (DsChart       *chart);

typedef struct
{
  double                      width;
  double                      height;
  DsTheme                     theme;
  const PangoFontDescription *font;          /* NULL: "Sans 10" */
  gint                        hover_series;  /* -1 for none */
  gint                        hover_point;
  gboolean                    show_legend;
  double                      selection_from; /* a drag-to-zoom band in pixels; NAN for none */
  double                      selection_to;
} DsChartDrawParams;

void         ds_chart_draw_params_init    (DsChartDrawParams       *params,
                                           double                   width,
                                           double                   height);
void         ds_chart_render              (DsChart                 *chart,
                                           cairo_t                 *cr,
                                           const DsChartDrawParams *params);
/* The plot area (inside axes and legend) for these parameters. */
void         ds_chart_get_plot_area       (DsChart                 *chart,
                                           const DsChartDrawParams *params,
                                           DsRect                  *area);
double       ds_chart_x_to_pixel          (DsChart                 *chart,
                                           const DsChartDrawParams *params,
                                           double                   x);
double       ds_chart_pixel_to_x          (DsChart                 *chart,
                                           const DsChartDrawParams *params,
                                           double                   pixel);
/* The nearest visible point to (x, y): by x first (the crosshair snaps to it), then
 * by y among series; for bars, the bar under the pointer. */
gboolean     ds_chart_hit_test            (DsChart                 *chart,
                                           const DsChartDrawParams *params,
                                           double                   x,
                                           double                   y,
                                           guint                   *series,
                                           guint                   *point);
/* The legend entry under (x, y): a series index, or -1. */
gint         ds_chart_legend_hit_test     (DsChart                 *chart,
                                           const DsChartDrawParams *params,
                                           double                   x,
                                           double                   y);
/* Where a point is drawn, for keyboard focus and tests. */
gboolean     ds_chart_point_position      (DsChart                 *chart,
                                           const DsChartDrawParams *params,
                                           guint                    series,
                                           guint                    point,
                                           double                  *x,
                                           double                  *y);

/* A sentence or two for screen readers, in the UI language: "OpenAI valuation rose
 * from $14B in 2021 to $852B in Mar 2026; Anthropic…". Reflects hidden series. */
char        *ds_chart_describe            (DsChart                 *chart);
/* Every visible point: series,date_or_x,value,low,high,status,source (RFC 4180). */
char        *ds_chart_to_csv              (DsChart                 *chart);

/* --- Additions ------------------------------------------------------------------------ */

/* The value unit as set by ds_chart_set_value_unit(), and the x unit. */
const char  *ds_chart_get_currency        (DsChart       *chart);
const char  *ds_chart_get_unit            (DsChart       *chart);
const char  *ds_chart_get_x_unit          (DsChart       *chart);
/* Axis titles: the x one under the x axis, the value one above the value labels.
 * NULL falls back to the value unit (currency code or unit) and, for numeric x axes,
 * the x unit. */
void         ds_chart_set_axis_titles     (DsChart       *chart,
                                           const char    *x_title,
                                           const char    *value_title);
const char  *ds_chart_get_x_title         (DsChart       *chart);
const char  *ds_chart_get_value_title     (DsChart       *chart);
gboolean     ds_chart_get_series_aggregate (DsChart      *chart,
                                            guint         index);
/* Draws series @index as steps: each value holds until the next point's x. */
void         ds_chart_set_series_step     (DsChart       *chart,
                                           guint          index,
                                           gboolean       step);
gboolean     ds_chart_get_series_step     (DsChart       *chart,
                                           guint          index);
/* Annotations in the order they were added. Returns the label. */
guint        ds_chart_get_n_annotations   (DsChart       *chart);
const char  *ds_chart_get_annotation      (DsChart       *chart,
                                           guint          index,
                                           gboolean      *vertical,
                                           double        *at);
/* The sum of the visible bars (aggregates excepted) of the period whose points are at
 * @x (a period's first day on time axes): what a stack's total label shows. FALSE
 * when no visible bar is there. */
gboolean     ds_chart_get_period_total    (DsChart       *chart,
                                           double         x,
                                           double        *total);
/* A value of series @series in its own terms: a dossier series' own currency or unit
 * ("€11.7B" for Mistral on a dollar axis), else as ds_chart_format_value(). For
 * tooltips and tables. */
char        *ds_chart_format_series_value (DsChart      *chart,
                                           guint         series,
                                           double        value);
/* Where @value is on the value axis, in pixels. */
double       ds_chart_value_to_pixel      (DsChart                 *chart,
                                           const DsChartDrawParams *params,
                                           double                   value);
/* How many points the last frame stroked for a line series: at most about two per
 * pixel column once the level of detail applies. */
guint        ds_chart_get_n_drawn_points  (DsChart       *chart,
                                           guint          series);

/* --- The dossier's charts ------------------------------------------------------------- */

/* Builds the charts a dossier's data supports, in this order: valuations (lines, log
 * scale), capex per year (bars, aggregates as totals), the deal's mechanics (from its
 * deal model: money released against units deployed, the first unit and what was
 * actually committed as annotations), revenue (bars), then one line chart per other
 * metric present. Vertical annotations on time charts mark the events of the
 * dossier's claims. A GPtrArray of DsChart, freed with ds_chart_free. */
GPtrArray   *ds_charts_from_dossier       (DsDossier               *dossier);

G_END_DECLS
