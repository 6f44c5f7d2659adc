/* ds-timelinejs-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * TimelineJS 3 JSON: detection, and reading with the dossier reader's typed reads (so
 * that problems carry the same paths and messages) into slides, which
 * ds-timelinejs-build.c maps to a dossier. The date parts here are shared with the CSV
 * form (ds-timelinejs-csv.c).
 */

#define G_LOG_DOMAIN "ds-timelinejs-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ds-reader-private.h"
#include "ds-timelinejs-import.h"

/* --- Dates ------------------------------------------------------------------------ */

char *
ds_timeline_normalize_integer (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  GString *digits = g_string_new (NULL);
  const char *p = copy;
  gboolean negative = FALSE;
  guint group = 0;
  gboolean grouped = FALSE;

  if (*p == '-' || *p == '+')
    negative = *p++ == '-';

  /* Digits, maybe grouped by thousands with commas as spreadsheets export them. */
  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (digits, *p);
          group++;
        }
      else if (*p == ',' && g_ascii_isdigit (p[1]) && (grouped ? group == 3 : group >= 1 && group <= 3))
        {
          grouped = TRUE;
          group = 0;
        }
      else
        {
          break;
        }
    }

  if (*p != '\0' || digits->len == 0 || (grouped && group != 3))
    {
      g_string_free (digits, TRUE);
      return NULL;
    }

  while (digits->len > 1 && digits->str[0] == '0')
    g_string_erase (digits, 0, 1);
  if (negative && strcmp (digits->str, "0") != 0)
    g_string_prepend_c (digits, '-');

  return g_string_free (digits, FALSE);
}

/* Months and days beyond two digits are out of range anyway: clamp them so that
 * ds_date_parse() explains the range in its own words. */
static guint
clamp_part (const char *text)
{
  if (text[0] == '-')
    return 0;
  if (strlen (text) > 2)
    return 99;

  return (guint)g_ascii_strtoull (text, NULL, 10);
}

gboolean
ds_timeline_date_from_parts (const char      *year,
                             const char      *month,
                             const char      *day,
                             gboolean         year_only,
                             DsDate          *date,
                             DsTimelinePart  *bad_part,
                             GError         **error)
{
  g_autofree char *year_text = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (year != NULL, FALSE);

  /* ds_date_parse() wants at least four digits. */
  {
    const char *digits = year + (year[0] == '-');
    gsize n = strlen (digits);

    year_text = g_strdup_printf ("%s%.*s%s", year[0] == '-' ? "-" : "",
                                 n < 4 ? (int)(4 - n) : 0, "0000", digits);
  }

  *bad_part = DS_TIMELINE_PART_YEAR;
  if (!ds_date_parse (year_text, date, error))
    return FALSE;
  if (month == NULL || year_only)
    return TRUE;

  *bad_part = DS_TIMELINE_PART_MONTH;
  text = g_strdup_printf ("%s-%02u", year_text, clamp_part (month));
  if (!ds_date_parse (text, date, error))
    return FALSE;
  if (day == NULL)
    return TRUE;

  *bad_part = DS_TIMELINE_PART_DAY;
  g_free (text);
  text = g_strdup_printf ("%s-%02u-%02u", year_text, clamp_part (month), clamp_part (day));
  if (!ds_date_parse (text, date, error))
    return FALSE;

  *bad_part = DS_TIMELINE_PART_NONE;
  return TRUE;
}

/* --- Detection -------------------------------------------------------------------- */

gboolean
ds_timelinejs_is_json (JsonNode *root)
{
  JsonObject *object;
  JsonNode *node;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;
  object = json_node_get_object (root);
  if (json_object_has_member (object, "format"))
    return FALSE;

  node = json_object_get_member (object, "events");
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_OBJECT (item) &&
              json_object_has_member (json_node_get_object (item), "start_date"))
            return TRUE;
        }
    }

  node = json_object_get_member (object, "title");

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) &&
         json_object_has_member (json_node_get_object (node), "text");
}

/* --- Reading JSON ----------------------------------------------------------------- */

