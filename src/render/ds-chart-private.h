/* ds-chart-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the files of the chart engine share:
 *
 *   ds-chart.c          the chart as a model: its series and their options
 *   ds-chart-range.c    annotations, logarithmic and bar options, the x range
 *   ds-chart-layout.c   the geometry of a size: plot area, scales, ticks, legend and
 *                       annotation labels, measured once and cached until something
 *                       changes (DsChart.generation) or the size or font does
 *   ds-chart-labels.c   legend entries and annotation labels, for the geometry
 *   ds-chart-bars.c     bar slots (periods) and the value extent of bars
 *   ds-chart-bars-layout.c  bars in pixels: groups, stacks, merging per slot or column
 *   ds-chart-bars-draw.c  and their drawing
 *   ds-chart-lines.c    lines, steps and range bands, with the cached level of detail
 *                       (ds-chart-lod.c)
 *   ds-chart-markers.c  point markers
 *   ds-chart-render.c   a frame: grid, axes, annotations, legend, hover
 *   ds-chart-query.c    hit tests, positions, formatting
 *   ds-chart-describe.c descriptions and CSV
 *   ds-chart-builder.c  the charts of a dossier
 */

#pragma once

#include "ds-chart.h"
#include "ds-chart-lod.h"
#include "ds-scale.h"

G_BEGIN_DECLS

#define DS_CHART_PADDING        16.0
#define DS_CHART_LINE_INSET     14.0   /* line charts keep their end points off the edges */
#define DS_CHART_MARKER_SIZE    10.0
#define DS_CHART_LINE_WIDTH      2.0
#define DS_CHART_SPARSE_PIXELS   6.0   /* markers when points are at least this far apart */
#define DS_CHART_LOD_FACTOR      4     /* reduce beyond this many points per column */
#define DS_CHART_BAR_LOD_PIXELS  2.0   /* merge the bars of narrower slots per column */
#define DS_CHART_MAX_ANNOTATION_ROWS 4
#define DS_CHART_STRIP_GAP       6.0   /* between the label strip and the plot */

typedef enum
{
  DS_CHART_SHAPE_CIRCLE,
  DS_CHART_SHAPE_SQUARE,
  DS_CHART_SHAPE_TRIANGLE,
  DS_CHART_SHAPE_DIAMOND,
  DS_CHART_SHAPE_TRIANGLE_DOWN,
  DS_CHART_SHAPE_PENTAGON,
  DS_CHART_N_SHAPES,
} DsChartShape;

typedef struct
{
  char          *title;
  DsSeries      *series;      /* a reference, or NULL for a computed series */
  guint          n_points;
  double        *x;           /* ascending: first days, or numbers */
  double        *y;
  double        *end;         /* dossier series: the day after each point's period */
  double         longest;     /* dossier series: the longest period, for culling */
  double        *low;         /* computed series: NULL (no ranges) */
  double        *high;
  DsPointStatus  status;      /* computed series */
  char          *source;      /* computed series */
  guint          visible : 1;
  guint          aggregate : 1;
  guint          step : 1;
  guint          statuses;    /* a bit per DsPointStatus present */

  /* The level of detail for [lod_first, lod_last] in lod_columns columns. */
  GArray        *lod;
  double         lod_first;
  double         lod_last;
  guint          lod_columns;
  guint          lod_computations;
  guint          n_drawn;     /* points stroked by the last frame */
} DsChartSeries;

typedef struct
{
  gboolean  vertical;
  double    at;               /* x for vertical rules, a value for horizontal ones */
  char     *label;
} DsChartAnnotation;

typedef struct
{
  double    at;
  double    pixel;
  gboolean  major;
  char     *label;            /* or NULL */
  double    label_width;
} DsChartTick;

typedef struct
{
  gint      series;           /* -1: a status key entry */
  gint      status;           /* status key entries: a DsPointStatus */
  DsRect    rect;
  double    text_width;       /* room for the text (it is ellipsized when shorter) */
} DsChartLegendEntry;

typedef struct
{
  guint     annotation;
  double    pixel;            /* x of a rule, or y of a reference line */
  gint      row;              /* vertical rules: -1 when the label was dropped */
  DsRect    label;
} DsChartAnnotationPlace;

