/* ds-dossier-loader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks the text, parses it and hands the tree to the reader; loading in a worker
 * thread is in ds-dossier-loader-async.c.
 */

#define G_LOG_DOMAIN "ds-dossier-loader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ds-dossier-loader-private.h"
#include "ds-dossier-reader.h"
#include "ds-json-scan.h"
#include "ds-timelinejs-import.h"

G_DEFINE_QUARK (ds-loader-error-quark, ds_loader_error)

static void
report_progress (Progress *progress,
                 double    fraction)
{
  if (progress != NULL && progress->func != NULL)
    progress->func (progress->from + (progress->to - progress->from) * fraction, progress->data);
}

static void
reader_progress_cb (double   fraction,
                    gpointer user_data)
{
  report_progress (user_data, fraction);
}

/* Integers beyond 2^53 lose digits as doubles, and json-glib wraps those beyond
 * INT64_MAX; literals like 1e400 become infinities. Catch them in the text: the scan
 * passes only numbers with an exponent or 16 digits or more, the rest are exact. */
static void
find_bad_numbers_cb (const char *path,
                     DsJsonKind  kind,
                     const char *token,
                     gsize       token_length,
                     guint       line,
                     guint       column,
                     gpointer    user_data)
{
  GHashTable *bad_numbers = user_data;
  g_autofree char *text = NULL;
  gboolean is_integer;
  double value;

  if (kind != DS_JSON_NUMBER)
    return;

  text = g_strndup (token, token_length);
  is_integer = strpbrk (text, ".eE") == NULL;
  value = g_ascii_strtod (text, NULL);

  if (!isfinite (value))
    g_hash_table_insert (bad_numbers, g_strdup (path),
                         g_strdup_printf (_("the number %s is out of range"), text));
  else if (is_integer && (token_length - (token[0] == '-') > 16 ||
                         (token_length - (token[0] == '-') == 16 &&
                          strncmp (token + (token[0] == '-'), "9007199254740992", 16) > 0)))
    g_hash_table_insert (bad_numbers, g_strdup (path),
                         g_strdup_printf (_("the integer %s is too large to be exact (more than 2^53)"), text));
}

typedef struct
{
  GHashTable *wanted; /* path → DsProblem of the first problem at that path */
} Locate;

static void
locate_cb (const char *path,
           DsJsonKind  kind,
           const char *token,
           gsize       token_length,
           guint       line,
           guint       column,
           gpointer    user_data)
{
  GPtrArray *at_path = g_hash_table_lookup (user_data, path);

  if (at_path == NULL)
    return;

  for (guint i = 0; i < at_path->len; i++)
    {
      DsProblem *problem = g_ptr_array_index (at_path, i);

      if (problem->line == 0)
        {
          problem->line = line;
          problem->column = column;
        }
    }
}

/* A missing key's path names no value: fall back to its nearest existing parent. */
static void
locate_problems (const char *data,
                 gsize       length,
                 GPtrArray  *problems)
{
  for (guint round = 0; round < 4; round++)
    {
      g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            (GDestroyNotify)g_ptr_array_unref);
      guint line, column;

      for (guint i = 0; i < problems->len; i++)
        {
          DsProblem *problem = g_ptr_array_index (problems, i);
          g_autofree char *path = NULL;
          GPtrArray *at_path;
          char *cut;

          if (problem->line != 0)
            continue;

          path = g_strdup (problem->path);
          for (guint up = 0; up < round; up++)
            {
              cut = MAX (strrchr (path, '.'), strrchr (path, '['));
              if (cut == NULL)
                cut = path;
              *cut = '\0';
            }

          if ((at_path = g_hash_table_lookup (wanted, path)) == NULL)
            {
              at_path = g_ptr_array_new ();
              g_hash_table_insert (wanted, g_strdup (path), at_path);
            }
          g_ptr_array_add (at_path, problem);
        }

      if (g_hash_table_size (wanted) == 0)
        return;

      ds_json_scan (data, length, G_MAXUINT, locate_cb, wanted, &line, &column);
    }
}

