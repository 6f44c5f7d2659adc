/* ds-enums.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The closed vocabularies of a dossier, with their names in files and in the UI.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DS_ACTOR_COMPANY,
  DS_ACTOR_INVESTOR,
  DS_ACTOR_PERSON,
  DS_ACTOR_MEDIA,
  DS_ACTOR_GOVERNMENT,
} DsActorKind;

typedef enum
{
  DS_EVENT_ANNOUNCEMENT,
  DS_EVENT_FUNDING,
  DS_EVENT_DEAL,
  DS_EVENT_REPORT,
  DS_EVENT_STATEMENT,
  DS_EVENT_DENIAL,
  DS_EVENT_EARNINGS,
  DS_EVENT_PRODUCT,
  DS_EVENT_MILESTONE,
  DS_EVENT_FILING,
} DsEventKind;

typedef enum
{
  DS_STATUS_CONFIRMED,
  DS_STATUS_REPORTED,
  DS_STATUS_RUMOUR,
  DS_STATUS_DENIED,
  DS_STATUS_PLANNED,
} DsStatus;

typedef enum
{
  DS_METRIC_VALUATION,
  DS_METRIC_CAPEX,
  DS_METRIC_REVENUE,
  DS_METRIC_INVESTMENT,
  DS_METRIC_CAPACITY,
  DS_METRIC_OTHER,
} DsMetric;

typedef enum
{
  DS_POINT_ACTUAL,
  DS_POINT_GUIDANCE,
  DS_POINT_ESTIMATE,
  DS_POINT_RUMOUR,
} DsPointStatus;

typedef enum
{
  DS_VIEW_TIMELINE,
  DS_VIEW_CHARTS,
  DS_VIEW_TAKEAWAYS,
} DsView;

/* Each vocabulary: parse the file's word, give it back, name it in the UI language,
 * and list the accepted words for error messages ("confirmed, reported, …"). */
#define DS_DECLARE_VOCABULARY(Type, prefix)                                         \
  gboolean    prefix##_from_nick (const char *nick, Type *value);                  \
  const char *prefix##_to_nick   (Type value);                                     \
  const char *prefix##_to_label  (Type value);                                     \
  const char *prefix##_list_nicks (void);

DS_DECLARE_VOCABULARY (DsActorKind, ds_actor_kind)
DS_DECLARE_VOCABULARY (DsEventKind, ds_event_kind)
DS_DECLARE_VOCABULARY (DsStatus, ds_status)
DS_DECLARE_VOCABULARY (DsMetric, ds_metric)
DS_DECLARE_VOCABULARY (DsPointStatus, ds_point_status)
DS_DECLARE_VOCABULARY (DsView, ds_view)

G_END_DECLS
