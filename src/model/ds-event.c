/* ds-event.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-event"

#include "config.h"

#include "ds-event-private.h"

/* Which fields point into the store rather than to their own allocations. */
typedef enum
{
  STORED_ID      = 1 << 0,
  STORED_ACTORS  = 1 << 1,
  STORED_TAGS    = 1 << 2,
  STORED_PHASE   = 1 << 3,
  STORED_QUOTE   = 1 << 4,
  STORED_SOURCES = 1 << 5,
} Stored;

struct _DsEvent
{
  GObject parent_instance;

  DsEventStore *store;
  DsSource *stored_sources;
  guint n_stored_sources;
  guint stored;

  char *id;
  DsDate date;
  DsDate end;
  DsText *title;
  DsText *summary;
  char **actors;
  DsMoney amount;
  DsText *amount_label;
  DsText *quote;
  char *quote_speaker;
  char *quote_language;
  GArray *sources;
  char **tags;
  char *phase;

  DsEventKind kind;
  DsStatus status;
  guint has_end : 1;
  guint has_amount : 1;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DsEvent, ds_event, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];
static const char * const empty_strv[] = { NULL };

void
ds_source_clear (DsSource *source)
{
  g_clear_pointer (&source->publication, g_free);
  g_clear_pointer (&source->url, g_free);
  g_clear_pointer (&source->title, ds_text_unref);
}

/* Forgets a field that points into the store, or frees its own copy. */
static gboolean
release (DsEvent *self,
         Stored   field)
{
  gboolean own = (self->stored & field) == 0;

  self->stored &= ~field;

  return own;
}

static void
clear_stored_sources (DsEvent *self)
{
  if (release (self, STORED_SOURCES))
    return;

  for (guint i = 0; i < self->n_stored_sources; i++)
    g_clear_pointer (&self->stored_sources[i].title, ds_text_unref);
  self->stored_sources = NULL;
  self->n_stored_sources = 0;
}

static void
ds_event_finalize (GObject *object)
{
  DsEvent *self = (DsEvent *)object;

  if (release (self, STORED_ID))
    g_free (self->id);
  if (release (self, STORED_ACTORS))
    g_strfreev (self->actors);
  if (release (self, STORED_TAGS))
    g_strfreev (self->tags);
  if (release (self, STORED_PHASE))
    g_free (self->phase);
  if (release (self, STORED_QUOTE))
    {
      g_free (self->quote_speaker);
      g_free (self->quote_language);
    }
  clear_stored_sources (self);
  g_clear_pointer (&self->title, ds_text_unref);
  g_clear_pointer (&self->summary, ds_text_unref);
  g_clear_pointer (&self->amount_label, ds_text_unref);
  g_clear_pointer (&self->quote, ds_text_unref);
  g_clear_pointer (&self->sources, g_array_unref);
  g_clear_pointer (&self->store, ds_event_store_unref);

  G_OBJECT_CLASS (ds_event_parent_class)->finalize (object);
}

static void
ds_event_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  DsEvent *self = DS_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, ds_event_get_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_event_class_init (DsEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ds_event_finalize;
  object_class->get_property = ds_event_get_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ds_event_init (DsEvent *self)
{
}

DsEvent *
ds_event_new (const char   *id,
              const DsDate *date,
              DsText       *title,
              DsEventKind   kind,
              DsStatus      status)
{
  DsEvent *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (DS_TYPE_EVENT, NULL);
  self->id = g_strdup (id);
  self->date = *date;
  self->title = ds_text_ref (title);
  self->kind = kind;
  self->status = status;

  return self;
}

const char *
ds_event_get_id (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);

  return self->id;
}

const DsDate *
ds_event_get_date (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);

  return &self->date;
}

const DsDate *
ds_event_get_end (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);

  return self->has_end ? &self->end : NULL;
}

void
ds_event_set_end (DsEvent      *self,
                  const DsDate *end)
{
  g_return_if_fail (DS_IS_EVENT (self));

  self->has_end = end != NULL;
  if (end != NULL)
    self->end = *end;
}

const char *
ds_event_get_title (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);

  return ds_text_get (self->title);
}

DsText *
ds_event_get_title_text (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);

  return self->title;
}

const char *
ds_event_get_summary (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);

  return ds_text_get (self->summary);
}

DsText *
ds_event_get_summary_text (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);

  return self->summary;
}

void
ds_event_set_summary (DsEvent *self,
                      DsText  *summary)
{
  g_return_if_fail (DS_IS_EVENT (self));

  g_clear_pointer (&self->summary, ds_text_unref);
  self->summary = summary ? ds_text_ref (summary) : NULL;
}

DsEventKind
ds_event_get_kind (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), 0);

  return self->kind;
}

DsStatus
ds_event_get_status (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), 0);

  return self->status;
}

const char * const *
ds_event_get_actors (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);

  return self->actors ? (const char * const *)self->actors : empty_strv;
}

void
ds_event_set_actors (DsEvent  *self,
                     char    **actor_ids)
{
  g_return_if_fail (DS_IS_EVENT (self));

  if (release (self, STORED_ACTORS))
    g_strfreev (self->actors);
  self->actors = g_strdupv (actor_ids);
}

const DsMoney *
ds_event_get_amount (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);

  return self->has_amount ? &self->amount : NULL;
}

const char *
ds_event_get_amount_label (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);

  return ds_text_get (self->amount_label);
}

/* Every language of the label, or NULL; for search and exports. */
DsText *
ds_event_get_amount_label_text (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);

  return self->amount_label;
}

