/* ds-section.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-section"

#include "config.h"

#include "ds-section.h"

struct _DsSection
{
  GObject parent_instance;

  char *id;
  DsText *title;
  GPtrArray *paragraphs;
  GPtrArray *bullets;
};

G_DEFINE_FINAL_TYPE (DsSection, ds_section, G_TYPE_OBJECT)

static void
ds_section_finalize (GObject *object)
{
  DsSection *self = (DsSection *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, ds_text_unref);
  g_clear_pointer (&self->paragraphs, g_ptr_array_unref);
  g_clear_pointer (&self->bullets, g_ptr_array_unref);

  G_OBJECT_CLASS (ds_section_parent_class)->finalize (object);
}

static void
ds_section_class_init (DsSectionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ds_section_finalize;
}

static void
ds_section_init (DsSection *self)
{
}

static GPtrArray *
texts_or_empty (GPtrArray *texts)
{
  return texts ? texts : g_ptr_array_new_with_free_func ((GDestroyNotify)ds_text_unref);
}

DsSection *
ds_section_new (const char *id,
                DsText     *title,
                GPtrArray  *paragraphs,
                GPtrArray  *bullets)
{
  DsSection *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (DS_TYPE_SECTION, NULL);
  self->id = g_strdup (id);
  self->title = ds_text_ref (title);
  self->paragraphs = texts_or_empty (paragraphs);
  self->bullets = texts_or_empty (bullets);

  return self;
}

const char *
ds_section_get_id (DsSection *self)
{
  g_return_val_if_fail (DS_IS_SECTION (self), NULL);

  return self->id;
}

const char *
ds_section_get_title (DsSection *self)
{
  g_return_val_if_fail (DS_IS_SECTION (self), NULL);

  return ds_text_get (self->title);
}

guint
ds_section_get_n_paragraphs (DsSection *self)
{
  g_return_val_if_fail (DS_IS_SECTION (self), 0);

  return self->paragraphs->len;
}

const char *
ds_section_get_paragraph (DsSection *self,
                          guint      index)
{
  g_return_val_if_fail (DS_IS_SECTION (self), NULL);
  g_return_val_if_fail (index < self->paragraphs->len, NULL);

  return ds_text_get (g_ptr_array_index (self->paragraphs, index));
}

guint
ds_section_get_n_bullets (DsSection *self)
{
  g_return_val_if_fail (DS_IS_SECTION (self), 0);

  return self->bullets->len;
}

const char *
ds_section_get_bullet (DsSection *self,
                       guint      index)
{
  g_return_val_if_fail (DS_IS_SECTION (self), NULL);
  g_return_val_if_fail (index < self->bullets->len, NULL);

  return ds_text_get (g_ptr_array_index (self->bullets, index));
}
