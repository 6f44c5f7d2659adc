/* ds-phase.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An era of the story, drawn as a band behind the timeline.
 */

#pragma once

#include <glib-object.h>

#include "ds-date.h"
#include "ds-text.h"

G_BEGIN_DECLS

#define DS_TYPE_PHASE (ds_phase_get_type ())

G_DECLARE_FINAL_TYPE (DsPhase, ds_phase, DS, PHASE, GObject)

DsPhase      *ds_phase_new       (const char   *id,
                                  DsText       *title,
                                  const DsDate *start,
                                  const DsDate *end);
const char   *ds_phase_get_id    (DsPhase      *self);
const char   *ds_phase_get_title (DsPhase      *self);
const DsDate *ds_phase_get_start (DsPhase      *self);
/* NULL when the phase is open-ended. */
const DsDate *ds_phase_get_end   (DsPhase      *self);

G_END_DECLS
