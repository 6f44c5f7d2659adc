/* ds-chart-lod.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Level of detail for dense line series: the points of a range are reduced per pixel
 * column to the lowest and highest of the column, so that a polyline through the
 * reduction covers what the polyline through every point covers (every extreme is
 * kept) while stroking at most two points per column. Pure maths: no cairo.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double x;
  double y;
  guint  source_index;   /* index of the raw point */
} DsLodPoint;

/* The first index whose x is >= @value (n when none); @x is sorted ascending. */
guint   ds_lod_lower_bound (const double *x,
                            guint         n,
                            double        value);
/* The first index whose x is > @value (n when none). */
guint   ds_lod_upper_bound (const double *x,
                            guint         n,
                            double        value);

/* Reduces the points of [x_first, x_last] (@x sorted ascending) split into
 * @n_columns equal columns: for each column, its minimum and maximum points (each
 * at most once), in index order. The nearest point on each side of the
 * range is kept too, so that lines run to the edges; every other point outside the
 * range is dropped, as are points whose y is NaN. At most 2 × n_columns + 2 points.
 * A GArray of DsLodPoint. */
GArray *ds_lod_reduce      (const double *x,
                            const double *y,
                            guint         n,
                            double        x_first,
                            double        x_last,
                            guint         n_columns);

G_END_DECLS
