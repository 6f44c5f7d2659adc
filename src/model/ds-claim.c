/* ds-claim.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-claim"

#include "config.h"

#include "ds-claim.h"

struct _DsClaim
{
  GObject parent_instance;

  char *id;
  DsText *text;
  char **statements;
};

G_DEFINE_FINAL_TYPE (DsClaim, ds_claim, G_TYPE_OBJECT)

static void
ds_claim_finalize (GObject *object)
{
  DsClaim *self = (DsClaim *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->text, ds_text_unref);
  g_clear_pointer (&self->statements, g_strfreev);

  G_OBJECT_CLASS (ds_claim_parent_class)->finalize (object);
}

static void
ds_claim_class_init (DsClaimClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ds_claim_finalize;
}

static void
ds_claim_init (DsClaim *self)
{
}

DsClaim *
ds_claim_new (const char  *id,
              DsText      *text,
              char       **statements)
{
  DsClaim *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (statements != NULL, NULL);

  self = g_object_new (DS_TYPE_CLAIM, NULL);
  self->id = g_strdup (id);
  self->text = ds_text_ref (text);
  self->statements = g_strdupv (statements);

  return self;
}

const char *
ds_claim_get_id (DsClaim *self)
{
  g_return_val_if_fail (DS_IS_CLAIM (self), NULL);

  return self->id;
}

const char *
ds_claim_get_text (DsClaim *self)
{
  g_return_val_if_fail (DS_IS_CLAIM (self), NULL);

  return ds_text_get (self->text);
}

const char * const *
ds_claim_get_statements (DsClaim *self)
{
  g_return_val_if_fail (DS_IS_CLAIM (self), NULL);

  return (const char * const *)self->statements;
}
