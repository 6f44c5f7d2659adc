/* ds-event-query.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-event-query"

#include "config.h"

#include <string.h>

#include "ds-event-query.h"

#define ALL_STATUSES ((1u << (DS_STATUS_PLANNED + 1)) - 1)
#define ALL_KINDS    ((1u << (DS_EVENT_FILING + 1)) - 1)

struct _DsEventQuery
{
  GObject parent_instance;

  DsDossier *dossier;

  /* Built once: the normalized text of each event, in the order of the dossier's
   * events, and each event's place in that array (the keys hold a reference). */
  GPtrArray *haystacks;
  GHashTable *event_index;

  char *text;
  char *normalized;
  char **words;        /* the normalized text split on spaces; never NULL */
  guint statuses;      /* one bit per allowed DsStatus */
  guint kinds;         /* one bit per allowed DsEventKind */
  GHashTable *actors;  /* the chosen actor ids; empty means every actor */

  DsEventQueryChange last_change;
};

enum {
  PROP_0,
  PROP_DOSSIER,
  PROP_TEXT,
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
append_piece (GString    *raw,
              const char *piece)
{
  if (piece == NULL || piece[0] == '\0')
    return;

  g_string_append (raw, piece);
  g_string_append_c (raw, '\n');
}

static void
append_piece_once (GString    *raw,
                   const char *piece)
{
  if (piece != NULL && piece[0] != '\0' && strstr (raw->str, piece) == NULL)
    append_piece (raw, piece);
}

static void
append_text (GString      *raw,
             const DsText *text)
{
  guint n = ds_text_get_n_languages (text);

  for (guint i = 0; i < n; i++)
    append_piece_once (raw, ds_text_get_for (text, ds_text_get_language_at (text, i)));
}

static void
append_actor (DsEventQuery *self,
              GString      *raw,
              const char   *id_or_name)
{
  DsActor *actor = ds_dossier_lookup_actor (self->dossier, id_or_name);

  append_piece_once (raw, id_or_name);
  if (actor != NULL)
    append_text (raw, ds_actor_get_name_text (actor));
}

/* Every language of every text, so that either language finds the event. */
static void
append_event_fields (DsEventQuery *self,
                     GString      *raw,
                     DsEvent      *event)
{
  const char * const *actors = ds_event_get_actors (event);
  const char * const *tags = ds_event_get_tags (event);
  const DsMoney *amount = ds_event_get_amount (event);

  append_text (raw, ds_event_get_title_text (event));
  append_text (raw, ds_event_get_summary_text (event));
  append_text (raw, ds_event_get_quote_text (event));
  append_text (raw, ds_event_get_amount_label_text (event));

  if (ds_event_get_quote_speaker (event) != NULL)
    append_actor (self, raw, ds_event_get_quote_speaker (event));

  for (guint i = 0; actors[i] != NULL; i++)
    append_actor (self, raw, actors[i]);

  for (guint i = 0; i < ds_event_get_n_sources (event); i++)
    {
      const DsSource *source = ds_event_get_source (event, i);

      append_piece_once (raw, source->publication);
      if (source->title != NULL)
        append_text (raw, source->title);
    }

  for (guint i = 0; tags[i] != NULL; i++)
    append_piece_once (raw, tags[i]);

  if (amount != NULL)
    {
      g_autofree char *formatted = ds_money_format (amount);
      append_piece_once (raw, formatted);
    }
}

static void
build_haystacks (DsEventQuery *self)
{
  GListModel *events = ds_dossier_get_events (self->dossier);
  guint n = g_list_model_get_n_items (events);
  g_autoptr(GString) raw = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      DsEvent *event = g_list_model_get_item (events, i);

      g_string_truncate (raw, 0);
      append_event_fields (self, raw, event);
      g_ptr_array_add (self->haystacks, ds_normalize_for_search (raw->str));
      /* The table takes the reference from g_list_model_get_item(). */
      g_hash_table_insert (self->event_index, event, GUINT_TO_POINTER (i));
    }
}

/* For an event that is not in the dossier (it should not happen): built on demand. */
static char *
build_haystack (DsEventQuery *self,
                DsEvent      *event)
{
  g_autoptr(GString) raw = g_string_new (NULL);

  append_event_fields (self, raw, event);

  return ds_normalize_for_search (raw->str);
}

static gboolean
text_matches (const char         *haystack,
              const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (haystack, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

static void
emit_changed (DsEventQuery       *self,
              DsEventQueryChange  change)
{
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
ds_event_query_finalize (GObject *object)
{
  DsEventQuery *self = (DsEventQuery *)object;

  g_clear_pointer (&self->haystacks, g_ptr_array_unref);
  g_clear_pointer (&self->event_index, g_hash_table_unref);
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

  build_haystacks (self);
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
  self->haystacks = g_ptr_array_new_with_free_func (g_free);
  self->event_index = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, NULL);
  self->actors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->text = g_strdup ("");
  self->normalized = g_strdup ("");
  self->words = split_words (self->normalized);
  self->statuses = ALL_STATUSES;
  self->kinds = ALL_KINDS;
  self->last_change = DS_EVENT_QUERY_CHANGE_DIFFERENT;
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

  /* Both ways round: the same words in another order or case, matching the same. */
  if (more_strict && less_strict)
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

gboolean
ds_event_query_matches (DsEventQuery *self,
                        DsEvent      *event)
{
  gpointer index;

  g_return_val_if_fail (DS_IS_EVENT_QUERY (self), FALSE);
  g_return_val_if_fail (DS_IS_EVENT (event), FALSE);

  if ((self->statuses & (1u << ds_event_get_status (event))) == 0 ||
      (self->kinds & (1u << ds_event_get_kind (event))) == 0)
    return FALSE;

  if (g_hash_table_size (self->actors) > 0)
    {
      const char * const *actors = ds_event_get_actors (event);
      gboolean chosen = FALSE;

      for (guint i = 0; !chosen && actors[i] != NULL; i++)
        chosen = g_hash_table_contains (self->actors, actors[i]);

      if (!chosen)
        return FALSE;
    }

  if (self->words[0] == NULL)
    return TRUE;

  if (g_hash_table_lookup_extended (self->event_index, event, NULL, &index))
    {
      return text_matches (g_ptr_array_index (self->haystacks, GPOINTER_TO_UINT (index)),
                           (const char * const *)self->words);
    }
  else
    {
      g_autofree char *haystack = build_haystack (self, event);

      return text_matches (haystack, (const char * const *)self->words);
    }
}

DsEventQueryChange
ds_event_query_get_last_change (DsEventQuery *self)
{
  g_return_val_if_fail (DS_IS_EVENT_QUERY (self), DS_EVENT_QUERY_CHANGE_DIFFERENT);

  return self->last_change;
}
