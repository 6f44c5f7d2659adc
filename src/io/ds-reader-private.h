/* ds-reader-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The state and typed reads shared by the dossier reader's files.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ds-dossier-reader.h"
#include "ds-event-private.h"

G_BEGIN_DECLS

typedef struct
{
  GPtrArray          *problems;
  guint               n_errors;
  GString            *path;
  GHashTable         *bad_numbers;
  GCancellable       *cancellable;
  DsReadProgressFunc  progress;
  gpointer            progress_data;
  DsDossier          *dossier;
  /* id → path where it was first used, one namespace per list; the ids are the
   * tree's strings and the paths live in @paths, so a claim allocates nothing */
  GStringChunk       *paths;
  GHashTable         *actor_ids;
  GHashTable         *phase_ids;
  GHashTable         *event_ids;
  GHashTable         *series_ids;
  GHashTable         *takeaway_ids;
  GHashTable         *section_ids;
  /* the events' strings, each repeated one (actor ids, tags, publications) once */
  DsEventStore       *event_store;
  GHashTable         *interned;
  /* reused from one event to the next */
  GPtrArray          *event_actors;
  GPtrArray          *event_tags;
  GArray             *event_sources;
  /* made and freed by ds_reader_read_extras(), NULL outside it */
  GHashTable         *key_figure_ids;
  GHashTable         *claim_ids;
} DsReader;

/* Reads one item of a list; NULL after reporting why. */
typedef gpointer (*DsReaderItemFunc) (DsReader   *r,
                                      JsonObject *object);

void        ds_reader_init            (DsReader           *r,
                                       GPtrArray          *problems,
                                       GHashTable         *bad_numbers,
                                       GCancellable       *cancellable,
                                       DsReadProgressFunc  progress,
                                       gpointer            progress_data);
void        ds_reader_clear           (DsReader           *r);

void        ds_reader_error           (DsReader           *r,
                                       const char         *format,
                                       ...) G_GNUC_PRINTF (2, 3);
void        ds_reader_warning         (DsReader           *r,
                                       const char         *format,
                                       ...) G_GNUC_PRINTF (2, 3);
gsize       ds_reader_push_key        (DsReader           *r,
                                       const char         *key);
gsize       ds_reader_push_index      (DsReader           *r,
                                       guint               index);
void        ds_reader_pop             (DsReader           *r,
                                       gsize               saved);
char       *ds_reader_describe        (JsonNode           *node);
char       *ds_reader_shorten         (const char         *text);
gboolean    ds_reader_cancelled       (DsReader           *r);

void        ds_reader_check_keys      (DsReader           *r,
                                       JsonObject         *object,
                                       const char * const *known);
void        ds_reader_collect         (DsReader           *r,
                                       JsonObject         *object,
                                       const char * const *known,
                                       JsonNode          **nodes);
JsonNode   *ds_reader_present         (DsReader           *r,
                                       JsonNode           *node,
                                       const char         *key,
                                       gboolean            required);
JsonNode   *ds_reader_member          (DsReader           *r,
                                       JsonObject         *object,
                                       const char         *key,
                                       gboolean            required);
JsonObject *ds_reader_object          (DsReader           *r,
                                       JsonNode           *node);
JsonArray  *ds_reader_array           (DsReader           *r,
                                       JsonNode           *node);
const char *ds_reader_string          (DsReader           *r,
                                       JsonNode           *node);
const char *ds_reader_nonempty_string (DsReader           *r,
                                       JsonNode           *node);
DsText     *ds_reader_text            (DsReader           *r,
                                       JsonNode           *node);
gboolean    ds_reader_number          (DsReader           *r,
                                       JsonNode           *node,
                                       double             *value);
/* ds-reader-values.c */
gboolean    ds_reader_date            (DsReader           *r,
                                       JsonNode           *node,
                                       DsDate             *date);
gboolean    ds_reader_id              (DsReader           *r,
                                       JsonNode           *node,
                                       const char        **id);
gboolean    ds_reader_url             (DsReader           *r,
                                       JsonNode           *node,
                                       const char        **url);
char      **ds_reader_string_list     (DsReader           *r,
                                       JsonNode           *node);
gboolean    ds_reader_vocabulary      (DsReader           *r,
                                       JsonNode           *node,
                                       gboolean          (*from_nick) (const char *, gpointer),
                                       const char         *accepted,
                                       gpointer            value);
gboolean    ds_reader_claim_id        (DsReader           *r,
                                       GHashTable         *namespace,
                                       const char         *id);
gboolean    ds_reader_reference       (DsReader           *r,
                                       GHashTable         *namespace,
                                       const char         *id,
                                       const char         *message);

/* ds-dossier-items.c */
void        ds_reader_read_header      (DsReader           *r,
                                        JsonObject         *object);
void        ds_reader_read_lists       (DsReader           *r,
                                        JsonObject         *object);
DsText     *ds_reader_optional_text    (DsReader           *r,
                                        JsonObject         *object,
                                        const char         *key);
DsText     *ds_reader_required_text    (DsReader           *r,
                                        JsonObject         *object,
                                        const char         *key);
const char *ds_reader_required_id      (DsReader           *r,
                                        JsonObject         *object,
                                        GHashTable         *namespace);
gboolean    ds_reader_optional_date    (DsReader           *r,
                                        JsonObject         *object,
                                        const char         *key,
                                        DsDate             *date,
                                        gboolean           *present);
void        ds_reader_check_not_before (DsReader           *r,
                                        JsonObject         *object,
                                        const char         *key,
                                        const DsDate       *start,
                                        const DsDate       *end);
gboolean    ds_reader_read_amount      (DsReader           *r,
                                        JsonNode           *node,
                                        DsMoney            *money,
                                        DsText            **label);
void        ds_reader_read_list        (DsReader           *r,
                                        JsonObject         *object,
                                        const char         *key,
                                        gboolean            required,
                                        GType               item_type,
                                        DsReaderItemFunc    read_item,
                                        double              progress_from,
                                        double              progress_to);

/* ds-dossier-events.c */
gpointer    ds_reader_read_event       (DsReader           *r,
                                        JsonObject         *object);
void        ds_reader_sort_events      (GPtrArray          *events);

/* ds-dossier-extras.c: key figures, claims, the deal model and the stake defaults,
 * read after the lists they refer to (events, series) */
void        ds_reader_read_extras      (DsReader           *r,
                                        JsonObject         *object);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DsReader, ds_reader_clear)

/* Runs @body for the member @key, found by ds_reader_collect() as @node_in (NULL when
 * absent), when it is present, with the path pushed. */
#define WITH_NODE(r, node_in, key, required, node, ...)                        \
  G_STMT_START {                                                               \
    JsonNode *node = ds_reader_present (r, node_in, key, required);            \
    if (node != NULL)                                                          \
      {                                                                        \
        gsize saved_##node = ds_reader_push_key (r, key);                      \
        __VA_ARGS__;                                                           \
        ds_reader_pop (r, saved_##node);                                       \
      }                                                                        \
  } G_STMT_END

/* The same for the member @key of @object. */
#define WITH_MEMBER(r, object, key, required, node, ...)                       \
  WITH_NODE (r, json_object_get_member (object, key), key, required, node, __VA_ARGS__)

/* Reads a vocabulary word into an enum of any of the ds-enums.h types. */
#define DS_READ_WORD(r, node, prefix, out) \
  ds_reader_vocabulary (r, node, (gboolean (*) (const char *, gpointer))prefix##_from_nick, \
                        prefix##_list_nicks (), out)

G_END_DECLS