static const char * const top_keys[] = { "title", "events", "eras", "scale", NULL };
static const char * const slide_keys[] = {
  "start_date", "end_date", "text", "media", "group", "display_date", "background",
  "autolink", "unique_id", NULL
};
static const char * const era_keys[] = { "start_date", "end_date", "text", NULL };
static const char * const date_keys[] = {
  "year", "month", "day", "hour", "minute", "second", "millisecond", "display_date",
  "format", NULL
};
static const char * const text_keys[] = { "headline", "text", NULL };
static const char * const media_keys[] = {
  "url", "caption", "credit", "thumbnail", "alt", "title", "link", "link_target", NULL
};
static const char * const background_keys[] = { "url", "color", "alt", NULL };

/* A string member, or NULL when absent or null; FALSE after reporting a wrong type. */
static gboolean
optional_string (DsReader    *r,
                 JsonObject  *object,
                 const char  *key,
                 char       **out)
{
  JsonNode *node = json_object_get_member (object, key);
  const char *str;
  gsize saved;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  saved = ds_reader_push_key (r, key);
  str = ds_reader_string (r, node);
  ds_reader_pop (r, saved);
  if (out != NULL)
    {
      g_free (*out);
      *out = g_strdup (str);
    }

  return str != NULL;
}

static void
expected_integer (DsReader *r,
                  JsonNode *node)
{
  g_autofree char *found = ds_reader_describe (node);

  ds_reader_error (r, _("expected a whole number or a string of digits, found %s"), found);
}

/* A whole number, given as a number or a string: its normalized text. An empty string
 * (or null) is no value when @allow_empty: *present is then FALSE. */
static gboolean
read_integer (DsReader  *r,
              JsonNode  *node,
              gboolean   allow_empty,
              char     **text,
              gboolean  *present)
{
  const char *scan_problem;

  *text = NULL;
  *present = FALSE;

  if ((scan_problem = g_hash_table_lookup (r->bad_numbers, r->path->str)) != NULL)
    {
      ds_reader_error (r, "%s", scan_problem);
      return FALSE;
    }

  if (JSON_NODE_HOLDS_NULL (node) && allow_empty)
    return TRUE;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    *text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      double value = json_node_get_double (node);

      if (isfinite (value) && value == floor (value) && fabs (value) <= 9007199254740992.0)
        *text = g_strdup_printf ("%.0f", value);
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *str = ds_reader_string (r, node);
      g_autofree char *stripped = str ? g_strstrip (g_strdup (str)) : NULL;

      if (str == NULL)
        return FALSE;
      if (*stripped == '\0' && allow_empty)
        return TRUE;
      *text = ds_timeline_normalize_integer (str);
    }

  if (*text == NULL)
    {
      expected_integer (r, node);
      return FALSE;
    }

  *present = TRUE;
  return TRUE;
}

static const char * const part_keys[] = { "year", "month", "day", "hour", "minute", "second", "millisecond" };

/* Checks the parts of a date object; @parts gets their normalized text. */
static gboolean
read_date_parts (DsReader   *r,
                 JsonObject *object,
                 char       *parts[G_N_ELEMENTS (part_keys)])
{
  gboolean present, ok = TRUE;

  ds_reader_check_keys (r, object, date_keys);

  for (guint i = 0; i < G_N_ELEMENTS (part_keys); i++)
    WITH_MEMBER (r, object, part_keys[i], i == 0, node,
                 ok &= read_integer (r, node, i != 0, &parts[i], &present));
  ok &= optional_string (r, object, "display_date", NULL);
  ok &= optional_string (r, object, "format", NULL);

  return ok && parts[0] != NULL;
}

/* The time of day (parts[3] and beyond) is checked, then dropped. */
static gboolean
read_date_object (DsReader   *r,
                  JsonObject *object,
                  gboolean    year_only,
                  DsDate     *date)
{
  char *parts[G_N_ELEMENTS (part_keys)] = { NULL };
  g_autoptr(GError) error = NULL;
  DsTimelinePart bad_part = DS_TIMELINE_PART_NONE;
  gboolean ok = FALSE;

  if (!read_date_parts (r, object, parts))
    ;
  else if (parts[2] != NULL && parts[1] == NULL && !year_only)
    {
      gsize saved = ds_reader_push_key (r, "day");

      /* Translators: %s is the name of a field of the file, kept as is */
      ds_reader_error (r, _("expected \"%s\" too, found none"), "month");
      ds_reader_pop (r, saved);
    }
  else if (!ds_timeline_date_from_parts (parts[0], parts[1], parts[2], year_only, date,
                                         &bad_part, &error))
    {
      const char *key = part_keys[bad_part - DS_TIMELINE_PART_YEAR];
      gsize saved = ds_reader_push_key (r, key);
      g_autofree char *found = ds_reader_describe (json_object_get_member (object, key));

      /* Translators: the first %s explains what is wrong with the date */
      ds_reader_error (r, _("%s, found %s"), error->message, found);
      ds_reader_pop (r, saved);
    }
  else
    ok = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (part_keys); i++)
    g_free (parts[i]);

  return ok;
}

