/* ds-phase.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-phase"

#include "config.h"

#include "ds-phase.h"

struct _DsPhase
{
  GObject parent_instance;

  char *id;
  DsText *title;
  DsDate start;
  DsDate end;
  gboolean has_end;
};

G_DEFINE_FINAL_TYPE (DsPhase, ds_phase, G_TYPE_OBJECT)

static void
ds_phase_finalize (GObject *object)
{
  DsPhase *self = (DsPhase *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, ds_text_unref);

  G_OBJECT_CLASS (ds_phase_parent_class)->finalize (object);
}

static void
ds_phase_class_init (DsPhaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ds_phase_finalize;
}

static void
ds_phase_init (DsPhase *self)
{
}

DsPhase *
ds_phase_new (const char   *id,
              DsText       *title,
              const DsDate *start,
              const DsDate *end)
{
  DsPhase *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (start != NULL, NULL);

  self = g_object_new (DS_TYPE_PHASE, NULL);
  self->id = g_strdup (id);
  self->title = ds_text_ref (title);
  self->start = *start;
  self->has_end = end != NULL;
  if (end != NULL)
    self->end = *end;

  return self;
}

const char *
ds_phase_get_id (DsPhase *self)
{
  g_return_val_if_fail (DS_IS_PHASE (self), NULL);

  return self->id;
}

const char *
ds_phase_get_title (DsPhase *self)
{
  g_return_val_if_fail (DS_IS_PHASE (self), NULL);

  return ds_text_get (self->title);
}

const DsDate *
ds_phase_get_start (DsPhase *self)
{
  g_return_val_if_fail (DS_IS_PHASE (self), NULL);

  return &self->start;
}

const DsDate *
ds_phase_get_end (DsPhase *self)
{
  g_return_val_if_fail (DS_IS_PHASE (self), NULL);

  return self->has_end ? &self->end : NULL;
}
