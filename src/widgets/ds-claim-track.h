/* ds-claim-track.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "What was said vs what happened": a claim's statements in date order on a compact
 * horizontal track, with the timeline's status shapes.
 */

#pragma once

#include <gtk/gtk.h>

#include "ds-dossier.h"

G_BEGIN_DECLS

#define DS_TYPE_CLAIM_TRACK (ds_claim_track_get_type ())

G_DECLARE_FINAL_TYPE (DsClaimTrack, ds_claim_track, DS, CLAIM_TRACK, GtkWidget)

GtkWidget *ds_claim_track_new          (DsDossier    *dossier,
                                        DsClaim      *claim);
/* The claim's events, sorted by date (statements that name no event are skipped). */
GPtrArray *ds_claim_track_get_events   (DsClaimTrack *self);

G_END_DECLS
