/* ds-dossier.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ds-actor.h"
#include "ds-claim.h"
#include "ds-date.h"
#include "ds-deal-model.h"
#include "ds-enums.h"
#include "ds-event.h"
#include "ds-key-figure.h"
#include "ds-phase.h"
#include "ds-section.h"
#include "ds-series.h"
#include "ds-takeaway.h"
#include "ds-text.h"

G_BEGIN_DECLS

#define DS_TYPE_DOSSIER (ds_dossier_get_type ())

G_DECLARE_FINAL_TYPE (DsDossier, ds_dossier, DS, DOSSIER, GObject)

DsDossier          *ds_dossier_new               (const char   *format,
                                                  const char   *id,
                                                  DsText       *title);
const char         *ds_dossier_get_format        (DsDossier    *self);
const char         *ds_dossier_get_id            (DsDossier    *self);
const char         *ds_dossier_get_title         (DsDossier    *self);
const char         *ds_dossier_get_subtitle      (DsDossier    *self);
const char         *ds_dossier_get_summary       (DsDossier    *self);
void                ds_dossier_set_texts         (DsDossier    *self,
                                                  DsText       *subtitle,
                                                  DsText       *summary);
const char * const *ds_dossier_get_languages     (DsDossier    *self);
void                ds_dossier_set_languages     (DsDossier    *self,
                                                  char        **languages);
const DsDate       *ds_dossier_get_updated       (DsDossier    *self);
void                ds_dossier_set_updated       (DsDossier    *self,
                                                  const DsDate *updated);
DsView              ds_dossier_get_default_view  (DsDossier    *self);
void                ds_dossier_set_default_view  (DsDossier    *self,
                                                  DsView        view);

/* Each list is a GListModel of the matching type; events are in date order. */
GListModel         *ds_dossier_get_actors        (DsDossier    *self);
GListModel         *ds_dossier_get_phases        (DsDossier    *self);
GListModel         *ds_dossier_get_events        (DsDossier    *self);
/* The same events (phases) as a plain array, read-only and owned by the dossier; NULL
 * when there are none. Once loaded, neither the items nor the array change, so any
 * thread may read them. */
DsEvent * const    *ds_dossier_peek_events       (DsDossier    *self,
                                                  guint        *n_events);
DsPhase * const    *ds_dossier_peek_phases       (DsDossier    *self,
                                                  guint        *n_phases);
GListModel         *ds_dossier_get_series        (DsDossier    *self);
GListModel         *ds_dossier_get_takeaways     (DsDossier    *self);
GListModel         *ds_dossier_get_sections      (DsDossier    *self);
GListModel         *ds_dossier_get_key_figures   (DsDossier    *self);
GListModel         *ds_dossier_get_claims        (DsDossier    *self);

/* NULL when the dossier has none. The dossier takes @model. */
const DsDealModel  *ds_dossier_get_deal_model    (DsDossier    *self);
void                ds_dossier_take_deal_model   (DsDossier    *self,
                                                  DsDealModel  *model);
const DsStakeDefaults *ds_dossier_get_stake_defaults (DsDossier *self);
void                ds_dossier_set_stake_defaults (DsDossier   *self,
                                                  const DsStakeDefaults *defaults);

/* For loaders: each call replaces a whole list (a GPtrArray of objects, not taken). */
void                ds_dossier_set_list          (DsDossier    *self,
                                                  GType         item_type,
                                                  GPtrArray    *items);

DsActor            *ds_dossier_lookup_actor      (DsDossier    *self,
                                                  const char   *id);
DsPhase            *ds_dossier_lookup_phase      (DsDossier    *self,
                                                  const char   *id);
DsEvent            *ds_dossier_lookup_event      (DsDossier    *self,
                                                  const char   *id);
DsSeries           *ds_dossier_lookup_series     (DsDossier    *self,
                                                  const char   *id);
DsTakeaway         *ds_dossier_lookup_takeaway   (DsDossier    *self,
                                                  const char   *id);
DsSection          *ds_dossier_lookup_section    (DsDossier    *self,
                                                  const char   *id);
DsKeyFigure        *ds_dossier_lookup_key_figure (DsDossier    *self,
                                                  const char   *id);
DsClaim            *ds_dossier_lookup_claim      (DsDossier    *self,
                                                  const char   *id);
/* Above this many events, views build what they show in a worker or over several
 * turns of the main loop, so that a frame is never held up by the whole dossier. */
#define DS_DOSSIER_MANY_EVENTS 5000

/* The actors' names joined by ", ", each actor's id where @self (may be NULL) does
 * not know it. */
char               *ds_dossier_join_actor_names  (DsDossier          *self,
                                                  const char * const *ids);
/* The sorted, distinct publications cited by the events. */
char              **ds_dossier_dup_publications  (DsDossier    *self);

G_END_DECLS
