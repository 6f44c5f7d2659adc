/* ds-event-filter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-event-filter"

#include "config.h"

#include "ds-event-filter.h"

struct _DsEventFilter
{
  GtkFilter parent_instance;

  DsEventQuery *query;
};

enum {
  PROP_0,
  PROP_QUERY,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DsEventFilter, ds_event_filter, GTK_TYPE_FILTER)

static GParamSpec *properties [N_PROPS];

static GtkFilterChange
to_filter_change (DsEventQueryChange change)
{
  switch (change)
    {
    case DS_EVENT_QUERY_CHANGE_LESS_STRICT:
      return GTK_FILTER_CHANGE_LESS_STRICT;

    case DS_EVENT_QUERY_CHANGE_MORE_STRICT:
      return GTK_FILTER_CHANGE_MORE_STRICT;

    case DS_EVENT_QUERY_CHANGE_DIFFERENT:
    default:
      return GTK_FILTER_CHANGE_DIFFERENT;
    }
}

static void
query_changed_cb (DsEventFilter *self,
                  DsEventQuery  *query)
{
  gtk_filter_changed (GTK_FILTER (self), to_filter_change (ds_event_query_get_last_change (query)));
}

static gboolean
ds_event_filter_match (GtkFilter *filter,
                       gpointer   item)
{
  DsEventFilter *self = DS_EVENT_FILTER (filter);

  if (self->query == NULL)
    return TRUE;

  /* What matches is computed once per change for every event, by index. */
  return DS_IS_EVENT (item) && ds_event_query_matches (self->query, item);
}

static GtkFilterMatch
ds_event_filter_get_strictness (GtkFilter *filter)
{
  DsEventFilter *self = DS_EVENT_FILTER (filter);
  gboolean any_status = FALSE, any_kind = FALSE;

  if (self->query == NULL || ds_event_query_is_empty (self->query))
    return GTK_FILTER_MATCH_ALL;

  for (DsStatus status = DS_STATUS_CONFIRMED; status <= DS_STATUS_PLANNED; status++)
    any_status |= ds_event_query_get_status_allowed (self->query, status);
  for (DsEventKind kind = DS_EVENT_ANNOUNCEMENT; kind <= DS_EVENT_FILING; kind++)
    any_kind |= ds_event_query_get_kind_allowed (self->query, kind);

  return any_status && any_kind ? GTK_FILTER_MATCH_SOME : GTK_FILTER_MATCH_NONE;
}

static void
ds_event_filter_dispose (GObject *object)
{
  DsEventFilter *self = (DsEventFilter *)object;

  g_clear_object (&self->query);

  G_OBJECT_CLASS (ds_event_filter_parent_class)->dispose (object);
}

static void
ds_event_filter_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DsEventFilter *self = DS_EVENT_FILTER (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_event_filter_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DsEventFilter *self = DS_EVENT_FILTER (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_assert (self->query == NULL);
      self->query = g_value_dup_object (value);
      if (self->query != NULL)
        g_signal_connect_object (self->query, "changed",
                                 G_CALLBACK (query_changed_cb), self, G_CONNECT_SWAPPED);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_event_filter_class_init (DsEventFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->dispose = ds_event_filter_dispose;
  object_class->get_property = ds_event_filter_get_property;
  object_class->set_property = ds_event_filter_set_property;

  filter_class->match = ds_event_filter_match;
  filter_class->get_strictness = ds_event_filter_get_strictness;

  properties [PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL,
                         DS_TYPE_EVENT_QUERY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_event_filter_init (DsEventFilter *self)
{
}

DsEventFilter *
ds_event_filter_new (DsEventQuery *query)
{
  g_return_val_if_fail (DS_IS_EVENT_QUERY (query), NULL);

  return g_object_new (DS_TYPE_EVENT_FILTER, "query", query, NULL);
}

DsEventQuery *
ds_event_filter_get_query (DsEventFilter *self)
{
  g_return_val_if_fail (DS_IS_EVENT_FILTER (self), NULL);

  return self->query;
}
