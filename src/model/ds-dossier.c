/* ds-dossier.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-dossier"

#include "config.h"

#include "ds-dossier.h"

/* One list per item type, with its index by id. The items are also kept as a plain
 * array in the store's order (the store owns them): reading a GListStore item by item
 * is slow, and it updates the store's lookup cache, so worker threads must not do it. */
typedef struct
{
  GType type;
  const char *(*get_id) (gpointer item);
  GListStore *store;
  GPtrArray *items;
  GHashTable *index;
} ItemList;

enum {
  LIST_ACTORS,
  LIST_PHASES,
  LIST_EVENTS,
  LIST_SERIES,
  LIST_TAKEAWAYS,
  LIST_SECTIONS,
  LIST_KEY_FIGURES,
  LIST_CLAIMS,
  N_LISTS
};

struct _DsDossier
{
  GObject parent_instance;

  char *format;
  char *id;
  DsText *title;
  DsText *subtitle;
  DsText *summary;
  char **languages;
  DsDate updated;
  gboolean has_updated;
  DsView default_view;
  DsDealModel *deal_model;
  DsStakeDefaults stake_defaults;
  gboolean has_stake_defaults;

  ItemList lists[N_LISTS];
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUBTITLE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (DsDossier, ds_dossier, G_TYPE_OBJECT)

static GParamSpec *properties [N_PROPS];
static const char * const empty_strv[] = { NULL };

static int
compare_events_indirect (gconstpointer a,
                         gconstpointer b,
                         gpointer      user_data)
{
  return ds_event_compare (*(gconstpointer *)a, *(gconstpointer *)b, NULL);
}

static gboolean
events_are_sorted (GPtrArray *events)
{
  for (guint i = 1; i < events->len; i++)
    if (ds_event_compare (g_ptr_array_index (events, i - 1), g_ptr_array_index (events, i), NULL) > 0)
      return FALSE;

  return TRUE;
}

static int
compare_strings_indirect (gconstpointer a,
                          gconstpointer b)
{
  return g_utf8_collate (*(const char **)a, *(const char **)b);
}

static ItemList *
find_list (DsDossier *self,
           GType      type)
{
  for (guint i = 0; i < N_LISTS; i++)
    {
      if (self->lists[i].type == type)
        return &self->lists[i];
    }

  return NULL;
}

static void
ds_dossier_finalize (GObject *object)
{
  DsDossier *self = (DsDossier *)object;

  g_clear_pointer (&self->format, g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, ds_text_unref);
  g_clear_pointer (&self->subtitle, ds_text_unref);
  g_clear_pointer (&self->summary, ds_text_unref);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->deal_model, ds_deal_model_free);

  for (guint i = 0; i < N_LISTS; i++)
    {
      g_clear_object (&self->lists[i].store);
      g_clear_pointer (&self->lists[i].items, g_ptr_array_unref);
      g_clear_pointer (&self->lists[i].index, g_hash_table_unref);
    }

  G_OBJECT_CLASS (ds_dossier_parent_class)->finalize (object);
}