/* File order reads best; problems without a place (summaries) go last. */
static int
compare_problems_by_place (gconstpointer a,
                           gconstpointer b)
{
  const DsProblem *pa = *(const DsProblem * const *)a;
  const DsProblem *pb = *(const DsProblem * const *)b;
  guint line_a = pa->line ? pa->line : G_MAXUINT;
  guint line_b = pb->line ? pb->line : G_MAXUINT;

  if (line_a != line_b)
    return line_a < line_b ? -1 : 1;

  return pa->column < pb->column ? -1 : pa->column > pb->column;
}

static DsDossier *
invalid (GPtrArray  *problems,
         guint       n_errors,
         GError    **error)
{
  if (n_errors == 0)
    n_errors = ds_problems_count (problems, DS_PROBLEM_ERROR);

  g_set_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID,
               g_dngettext (GETTEXT_PACKAGE, "The dossier has %u error", "The dossier has %u errors", n_errors),
               n_errors);

  return NULL;
}

/* Everything json-glib would get wrong or choke on is refused here, from the text: it
 * only ever parses text this scan has accepted (it leaks on some bad text). */
static gboolean
check_text (const char *data,
            gsize       length,
            GPtrArray  *problems,
            GHashTable *bad_numbers)
{
  DsJsonScanResult result;
  DsJsonScanError scan_error;
  DsProblem *problem = NULL;
  gsize i;

  if (length > DS_DOSSIER_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (length);

      ds_problems_add (problems, DS_PROBLEM_ERROR, "",
                       _("the file is too large (%s); dossiers are limited to 64 MiB"), size);
      return FALSE;
    }

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      problem = ds_problems_add (problems, DS_PROBLEM_ERROR, "",
                                 _("the file starts with a byte-order mark; save it as UTF-8 without BOM"));
      problem->line = problem->column = 1;
      return FALSE;
    }

  for (i = 0; i < length && g_ascii_isspace (data[i]); i++)
    ;
  if (i == length)
    {
      ds_problems_add (problems, DS_PROBLEM_ERROR, "", _("the file is empty"));
      return FALSE;
    }

  /* The scan checks UTF-8 too: the text is read once before json-glib reads it. */
  result = ds_json_scan_full (data, length, DS_DOSSIER_MAX_DEPTH, DS_JSON_VISIT_SUSPECT_NUMBERS,
                              find_bad_numbers_cb, bad_numbers, &scan_error);
  switch (result)
    {
    case DS_JSON_SCAN_OK:
      return TRUE;

    case DS_JSON_SCAN_TRAILING:
      /* json-glib 1.6 accepts a second document, and leaks the first: never pass it on. */
      problem = ds_problems_add (problems, DS_PROBLEM_ERROR, "",
                                 _("invalid JSON: unexpected text after the end of the dossier"));
      break;

    case DS_JSON_SCAN_TOO_DEEP:
      problem = ds_problems_add (problems, DS_PROBLEM_ERROR, "",
                                 _("values are nested more than %u levels deep"),
                                 DS_DOSSIER_MAX_DEPTH);
      break;

    case DS_JSON_SCAN_SYNTAX:
    default:
      {
        g_autofree char *message = ds_json_scan_describe (data, length, &scan_error);

        problem = ds_problems_add (problems, DS_PROBLEM_ERROR, "", "%s", message);
      }
      break;
    }

  problem->line = scan_error.line;
  problem->column = scan_error.column;

  return FALSE;
}

/* json-glib writes "<data>:LINE:COL: Parse error: WHAT". */
static void
add_syntax_problem (GPtrArray    *problems,
                    const GError *error)
{
  guint line = 0, column = 0;
  int consumed = 0;
  const char *what = error->message;
  g_autofree char *valid = NULL;
  DsProblem *problem;

  if (sscanf (error->message, "<data>:%u:%u: %n", &line, &column, &consumed) == 2 && consumed > 0)
    {
      what = error->message + consumed;
      if (g_str_has_prefix (what, "Parse error: "))
        what += strlen ("Parse error: ");
    }

  /* Translators: %s is the JSON parser's own description */
  /* json-glib quotes the offending bytes, and can cut a character in two. */
  valid = g_utf8_make_valid (what, -1);
  problem = ds_problems_add (problems, DS_PROBLEM_ERROR, "", _("invalid JSON: %s"), valid);
  problem->line = line;
  problem->column = column;
}

