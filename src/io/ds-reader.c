/* ds-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reader's state, its problems and paths, and typed reads. json-glib's getters
 * return 0 or NULL on a node of the wrong type, so every read here checks the type
 * first and says what it expected and what it found.
 */

#define G_LOG_DOMAIN "ds-dossier-reader"

#include "config.h"

#include <float.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ds-dossier-reader.h"
#include "ds-problem.h"
#include "ds-reader-private.h"

/* ds_text_new_packed() takes up to this many languages at once */
#define DS_READER_MAX_PACKED 8

/* --- Problems and paths ------------------------------------------------------------- */

static GHashTable *
id_namespace_new (void)
{
  return g_hash_table_new (g_str_hash, g_str_equal);
}

void
ds_reader_init (DsReader           *r,
                GPtrArray          *problems,
                GHashTable         *bad_numbers,
                GCancellable       *cancellable,
                DsReadProgressFunc  progress,
                gpointer            progress_data)
{
  r->problems = problems;
  r->n_errors = 0;
  r->path = g_string_new (NULL);
  r->bad_numbers = g_hash_table_ref (bad_numbers);
  r->cancellable = cancellable;
  r->progress = progress;
  r->progress_data = progress_data;
  r->paths = g_string_chunk_new (4096);
  r->actor_ids = id_namespace_new ();
  r->phase_ids = id_namespace_new ();
  r->event_ids = id_namespace_new ();
  r->series_ids = id_namespace_new ();
  r->takeaway_ids = id_namespace_new ();
  r->section_ids = id_namespace_new ();
  r->event_store = ds_event_store_new ();
  r->interned = g_hash_table_new (g_str_hash, g_str_equal);
  r->event_actors = g_ptr_array_new ();
  r->event_tags = g_ptr_array_new ();
  r->event_sources = g_array_new (FALSE, TRUE, sizeof (DsSource));
}

void
ds_reader_clear (DsReader *r)
{
  if (r->path != NULL)
    g_string_free (r->path, TRUE);
  r->path = NULL;
  g_clear_pointer (&r->bad_numbers, g_hash_table_unref);
  g_clear_pointer (&r->actor_ids, g_hash_table_unref);
  g_clear_pointer (&r->phase_ids, g_hash_table_unref);
  g_clear_pointer (&r->event_ids, g_hash_table_unref);
  g_clear_pointer (&r->series_ids, g_hash_table_unref);
  g_clear_pointer (&r->takeaway_ids, g_hash_table_unref);
  g_clear_pointer (&r->section_ids, g_hash_table_unref);
  g_clear_pointer (&r->paths, g_string_chunk_free);
  g_clear_pointer (&r->event_store, ds_event_store_unref);
  g_clear_pointer (&r->interned, g_hash_table_unref);
  g_clear_pointer (&r->event_actors, g_ptr_array_unref);
  g_clear_pointer (&r->event_tags, g_ptr_array_unref);
  g_clear_pointer (&r->event_sources, g_array_unref);
}

void
ds_reader_error (DsReader   *r,
                 const char *format,
                 ...)
{
  va_list args;
  g_autofree char *message = NULL;

  r->n_errors++;
  if (r->n_errors > DS_DOSSIER_MAX_ERRORS)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  ds_problems_add (r->problems, DS_PROBLEM_ERROR, r->path->str, "%s", message);
}

void
ds_reader_warning (DsReader   *r,
                   const char *format,
                   ...)
{
  va_list args;
  g_autofree char *message = NULL;

  if (r->problems->len >= DS_DOSSIER_MAX_ERRORS * 2)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  ds_problems_add (r->problems, DS_PROBLEM_WARNING, r->path->str, "%s", message);
}

gsize
ds_reader_push_key (DsReader   *r,
                    const char *key)
{
  gsize saved = r->path->len;
  gsize len = strlen (key);

  if (saved > 0)
    g_string_append_c (r->path, '.');
  /* In place when it fits, as g_string_append_c() does: a key is pushed per member read. */
  if (r->path->len + len < r->path->allocated_len)
    {
      memcpy (r->path->str + r->path->len, key, len + 1);
      r->path->len += len;
    }
  else
    g_string_append_len (r->path, key, len);

  return saved;
}