void
ds_event_set_amount (DsEvent       *self,
                     const DsMoney *amount,
                     DsText        *label)
{
  g_return_if_fail (DS_IS_EVENT (self));

  self->has_amount = amount != NULL;
  if (amount != NULL)
    self->amount = *amount;
  g_clear_pointer (&self->amount_label, ds_text_unref);
  self->amount_label = label ? ds_text_ref (label) : NULL;
}

const char *
ds_event_get_quote (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);

  return self->quote ? ds_text_get (self->quote) : NULL;
}

/* Every language of the quote, or NULL. */
DsText *
ds_event_get_quote_text (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);

  return self->quote;
}

const char *
ds_event_get_quote_speaker (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);

  return self->quote_speaker;
}

const char *
ds_event_get_quote_language (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);

  return self->quote_language;
}

void
ds_event_set_quote (DsEvent    *self,
                    DsText     *text,
                    const char *speaker,
                    const char *language)
{
  g_return_if_fail (DS_IS_EVENT (self));

  g_clear_pointer (&self->quote, ds_text_unref);
  self->quote = text ? ds_text_ref (text) : NULL;
  if (release (self, STORED_QUOTE))
    {
      g_free (self->quote_speaker);
      g_free (self->quote_language);
    }
  self->quote_speaker = g_strdup (speaker);
  self->quote_language = g_strdup (language);
}

guint
ds_event_get_n_sources (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), 0);

  if (self->stored & STORED_SOURCES)
    return self->n_stored_sources;

  return self->sources ? self->sources->len : 0;
}

const DsSource *
ds_event_get_source (DsEvent *self,
                     guint    index)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);
  g_return_val_if_fail (index < ds_event_get_n_sources (self), NULL);

  if (self->stored & STORED_SOURCES)
    return &self->stored_sources[index];

  return &g_array_index (self->sources, DsSource, index);
}

/* Takes the array, whose clear function must be ds_source_clear(). */
void
ds_event_take_sources (DsEvent *self,
                       GArray  *sources)
{
  g_return_if_fail (DS_IS_EVENT (self));

  clear_stored_sources (self);
  g_clear_pointer (&self->sources, g_array_unref);
  self->sources = sources;
}

const char * const *
ds_event_get_tags (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);

  return self->tags ? (const char * const *)self->tags : empty_strv;
}

void
ds_event_set_tags (DsEvent  *self,
                   char    **tags)
{
  g_return_if_fail (DS_IS_EVENT (self));

  if (release (self, STORED_TAGS))
    g_strfreev (self->tags);
  self->tags = g_strdupv (tags);
}

const char *
ds_event_get_phase (DsEvent *self)
{
  g_return_val_if_fail (DS_IS_EVENT (self), NULL);

  return self->phase;
}

void
ds_event_set_phase (DsEvent    *self,
                    const char *phase_id)
{
  g_return_if_fail (DS_IS_EVENT (self));

  if (release (self, STORED_PHASE))
    g_free (self->phase);
  self->phase = g_strdup (phase_id);
}

/* Chronological order; a GCompareDataFunc for g_list_store_sort(). */
int
ds_event_compare (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  DsEvent *event_a = (DsEvent *)a;
  DsEvent *event_b = (DsEvent *)b;
  int cmp = ds_date_compare (&event_a->date, &event_b->date);

  return cmp != 0 ? cmp : g_strcmp0 (event_a->id, event_b->id);
}

/* --- For loaders: events kept in a store ------------------------------------------- */

/* Fields are set directly: no property machinery, no copies. */
DsEvent *
ds_event_new_stored (DsEventStore *store,
                     const char   *id,
                     const DsDate *date,
                     DsText       *title,
                     DsEventKind   kind,
                     DsStatus      status)
{
  DsEvent *self;

  g_return_val_if_fail (store != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (DS_TYPE_EVENT, NULL);
  self->store = ds_event_store_ref (store);
  self->id = (char *)id;
  self->stored = STORED_ID;
  self->date = *date;
  self->title = ds_text_ref (title);
  self->kind = kind;
  self->status = status;

  return self;
}

void
ds_event_set_stored_lists (DsEvent     *self,
                           char       **actor_ids,
                           char       **tags,
                           const char  *phase_id)
{
  g_return_if_fail (DS_IS_EVENT (self));
  g_return_if_fail (self->store != NULL);

  if (release (self, STORED_ACTORS))
    g_strfreev (self->actors);
  if (release (self, STORED_TAGS))
    g_strfreev (self->tags);
  if (release (self, STORED_PHASE))
    g_free (self->phase);
  self->actors = actor_ids;
  self->tags = tags;
  self->phase = (char *)phase_id;
  self->stored |= STORED_ACTORS | STORED_TAGS | STORED_PHASE;
}

void
ds_event_set_stored_quote (DsEvent    *self,
                           DsText     *text,
                           const char *speaker,
                           const char *language)
{
  g_return_if_fail (DS_IS_EVENT (self));
  g_return_if_fail (self->store != NULL);

  ds_event_set_quote (self, text, NULL, NULL);
  self->quote_speaker = (char *)speaker;
  self->quote_language = (char *)language;
  self->stored |= STORED_QUOTE;
}

void
ds_event_set_stored_sources (DsEvent  *self,
                             DsSource *sources,
                             guint     n_sources)
{
  g_return_if_fail (DS_IS_EVENT (self));
  g_return_if_fail (self->store != NULL);

  clear_stored_sources (self);
  g_clear_pointer (&self->sources, g_array_unref);
  self->stored_sources = sources;
  self->n_stored_sources = n_sources;
  self->stored |= STORED_SOURCES;
}
