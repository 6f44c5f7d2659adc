/* ds-series.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A list of figures over time. Points are plain structs in a GArray: a series may
 * hold a million of them.
 */

#pragma once

#include <glib-object.h>

#include "ds-date.h"
#include "ds-enums.h"
#include "ds-text.h"

G_BEGIN_DECLS

typedef struct
{
  DsDate         date;
  double         value;   /* in units: the series' scale is already applied */
  double         low;     /* NAN when the point has no range */
  double         high;
  DsPointStatus  status;
  char          *source;  /* or NULL */
  DsText        *note;    /* or NULL */
} DsPoint;

void ds_point_clear (DsPoint *point);

#define DS_TYPE_SERIES (ds_series_get_type ())

G_DECLARE_FINAL_TYPE (DsSeries, ds_series, DS, SERIES, GObject)

/* @points is taken; its clear function must be ds_point_clear(). Points are sorted. */
DsSeries      *ds_series_new          (const char *id,
                                       DsText     *title,
                                       DsMetric    metric,
                                       const char *unit,
                                       const char *currency,
                                       GArray     *points);
const char    *ds_series_get_id       (DsSeries   *self);
const char    *ds_series_get_title    (DsSeries   *self);
DsMetric       ds_series_get_metric   (DsSeries   *self);
/* "currency" for money, or a unit such as "GW". */
const char    *ds_series_get_unit     (DsSeries   *self);
/* NULL unless the unit is "currency". */
const char    *ds_series_get_currency (DsSeries   *self);
const char    *ds_series_get_actor    (DsSeries   *self);
void           ds_series_set_actor    (DsSeries   *self,
                                       const char *actor_id);
const char    *ds_series_get_basis    (DsSeries   *self);
void           ds_series_set_basis    (DsSeries   *self,
                                       DsText     *basis);
guint          ds_series_get_n_points (DsSeries   *self);
const DsPoint *ds_series_get_point    (DsSeries   *self,
                                       guint       index);
/* Formats a value of this series for display: "$852B", "10 GW". */
char          *ds_series_format_value (DsSeries   *self,
                                       double      value);

G_END_DECLS