/* What the freeing thread is handed: a tree, or a mark that says it got that far. */
typedef struct
{
  GMutex lock;
  GCond cond;
  gboolean reached;
} ReleaseMark;

typedef struct
{
  JsonNode *tree;
  ReleaseMark *mark;
} Release;

static void
release_cb (gpointer data,
            gpointer user_data)
{
  Release *release = data;

  g_clear_pointer (&release->tree, json_node_unref);
  if (release->mark != NULL)
    {
      g_mutex_lock (&release->mark->lock);
      release->mark->reached = TRUE;
      g_cond_signal (&release->mark->cond);
      g_mutex_unlock (&release->mark->lock);
    }
  g_free (release);
}

/* One thread, so that the trees are freed in the order they were handed over. */
static GThreadPool *
get_release_pool (void)
{
  static GThreadPool *pool;

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (release_cb, NULL, 1, FALSE, NULL));

  return pool;
}

/* Freeing json-glib's tree takes a tenth of a load, and nothing waits for it: it is
 * done on a thread of its own, after the dossier has been handed over. */
static void
release_tree (JsonNode *root)
{
  Release *release;

  if (root == NULL)
    return;

  release = g_new0 (Release, 1);
  release->tree = root;
  g_thread_pool_push (get_release_pool (), release, NULL);
}

void
ds_dossier_loader_wait_for_releases (void)
{
  ReleaseMark mark = { .reached = FALSE };
  Release *release = g_new0 (Release, 1);

  g_mutex_init (&mark.lock);
  g_cond_init (&mark.cond);
  release->mark = &mark;
  g_thread_pool_push (get_release_pool (), release, NULL);

  g_mutex_lock (&mark.lock);
  while (!mark.reached)
    g_cond_wait (&mark.cond, &mark.lock);
  g_mutex_unlock (&mark.lock);

  g_cond_clear (&mark.cond);
  g_mutex_clear (&mark.lock);
}

/* Places and orders the problems, and says whether the dossier made it. */
static DsDossier *
finish_load (const char    *data,
             gsize          length,
             gboolean       locate,
             DsDossier     *dossier_in,
             guint          n_errors,
             GPtrArray     *problems,
             GCancellable  *cancellable,
             Progress      *progress,
             GError       **error)
{
  g_autoptr(DsDossier) dossier = dossier_in;
  DsProblem *summary = NULL;

  if (n_errors > DS_DOSSIER_MAX_ERRORS)
    summary = g_ptr_array_steal_index (problems, problems->len - 1);
  if (problems->len > 0)
    {
      if (locate)
        locate_problems (data, length, problems);
      g_ptr_array_sort (problems, compare_problems_by_place);
    }
  if (summary != NULL)
    g_ptr_array_add (problems, summary);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (dossier == NULL)
    return invalid (problems, n_errors, error);

  report_progress (progress, 1.0);

  return g_steal_pointer (&dossier);
}

DsDossier *
ds_dossier_loader_load_data (const char    *data,
                             gsize          length,
                             GPtrArray     *problems,
                             GCancellable  *cancellable,
                             Progress      *progress,
                             GError       **error)
{
  return ds_dossier_loader_load_named (data, length, NULL, problems, cancellable, progress, error);
}

