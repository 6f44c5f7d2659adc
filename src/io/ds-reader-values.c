/* ds-reader-values.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Typed reads of the values that have rules of their own: dates, ids, links, lists of
 * strings, vocabulary words, and ids and references in their namespaces.
 */

#define G_LOG_DOMAIN "ds-dossier-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ds-reader-private.h"
#include "ds-url.h"

gboolean
ds_reader_date (DsReader *r,
                JsonNode *node,
                DsDate   *date)
{
  g_autoptr(GError) error = NULL;
  const char *str = ds_reader_string (r, node);

  if (str == NULL)
    return FALSE;

  if (!ds_date_parse (str, date, &error))
    {
      g_autofree char *found = ds_reader_describe (node);

      if (g_error_matches (error, DS_DATE_ERROR, DS_DATE_ERROR_SYNTAX))
        ds_reader_error (r, _("expected a date like 2025-09-22 or 2026-Q3, found %s"), found);
      else
        /* Translators: the first %s explains what is wrong with the date */
        ds_reader_error (r, _("%s, found %s"), error->message, found);
      return FALSE;
    }

  return TRUE;
}

gboolean
ds_reader_id (DsReader   *r,
              JsonNode   *node,
              const char **id)
{
  const char *str = ds_reader_string (r, node);
  gsize len;

  if (str == NULL)
    return FALSE;

  len = strlen (str);
  for (gsize i = 0; i < len && len <= 64; i++)
    {
      if (!g_ascii_isalnum (str[i]) && str[i] != '-' && str[i] != '_' && str[i] != '.')
        {
          len = 0;
          break;
        }
    }

  if (len == 0 || len > 64)
    {
      g_autofree char *found = ds_reader_describe (node);

      ds_reader_error (r, _("expected an id made of letters, digits, \"-\", \"_\" or \".\" (1 to 64 characters), found %s"),
                       found);
      return FALSE;
    }

  *id = str;
  return TRUE;
}

/* A link that is not http or https is dropped with a warning, never kept: the source
 * stays, shown without a link, and the dossier loads. @url is NULL then. */
gboolean
ds_reader_url (DsReader    *r,
               JsonNode    *node,
               const char **url)
{
  const char *str = ds_reader_string (r, node);

  *url = NULL;
  if (str == NULL)
    return FALSE;

  if (!ds_url_is_web (str))
    {
      g_autofree char *found = ds_reader_describe (node);

      ds_reader_warning (r, _("expected an http or https link, found %s; the link is dropped"), found);
      return TRUE;
    }

  *url = str;
  return TRUE;
}

char **
ds_reader_string_list (DsReader *r,
                       JsonNode *node)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;
  gboolean ok = TRUE;

  if ((array = ds_reader_array (r, node)) == NULL)
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize saved = ds_reader_push_index (r, i);
      const char *str = ds_reader_nonempty_string (r, json_array_get_element (array, i));

      if (str != NULL)
        g_strv_builder_add (builder, str);
      else
        ok = FALSE;
      ds_reader_pop (r, saved);
    }

  return ok ? g_strv_builder_end (builder) : NULL;
}

gboolean
ds_reader_vocabulary (DsReader    *r,
                      JsonNode    *node,
                      gboolean   (*from_nick) (const char *, gpointer),
                      const char  *accepted,
                      gpointer     value)
{
  const char *str = ds_reader_string (r, node);

  if (str == NULL)
    return FALSE;

  if (!from_nick (str, value))
    {
      g_autofree char *found = ds_reader_describe (node);

      /* Translators: "expected one of confirmed, reported, rumour, denied, planned, found …" */
      ds_reader_error (r, _("expected one of %s, found %s"), accepted, found);
      return FALSE;
    }

  return TRUE;
}

/* Remembers an id in its namespace; reports a duplicate with where it was first used.
 * @id is kept as it is: a string of the tree, which outlives the reader. */
gboolean
ds_reader_claim_id (DsReader   *r,
                    GHashTable *namespace,
                    const char *id)
{
  const char *first = g_hash_table_lookup (namespace, id);

  if (first != NULL)
    {
      ds_reader_error (r, _("duplicate id \"%s\", already used at %s"), id, first);
      return FALSE;
    }

  g_hash_table_insert (namespace, (gpointer)id,
                       g_string_chunk_insert_len (r->paths, r->path->str, r->path->len));

  return TRUE;
}

/* @message has one %s, the id, as in N_("no actor has the id \"%s\""): it is translated
 * only when it is reported, not for every reference that resolves. */
gboolean
ds_reader_reference (DsReader   *r,
                     GHashTable *namespace,
                     const char *id,
                     const char *message)
{
  if (!g_hash_table_contains (namespace, id))
    {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      g_autofree char *shown = ds_reader_shorten (id);
      ds_reader_error (r, _(message), shown);
#pragma GCC diagnostic pop
      return FALSE;
    }

  return TRUE;
}