gsize
ds_reader_push_index (DsReader *r,
                      guint     index)
{
  gsize saved = r->path->len;
  char digits[16];
  guint n = 0;

  /* By hand: a printf per array element was 4 % of a load. */
  do
    digits[n++] = '0' + index % 10;
  while ((index /= 10) > 0);
  g_string_append_c (r->path, '[');
  while (n > 0)
    g_string_append_c (r->path, digits[--n]);
  g_string_append_c (r->path, ']');

  return saved;
}

void
ds_reader_pop (DsReader *r,
               gsize     saved)
{
  g_string_truncate (r->path, saved);
}

/* Keys and ids quoted in a message: the first 40 characters are enough to find them. */
char *
ds_reader_shorten (const char *text)
{
  g_autofree char *start = NULL;

  if (g_utf8_strlen (text, -1) <= 40)
    return g_strdup (text);

  start = g_utf8_substring (text, 0, 40);

  return g_strconcat (start, "…", NULL);
}

/* "found ..." part of a message: short, quoted, never the whole of a huge string. */
char *
ds_reader_describe (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("null");
  if (JSON_NODE_HOLDS_OBJECT (node))
    return g_strdup (_("an object"));
  if (JSON_NODE_HOLDS_ARRAY (node))
    return g_strdup (_("an array"));

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      {
        g_autofree char *shown = ds_reader_shorten (json_node_get_string (node));

        return g_strdup_printf ("\"%s\"", shown);
      }

    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

    case G_TYPE_DOUBLE:
      {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        return g_strdup (g_ascii_dtostr (buf, sizeof buf, json_node_get_double (node)));
      }

    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");

    default:
      return g_strdup ("?");
    }
}

static void
type_error (DsReader   *r,
            JsonNode   *node,
            const char *expected)
{
  g_autofree char *found = ds_reader_describe (node);

  /* Translators: "expected a string, found 42" */
  ds_reader_error (r, _("expected %s, found %s"), expected, found);
}

/* --- Typed reads: each one at the current path, FALSE after reporting ----------------- */

/* Reports every key of @object not in @known, in the file's order. */
static void
warn_unknown_keys (DsReader           *r,
                   JsonObject         *object,
                   const char * const *known)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (known, l->data))
        {
          gsize saved = ds_reader_push_key (r, l->data);

          g_autofree char *shown = ds_reader_shorten (l->data);
          ds_reader_warning (r, _("unknown key \"%s\" (ignored)"), shown);
          ds_reader_pop (r, saved);
        }
    }
}

void
ds_reader_collect (DsReader           *r,
                   JsonObject         *object,
                   const char * const *known,
                   JsonNode          **nodes)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *node;
  gboolean all_known = TRUE;
  guint n_known = g_strv_length ((char **)known);
  guint next = 0;

  /* One walk over the members, with no list to allocate: the iterator's order is the
   * hash table's, so unknown keys (rare) are listed again in the file's order. Objects
   * of a list have much the same members in the same order, so the search starts
   * after the last key found, and looks at a key's first byte before comparing. */
  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &node))
    {
      guint i = next, tried;

      for (tried = 0; tried < n_known; tried++, i = i + 1 < n_known ? i + 1 : 0)
        if (known[i][0] == key[0] && strcmp (known[i], key) == 0)
          break;

      if (tried == n_known)
        all_known = FALSE;
      else
        {
          if (nodes != NULL)
            nodes[i] = node;
          next = i + 1 < n_known ? i + 1 : 0;
        }
    }

  if (!all_known)
    warn_unknown_keys (r, object, known);
}

void
ds_reader_check_keys (DsReader           *r,
                      JsonObject         *object,
                      const char * const *known)
{
  ds_reader_collect (r, object, known, NULL);
}

JsonNode *
ds_reader_present (DsReader   *r,
                   JsonNode   *node,
                   const char *key,
                   gboolean    required)
{
  if (node == NULL && required)
    ds_reader_error (r, _("missing required key \"%s\""), key);

  return node;
}

JsonNode *
ds_reader_member (DsReader   *r,
                  JsonObject *object,
                  const char *key,
                  gboolean    required)
{
  return ds_reader_present (r, json_object_get_member (object, key), key, required);
}

