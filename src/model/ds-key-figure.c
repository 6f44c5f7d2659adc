/* ds-key-figure.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-key-figure"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-key-figure.h"

struct _DsKeyFigure
{
  GObject parent_instance;

  char *id;
  DsText *label;
  DsText *prefix;
  DsMoney amount;
  gboolean is_money;
  double value;
  char *unit;
  char *event;
  char *series;
};

G_DEFINE_FINAL_TYPE (DsKeyFigure, ds_key_figure, G_TYPE_OBJECT)

static void
ds_key_figure_finalize (GObject *object)
{
  DsKeyFigure *self = (DsKeyFigure *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, ds_text_unref);
  g_clear_pointer (&self->prefix, ds_text_unref);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->event, g_free);
  g_clear_pointer (&self->series, g_free);

  G_OBJECT_CLASS (ds_key_figure_parent_class)->finalize (object);
}

static void
ds_key_figure_class_init (DsKeyFigureClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ds_key_figure_finalize;
}

static void
ds_key_figure_init (DsKeyFigure *self)
{
}

static DsKeyFigure *
key_figure_new (const char *id,
                DsText     *label)
{
  DsKeyFigure *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (label != NULL, NULL);

  self = g_object_new (DS_TYPE_KEY_FIGURE, NULL);
  self->id = g_strdup (id);
  self->label = ds_text_ref (label);

  return self;
}

DsKeyFigure *
ds_key_figure_new_amount (const char    *id,
                          DsText        *label,
                          const DsMoney *amount)
{
  DsKeyFigure *self;

  g_return_val_if_fail (amount != NULL, NULL);

  self = key_figure_new (id, label);
  self->amount = *amount;
  self->is_money = TRUE;
  self->value = amount->value;

  return self;
}

DsKeyFigure *
ds_key_figure_new_value (const char *id,
                         DsText     *label,
                         double      value,
                         const char *unit)
{
  DsKeyFigure *self;

  g_return_val_if_fail (unit != NULL, NULL);

  self = key_figure_new (id, label);
  self->value = value;
  self->unit = g_strdup (unit);

  return self;
}

const char *
ds_key_figure_get_id (DsKeyFigure *self)
{
  g_return_val_if_fail (DS_IS_KEY_FIGURE (self), NULL);

  return self->id;
}

const char *
ds_key_figure_get_label (DsKeyFigure *self)
{
  g_return_val_if_fail (DS_IS_KEY_FIGURE (self), NULL);

  return ds_text_get (self->label);
}

const DsMoney *
ds_key_figure_get_amount (DsKeyFigure *self)
{
  g_return_val_if_fail (DS_IS_KEY_FIGURE (self), NULL);

  return self->is_money ? &self->amount : NULL;
}

double
ds_key_figure_get_value (DsKeyFigure *self)
{
  g_return_val_if_fail (DS_IS_KEY_FIGURE (self), 0);

  return self->value;
}

const char *
ds_key_figure_get_unit (DsKeyFigure *self)
{
  g_return_val_if_fail (DS_IS_KEY_FIGURE (self), NULL);

  return self->unit;
}

const char *
ds_key_figure_get_prefix (DsKeyFigure *self)
{
  g_return_val_if_fail (DS_IS_KEY_FIGURE (self), NULL);

  return ds_text_get (self->prefix);
}

void
ds_key_figure_set_prefix (DsKeyFigure *self,
                          DsText      *prefix)
{
  g_return_if_fail (DS_IS_KEY_FIGURE (self));

  g_clear_pointer (&self->prefix, ds_text_unref);
  self->prefix = prefix ? ds_text_ref (prefix) : NULL;
}

char *
ds_key_figure_format (DsKeyFigure *self)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (DS_IS_KEY_FIGURE (self), NULL);

  if (self->is_money)
    return ds_money_format (&self->amount);

  number = ds_format_number (self->value, 2);

  /* Translators: a number followed by its unit, as in "10 GW" */
  return g_strdup_printf (C_("number with unit", "%1$s %2$s"), number, self->unit);
}

const char *
ds_key_figure_get_event (DsKeyFigure *self)
{
  g_return_val_if_fail (DS_IS_KEY_FIGURE (self), NULL);

  return self->event;
}

const char *
ds_key_figure_get_series (DsKeyFigure *self)
{
  g_return_val_if_fail (DS_IS_KEY_FIGURE (self), NULL);

  return self->series;
}

void
ds_key_figure_set_links (DsKeyFigure *self,
                         const char  *event_id,
                         const char  *series_id)
{
  g_return_if_fail (DS_IS_KEY_FIGURE (self));

  g_free (self->event);
  self->event = g_strdup (event_id);
  g_free (self->series);
  self->series = g_strdup (series_id);
}
