/* ds-claim.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A claim tracked through what was said about it: its statements are events.
 */

#pragma once

#include <glib-object.h>

#include "ds-text.h"

G_BEGIN_DECLS

#define DS_TYPE_CLAIM (ds_claim_get_type ())

G_DECLARE_FINAL_TYPE (DsClaim, ds_claim, DS, CLAIM, GObject)

/* @statements: event ids, at least one (copied). */
DsClaim            *ds_claim_new            (const char  *id,
                                             DsText      *text,
                                             char       **statements);
const char         *ds_claim_get_id         (DsClaim     *self);
const char         *ds_claim_get_text       (DsClaim     *self);
/* In the order of the file; views sort them by their events' dates. */
const char * const *ds_claim_get_statements (DsClaim     *self);

G_END_DECLS