static void
ds_dossier_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DsDossier *self = DS_DOSSIER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, ds_dossier_get_title (self));
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, ds_dossier_get_subtitle (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ds_dossier_class_init (DsDossierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ds_dossier_finalize;
  object_class->get_property = ds_dossier_get_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

#define INIT_LIST(slot, Type, getter)                                         \
  G_STMT_START {                                                              \
    self->lists[slot].type = Type;                                            \
    self->lists[slot].get_id = (const char *(*) (gpointer)) getter;           \
    self->lists[slot].store = g_list_store_new (Type);                        \
    self->lists[slot].items = g_ptr_array_new ();                             \
    self->lists[slot].index = g_hash_table_new (g_str_hash, g_str_equal);     \
  } G_STMT_END

static void
ds_dossier_init (DsDossier *self)
{
  INIT_LIST (LIST_ACTORS, DS_TYPE_ACTOR, ds_actor_get_id);
  INIT_LIST (LIST_PHASES, DS_TYPE_PHASE, ds_phase_get_id);
  INIT_LIST (LIST_EVENTS, DS_TYPE_EVENT, ds_event_get_id);
  INIT_LIST (LIST_SERIES, DS_TYPE_SERIES, ds_series_get_id);
  INIT_LIST (LIST_TAKEAWAYS, DS_TYPE_TAKEAWAY, ds_takeaway_get_id);
  INIT_LIST (LIST_SECTIONS, DS_TYPE_SECTION, ds_section_get_id);
  INIT_LIST (LIST_KEY_FIGURES, DS_TYPE_KEY_FIGURE, ds_key_figure_get_id);
  INIT_LIST (LIST_CLAIMS, DS_TYPE_CLAIM, ds_claim_get_id);
}

DsDossier *
ds_dossier_new (const char *format,
                const char *id,
                DsText     *title)
{
  DsDossier *self;

  g_return_val_if_fail (format != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (DS_TYPE_DOSSIER, NULL);
  self->format = g_strdup (format);
  self->id = g_strdup (id);
  self->title = ds_text_ref (title);

  return self;
}

const char *
ds_dossier_get_format (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return self->format;
}

const char *
ds_dossier_get_id (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return self->id;
}

const char *
ds_dossier_get_title (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return ds_text_get (self->title);
}

const char *
ds_dossier_get_subtitle (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return ds_text_get (self->subtitle);
}

const char *
ds_dossier_get_summary (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return ds_text_get (self->summary);
}

void
ds_dossier_set_texts (DsDossier *self,
                      DsText    *subtitle,
                      DsText    *summary)
{
  g_return_if_fail (DS_IS_DOSSIER (self));

  g_clear_pointer (&self->subtitle, ds_text_unref);
  g_clear_pointer (&self->summary, ds_text_unref);
  self->subtitle = subtitle ? ds_text_ref (subtitle) : NULL;
  self->summary = summary ? ds_text_ref (summary) : NULL;
}

const char * const *
ds_dossier_get_languages (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return self->languages ? (const char * const *)self->languages : empty_strv;
}

void
ds_dossier_set_languages (DsDossier  *self,
                          char      **languages)
{
  g_return_if_fail (DS_IS_DOSSIER (self));

  g_strfreev (self->languages);
  self->languages = g_strdupv (languages);
}

const DsDate *
ds_dossier_get_updated (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return self->has_updated ? &self->updated : NULL;
}

void
ds_dossier_set_updated (DsDossier    *self,
                        const DsDate *updated)
{
  g_return_if_fail (DS_IS_DOSSIER (self));

  self->has_updated = updated != NULL;
  if (updated != NULL)
    self->updated = *updated;
}

DsView
ds_dossier_get_default_view (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), DS_VIEW_TIMELINE);

  return self->default_view;
}

void
ds_dossier_set_default_view (DsDossier *self,
                             DsView     view)
{
  g_return_if_fail (DS_IS_DOSSIER (self));

  self->default_view = view;
}

GListModel *
ds_dossier_get_actors (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return G_LIST_MODEL (self->lists[LIST_ACTORS].store);
}

GListModel *
ds_dossier_get_phases (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return G_LIST_MODEL (self->lists[LIST_PHASES].store);
}

GListModel *
ds_dossier_get_events (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return G_LIST_MODEL (self->lists[LIST_EVENTS].store);
}

DsEvent * const *
ds_dossier_peek_events (DsDossier *self,
                        guint     *n_events)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);
  g_return_val_if_fail (n_events != NULL, NULL);

  *n_events = self->lists[LIST_EVENTS].items->len;

  return (DsEvent * const *)self->lists[LIST_EVENTS].items->pdata;
}

DsPhase * const *
ds_dossier_peek_phases (DsDossier *self,
                        guint     *n_phases)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);
  g_return_val_if_fail (n_phases != NULL, NULL);

  *n_phases = self->lists[LIST_PHASES].items->len;

  return (DsPhase * const *)self->lists[LIST_PHASES].items->pdata;
}

GListModel *
ds_dossier_get_series (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return G_LIST_MODEL (self->lists[LIST_SERIES].store);
}

GListModel *
ds_dossier_get_takeaways (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return G_LIST_MODEL (self->lists[LIST_TAKEAWAYS].store);
}

GListModel *
ds_dossier_get_sections (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return G_LIST_MODEL (self->lists[LIST_SECTIONS].store);
}

GListModel *
ds_dossier_get_key_figures (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return G_LIST_MODEL (self->lists[LIST_KEY_FIGURES].store);
}

GListModel *
ds_dossier_get_claims (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return G_LIST_MODEL (self->lists[LIST_CLAIMS].store);
}

const DsDealModel *
ds_dossier_get_deal_model (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return self->deal_model;
}

void
ds_dossier_take_deal_model (DsDossier   *self,
                            DsDealModel *model)
{
  g_return_if_fail (DS_IS_DOSSIER (self));

  g_clear_pointer (&self->deal_model, ds_deal_model_free);
  self->deal_model = model;
}