/* A period of a bar chart: the points of every series that share it. */
typedef struct
{
  double    start;
  double    end;
  double    x0;               /* pixels of the group */
  double    x1;
  double    total;            /* visible, non-aggregate bars */
  double    positive;         /* their positive and negative parts, for stacks */
  double    negative;
  gboolean  has_total;
  char     *label;            /* the period, for time axes; or NULL */
  double    label_width;
  gboolean  show_label;
  char     *total_label;
} DsChartSlot;

/* A bar, or at the level of detail the union of the bars of one series and sign in a
 * slot (or, for slots narrower than DS_CHART_BAR_LOD_PIXELS, in a pixel column):
 * @point is then the one that reaches furthest from the baseline, and @status its. */
typedef struct
{
  guint          series;
  guint          point;
  guint          slot;
  DsRect         rect;        /* aggregates: the marker's extent, height 0 */
  gboolean       aggregate;
  gboolean       column;      /* merged per pixel column */
  DsPointStatus  status;
  guint          n_points;    /* how many points it stands for */
  double         value_y;     /* the pixel of the value's end (the stack top, ...) */
  double         low;         /* the whisker, over every merged range; NAN for none */
  double         high;
} DsChartBar;

typedef struct
{
  /* What it was computed for. */
  gboolean              valid;
  guint                 generation;
  double                width;
  double                height;
  PangoFontDescription *font;
  gboolean              show_legend;

  PangoFontDescription *font_small;
  PangoFontDescription *font_small_bold;
  double                small_height;

  DsRect                plot;
  double                x_first;       /* the x range shown */
  double                x_last;
  double                x_left;        /* and the pixels it maps onto */
  double                x_width;
  DsValueScale          values;
  gboolean              logarithmic;
  GArray               *x_ticks;       /* DsChartTick */
  GArray               *value_ticks;   /* DsChartTick */
  double                value_label_width;
  char                 *x_title;
  char                 *value_title;
  DsRect                x_title_rect;
  DsRect                value_title_rect;
  gboolean              legend_right;
  DsRect                legend;
  GArray               *legend_entries; /* DsChartLegendEntry */
  double                legend_row_height;
  GArray               *annotations;   /* DsChartAnnotationPlace */
  double                annotation_row_height;
  guint                 n_annotation_rows;
  GArray               *slots;         /* DsChartSlot, bar charts */
  GArray               *bars;          /* DsChartBar */
  guint                 n_groups;      /* visible, non-aggregate bar series */
} DsChartGeometry;

struct _DsChart
{
  char             *id;
  char             *title;
  char             *footnote;
  DsChartKind       kind;
  DsChartXAxis      x_axis;
  char             *currency;
  char             *unit;
  char             *x_unit;
  char             *x_title;
  char             *value_title;
  GPtrArray        *series;       /* DsChartSeries */
  GArray           *annotations;  /* DsChartAnnotation */
  gboolean          logarithmic;
  DsBarMode         bar_mode;
  gboolean          zoomed;
  double            x_first;
  double            x_last;
  guint             generation;   /* bumped by every change that moves pixels */
  gboolean          positive;     /* every visible value > 0, as of positive_generation */
  gboolean          positive_known;
  guint             positive_generation;

  PangoContext     *context;      /* measures text for the geometry */
  DsChartGeometry   geometry;
};

/* Everything a frame passes to its helpers. */
typedef struct
{
  DsChart                 *chart;
  const DsChartDrawParams *params;
  const DsChartGeometry   *geometry;
  cairo_t                 *cr;
  PangoLayout             *text;
  const DsPalette         *palette;
} DsChartFrame;

/* ds-chart.c */
void                   ds_chart_invalidate          (DsChart        *chart);
DsChartSeries         *ds_chart_series_at           (DsChart        *chart,
                                                     guint           index);
DsPointStatus          ds_chart_series_status       (DsChartSeries  *series,
                                                     guint           point);
const char            *ds_chart_series_source       (DsChartSeries  *series,
                                                     guint           point);
gboolean               ds_chart_series_has_range    (DsChartSeries  *series,
                                                     guint           point);
void                   ds_chart_series_clear_lod    (DsChartSeries  *series);
void                   ds_chart_clear_all_lod       (DsChart        *chart);
DsChartShape           ds_chart_shape_for           (guint           index);
const DsColor         *ds_chart_series_color        (DsChart        *chart,
                                                     const DsPalette *palette,
                                                     guint           index);
gboolean               ds_chart_is_bar_series       (DsChart        *chart,
                                                     guint           index);

