/* ds-enums.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-enums"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ds-enums.h"

typedef struct
{
  const char *nick;
  const char *label;
} Word;

static gboolean
lookup_nick (const Word *words,
             guint       n_words,
             const char *nick,
             guint      *value)
{
  if (nick == NULL)
    return FALSE;

  for (guint i = 0; i < n_words; i++)
    {
      if (strcmp (words[i].nick, nick) == 0)
        {
          *value = i;
          return TRUE;
        }
    }

  return FALSE;
}

static const char *
join_nicks (const Word  *words,
            guint        n_words,
            char       **cache)
{
  if (g_once_init_enter (cache))
    {
      GString *joined = g_string_new (NULL);

      for (guint i = 0; i < n_words; i++)
        {
          if (i > 0)
            g_string_append (joined, ", ");
          g_string_append (joined, words[i].nick);
        }
      g_once_init_leave (cache, g_string_free (joined, FALSE));
    }

  return *cache;
}

#define DS_DEFINE_VOCABULARY(Type, prefix, table)                                  \
  gboolean                                                                         \
  prefix##_from_nick (const char *nick, Type *value)                               \
  {                                                                                \
    guint index;                                                                   \
    if (!lookup_nick (table, G_N_ELEMENTS (table), nick, &index))                  \
      return FALSE;                                                                \
    *value = (Type) index;                                                         \
    return TRUE;                                                                   \
  }                                                                                \
  const char *                                                                     \
  prefix##_to_nick (Type value)                                                    \
  {                                                                                \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), "");               \
    return table[value].nick;                                                      \
  }                                                                                \
  const char *                                                                     \
  prefix##_to_label (Type value)                                                   \
  {                                                                                \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), "");               \
    return g_dpgettext2 (GETTEXT_PACKAGE, #prefix, table[value].label);            \
  }                                                                                \
  const char *                                                                     \
  prefix##_list_nicks (void)                                                       \
  {                                                                                \
    static char *joined;                                                           \
    return join_nicks (table, G_N_ELEMENTS (table), &joined);                      \
  }

/* The tables follow the enum order. Labels are translated with the prefix as context. */
static const Word actor_kinds[] = {
  { "company", NC_("ds_actor_kind", "Company") },
  { "investor", NC_("ds_actor_kind", "Investor") },
  { "person", NC_("ds_actor_kind", "Person") },
  { "media", NC_("ds_actor_kind", "Media") },
  { "government", NC_("ds_actor_kind", "Government") },
};

static const Word event_kinds[] = {
  { "announcement", NC_("ds_event_kind", "Announcement") },
  { "funding", NC_("ds_event_kind", "Funding") },
  { "deal", NC_("ds_event_kind", "Deal") },
  { "report", NC_("ds_event_kind", "Press report") },
  { "statement", NC_("ds_event_kind", "Statement") },
  { "denial", NC_("ds_event_kind", "Denial") },
  { "earnings", NC_("ds_event_kind", "Earnings") },
  { "product", NC_("ds_event_kind", "Product") },
  { "milestone", NC_("ds_event_kind", "Milestone") },
  { "filing", NC_("ds_event_kind", "Filing") },
};

static const Word statuses[] = {
  { "confirmed", NC_("ds_status", "Confirmed") },
  { "reported", NC_("ds_status", "Reported") },
  /* Translators: the status of an event that was only rumoured */
  { "rumour", NC_("ds_status", "Rumour") },
  { "denied", NC_("ds_status", "Denied") },
  { "planned", NC_("ds_status", "Planned") },
};

static const Word metrics[] = {
  { "valuation", NC_("ds_metric", "Valuation") },
  { "capex", NC_("ds_metric", "Capital expenditure") },
  { "revenue", NC_("ds_metric", "Revenue") },
  { "investment", NC_("ds_metric", "Investment") },
  { "capacity", NC_("ds_metric", "Capacity") },
  { "other", NC_("ds_metric", "Other") },
};

static const Word point_statuses[] = {
  { "actual", NC_("ds_point_status", "Actual") },
  /* Translators: a figure a company announced for the future */
  { "guidance", NC_("ds_point_status", "Guidance") },
  { "estimate", NC_("ds_point_status", "Estimate") },
  { "rumour", NC_("ds_point_status", "Rumour") },
};

static const Word views[] = {
  { "timeline", NC_("ds_view", "Timeline") },
  { "charts", NC_("ds_view", "Charts") },
  { "takeaways", NC_("ds_view", "Takeaways") },
};

DS_DEFINE_VOCABULARY (DsActorKind, ds_actor_kind, actor_kinds)
DS_DEFINE_VOCABULARY (DsEventKind, ds_event_kind, event_kinds)
DS_DEFINE_VOCABULARY (DsStatus, ds_status, statuses)
DS_DEFINE_VOCABULARY (DsMetric, ds_metric, metrics)
DS_DEFINE_VOCABULARY (DsPointStatus, ds_point_status, point_statuses)
DS_DEFINE_VOCABULARY (DsView, ds_view, views)