static gboolean
read_date (DsReader   *r,
           JsonObject *object,
           const char *key,
           gboolean    required,
           gboolean    year_only,
           DsDate     *date)
{
  JsonNode *node = ds_reader_member (r, object, key, required);
  JsonObject *date_object;
  gboolean ok;
  gsize saved;

  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    return FALSE;

  saved = ds_reader_push_key (r, key);
  ok = (date_object = ds_reader_object (r, node)) != NULL &&
       read_date_object (r, date_object, year_only, date);
  ds_reader_pop (r, saved);

  return ok;
}

/* Reads the members of a sub-object ("text", "media", "background") when present. */
static JsonObject *
enter_object (DsReader           *r,
              JsonObject         *object,
              const char         *key,
              const char * const *keys,
              gsize              *saved)
{
  JsonNode *node = json_object_get_member (object, key);
  JsonObject *inner;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  *saved = ds_reader_push_key (r, key);
  if ((inner = ds_reader_object (r, node)) == NULL)
    {
      ds_reader_pop (r, *saved);
      return NULL;
    }
  ds_reader_check_keys (r, inner, keys);

  return inner;
}

static void
read_text_object (DsReader        *r,
                  JsonObject      *object,
                  DsTimelineSlide *slide)
{
  gsize saved;
  JsonObject *text = enter_object (r, object, "text", text_keys, &saved);

  if (text == NULL)
    return;
  optional_string (r, text, "headline", &slide->headline);
  optional_string (r, text, "text", &slide->text);
  ds_reader_pop (r, saved);
}

/* Slides and eras; @is_era limits the keys, @is_title makes start_date optional. */
static DsTimelineSlide *
read_slide (DsReader   *r,
            JsonObject *object,
            gboolean    is_title,
            gboolean    is_era,
            gboolean    year_only)
{
  g_autoptr(DsTimelineSlide) slide = ds_timeline_slide_new ();
  guint n_errors = r->n_errors;
  JsonObject *inner;
  JsonNode *node;
  gsize saved;

  slide->path = g_strdup (r->path->str);
  ds_reader_check_keys (r, object, is_era ? era_keys : slide_keys);

  slide->has_start = read_date (r, object, "start_date", !is_title, year_only, &slide->start);
  slide->has_end = read_date (r, object, "end_date", FALSE, year_only, &slide->end);
  if (slide->has_start && slide->has_end)
    ds_reader_check_not_before (r, object, "end_date", &slide->start, &slide->end);
  read_text_object (r, object, slide);

  if (!is_era)
    {
      if ((inner = enter_object (r, object, "media", media_keys, &saved)) != NULL)
        {
          optional_string (r, inner, "url", &slide->media_url);
          optional_string (r, inner, "caption", &slide->media_caption);
          optional_string (r, inner, "credit", &slide->media_credit);
          for (guint i = 3; media_keys[i] != NULL; i++)
            optional_string (r, inner, media_keys[i], NULL);
          ds_reader_pop (r, saved);
        }
      if ((inner = enter_object (r, object, "background", background_keys, &saved)) != NULL)
        {
          for (guint i = 0; background_keys[i] != NULL; i++)
            optional_string (r, inner, background_keys[i], NULL);
          ds_reader_pop (r, saved);
        }
      optional_string (r, object, "group", &slide->group);
      optional_string (r, object, "display_date", NULL);
      optional_string (r, object, "unique_id", &slide->unique_id);

      node = json_object_get_member (object, "autolink");
      if (node != NULL && !JSON_NODE_HOLDS_NULL (node) &&
          (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN))
        {
          g_autofree char *found = ds_reader_describe (node);

          saved = ds_reader_push_key (r, "autolink");
          /* Translators: "expected true or false, found "yes"" */
          ds_reader_error (r, _("expected true or false, found %s"), found);
          ds_reader_pop (r, saved);
        }
    }

  return r->n_errors == n_errors ? g_steal_pointer (&slide) : NULL;
}