/* ds-chart-query.c */
char                  *ds_chart_format_number_unit  (double          value,
                                                     const char     *unit,
                                                     guint           max_decimals);
char                  *ds_chart_format_day          (double          day);

/* ds-chart-layout.c */
const DsChartGeometry *ds_chart_ensure_geometry     (DsChart                 *chart,
                                                     const DsChartDrawParams *params);
void                   ds_chart_geometry_clear      (DsChartGeometry         *geometry);
double                 ds_chart_geometry_x          (const DsChartGeometry   *geometry,
                                                     double                   x);
double                 ds_chart_geometry_y          (const DsChartGeometry   *geometry,
                                                     double                   value);
void                   ds_chart_measure             (PangoLayout             *layout,
                                                     const PangoFontDescription *font,
                                                     const char              *text,
                                                     double                  *width,
                                                     double                  *height);

/* ds-chart-labels.c */
double                 ds_chart_layout_legend       (DsChart                 *chart,
                                                     DsChartGeometry         *geometry,
                                                     PangoLayout             *layout,
                                                     double                   top,
                                                     double                  *right);
guint                  ds_chart_place_annotations   (DsChart                 *chart,
                                                     DsChartGeometry         *geometry,
                                                     PangoLayout             *layout,
                                                     double                   title_end);
void                   ds_chart_finish_annotations  (DsChartGeometry         *geometry);

/* ds-chart-bars.c */
double                 ds_chart_bars_computed_width (DsChart                 *chart);
void                   ds_chart_bars_point_period   (DsChartSeries           *series,
                                                     guint                    index,
                                                     double                   computed_width,
                                                     double                  *start,
                                                     double                  *end);
void                   ds_chart_bars_candidate_span (DsChartSeries           *series,
                                                     double                   computed_width,
                                                     double                   first,
                                                     double                   last,
                                                     guint                   *begin,
                                                     guint                   *end);
gint                   ds_chart_bars_find_slot      (GArray                  *slots,
                                                     double                   start,
                                                     double                   end);
void                   ds_chart_bars_extent         (DsChart                 *chart,
                                                     const DsChartGeometry   *geometry,
                                                     double                  *min,
                                                     double                  *max);
void                   ds_chart_bars_full_range     (DsChart                 *chart,
                                                     double                  *first,
                                                     double                  *last);
void                   ds_chart_bars_layout_slots   (DsChart                 *chart,
                                                     DsChartGeometry         *geometry);

/* ds-chart-bars-layout.c */
void                   ds_chart_bars_layout         (DsChart                 *chart,
                                                     DsChartGeometry         *geometry);
gboolean               ds_chart_bars_point_position (DsChart                 *chart,
                                                     const DsChartGeometry   *geometry,
                                                     guint                    series,
                                                     guint                    point,
                                                     double                  *x,
                                                     double                  *y);

/* ds-chart-bars-draw.c */
void                   ds_chart_draw_bars           (DsChartFrame            *frame);
void                   ds_chart_draw_bar_swatch     (cairo_t                 *cr,
                                                     const DsPalette         *palette,
                                                     const DsColor           *color,
                                                     DsPointStatus            status,
                                                     gboolean                 aggregate,
                                                     const DsRect            *rect);

/* ds-chart-lines.c */
void                   ds_chart_visible_span        (DsChartSeries           *series,
                                                     double                   x_first,
                                                     double                   x_last,
                                                     guint                   *begin,
                                                     guint                   *end);
void                   ds_chart_draw_lines          (DsChartFrame            *frame);

/* ds-chart-markers.c */
void                   ds_chart_draw_marker         (cairo_t                 *cr,
                                                     DsChartShape             shape,
                                                     DsPointStatus            status,
                                                     double                   x,
                                                     double                   y,
                                                     double                   size,
                                                     const DsColor           *color,
                                                     const DsColor           *background);

/* ds-chart-render.c */
void                   ds_chart_rounded_rect        (cairo_t                 *cr,
                                                     double                   x,
                                                     double                   y,
                                                     double                   width,
                                                     double                   height,
                                                     double                   radius);
void                   ds_chart_set_text            (DsChartFrame            *frame,
                                                     const PangoFontDescription *font,
                                                     const char              *text,
                                                     double                   max_width,
                                                     int                     *width,
                                                     int                     *height);
void                   ds_chart_show_text           (DsChartFrame            *frame,
                                                     double                   x,
                                                     double                   y);

G_END_DECLS
