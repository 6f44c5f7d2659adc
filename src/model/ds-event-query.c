/* ds-event-query.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-event-query"

#include "config.h"

#include <string.h>

#include "ds-event-query-private.h"

#define ALL_STATUSES ((1u << (DS_STATUS_PLANNED + 1)) - 1)
#define ALL_KINDS    ((1u << (DS_EVENT_FILING + 1)) - 1)

/* Up to this many events, the haystacks are built at once (a few milliseconds); above,
 * in a worker thread, and the text is not applied until they are ready. */
#define SYNC_BUILD_MAX_EVENTS 1000

enum {
  PROP_0,
  PROP_DOSSIER,
  PROP_TEXT,
  PROP_READY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (DsEventQuery, ds_event_query, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static char **
split_words (const char *normalized)
{
  if (normalized[0] == '\0')
    return g_new0 (char *, 1);

  return g_strsplit (normalized, " ", -1);
}

static gboolean
word_in_words (const char         *word,
               const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (words[i], word) != NULL)
      return TRUE;

  return FALSE;
}

/* TRUE when every word of @wider appears inside some word of @narrower: whatever
 * matches @narrower then also matches @wider. */
static gboolean
words_imply (const char * const *narrower,
             const char * const *wider)
{
  for (guint i = 0; wider[i] != NULL; i++)
    if (!word_in_words (wider[i], narrower))
      return FALSE;

  return TRUE;
}



static void
emit_changed (DsEventQuery       *self,
              DsEventQueryChange  change)
{
  /* Narrowing what matched stays right through any number of narrowing changes. */
  if (!self->matches_stale)
    self->matches_narrow = change == DS_EVENT_QUERY_CHANGE_MORE_STRICT;
  else
    self->matches_narrow &= change == DS_EVENT_QUERY_CHANGE_MORE_STRICT;
  self->matches_stale = TRUE;

  self->last_change = change;
  g_signal_emit (self, signals [CHANGED], 0);
}

static gboolean
set_text_silently (DsEventQuery *self,
                   const char   *text)
{
  if (g_strcmp0 (self->text, text) == 0)
    return FALSE;

  g_free (self->text);
  self->text = g_strdup (text);

  return TRUE;
}


static void
ds_event_query_dispose (GObject *object)
{
  DsEventQuery *self = (DsEventQuery *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (ds_event_query_parent_class)->dispose (object);
}

static void
ds_event_query_finalize (GObject *object)
{
  DsEventQuery *self = (DsEventQuery *)object;

  g_clear_pointer (&self->haystacks, ds_event_haystacks_free);
  g_clear_pointer (&self->table, ds_event_table_unref);
  g_clear_pointer (&self->matches, g_free);
  g_clear_pointer (&self->actors, g_hash_table_unref);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->normalized, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_object (&self->dossier);

  G_OBJECT_CLASS (ds_event_query_parent_class)->finalize (object);
}

static void
ds_event_query_constructed (GObject *object)
{
  DsEventQuery *self = (DsEventQuery *)object;

  G_OBJECT_CLASS (ds_event_query_parent_class)->constructed (object);

  g_return_if_fail (DS_IS_DOSSIER (self->dossier));

  self->table = ds_event_table_new (self->dossier);
  if (self->table->n_events <= SYNC_BUILD_MAX_EVENTS)
    self->haystacks = ds_event_haystacks_new (self->table, NULL);
  else
    _ds_event_query_start_build (self);
}

static void
ds_event_query_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DsEventQuery *self = DS_EVENT_QUERY (object);

  switch (prop_id)
    {
    case PROP_DOSSIER:
      g_value_set_object (value, self->dossier);
      break;

    case PROP_TEXT:
      g_value_set_string (value, ds_event_query_get_text (self));
      break;

    case PROP_READY:
      g_value_set_boolean (value, ds_event_query_is_ready (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_event_query_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DsEventQuery *self = DS_EVENT_QUERY (object);

  switch (prop_id)
    {
    case PROP_DOSSIER:
      self->dossier = g_value_dup_object (value);
      break;

    case PROP_TEXT:
      ds_event_query_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_event_query_class_init (DsEventQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ds_event_query_constructed;
  object_class->dispose = ds_event_query_dispose;
  object_class->finalize = ds_event_query_finalize;
  object_class->get_property = ds_event_query_get_property;
  object_class->set_property = ds_event_query_set_property;

  properties [PROP_DOSSIER] =
    g_param_spec_object ("dossier", NULL, NULL,
                         DS_TYPE_DOSSIER,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* The text as typed; what matches depends only on its normalized words. */
  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Whether the search texts are built; until then the text filters nothing. */
  properties [PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DsEventQuery::changed:
   *
   * What matches changed. Not emitted by a setter that changes nothing, nor by a
   * new text whose normalized words match the same events ("Huang" → "huang ").
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
ds_event_query_init (DsEventQuery *self)
{
  self->actors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->text = g_strdup ("");
  self->normalized = g_strdup ("");
  self->words = split_words (self->normalized);
  self->statuses = ALL_STATUSES;
  self->kinds = ALL_KINDS;
  self->last_change = DS_EVENT_QUERY_CHANGE_DIFFERENT;
  self->matches_stale = TRUE;
}

DsEventQuery *
ds_event_query_new (DsDossier *dossier)
{
  g_return_val_if_fail (DS_IS_DOSSIER (dossier), NULL);

  return g_object_new (DS_TYPE_EVENT_QUERY, "dossier", dossier, NULL);
}

DsDossier *
ds_event_query_get_dossier (DsEventQuery *self)
{
  g_return_val_if_fail (DS_IS_EVENT_QUERY (self), NULL);

  return self->dossier;
}

const char *
ds_event_query_get_text (DsEventQuery *self)
{
  g_return_val_if_fail (DS_IS_EVENT_QUERY (self), NULL);

  return self->text;
}

void
ds_event_query_set_text (DsEventQuery *self,
                         const char   *text)
{
  g_autofree char *normalized = NULL;
  g_auto(GStrv) words = NULL;
  gboolean more_strict, less_strict;

  g_return_if_fail (DS_IS_EVENT_QUERY (self));

  if (text == NULL)
    text = "";

  if (!set_text_silently (self, text))
    return;

  normalized = ds_normalize_for_search (text);
  words = split_words (normalized);
  more_strict = words_imply ((const char * const *)words, (const char * const *)self->words);
  less_strict = words_imply ((const char * const *)self->words, (const char * const *)words);

  g_free (self->normalized);
  self->normalized = g_steal_pointer (&normalized);
  g_strfreev (self->words);
  self->words = g_steal_pointer (&words);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TEXT]);

  /* Both ways round: the same words in another order or case, matching the same.
   * And until the haystacks are built, the text changes nothing. */
  if ((more_strict && less_strict) || self->haystacks == NULL)
    return;

  emit_changed (self, more_strict ? DS_EVENT_QUERY_CHANGE_MORE_STRICT
                                  : less_strict ? DS_EVENT_QUERY_CHANGE_LESS_STRICT
                                                : DS_EVENT_QUERY_CHANGE_DIFFERENT);
}

gboolean
ds_event_query_get_status_allowed (DsEventQuery *self,
                                   DsStatus      status)
{
  g_return_val_if_fail (DS_IS_EVENT_QUERY (self), FALSE);
  g_return_val_if_fail ((guint)status <= DS_STATUS_PLANNED, FALSE);

  return (self->statuses & (1u << status)) != 0;
}

void
ds_event_query_set_status_allowed (DsEventQuery *self,
                                   DsStatus      status,
                                   gboolean      allowed)
{
  guint statuses;

  g_return_if_fail (DS_IS_EVENT_QUERY (self));
  g_return_if_fail ((guint)status <= DS_STATUS_PLANNED);

  statuses = allowed ? self->statuses | (1u << status) : self->statuses & ~(1u << status);
  if (statuses == self->statuses)
    return;

  self->statuses = statuses;
  emit_changed (self, allowed ? DS_EVENT_QUERY_CHANGE_LESS_STRICT : DS_EVENT_QUERY_CHANGE_MORE_STRICT);
}

gboolean
ds_event_query_get_kind_allowed (DsEventQuery *self,
                                 DsEventKind   kind)
{
  g_return_val_if_fail (DS_IS_EVENT_QUERY (self), FALSE);
  g_return_val_if_fail ((guint)kind <= DS_EVENT_FILING, FALSE);

  return (self->kinds & (1u << kind)) != 0;
}

void
ds_event_query_set_kind_allowed (DsEventQuery *self,
                                 DsEventKind   kind,
                                 gboolean      allowed)
{
  guint kinds;

  g_return_if_fail (DS_IS_EVENT_QUERY (self));
  g_return_if_fail ((guint)kind <= DS_EVENT_FILING);

  kinds = allowed ? self->kinds | (1u << kind) : self->kinds & ~(1u << kind);
  if (kinds == self->kinds)
    return;

  self->kinds = kinds;
  emit_changed (self, allowed ? DS_EVENT_QUERY_CHANGE_LESS_STRICT : DS_EVENT_QUERY_CHANGE_MORE_STRICT);
}

gboolean
ds_event_query_get_actor_chosen (DsEventQuery *self,
                                 const char   *actor_id)
{
  g_return_val_if_fail (DS_IS_EVENT_QUERY (self), FALSE);
  g_return_val_if_fail (actor_id != NULL, FALSE);

  return g_hash_table_contains (self->actors, actor_id);
}

void
ds_event_query_set_actor_chosen (DsEventQuery *self,
                                 const char   *actor_id,
                                 gboolean      chosen)
{
  DsEventQueryChange change;

  g_return_if_fail (DS_IS_EVENT_QUERY (self));
  g_return_if_fail (actor_id != NULL);

  if (chosen == g_hash_table_contains (self->actors, actor_id))
    return;

  if (chosen)
    {
      /* From "every actor" to one actor narrows; adding one more widens. */
      change = g_hash_table_size (self->actors) == 0 ? DS_EVENT_QUERY_CHANGE_MORE_STRICT
                                                     : DS_EVENT_QUERY_CHANGE_LESS_STRICT;
      g_hash_table_add (self->actors, g_strdup (actor_id));
    }
  else
    {
      g_hash_table_remove (self->actors, actor_id);
      change = g_hash_table_size (self->actors) == 0 ? DS_EVENT_QUERY_CHANGE_LESS_STRICT
                                                     : DS_EVENT_QUERY_CHANGE_MORE_STRICT;
    }

  emit_changed (self, change);
}

void
ds_event_query_reset (DsEventQuery *self)
{
  gboolean text_changed, matching_changed;

  g_return_if_fail (DS_IS_EVENT_QUERY (self));

  matching_changed = !ds_event_query_is_empty (self);
  text_changed = set_text_silently (self, "");

  g_free (self->normalized);
  self->normalized = g_strdup ("");
  g_strfreev (self->words);
  self->words = split_words (self->normalized);
  self->statuses = ALL_STATUSES;
  self->kinds = ALL_KINDS;
  g_hash_table_remove_all (self->actors);

  if (text_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TEXT]);
  if (matching_changed)
    emit_changed (self, DS_EVENT_QUERY_CHANGE_LESS_STRICT);
}

gboolean
ds_event_query_is_empty (DsEventQuery *self)
{
  g_return_val_if_fail (DS_IS_EVENT_QUERY (self), TRUE);

  return self->words[0] == NULL &&
         self->statuses == ALL_STATUSES &&
         self->kinds == ALL_KINDS &&
         g_hash_table_size (self->actors) == 0;
}

DsEventQueryChange
ds_event_query_get_last_change (DsEventQuery *self)
{
  g_return_val_if_fail (DS_IS_EVENT_QUERY (self), DS_EVENT_QUERY_CHANGE_DIFFERENT);

  return self->last_change;
}

void
_ds_event_query_set_haystacks (DsEventQuery     *self,
                               DsEventHaystacks *haystacks)
{
  g_assert (self->haystacks == NULL);

  self->haystacks = haystacks;
  g_clear_object (&self->cancellable);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_READY]);

  /* The text, ignored until now, can only take events away. */
  if (self->words[0] != NULL)
    emit_changed (self, DS_EVENT_QUERY_CHANGE_MORE_STRICT);
}