/* Reads the array @key into slides; FALSE when it is not there as it should be. */
static GPtrArray *
read_slides (DsReader   *r,
             JsonObject *object,
             const char *key,
             gboolean    required,
             gboolean    is_era,
             gboolean    year_only)
{
  g_autoptr(GPtrArray) slides = g_ptr_array_new_with_free_func ((GDestroyNotify)ds_timeline_slide_free);
  JsonNode *node = ds_reader_member (r, object, key, required);
  JsonArray *array;
  gsize saved;

  if (node == NULL || (!required && JSON_NODE_HOLDS_NULL (node)))
    return g_steal_pointer (&slides);

  saved = ds_reader_push_key (r, key);
  if ((array = ds_reader_array (r, node)) != NULL && required && json_array_get_length (array) == 0)
    ds_reader_error (r, _("expected at least one item, found an empty array"));

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      gsize item_saved = ds_reader_push_index (r, i);
      JsonObject *item = ds_reader_object (r, json_array_get_element (array, i));
      DsTimelineSlide *slide = item ? read_slide (r, item, FALSE, is_era, year_only) : NULL;

      if (slide != NULL)
        g_ptr_array_add (slides, slide);
      ds_reader_pop (r, item_saved);

      if ((i & 1023) == 1023 && ds_reader_cancelled (r))
        break;
    }
  ds_reader_pop (r, saved);

  return g_steal_pointer (&slides);
}

static gboolean
scale_from_nick (const char *nick,
                 gpointer    value)
{
  if (strcmp (nick, "human") != 0 && strcmp (nick, "cosmological") != 0)
    return FALSE;

  *(gboolean *)value = strcmp (nick, "cosmological") == 0;
  return TRUE;
}

DsDossier *
ds_timelinejs_read_tree (JsonNode      *root,
                         const char    *name,
                         GPtrArray     *problems,
                         GHashTable    *bad_numbers,
                         GCancellable  *cancellable,
                         guint         *n_errors)
{
  g_autoptr(GHashTable) no_bad_numbers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(DsTimelineSlide) title = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) eras = NULL;
  g_auto(DsReader) r = { 0 };
  gboolean cosmological = FALSE;
  JsonObject *object;
  JsonNode *node;

  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  if (n_errors != NULL)
    *n_errors = 0;
  ds_reader_init (&r, problems, bad_numbers ? bad_numbers : no_bad_numbers, cancellable, NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_autofree char *found = ds_reader_describe (root);

      ds_reader_error (&r, _("expected a dossier (a JSON object), found %s"), found);
      if (n_errors != NULL)
        *n_errors = r.n_errors;
      return NULL;
    }
  object = json_node_get_object (root);
  ds_reader_check_keys (&r, object, top_keys);

  WITH_MEMBER (&r, object, "scale", FALSE, scale_node,
               ds_reader_vocabulary (&r, scale_node, scale_from_nick, "human, cosmological",
                                     &cosmological));

  if ((node = json_object_get_member (object, "title")) != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      gsize saved = ds_reader_push_key (&r, "title");
      JsonObject *title_object = ds_reader_object (&r, node);

      if (title_object != NULL)
        title = read_slide (&r, title_object, TRUE, FALSE, cosmological);
      ds_reader_pop (&r, saved);
    }

  events = read_slides (&r, object, "events", TRUE, FALSE, cosmological);
  eras = read_slides (&r, object, "eras", FALSE, TRUE, cosmological);

  if (ds_reader_cancelled (&r))
    ds_reader_error (&r, _("loading was cancelled"));

  if (r.n_errors > DS_DOSSIER_MAX_ERRORS)
    ds_problems_add (problems, DS_PROBLEM_ERROR, "",
                     g_dngettext (GETTEXT_PACKAGE, "%u more error not shown",
                                  "%u more errors not shown",
                                  r.n_errors - DS_DOSSIER_MAX_ERRORS),
                     r.n_errors - DS_DOSSIER_MAX_ERRORS);
  if (n_errors != NULL)
    *n_errors = r.n_errors;
  if (r.n_errors > 0)
    return NULL;

  return ds_timeline_build (title, events, eras, name, problems);
}