JsonObject *
ds_reader_object (DsReader *r,
                  JsonNode *node)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      type_error (r, node, _("an object"));
      return NULL;
    }

  return json_node_get_object (node);
}

JsonArray *
ds_reader_array (DsReader *r,
                 JsonNode *node)
{
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      type_error (r, node, _("an array"));
      return NULL;
    }

  return json_node_get_array (node);
}

const char *
ds_reader_string (DsReader *r,
                  JsonNode *node)
{
  const char *str;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      type_error (r, node, _("a string"));
      return NULL;
    }

  str = json_node_get_string (node);
  if (strlen (str) > DS_DOSSIER_MAX_STRING)
    {
      ds_reader_error (r, _("string is longer than the limit of 1 MiB"));
      return NULL;
    }

  return str;
}

const char *
ds_reader_nonempty_string (DsReader *r,
                           JsonNode *node)
{
  const char *str = ds_reader_string (r, node);

  if (str != NULL && *str == '\0')
    {
      ds_reader_error (r, _("expected a non-empty string, found \"\""));
      return NULL;
    }

  return str;
}

static gboolean
is_language_code (const char *code)
{
  gsize len = strlen (code);

  if (len < 2 || len > 3)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_islower (code[i]))
      return FALSE;

  return TRUE;
}

DsText *
ds_reader_text (DsReader *r,
                JsonNode *node)
{
  const char *languages[DS_READER_MAX_PACKED], *strings[DS_READER_MAX_PACKED];
  g_autoptr(DsText) text = NULL;
  JsonObjectIter iter;
  JsonObject *object;
  const char *language;
  JsonNode *member;
  guint n = 0;
  gboolean ok = TRUE;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *str = ds_reader_string (r, node);
      return str ? ds_text_new_plain (str) : NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      type_error (r, node, _("a text (a string, or an object like {\"en\": \"…\", \"fr\": \"…\"})"));
      return NULL;
    }

  object = json_node_get_object (node);
  if (json_object_get_size (object) == 0)
    {
      ds_reader_error (r, _("expected at least one language, found an empty object"));
      return NULL;
    }

  /* In the file's order, with no list of members to allocate; the usual few languages
   * become one allocation, more go through ds_text_set(). */
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &language, &member))
    {
      gsize saved = ds_reader_push_key (r, language);
      const char *str;

      if (!is_language_code (language))
        {
          g_autofree char *shown = ds_reader_shorten (language);
          ds_reader_error (r, _("expected a language code such as \"en\" or \"fr\", found \"%s\""), shown);
          ok = FALSE;
        }
      else if ((str = ds_reader_string (r, member)) == NULL)
        ok = FALSE;
      else if (n < G_N_ELEMENTS (languages))
        {
          languages[n] = language;
          strings[n++] = str;
        }
      else
        {
          if (text == NULL)
            text = ds_text_new_packed (n, languages, strings);
          ds_text_set (text, language, str);
        }

      ds_reader_pop (r, saved);
    }

  if (!ok)
    return NULL;

  return text != NULL ? g_steal_pointer (&text) : ds_text_new_packed (n, languages, strings);
}

gboolean
ds_reader_number (DsReader *r,
                  JsonNode *node,
                  double   *value)
{
  const char *scan_problem;

  /* Nearly always empty: skip hashing the path of every number. */
  if (g_hash_table_size (r->bad_numbers) > 0 &&
      (scan_problem = g_hash_table_lookup (r->bad_numbers, r->path->str)) != NULL)
    {
      ds_reader_error (r, "%s", scan_problem);
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_INT64 &&
       json_node_get_value_type (node) != G_TYPE_DOUBLE))
    {
      type_error (r, node, _("a number"));
      return FALSE;
    }

  *value = json_node_get_double (node);
  if (!isfinite (*value))
    {
      ds_reader_error (r, _("expected a finite number, found a number out of range"));
      return FALSE;
    }
  /* -0 would print as "−0", and subnormals (below 1e-308) mean nothing in a dossier. */
  if (fabs (*value) < DBL_MIN)
    *value = 0;

  return TRUE;
}

gboolean
ds_reader_cancelled (DsReader *r)
{
  return g_cancellable_is_cancelled (r->cancellable);
}
