/* ds-actor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-actor"

#include "config.h"

#include "ds-actor.h"

struct _DsActor
{
  GObject parent_instance;

  char *id;
  DsText *name;
  DsText *description;
  DsActorKind kind;
  gint32 color;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DsActor, ds_actor, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];

static void
ds_actor_finalize (GObject *object)
{
  DsActor *self = (DsActor *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, ds_text_unref);
  g_clear_pointer (&self->description, ds_text_unref);

  G_OBJECT_CLASS (ds_actor_parent_class)->finalize (object);
}

static void
ds_actor_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  DsActor *self = DS_ACTOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, ds_actor_get_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_actor_class_init (DsActorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ds_actor_finalize;
  object_class->get_property = ds_actor_get_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_actor_init (DsActor *self)
{
  self->color = -1;
}

DsActor *
ds_actor_new (const char  *id,
              DsText      *name,
              DsActorKind  kind)
{
  DsActor *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (DS_TYPE_ACTOR, NULL);
  self->id = g_strdup (id);
  self->name = ds_text_ref (name);
  self->kind = kind;

  return self;
}

const char *
ds_actor_get_id (DsActor *self)
{
  g_return_val_if_fail (DS_IS_ACTOR (self), NULL);

  return self->id;
}

const char *
ds_actor_get_name (DsActor *self)
{
  g_return_val_if_fail (DS_IS_ACTOR (self), NULL);

  return ds_text_get (self->name);
}

DsText *
ds_actor_get_name_text (DsActor *self)
{
  g_return_val_if_fail (DS_IS_ACTOR (self), NULL);

  return self->name;
}

DsActorKind
ds_actor_get_kind (DsActor *self)
{
  g_return_val_if_fail (DS_IS_ACTOR (self), 0);

  return self->kind;
}

gint32
ds_actor_get_color (DsActor *self)
{
  g_return_val_if_fail (DS_IS_ACTOR (self), -1);

  return self->color;
}

void
ds_actor_set_color (DsActor *self,
                    gint32   rgb)
{
  g_return_if_fail (DS_IS_ACTOR (self));
  g_return_if_fail (rgb >= -1 && rgb <= 0xffffff);

  self->color = rgb;
}

const char *
ds_actor_get_description (DsActor *self)
{
  g_return_val_if_fail (DS_IS_ACTOR (self), NULL);

  return ds_text_get (self->description);
}

void
ds_actor_set_description (DsActor *self,
                          DsText  *description)
{
  g_return_if_fail (DS_IS_ACTOR (self));

  g_clear_pointer (&self->description, ds_text_unref);
  self->description = description ? ds_text_ref (description) : NULL;
}