const DsStakeDefaults *
ds_dossier_get_stake_defaults (DsDossier *self)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return self->has_stake_defaults ? &self->stake_defaults : NULL;
}

void
ds_dossier_set_stake_defaults (DsDossier             *self,
                               const DsStakeDefaults *defaults)
{
  g_return_if_fail (DS_IS_DOSSIER (self));

  self->has_stake_defaults = defaults != NULL;
  if (defaults != NULL)
    self->stake_defaults = *defaults;
}

void
ds_dossier_set_list (DsDossier *self,
                     GType      item_type,
                     GPtrArray *items)
{
  ItemList *list;

  g_return_if_fail (DS_IS_DOSSIER (self));
  g_return_if_fail (items != NULL);

  list = find_list (self, item_type);
  g_return_if_fail (list != NULL);

  /* One splice, so that a view sees a single items-changed for 100,000 events. */
  /* Most files list events in order already: one pass then instead of a sort. */
  if (item_type == DS_TYPE_EVENT && !events_are_sorted (items))
    g_ptr_array_sort_with_data (items, compare_events_indirect, NULL);

  g_hash_table_remove_all (list->index);
  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (list->index,
                         (gpointer)list->get_id (g_ptr_array_index (items, i)),
                         g_ptr_array_index (items, i));

  g_ptr_array_set_size (list->items, 0);
  g_ptr_array_extend (list->items, items, NULL, NULL);

  g_list_store_splice (list->store, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (list->store)),
                       items->pdata, items->len);
}

static gpointer
lookup (DsDossier  *self,
        guint       slot,
        const char *id)
{
  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  return id ? g_hash_table_lookup (self->lists[slot].index, id) : NULL;
}

DsActor *
ds_dossier_lookup_actor (DsDossier  *self,
                         const char *id)
{
  return lookup (self, LIST_ACTORS, id);
}

char *
ds_dossier_join_actor_names (DsDossier          *self,
                             const char * const *ids)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_return_val_if_fail (!self || DS_IS_DOSSIER (self), NULL);
  g_return_val_if_fail (ids != NULL, NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      DsActor *actor = self != NULL ? ds_dossier_lookup_actor (self, ids[i]) : NULL;

      g_ptr_array_add (names, (gpointer)(actor != NULL ? ds_actor_get_name (actor) : ids[i]));
    }
  g_ptr_array_add (names, NULL);

  return g_strjoinv (", ", (char **)names->pdata);
}

DsPhase *
ds_dossier_lookup_phase (DsDossier  *self,
                         const char *id)
{
  return lookup (self, LIST_PHASES, id);
}

DsEvent *
ds_dossier_lookup_event (DsDossier  *self,
                         const char *id)
{
  return lookup (self, LIST_EVENTS, id);
}

DsSeries *
ds_dossier_lookup_series (DsDossier  *self,
                          const char *id)
{
  return lookup (self, LIST_SERIES, id);
}

DsTakeaway *
ds_dossier_lookup_takeaway (DsDossier  *self,
                            const char *id)
{
  return lookup (self, LIST_TAKEAWAYS, id);
}

DsSection *
ds_dossier_lookup_section (DsDossier  *self,
                           const char *id)
{
  return lookup (self, LIST_SECTIONS, id);
}

DsKeyFigure *
ds_dossier_lookup_key_figure (DsDossier  *self,
                              const char *id)
{
  return lookup (self, LIST_KEY_FIGURES, id);
}

DsClaim *
ds_dossier_lookup_claim (DsDossier  *self,
                         const char *id)
{
  return lookup (self, LIST_CLAIMS, id);
}

char **
ds_dossier_dup_publications (DsDossier *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_return_val_if_fail (DS_IS_DOSSIER (self), NULL);

  for (guint i = 0; i < self->lists[LIST_EVENTS].items->len; i++)
    {
      DsEvent *event = g_ptr_array_index (self->lists[LIST_EVENTS].items, i);

      for (guint j = 0; j < ds_event_get_n_sources (event); j++)
        {
          const char *publication = ds_event_get_source (event, j)->publication;

          if (g_hash_table_add (seen, (gpointer)publication))
            g_ptr_array_add (names, g_strdup (publication));
        }
    }

  g_ptr_array_sort (names, compare_strings_indirect);
  g_ptr_array_add (names, NULL);

  return (char **)g_ptr_array_free (g_steal_pointer (&names), FALSE);
}