DsDossier *
ds_dossier_loader_load_named (const char    *data,
                              gsize          length,
                              const char    *name,
                              GPtrArray     *problems,
                              GCancellable  *cancellable,
                              Progress      *progress,
                              GError       **error)
{
  g_autoptr(GHashTable) bad_numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) parse_error = NULL;
  DsDossier *dossier = NULL;
  Progress reader_progress = { NULL, NULL, 0, 1 };
  guint n_errors = 0;

  /* A TimelineJS spreadsheet exported as CSV, recognised by its header line. */
  if (ds_timelinejs_is_csv (data, length, name))
    {
      dossier = ds_timelinejs_read_csv (data, length, name, problems, cancellable, &n_errors);
      return finish_load (data, length, FALSE, dossier, n_errors, problems, cancellable,
                          progress, error);
    }

  if (!check_text (data, length, problems, bad_numbers))
    return invalid (problems, 0, error);
  report_progress (progress, 0.2);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      /* Not expected: the scan accepts only what json-glib reads. */
      add_syntax_problem (problems, parse_error);
      return invalid (problems, 0, error);
    }
  report_progress (progress, 0.5);

  /* The reader's share of the progress is the second half of ours. */
  if (progress != NULL)
    reader_progress = (Progress) {
      progress->func, progress->data,
      progress->from + (progress->to - progress->from) * 0.5, progress->to
    };

  root = json_parser_steal_root (parser);
  g_clear_object (&parser);

  /* A TimelineJS timeline: a JSON object without "format" that has its slides. */
  if (ds_timelinejs_is_json (root))
    dossier = ds_timelinejs_read_tree (root, name, problems, bad_numbers, cancellable, &n_errors);
  else
    dossier = ds_dossier_read_tree_full (root, problems, bad_numbers, cancellable,
                                         progress ? reader_progress_cb : NULL, &reader_progress,
                                         &n_errors);
  release_tree (g_steal_pointer (&root));

  return finish_load (data, length, TRUE, dossier, n_errors, problems, cancellable, progress,
                      error);
}

static DsDossier *
load_bytes_named (GBytes        *bytes,
                  const char    *name,
                  GPtrArray    **problems,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GPtrArray) found = ds_problems_new ();
  DsDossier *dossier;
  gsize length;
  const char *data;

  data = g_bytes_get_data (bytes, &length);
  dossier = ds_dossier_loader_load_named (data ? data : "", length, name, found, cancellable,
                                          NULL, error);

  if (problems != NULL)
    *problems = g_steal_pointer (&found);

  return dossier;
}

DsDossier *
ds_dossier_load_bytes (GBytes        *bytes,
                       GPtrArray    **problems,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);

  return load_bytes_named (bytes, NULL, problems, cancellable, error);
}

GBytes *
ds_dossier_loader_read_file (GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  guint8 chunk[64 * 1024];
  gssize n;

  /* Refuse a huge regular file before reading anything. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info != NULL && g_file_info_get_size (info) > DS_DOSSIER_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));

      g_set_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_TOO_LARGE,
                   _("The file is too large (%s); dossiers are limited to 64 MiB"), size);
      return NULL;
    }

  /* Devices, pipes and some remote files have no size: read with a hard cap. */
  if ((stream = g_file_read (file, cancellable, error)) == NULL)
    return NULL;

  buffer = g_byte_array_new ();
  while ((n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk, cancellable, error)) > 0)
    {
      if (buffer->len + (gsize)n > DS_DOSSIER_MAX_SIZE)
        {
          g_set_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_TOO_LARGE,
                       _("The file is too large; dossiers are limited to 64 MiB"));
          return NULL;
        }
      g_byte_array_append (buffer, chunk, n);
    }
  if (n < 0)
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

DsDossier *
ds_dossier_load_file (GFile         *file,
                      GPtrArray    **problems,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (problems != NULL)
    *problems = ds_problems_new ();

  if ((bytes = ds_dossier_loader_read_file (file, cancellable, error)) == NULL)
    return NULL;

  if (problems != NULL)
    g_clear_pointer (problems, g_ptr_array_unref);

  name = g_file_get_basename (file);

  return load_bytes_named (bytes, name, problems, cancellable, error);
}

DsDossier *
ds_dossier_load_resource (const char  *resource_path,
                          GPtrArray  **problems,
                          GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);

  if (problems != NULL)
    *problems = ds_problems_new ();

  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  if (problems != NULL)
    g_clear_pointer (problems, g_ptr_array_unref);

  return ds_dossier_load_bytes (bytes, problems, NULL, error);
}

char *
ds_dossier_file_display_name (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (g_file_is_native (file))
    return g_file_get_basename (file);

  return g_file_get_uri (file);
}
