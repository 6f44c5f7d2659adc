/* ds-actor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ds-enums.h"
#include "ds-text.h"

G_BEGIN_DECLS

#define DS_TYPE_ACTOR (ds_actor_get_type ())

G_DECLARE_FINAL_TYPE (DsActor, ds_actor, DS, ACTOR, GObject)

DsActor     *ds_actor_new             (const char  *id,
                                       DsText      *name,
                                       DsActorKind  kind);
const char  *ds_actor_get_id          (DsActor     *self);
const char  *ds_actor_get_name        (DsActor     *self);
DsText      *ds_actor_get_name_text   (DsActor     *self);
DsActorKind  ds_actor_get_kind        (DsActor     *self);
/* The colour hint as 0xRRGGBB, or -1 when the dossier gives none. */
gint32       ds_actor_get_color       (DsActor     *self);
void         ds_actor_set_color       (DsActor     *self,
                                       gint32       rgb);
const char  *ds_actor_get_description (DsActor     *self);
void         ds_actor_set_description (DsActor     *self,
                                       DsText      *description);

G_END_DECLS
