/* ds-takeaway.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-takeaway"

#include "config.h"

#include "ds-takeaway.h"

struct _DsTakeaway
{
  GObject parent_instance;

  char *id;
  DsText *title;
  DsText *body;
  char **evidence;
  DsMoney figure;
  DsText *figure_label;
  gboolean has_figure;
};

G_DEFINE_FINAL_TYPE (DsTakeaway, ds_takeaway, G_TYPE_OBJECT)

static const char * const empty_strv[] = { NULL };

static void
ds_takeaway_finalize (GObject *object)
{
  DsTakeaway *self = (DsTakeaway *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, ds_text_unref);
  g_clear_pointer (&self->body, ds_text_unref);
  g_clear_pointer (&self->evidence, g_strfreev);
  g_clear_pointer (&self->figure_label, ds_text_unref);

  G_OBJECT_CLASS (ds_takeaway_parent_class)->finalize (object);
}

static void
ds_takeaway_class_init (DsTakeawayClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ds_takeaway_finalize;
}

static void
ds_takeaway_init (DsTakeaway *self)
{
}

DsTakeaway *
ds_takeaway_new (const char *id,
                 DsText     *title,
                 DsText     *body)
{
  DsTakeaway *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (body != NULL, NULL);

  self = g_object_new (DS_TYPE_TAKEAWAY, NULL);
  self->id = g_strdup (id);
  self->title = ds_text_ref (title);
  self->body = ds_text_ref (body);

  return self;
}

const char *
ds_takeaway_get_id (DsTakeaway *self)
{
  g_return_val_if_fail (DS_IS_TAKEAWAY (self), NULL);

  return self->id;
}

const char *
ds_takeaway_get_title (DsTakeaway *self)
{
  g_return_val_if_fail (DS_IS_TAKEAWAY (self), NULL);

  return ds_text_get (self->title);
}

const char *
ds_takeaway_get_body (DsTakeaway *self)
{
  g_return_val_if_fail (DS_IS_TAKEAWAY (self), NULL);

  return ds_text_get (self->body);
}

const char * const *
ds_takeaway_get_evidence (DsTakeaway *self)
{
  g_return_val_if_fail (DS_IS_TAKEAWAY (self), NULL);

  return self->evidence ? (const char * const *)self->evidence : empty_strv;
}

void
ds_takeaway_set_evidence (DsTakeaway  *self,
                          char       **event_ids)
{
  g_return_if_fail (DS_IS_TAKEAWAY (self));

  g_strfreev (self->evidence);
  self->evidence = g_strdupv (event_ids);
}

const DsMoney *
ds_takeaway_get_figure (DsTakeaway *self)
{
  g_return_val_if_fail (DS_IS_TAKEAWAY (self), NULL);

  return self->has_figure ? &self->figure : NULL;
}

const char *
ds_takeaway_get_figure_label (DsTakeaway *self)
{
  g_return_val_if_fail (DS_IS_TAKEAWAY (self), NULL);

  return ds_text_get (self->figure_label);
}

void
ds_takeaway_set_figure (DsTakeaway    *self,
                        const DsMoney *figure,
                        DsText        *label)
{
  g_return_if_fail (DS_IS_TAKEAWAY (self));

  self->has_figure = figure != NULL;
  if (figure != NULL)
    self->figure = *figure;
  g_clear_pointer (&self->figure_label, ds_text_unref);
  self->figure_label = label ? ds_text_ref (label) : NULL;
}
