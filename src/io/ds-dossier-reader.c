/* ds-dossier-reader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The top of a dossier: its format version, id and title; the lists are read in
 * ds-dossier-items.c, then the parts that refer to them in ds-dossier-extras.c, with the
 * typed reads of ds-reader.c.
 */

#define G_LOG_DOMAIN "ds-dossier-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ds-dossier-reader.h"
#include "ds-problem.h"
#include "ds-reader-private.h"

/* --- The dossier ---------------------------------------------------------------------- */

static const char * const top_level_keys[] = {
  "format", "id", "title", "subtitle", "summary", "languages", "updated", "default_view",
  "actors", "phases", "events", "series", "takeaways", "sections", "key_figures", "claims",
  "deal_model", "stake", "$schema", NULL
};

/* "dealscope/1" or "dealscope/1.N"; newer majors are refused, not guessed at. */
static gboolean
read_format (DsReader    *r,
             JsonObject  *object,
             const char **format)
{
  gsize saved = ds_reader_push_key (r, "format");
  JsonNode *node = json_object_get_member (object, "format");
  const char *str = NULL;
  gboolean ok = FALSE;

  if (node == NULL)
    {
      ds_reader_pop (r, saved);
      ds_reader_error (r, _("missing required key \"format\" (a Dealscope dossier starts with \"format\": \"dealscope/1\")"));
      return FALSE;
    }

  if ((str = ds_reader_string (r, node)) != NULL)
    {
      guint64 major = 0;
      const char *version = g_str_has_prefix (str, "dealscope/") ? str + strlen ("dealscope/") : NULL;
      char *end = NULL;

      if (version != NULL && g_ascii_isdigit (*version))
        major = g_ascii_strtoull (version, &end, 10);

      if (version == NULL || end == NULL || (*end != '\0' && *end != '.'))
        ds_reader_error (r, _("expected \"dealscope/1\", found \"%s\""), str);
      else if (major != 1)
        ds_reader_error (r, _("this dossier uses format version %s, but this version of Dealscope reads only version 1; a newer Dealscope is needed"), version);
      else
        ok = TRUE;
    }

  ds_reader_pop (r, saved);
  *format = str;

  return ok;
}

DsDossier *
ds_dossier_read_tree (JsonNode           *root,
                      GPtrArray          *problems,
                      GCancellable       *cancellable,
                      DsReadProgressFunc  progress,
                      gpointer            progress_data)
{
  return ds_dossier_read_tree_full (root, problems, NULL, cancellable, progress, progress_data, NULL);
}

DsDossier *
ds_dossier_read_tree_full (JsonNode           *root,
                           GPtrArray          *problems,
                           GHashTable         *bad_numbers,
                           GCancellable       *cancellable,
                           DsReadProgressFunc  progress,
                           gpointer            progress_data,
                           guint              *n_errors)
{
  g_autoptr(GHashTable) no_bad_numbers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(DsText) title = NULL;
  g_autoptr(DsDossier) dossier = NULL;
  g_auto(DsReader) r = { 0 };
  JsonObject *object;
  const char *format = NULL;
  const char *id = NULL;
  JsonNode *node;
  gsize saved;

  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  if (n_errors != NULL)
    *n_errors = 0;
  ds_reader_init (&r, problems, bad_numbers ? bad_numbers : no_bad_numbers,
                  cancellable, progress, progress_data);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_autofree char *found = ds_reader_describe (root);

      ds_reader_error (&r, _("expected a dossier (a JSON object), found %s"), found);
      return NULL;
    }
  object = json_node_get_object (root);

  if (!read_format (&r, object, &format))
    return NULL;

  ds_reader_check_keys (&r, object, top_level_keys);

  if ((node = ds_reader_member (&r, object, "id", TRUE)) != NULL)
    {
      saved = ds_reader_push_key (&r, "id");
      ds_reader_id (&r, node, &id);
      ds_reader_pop (&r, saved);
    }

  if ((node = ds_reader_member (&r, object, "title", TRUE)) != NULL)
    {
      saved = ds_reader_push_key (&r, "title");
      title = ds_reader_text (&r, node);
      ds_reader_pop (&r, saved);
    }

  /* Keep reading after a bad id or title, so that every problem is reported at once. */
  if (title == NULL)
    title = ds_text_new_plain ("");
  dossier = ds_dossier_new (format, id ? id : "", title);
  r.dossier = dossier;

  ds_reader_read_header (&r, object);
  ds_reader_read_lists (&r, object);
  ds_reader_read_extras (&r, object);

  if (ds_reader_cancelled (&r))
    {
      ds_reader_error (&r, _("loading was cancelled"));
      return NULL;
    }

  if (r.n_errors > DS_DOSSIER_MAX_ERRORS)
    ds_problems_add (problems, DS_PROBLEM_ERROR, "",
                     g_dngettext (GETTEXT_PACKAGE, "%u more error not shown",
                                  "%u more errors not shown",
                                  r.n_errors - DS_DOSSIER_MAX_ERRORS),
                     r.n_errors - DS_DOSSIER_MAX_ERRORS);

  if (n_errors != NULL)
    *n_errors = r.n_errors;
  return r.n_errors == 0 ? g_steal_pointer (&dossier) : NULL;
}
