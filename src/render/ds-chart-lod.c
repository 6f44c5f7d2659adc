/* ds-chart-lod.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One sweep over the points of the range (found by binary search): a column is
 * flushed when the sweep enters the next one. Only its lowest and highest points are
 * kept: the polyline through them covers the column's whole extent, and stroking two
 * points per column instead of four halves the cost of the frame's dominant stroke.
 */

#define G_LOG_DOMAIN "ds-chart-lod"

#include "config.h"

#include <math.h>

#include "ds-chart-lod.h"

guint
ds_lod_lower_bound (const double *x,
                    guint         n,
                    double        value)
{
  guint low = 0;
  guint high = n;

  g_return_val_if_fail (x != NULL || n == 0, 0);

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (x[middle] < value)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

guint
ds_lod_upper_bound (const double *x,
                    guint         n,
                    double        value)
{
  guint low = 0;
  guint high = n;

  g_return_val_if_fail (x != NULL || n == 0, 0);

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (x[middle] <= value)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static void
append_point (GArray       *points,
              const double *x,
              const double *y,
              guint         index)
{
  DsLodPoint point = { x[index], y[index], index };

  g_array_append_val (points, point);
}

/* Appends the column's min and max points, in index order, once each. */
static void
flush_column (GArray       *points,
              const double *x,
              const double *y,
              guint         low,
              guint         high)
{
  append_point (points, x, y, MIN (low, high));
  if (low != high)
    append_point (points, x, y, MAX (low, high));
}

GArray *
ds_lod_reduce (const double *x,
               const double *y,
               guint         n,
               double        x_first,
               double        x_last,
               guint         n_columns)
{
  GArray *points;
  guint begin;
  guint end;
  double span;
  gint64 column = -1;
  guint low = 0;
  guint high = 0;

  g_return_val_if_fail (x != NULL || n == 0, NULL);
  g_return_val_if_fail (y != NULL || n == 0, NULL);

  points = g_array_new (FALSE, FALSE, sizeof (DsLodPoint));
  if (n == 0 || n_columns == 0 || isnan (x_first) || isnan (x_last))
    return points;

  if (x_first > x_last)
    {
      double swap = x_first;

      x_first = x_last;
      x_last = swap;
    }

  begin = ds_lod_lower_bound (x, n, x_first);
  end = ds_lod_upper_bound (x, n, x_last);
  span = x_last - x_first;

  /* The nearest defined point left of the range. */
  for (guint i = begin; i > 0; i--)
    if (!isnan (y[i - 1]))
      {
        append_point (points, x, y, i - 1);
        break;
      }

  for (guint i = begin; i < end; i++)
    {
      gint64 c;

      if (isnan (y[i]))
        continue;

      c = span > 0 ? (gint64) floor ((x[i] - x_first) / span * n_columns) : 0;
      c = CLAMP (c, 0, (gint64) n_columns - 1);

      if (c != column)
        {
          if (column >= 0)
            flush_column (points, x, y, low, high);
          column = c;
          low = high = i;
          continue;
        }

      if (y[i] < y[low])
        low = i;
      if (y[i] > y[high])
        high = i;
    }

  if (column >= 0)
    flush_column (points, x, y, low, high);

  /* The nearest defined point right of the range. */
  for (guint i = end; i < n; i++)
    if (!isnan (y[i]))
      {
        append_point (points, x, y, i);
        break;
      }

  return points;
}
