/* test-loader.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dossier loader: the invalid corpus (tests/data/invalid, described line by line in
 * its EXPECTED manifest), inputs too big to keep as files, the valid corpus checked
 * value by value, the asynchronous loader and the bundled dossier.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "ds-dossier-loader.h"

#include "ds-test-data.h"

/* --- Helpers ------------------------------------------------------------------------ */

static char *
data_file (const char *subdir,
           const char *name)
{
  return g_build_filename (TEST_DATA_DIR, subdir, name, NULL);
}

static void
log_problems (GPtrArray  *problems,
              const char *name)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = ds_problem_to_string (g_ptr_array_index (problems, i), name);

      g_test_message ("%s", line);
    }
}

static DsDossier *
load_file (const char  *subdir,
           const char  *name,
           GPtrArray  **problems,
           GError     **error)
{
  g_autofree char *path = data_file (subdir, name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DsDossier *dossier;

  dossier = ds_dossier_load_file (file, problems, NULL, error);
  log_problems (*problems, name);

  return dossier;
}

/* Loads a file that must be valid, with no problem at all unless @allow_warnings. */
static DsDossier *
load_valid (const char *name,
            gboolean    allow_warnings,
            GPtrArray **problems_out)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  DsDossier *dossier;

  dossier = load_file ("valid", name, &problems, &error);
  g_assert_no_error (error);
  g_assert_true (DS_IS_DOSSIER (dossier));
  g_assert_nonnull (problems);
  g_assert_cmpuint (ds_problems_count (problems, DS_PROBLEM_ERROR), ==, 0);
  if (!allow_warnings)
    g_assert_cmpuint (problems->len, ==, 0);

  if (problems_out != NULL)
    *problems_out = g_steal_pointer (&problems);

  return dossier;
}

static DsDossier *
load_string (const char  *json,
             gssize       length,
             GPtrArray  **problems,
             GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  DsDossier *dossier;

  if (length < 0)
    length = strlen (json);
  bytes = g_bytes_new (json, length);
  dossier = ds_dossier_load_bytes (bytes, problems, NULL, error);
  if (length < 4096)
    log_problems (*problems, "<memory>");

  return dossier;
}

static const DsProblem *
find_problem (GPtrArray         *problems,
              DsProblemSeverity  severity,
              const char        *path,
              const char        *message)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      const DsProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity == severity && g_str_equal (problem->path, path) &&
          (message == NULL || strstr (problem->message, message) != NULL))
        return problem;
    }

  return NULL;
}

/* Every problem found in a tree (so with a path) must say where it is. */
static void
assert_problems_placed (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      const DsProblem *problem = g_ptr_array_index (problems, i);

      if (problem->path[0] == '\0')
        continue;
      if (problem->line == 0 || problem->column == 0)
        g_test_fail_printf ("problem at %s (%s) has no line or column",
                            problem->path, problem->message);
    }
}

/* A small valid dossier whose single event carries @event_extra (JSON members, with a
 * leading comma), with @top_extra after the events. */
static char *
dossier_json (const char *event_extra,
              const char *top_extra)
{
  return g_strdup_printf ("{\n"
                          "  \"format\": \"dealscope/1\",\n"
                          "  \"id\": \"generated\",\n"
                          "  \"title\": \"Generated\",\n"
                          "  \"events\": [\n"
                          "    {\"id\": \"e\", \"date\": \"2025-09-22\", \"title\": \"E\",\n"
                          "     \"kind\": \"deal\", \"status\": \"confirmed\"%s}\n"
                          "  ]%s\n"
                          "}\n",
                          event_extra ? event_extra : "", top_extra ? top_extra : "");
}

static void
assert_date (const DsDate    *date,
             gint64           year,
             DsDatePrecision  precision,
             guint            part,
             guint            day)
{
  g_assert_nonnull (date);
  g_assert_cmpint (date->year, ==, year);
  g_assert_cmpint (date->precision, ==, precision);
  g_assert_cmpuint (date->part, ==, part);
  g_assert_cmpuint (date->day, ==, day);
}

static void
assert_money (const DsMoney *money,
              double         value,
              const char    *currency)
{
  g_assert_nonnull (money);
  g_assert_cmpfloat_with_epsilon (money->value, value, MAX (fabs (value) * 1e-12, 1e-12));
  g_assert_cmpstr (money->currency, ==, currency);
}

/* A borrowed pointer: the dossier's list keeps its own reference. */
static DsEvent *
event_at (DsDossier *dossier,
          guint      index)
{
  DsEvent *event = g_list_model_get_item (ds_dossier_get_events (dossier), index);

  g_assert_nonnull (event);
  g_object_unref (event);

  return event;
}

/* --- The invalid corpus --------------------------------------------------------------- */

typedef struct
{
  char  *file;
  char  *path;      /* "" for the whole file */
  char  *message;   /* a part of the message */
  guint  line;      /* 0 when not checked */
  char  *error;     /* a problem with the manifest line itself, or NULL */
} InvalidCase;

static void
invalid_case_free (gpointer data)
{
  InvalidCase *c = data;

  g_free (c->file);
  g_free (c->path);
  g_free (c->message);
  g_free (c->error);
  g_free (c);
}

static GPtrArray *
read_manifest (GError **error)
{
  g_autofree char *path = data_file ("invalid", "EXPECTED");
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (invalid_case_free);

  if (!g_file_get_contents (path, &contents, NULL, error))
    return NULL;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      InvalidCase *c;
      guint64 line = 0;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      fields = g_strsplit (lines[i], "\t", -1);
      c = g_new0 (InvalidCase, 1);
      g_ptr_array_add (cases, c);

      if (g_strv_length (fields) != 4)
        {
          c->file = g_strdup_printf ("EXPECTED-line-%u", i + 1);
          c->error = g_strdup_printf ("EXPECTED line %u has %u fields, not 4: %s",
                                      i + 1, g_strv_length (fields), lines[i]);
          continue;
        }

      c->file = g_strdup (fields[0]);
      c->path = g_strdup (g_str_equal (fields[1], "-") ? "" : fields[1]);
      c->message = g_strdup (fields[2]);
      if (!g_str_equal (fields[3], "-") &&
          !g_ascii_string_to_unsigned (fields[3], 10, 1, G_MAXUINT, &line, NULL))
        c->error = g_strdup_printf ("EXPECTED line %u: bad line number \"%s\"", i + 1, fields[3]);
      c->line = (guint)line;
    }

  return g_steal_pointer (&cases);
}

static void
test_invalid_file (gconstpointer data)
{
  const InvalidCase *c = data;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;
  const DsProblem *at_path = NULL;
  const DsProblem *match = NULL;

  if (c->error != NULL)
    {
      g_test_fail_printf ("%s", c->error);
      return;
    }

  dossier = load_file ("invalid", c->file, &problems, &error);
  if (dossier != NULL)
    {
      g_test_fail_printf ("%s: loaded, but it should be refused with an error at \"%s\" "
                          "containing \"%s\"", c->file, c->path, c->message);
      return;
    }
  if (!g_error_matches (error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID))
    {
      g_test_fail_printf ("%s: expected DS_LOADER_ERROR_INVALID, got %s", c->file, error->message);
      return;
    }
  g_assert_nonnull (problems);
  g_assert_cmpuint (ds_problems_count (problems, DS_PROBLEM_ERROR), >, 0);

  /* The error at that path with that message, on that line if several are. */
  for (guint i = 0; i < problems->len; i++)
    {
      const DsProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity != DS_PROBLEM_ERROR || !g_str_equal (problem->path, c->path))
        continue;
      if (at_path == NULL)
        at_path = problem;
      if (strstr (problem->message, c->message) == NULL)
        continue;
      if (match == NULL || (c->line != 0 && problem->line == c->line))
        match = problem;
    }

  if (match == NULL)
    {
      if (at_path != NULL)
        g_test_fail_printf ("%s: expected an error at \"%s\" containing \"%s\"; found \"%s\"",
                            c->file, c->path, c->message, at_path->message);
      else
        g_test_fail_printf ("%s: expected an error at \"%s\" containing \"%s\"; "
                            "no error has that path", c->file, c->path, c->message);
      return;
    }
  if (c->line != 0 && match->line != c->line)
    {
      g_test_fail_printf ("%s: the error at \"%s\" is placed on line %u, not %u",
                          c->file, c->path, match->line, c->line);
      return;
    }

  /* Once the tree exists, every problem can be placed. */
  assert_problems_placed (problems);
}

static GError *manifest_error;

/* Every file of the corpus is described once, and every description has its file. */
static void
test_invalid_manifest (gconstpointer data)
{
  GPtrArray *cases = (GPtrArray *)data;
  g_autofree char *dir_path = g_build_filename (TEST_DATA_DIR, "invalid", NULL);
  g_autoptr(GHashTable) described = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n_files = 0;
  guint n_bad = 0;

  g_assert_no_error (manifest_error);
  g_assert_nonnull (cases);
  for (guint i = 0; i < cases->len; i++)
    {
      const InvalidCase *c = g_ptr_array_index (cases, i);

      g_autofree char *path = data_file ("invalid", c->file);

      g_assert_null (c->error);
      if (!g_hash_table_add (described, c->file))
        {
          g_test_message ("%s is described twice in EXPECTED", c->file);
          n_bad++;
        }
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        {
          g_test_message ("%s is described in EXPECTED but does not exist", c->file);
          n_bad++;
        }
    }

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (!g_str_has_suffix (name, ".json"))
        continue;
      n_files++;
      if (!g_hash_table_contains (described, name))
        {
          g_test_message ("%s has no line in EXPECTED", name);
          n_bad++;
        }
    }

  if (n_bad > 0)
    g_test_fail_printf ("the invalid corpus and its EXPECTED manifest disagree on %u files", n_bad);
  g_assert_cmpuint (n_files, >=, 45);
}

/* --- Inputs too big to keep as files ------------------------------------------------- */

static void
test_deep_nesting (void)
{
  const gsize depth = 100000;
  g_autofree char *text = g_malloc (2 * depth);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;
  const DsProblem *problem;

  /* Balanced, then only opened: neither may reach json-glib's recursion. */
  for (guint round = 0; round < 2; round++)
    {
      gsize length = round == 0 ? 2 * depth : depth;

      memset (text, '[', depth);
      memset (text + depth, ']', depth);

      dossier = load_string (text, length, &problems, &error);
      g_assert_null (dossier);
      g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID);
      problem = find_problem (problems, DS_PROBLEM_ERROR, "", "nested more than 64 levels");
      g_assert_nonnull (problem);
      g_assert_cmpuint (problem->line, ==, 1);
      g_assert_cmpuint (problem->column, ==, 65);
      g_clear_pointer (&problems, g_ptr_array_unref);
      g_clear_error (&error);
    }
}

/* 64 levels is the limit, not beyond it: the root object and 63 arrays load. */
static void
test_nesting_at_limit (void)
{
  g_autoptr(GString) deep = g_string_new (",\n  \"extra\": ");
  g_autofree char *json = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  DsDossier *dossier;

  for (guint i = 0; i < DS_DOSSIER_MAX_DEPTH - 1; i++)
    g_string_append_c (deep, '[');
  for (guint i = 0; i < DS_DOSSIER_MAX_DEPTH - 1; i++)
    g_string_append_c (deep, ']');
  json = dossier_json (NULL, deep->str);

  dossier = load_string (json, -1, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dossier);
  g_assert_nonnull (find_problem (problems, DS_PROBLEM_WARNING, "extra", "unknown key"));
  g_assert_finalize_object (dossier);
}

static void
test_only_spaces (void)
{
  const gsize length = 50 * 1000 * 1000;
  g_autofree char *text = g_malloc (length);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;

  memset (text, ' ', length);
  text[length / 2] = '\n';
  dossier = load_string (text, length, &problems, &error);
  g_assert_null (dossier);
  g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (find_problem (problems, DS_PROBLEM_ERROR, "", "the file is empty"));
}

static void
test_too_large (void)
{
  const gsize length = 65 * 1024 * 1024;
  g_autofree char *text = g_malloc (length);
  g_autofree char *tmp_path = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;
  g_autoptr(GFile) file = NULL;
  const DsProblem *problem;
  int fd;

  memset (text, ' ', length);
  memcpy (text, "{\"format\": \"dealscope/1\"}", strlen ("{\"format\": \"dealscope/1\"}"));

  /* In memory: one problem for the whole file. */
  dossier = load_string (text, length, &problems, &error);
  g_assert_null (dossier);
  g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID);
  problem = find_problem (problems, DS_PROBLEM_ERROR, "", "too large");
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem->message, "64 MiB"));
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_error (&error);

  /* From a file: refused before it is read. */
  fd = g_file_open_tmp ("dealscope-too-large-XXXXXX.json", &tmp_path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);
  g_file_set_contents (tmp_path, text, length, &error);
  g_assert_no_error (error);

  file = g_file_new_for_path (tmp_path);
  dossier = ds_dossier_load_file (file, &problems, NULL, &error);
  g_unlink (tmp_path);
  g_assert_null (dossier);
  g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "64 MiB"));
}

/* A summary of @length bytes in a one-line dossier. */
static char *
long_summary_json (gsize length)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"dealscope/1\", \"id\": \"long\", "
                                          "\"title\": \"Long\", \"summary\": \"");
  gsize start = json->len;

  g_string_set_size (json, start + length);
  for (gsize i = 0; i < length; i++)
    json->str[start + i] = "abcdefghij "[i % 11];
  g_string_append (json, "\", \"events\": [{\"id\": \"e\", \"date\": \"2025\", \"title\": \"E\", "
                         "\"kind\": \"deal\", \"status\": \"confirmed\"}]}");

  return g_string_free (g_steal_pointer (&json), FALSE);
}

static void
test_one_mebibyte_line (void)
{
  const gsize file_size = 1024 * 1024;
  g_autofree char *probe = long_summary_json (0);
  g_autofree char *json = long_summary_json (file_size - strlen (probe));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  DsDossier *dossier;

  g_assert_cmpuint (strlen (json), ==, file_size);
  g_assert_null (strchr (json, '\n'));

  dossier = load_string (json, -1, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dossier);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (strlen (ds_dossier_get_summary (dossier)), ==, file_size - strlen (probe));
  g_assert_finalize_object (dossier);
}

/* Strings may be 1 MiB long, not a byte more. */
static void
test_string_limit (void)
{
  g_autofree char *at_limit = long_summary_json (1024 * 1024);
  g_autofree char *over_limit = long_summary_json (1024 * 1024 + 1);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  DsDossier *dossier;
  const DsProblem *problem;

  dossier = load_string (at_limit, -1, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dossier);
  g_assert_finalize_object (dossier);
  g_clear_pointer (&problems, g_ptr_array_unref);

  dossier = load_string (over_limit, -1, &problems, &error);
  g_assert_null (dossier);
  g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID);
  problem = find_problem (problems, DS_PROBLEM_ERROR, "summary", "longer than the limit of 1 MiB");
  g_assert_nonnull (problem);
  g_assert_cmpuint (problem->line, ==, 1);
}

/* Dates spread over 40 years in a scrambled order, a few of them shared. */
static char *
many_events_json (guint n_events)
{
  g_autoptr(GString) json = g_string_new ("{\n  \"format\": \"dealscope/1\",\n  \"id\": \"many\",\n"
                                          "  \"title\": \"Many events\",\n  \"events\": [\n");
  g_autoptr(GRand) rand = g_rand_new_with_seed (20250922);

  for (guint i = 0; i < n_events; i++)
    {
      guint year = 1990 + g_rand_int_range (rand, 0, 40);
      guint month = g_rand_int_range (rand, 1, 13);
      guint day = g_rand_int_range (rand, 1, 29);

      g_string_append_printf (json,
                              "    {\"id\": \"event-%05u\", \"date\": \"%04u-%02u-%02u\", "
                              "\"title\": \"Event %u\", \"kind\": \"report\", "
                              "\"status\": \"reported\"}%s\n",
                              (i * 7919) % n_events, year, month, day, i,
                              i + 1 < n_events ? "," : "");
    }
  g_string_append (json, "  ]\n}\n");

  return g_string_free (g_steal_pointer (&json), FALSE);
}

static void
assert_events_sorted (DsDossier *dossier)
{
  GListModel *events = ds_dossier_get_events (dossier);
  guint n = g_list_model_get_n_items (events);

  for (guint i = 1; i < n; i++)
    {
      DsEvent *previous = event_at (dossier, i - 1);
      DsEvent *event = event_at (dossier, i);

      g_assert_cmpint (ds_date_get_first_day (ds_event_get_date (previous)), <=,
                       ds_date_get_first_day (ds_event_get_date (event)));
      g_assert_cmpint (ds_event_compare (previous, event, NULL), <, 0);
    }
}

static void
test_many_events (void)
{
  const guint n_events = 10000;
  g_autofree char *json = many_events_json (n_events);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  DsDossier *dossier;

  dossier = load_string (json, -1, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dossier);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_events (dossier)), ==, n_events);
  assert_events_sorted (dossier);

  for (guint i = 0; i < n_events; i++)
    {
      g_autofree char *id = g_strdup_printf ("event-%05u", i);

      g_assert_nonnull (ds_dossier_lookup_event (dossier, id));
    }

  g_assert_finalize_object (dossier);
}

/* 300 events with one error each, one event a line. */
static char *
many_errors_json (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"dealscope/1\", \"id\": \"bad\", "
                                          "\"title\": \"Bad\", \"events\": [\n");

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (json,
                            "{\"id\": \"e%u\", \"date\": \"2025\", \"title\": \"E\", "
                            "\"kind\": \"deal\", \"status\": \"bogus\"}%s\n",
                            i, i < 299 ? "," : "");
  g_string_append (json, "]}\n");

  return g_string_free (g_steal_pointer (&json), FALSE);
}

/* 100 errors, the first ones, then one that counts the others. */
static void
test_many_errors (void)
{
  g_autofree char *json = many_errors_json ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;
  const DsProblem *last;
  guint n_errors;

  dossier = load_string (json, -1, &problems, &error);
  g_assert_null (dossier);
  g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID);

  n_errors = ds_problems_count (problems, DS_PROBLEM_ERROR);
  g_assert_cmpuint (n_errors, ==, 100 + 1);
  g_assert_nonnull (find_problem (problems, DS_PROBLEM_ERROR, "", "200 more errors not shown"));

  for (guint i = 0; i < problems->len; i++)
    {
      const DsProblem *problem = g_ptr_array_index (problems, i);

      if (problem->path[0] != '\0')
        g_assert_nonnull (strstr (problem->message, "found \"bogus\""));
    }
  g_assert_nonnull (find_problem (problems, DS_PROBLEM_ERROR, "events[0].status", NULL));
  g_assert_nonnull (find_problem (problems, DS_PROBLEM_ERROR, "events[99].status", NULL));
  g_assert_null (find_problem (problems, DS_PROBLEM_ERROR, "events[100].status", NULL));

  /* The count comes after the errors it sums up. */
  last = g_ptr_array_index (problems, problems->len - 1);
  if (strstr (last->message, "more errors not shown") == NULL)
    g_test_fail_printf ("the last problem is \"%s: %s\" (line %u), not the count of "
                        "errors not shown", last->path, last->message, last->line);
}

/* The GError tells how many errors the dossier has, not how many are listed. */
static void
test_many_errors_count (void)
{
  g_autofree char *json = many_errors_json ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;

  dossier = load_string (json, -1, &problems, &error);
  g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID);
  g_test_message ("GError: %s", error->message);
  if (strstr (error->message, "300") == NULL)
    g_test_fail_printf ("the error says \"%s\", but the dossier has 300 errors", error->message);
}

/* Every problem is reported in one go, in file order, warnings with the errors. */
static void
test_all_problems (void)
{
  const char *json =
    "{\n"
    "  \"format\": \"dealscope/1\",\n"
    "  \"id\": \"has spaces\",\n"
    "  \"title\": \"Three errors\",\n"
    "  \"events\": [\n"
    "    {\"id\": \"e\", \"title\": \"Événement\", \"date\": \"2025-13\", \"kind\": \"deal\",\n"
    "     \"status\": \"confirmed\",\n"
    "     \"sources\": [{\"publication\": \"P\", \"url\": \"ftp://example.com/e\"}]}\n"
    "  ]\n"
    "}\n";
  static const struct {
    const char *path;
    const char *message;
    guint line;
    guint column;   /* in characters: "Événement" counts 9 */
    DsProblemSeverity severity;
  } expected[] = {
    { "id", "expected an id made of letters", 3, 9, DS_PROBLEM_ERROR },
    { "events[0].date", "months run from 01 to 12", 6, 47, DS_PROBLEM_ERROR },
    /* a link that is not http or https is dropped, and said so, in its place */
    { "events[0].sources[0].url", "expected an http or https link", 8, 46, DS_PROBLEM_WARNING },
  };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;

  dossier = load_string (json, -1, &problems, &error);
  g_assert_null (dossier);
  g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const DsProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpint (problem->severity, ==, expected[i].severity);
      g_assert_cmpstr (problem->path, ==, expected[i].path);
      g_assert_nonnull (strstr (problem->message, expected[i].message));
      g_assert_cmpuint (problem->line, ==, expected[i].line);
      g_assert_cmpuint (problem->column, ==, expected[i].column);
    }
}

/* Integers up to 2^53 are exact doubles and load (2^53 + 1 is in the invalid corpus). */
static void
test_integer_precision (void)
{
  g_autofree char *exact = dossier_json (",\n     \"amount\": {\"value\": 9007199254740992, "
                                         "\"currency\": \"USD\"}", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  DsDossier *dossier;

  dossier = load_string (exact, -1, &problems, &error);
  g_assert_no_error (error);
  assert_money (ds_event_get_amount (event_at (dossier, 0)), 9007199254740992.0, "USD");
  g_assert_finalize_object (dossier);
}

/* JSON may escape a lone UTF-16 surrogate, which no UTF-8 text can hold: the loader
 * must refuse it rather than hand invalid UTF-8 to GTK. */
static void
test_lone_surrogate (void)
{
  g_autofree char *json = dossier_json (",\n     \"summary\": \"before \\ud800 after\"", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;

  dossier = load_string (json, -1, &problems, &error);
  if (dossier != NULL)
    {
      const char *summary = ds_event_get_summary (event_at (dossier, 0));

      if (!g_utf8_validate (summary, -1, NULL))
        g_test_fail_printf ("a lone surrogate (\\ud800) loaded as invalid UTF-8 in "
                            "events[0].summary");
      return;
    }
  g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID);
  g_assert_cmpuint (ds_problems_count (problems, DS_PROBLEM_ERROR), >, 0);
}

/* A surrogate pair is one character, as UTF-8. */
static void
test_surrogate_pair (void)
{
  g_autofree char *json = dossier_json (",\n     \"summary\": \"smile \\ud83d\\ude00\"", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  DsDossier *dossier;

  dossier = load_string (json, -1, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_event_get_summary (event_at (dossier, 0)), ==, "smile \xf0\x9f\x98\x80");
  g_assert_finalize_object (dossier);
}

/* "\u0000" is valid JSON, but no C string can hold it: json-glib cuts the string there.
 * A dossier must not load with its text (or an id) silently shortened. */
static void
test_escaped_nul (void)
{
  g_autofree char *json = dossier_json (",\n     \"summary\": \"before\\u0000after\"", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;

  dossier = load_string (json, -1, &problems, &error);
  if (dossier != NULL)
    {
      g_test_fail_printf ("\"before\\u0000after\" loaded as \"%s\"",
                          ds_event_get_summary (event_at (dossier, 0)));
      return;
    }
  g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID);
  g_assert_cmpuint (ds_problems_count (problems, DS_PROBLEM_ERROR), >, 0);
}

/* A message quotes at most 40 characters of a value (as ds_reader_describe() does),
 * however long the value: a 300-character currency must not make a 300-character line. */
static void
test_long_values_quoted_short (void)
{
  static const struct {
    const char *event_extra;
    const char *top_extra;
    const char *path_prefix;
    DsProblemSeverity severity;
  } cases[] = {
    { NULL, ",\n  \"subtitle\": {\"en\": \"S\", \"%s\": \"S\"}", "subtitle.", DS_PROBLEM_ERROR },
    { ", \"%s\": 1", NULL, "events[0].", DS_PROBLEM_WARNING },
    { ", \"amount\": {\"value\": 1, \"currency\": \"%s\"}", NULL,
      "events[0].amount.currency", DS_PROBLEM_ERROR },
    { NULL, ",\n  \"series\": [{\"id\": \"s\", \"title\": \"S\", \"metric\": \"other\", "
            "\"unit\": \"currency\", \"currency\": \"%s\", \"points\": []}]",
      "series[0].currency", DS_PROBLEM_ERROR },
    { NULL, ",\n  \"actors\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"company\", "
            "\"color\": \"#%s\"}]",
      "actors[0].color", DS_PROBLEM_ERROR },
    { ", \"actors\": [\"%s\"]", NULL, "events[0].actors[0]", DS_PROBLEM_ERROR },
    { NULL, ",\n  \"takeaways\": [{\"id\": \"t\", \"title\": \"T\", \"body\": \"B\", "
            "\"evidence\": [\"%s\"]}]",
      "takeaways[0].evidence[0]", DS_PROBLEM_ERROR },
    { NULL, ",\n  \"claims\": [{\"id\": \"c\", \"text\": \"C\", \"statements\": [\"%s\"]}]",
      "claims[0].statements[0]", DS_PROBLEM_ERROR },
    { NULL, ",\n  \"key_figures\": [{\"id\": \"k\", \"label\": \"K\", \"value\": 1, "
            "\"unit\": \"GW\", \"series\": \"%s\"}]",
      "key_figures[0].series", DS_PROBLEM_ERROR },
  };
  g_autofree char *value = g_strnfill (300, 'x');
  g_autofree char *too_much = g_strnfill (41, 'x');
  guint n_bad = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *event_extra = NULL;
      g_autofree char *top_extra = NULL;
      g_autofree char *json = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(DsDossier) dossier = NULL;
      const DsProblem *found = NULL;

      /* The formats are this table's own. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      if (cases[i].event_extra != NULL)
        event_extra = g_strdup_printf (cases[i].event_extra, value);
      if (cases[i].top_extra != NULL)
        top_extra = g_strdup_printf (cases[i].top_extra, value);
#pragma GCC diagnostic pop
      json = dossier_json (event_extra, top_extra);

      dossier = load_string (json, -1, &problems, &error);
      for (guint j = 0; j < problems->len && found == NULL; j++)
        {
          const DsProblem *problem = g_ptr_array_index (problems, j);

          if (problem->severity == cases[i].severity &&
              g_str_has_prefix (problem->path, cases[i].path_prefix))
            found = problem;
        }
      g_assert_nonnull (found);
      if (strstr (found->message, too_much) != NULL)
        {
          g_test_message ("%s: the message quotes the whole %zu-character value (%zu bytes)",
                          cases[i].path_prefix, strlen (value), strlen (found->message));
          n_bad++;
        }
    }

  if (n_bad > 0)
    g_test_fail_printf ("%u of %u messages quote a long value in full instead of its first "
                        "40 characters", n_bad, (guint)G_N_ELEMENTS (cases));
}

/* A half-open range says so, without printing "nan" to the user. */
static void
test_range_message (void)
{
  g_autofree char *json = dossier_json (NULL,
                                        ",\n  \"series\": [{\"id\": \"s\", \"title\": \"S\", "
                                        "\"metric\": \"other\", \"unit\": \"GW\", \"points\": "
                                        "[{\"date\": \"2025\", \"value\": 12, \"low\": 15}]}]");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;
  const DsProblem *problem;

  dossier = load_string (json, -1, &problems, &error);
  g_assert_null (dossier);
  problem = find_problem (problems, DS_PROBLEM_ERROR, "series[0].points[0]",
                          "expected low ≤ value ≤ high");
  g_assert_nonnull (problem);
  if (strstr (problem->message, "nan") != NULL)
    g_test_fail_printf ("the message shows the missing bound as \"nan\": %s", problem->message);
}

/* Actors, phases, events, key figures, claims… each have their own ids, and references
 * resolve whatever the order of the lists and parts in the file. */
static void
test_lists_any_order (void)
{
  const char *json =
    "{\n"
    "  \"stake\": {\"ticket\": {\"value\": 1, \"currency\": \"USD\"},\n"
    "            \"valuation\": {\"value\": 4, \"currency\": \"USD\"}, \"basis\": \"pre\"},\n"
    "  \"deal_model\": {\"title\": \"D\", \"unit\": \"GW\",\n"
    "                 \"per_unit\": {\"value\": 1, \"currency\": \"USD\"},\n"
    "                 \"cap\": {\"value\": 2, \"currency\": \"USD\"},\n"
    "                 \"actual\": {\"amount\": {\"value\": 1, \"currency\": \"USD\"},\n"
    "                            \"event\": \"same\"}},\n"
    "  \"claims\": [{\"id\": \"same\", \"text\": \"C\", \"statements\": [\"same\"]}],\n"
    "  \"key_figures\": [{\"id\": \"same\", \"label\": \"K\", \"value\": 1, \"unit\": \"GW\",\n"
    "                   \"event\": \"same\", \"series\": \"same\"}],\n"
    "  \"takeaways\": [{\"id\": \"same\", \"title\": \"T\", \"body\": \"B\",\n"
    "                 \"evidence\": [\"same\"]}],\n"
    "  \"series\": [{\"id\": \"same\", \"title\": \"S\", \"metric\": \"other\", \"unit\": \"GW\",\n"
    "              \"actor\": \"same\", \"points\": []}],\n"
    "  \"events\": [{\"id\": \"same\", \"date\": \"2025\", \"title\": \"E\", \"kind\": \"deal\",\n"
    "              \"status\": \"confirmed\", \"actors\": [\"same\"], \"phase\": \"same\"}],\n"
    "  \"phases\": [{\"id\": \"same\", \"title\": \"P\", \"start\": \"2024\"}],\n"
    "  \"actors\": [{\"id\": \"same\", \"name\": \"A\", \"kind\": \"company\"}],\n"
    "  \"sections\": [{\"id\": \"same\", \"title\": \"S\"}],\n"
    "  \"title\": \"Lists in any order\",\n"
    "  \"id\": \"any-order\",\n"
    "  \"format\": \"dealscope/1\"\n"
    "}\n";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  DsDossier *dossier;

  dossier = load_string (json, -1, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_nonnull (ds_dossier_lookup_actor (dossier, "same"));
  g_assert_nonnull (ds_dossier_lookup_phase (dossier, "same"));
  g_assert_nonnull (ds_dossier_lookup_event (dossier, "same"));
  g_assert_nonnull (ds_dossier_lookup_series (dossier, "same"));
  g_assert_nonnull (ds_dossier_lookup_takeaway (dossier, "same"));
  g_assert_nonnull (ds_dossier_lookup_section (dossier, "same"));
  g_assert_nonnull (ds_dossier_lookup_key_figure (dossier, "same"));
  g_assert_nonnull (ds_dossier_lookup_claim (dossier, "same"));
  g_assert_cmpstr (ds_dossier_get_deal_model (dossier)->actual_event, ==, "same");
  g_assert_nonnull (ds_dossier_get_stake_defaults (dossier));
  g_assert_finalize_object (dossier);
}

/* --- Files, resources and cancellation ------------------------------------------------ */

static void
test_missing_file (void)
{
  g_autofree char *path = data_file ("valid", "no-such-dossier.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;

  dossier = ds_dossier_load_file (file, &problems, NULL, &error);
  g_assert_null (dossier);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_missing_resource (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;

  dossier = ds_dossier_load_resource ("/io/github/dealscope/Dealscope/dossiers/no-such.json",
                                      &problems, &error);
  g_assert_null (dossier);
  g_assert_error (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_cancelled_sync (void)
{
  g_autofree char *path = data_file ("valid", "minimal.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{}", 2);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;

  g_cancellable_cancel (cancellable);

  dossier = ds_dossier_load_file (file, &problems, cancellable, &error);
  g_assert_null (dossier);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_error (&error);

  dossier = ds_dossier_load_bytes (bytes, &problems, cancellable, &error);
  g_assert_null (dossier);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* --- Asynchronous loading ------------------------------------------------------------- */

typedef struct
{
  GThread    *test_thread;
  GArray     *fractions;
  gboolean    done;
  gboolean    progress_after_done;
  gboolean    progress_off_thread;
  int         n_progress;
  int         n_destroyed;
  DsDossier  *dossier;
  GPtrArray  *problems;
  GError     *error;
} AsyncLoad;

static void
async_progress_cb (double   fraction,
                   gpointer user_data)
{
  AsyncLoad *load = user_data;

  if (g_thread_self () != load->test_thread || !g_main_context_is_owner (g_main_context_default ()))
    load->progress_off_thread = TRUE;
  if (load->done)
    load->progress_after_done = TRUE;
  g_array_append_val (load->fractions, fraction);
  g_atomic_int_inc (&load->n_progress);
}

static void
async_progress_destroy (gpointer user_data)
{
  AsyncLoad *load = user_data;

  g_atomic_int_inc (&load->n_destroyed);
}

static void
async_ready_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncLoad *load = user_data;

  g_assert_true (g_thread_self () == load->test_thread);
  load->dossier = ds_dossier_load_file_finish (result, &load->problems, &load->error);
  load->done = TRUE;
  g_main_context_wakeup (NULL);
}

/* @busy_usec: how long the test thread stays busy (not iterating its main context) after
 * starting the load, as a main thread drawing a frame would: progress must wait for it. */
static void
async_load_run (AsyncLoad    *load,
                GFile        *file,
                GCancellable *cancellable,
                gint64        busy_usec)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  gint64 busy_until = g_get_monotonic_time () + busy_usec;

  load->test_thread = g_thread_self ();
  load->fractions = g_array_new (FALSE, FALSE, sizeof (double));
  ds_dossier_load_file_async (file, cancellable, async_progress_cb, load, async_progress_destroy,
                              async_ready_cb, load);

  /* Progress delivered through the main context cannot arrive now: stop at the first
   * one that does, it ran in the worker. */
  while (g_atomic_int_get (&load->n_progress) == 0 && g_get_monotonic_time () < busy_until)
    g_usleep (1000);

  while (!load->done && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (load->done);

  /* Let the worker let go of the task, and deliver anything still queued. */
  while (g_atomic_int_get (&load->n_destroyed) == 0 && g_get_monotonic_time () < deadline)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (1000);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
async_load_clear (AsyncLoad *load)
{
  g_clear_pointer (&load->fractions, g_array_unref);
  g_clear_pointer (&load->problems, g_ptr_array_unref);
  g_clear_error (&load->error);
  if (load->dossier != NULL)
    g_assert_finalize_object (g_steal_pointer (&load->dossier));
}

static void
test_async_valid (void)
{
  const guint n_events = 10000;
  g_autofree char *json = many_events_json (n_events);
  g_autofree char *tmp_path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  AsyncLoad load = { 0 };
  double previous = 0.0;
  int fd;

  fd = g_file_open_tmp ("dealscope-async-XXXXXX.json", &tmp_path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);
  g_file_set_contents (tmp_path, json, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (tmp_path);

  async_load_run (&load, file, NULL, G_USEC_PER_SEC / 2);
  g_unlink (tmp_path);

  g_assert_no_error (load.error);
  g_assert_nonnull (load.dossier);
  g_assert_cmpuint (load.problems->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_events (load.dossier)), ==, n_events);
  assert_events_sorted (load.dossier);

  g_assert_cmpuint (load.fractions->len, >=, 2);
  for (guint i = 0; i < load.fractions->len; i++)
    {
      double fraction = g_array_index (load.fractions, double, i);

      g_test_message ("progress %.3f", fraction);
      g_assert_cmpfloat (fraction, >=, previous);
      g_assert_cmpfloat (fraction, <=, 1.0);
      previous = fraction;
    }
  g_assert_false (load.progress_after_done);
  g_assert_cmpint (load.n_destroyed, ==, 1);
  if (load.progress_off_thread)
    g_test_fail_printf ("the progress callback ran outside the main thread (in the worker, "
                        "while the main thread was not iterating its context)");

  async_load_clear (&load);
}

static void
test_async_invalid (void)
{
  g_autofree char *path = data_file ("invalid", "event-date-feb30.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AsyncLoad load = { 0 };

  async_load_run (&load, file, NULL, 0);

  g_assert_null (load.dossier);
  g_assert_error (load.error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID);
  g_assert_nonnull (load.problems);
  log_problems (load.problems, "event-date-feb30.json");
  g_assert_nonnull (find_problem (load.problems, DS_PROBLEM_ERROR, "events[0].date",
                                  "Feb 2025 has only 28 days"));
  g_assert_cmpint (load.n_destroyed, ==, 1);

  async_load_clear (&load);
}

static void
test_async_cancelled (void)
{
  g_autofree char *path = data_file ("valid", "minimal.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncLoad load = { 0 };

  g_cancellable_cancel (cancellable);
  async_load_run (&load, file, cancellable, 0);

  g_assert_null (load.dossier);
  g_assert_error (load.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (load.n_destroyed, ==, 1);

  async_load_clear (&load);
}

/* --- The valid corpus ----------------------------------------------------------------- */

static void
test_valid_minimal (void)
{
  DsDossier *dossier = load_valid ("minimal.json", FALSE, NULL);
  DsEvent *event;
  DsActor *actor;
  const DsSource *source;

  g_assert_cmpstr (ds_dossier_get_format (dossier), ==, "dealscope/1");
  g_assert_cmpstr (ds_dossier_get_id (dossier), ==, "example");
  g_assert_cmpstr (ds_dossier_get_title (dossier), ==, "An example");
  ds_text_set_content_language ("fr");
  g_assert_cmpstr (ds_dossier_get_title (dossier), ==, "Un exemple");
  ds_text_set_content_language ("en");
  g_assert_cmpstr (ds_dossier_get_subtitle (dossier), ==, "");
  g_assert_null (ds_dossier_get_updated (dossier));
  g_assert_cmpint (ds_dossier_get_default_view (dossier), ==, DS_VIEW_TIMELINE);

  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_actors (dossier)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_phases (dossier)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_events (dossier)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_series (dossier)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_takeaways (dossier)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_sections (dossier)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_key_figures (dossier)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_claims (dossier)), ==, 0);
  g_assert_null (ds_dossier_get_deal_model (dossier));
  g_assert_null (ds_dossier_get_stake_defaults (dossier));

  actor = ds_dossier_lookup_actor (dossier, "acme");
  g_assert_nonnull (actor);
  g_assert_cmpstr (ds_actor_get_name (actor), ==, "Acme");
  g_assert_cmpint (ds_actor_get_kind (actor), ==, DS_ACTOR_COMPANY);
  g_assert_cmpint (ds_actor_get_color (actor), ==, -1);
  g_assert_null (ds_dossier_lookup_actor (dossier, "Acme"));

  event = ds_dossier_lookup_event (dossier, "seed");
  g_assert_true (event == event_at (dossier, 0));
  assert_date (ds_event_get_date (event), 2025, DS_DATE_PRECISION_QUARTER, 3, 0);
  g_assert_null (ds_event_get_end (event));
  g_assert_cmpstr (ds_event_get_title (event), ==, "Acme raises a seed round");
  ds_text_set_content_language ("fr");
  g_assert_cmpstr (ds_event_get_title (event), ==, "Acme lève un tour d'amorçage");
  ds_text_set_content_language ("en");
  g_assert_cmpint (ds_event_get_kind (event), ==, DS_EVENT_FUNDING);
  g_assert_cmpint (ds_event_get_status (event), ==, DS_STATUS_REPORTED);
  g_assert_cmpstrv (ds_event_get_actors (event), ((const char *[]) { "acme", NULL }));
  assert_money (ds_event_get_amount (event), 3e6, "EUR");
  g_assert_null (ds_event_get_phase (event));

  g_assert_cmpuint (ds_event_get_n_sources (event), ==, 1);
  source = ds_event_get_source (event, 0);
  g_assert_cmpstr (source->publication, ==, "Example News");
  g_assert_true (source->has_date);
  assert_date (&source->date, 2025, DS_DATE_PRECISION_DAY, 9, 1);
  g_assert_cmpstr (source->url, ==, "https://example.com/acme-seed");
  g_assert_null (source->title);

  g_assert_finalize_object (dossier);
}

static void
test_valid_all_fields (void)
{
  static const struct {
    const char *id;
    gint64 year;
    DsDatePrecision precision;
    guint part;
    guint day;
    double amount;
    const char *currency;
  } events[] = {
    { "founding", -500, DS_DATE_PRECISION_YEAR, 0, 0, 1.0, "GBP" },
    { "angel", 2025, DS_DATE_PRECISION_YEAR, 0, 0, 2e3, "JPY" },
    { "seed", 2025, DS_DATE_PRECISION_HALF, 2, 0, 3e6, "EUR" },
    { "deal", 2025, DS_DATE_PRECISION_QUARTER, 4, 0, 4.5e9, "USD" },
    { "pledge", 2025, DS_DATE_PRECISION_MONTH, 11, 0, 1.2e12, "CNY" },
    { "launch", 2025, DS_DATE_PRECISION_DAY, 12, 1, 0.0, "USD" },
  };
  DsDossier *dossier = load_valid ("all-fields.json", FALSE, NULL);
  DsActor *actor;
  DsPhase *phase;
  DsEvent *event;
  DsSeries *series;
  DsTakeaway *takeaway;
  DsSection *section;
  DsKeyFigure *figure;
  DsClaim *claim;
  const DsDealModel *model;
  const DsStakeDefaults *stake;
  const DsSource *source;
  const DsPoint *point;
  g_autofree char *figure_text = NULL;

  /* Header */
  g_assert_cmpstr (ds_dossier_get_format (dossier), ==, "dealscope/1.2");
  g_assert_cmpstr (ds_dossier_get_id (dossier), ==, "all-fields");
  g_assert_cmpstr (ds_dossier_get_title (dossier), ==, "Every field");
  g_assert_cmpstr (ds_dossier_get_subtitle (dossier), ==, "A plain-string subtitle");
  g_assert_cmpstr (ds_dossier_get_summary (dossier), ==,
                   "Each optional field of each object, once.");
  ds_text_set_content_language ("fr");
  g_assert_cmpstr (ds_dossier_get_title (dossier), ==, "Tous les champs");
  g_assert_cmpstr (ds_dossier_get_subtitle (dossier), ==, "A plain-string subtitle");
  g_assert_cmpstr (ds_dossier_get_summary (dossier), ==,
                   "Chaque champ facultatif de chaque objet, une fois.");
  ds_text_set_content_language ("en");
  g_assert_cmpstrv (ds_dossier_get_languages (dossier), ((const char *[]) { "en", "fr", NULL }));
  assert_date (ds_dossier_get_updated (dossier), 2026, DS_DATE_PRECISION_DAY, 6, 8);
  g_assert_cmpint (ds_dossier_get_default_view (dossier), ==, DS_VIEW_CHARTS);

  /* Actors: every kind, a colour, a description, a localized name */
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_actors (dossier)), ==, 5);
  actor = ds_dossier_lookup_actor (dossier, "acme");
  g_assert_cmpint (ds_actor_get_color (actor), ==, 0x76b900);
  g_assert_cmpstr (ds_actor_get_description (actor), ==, "Maker of everything.");
  actor = ds_dossier_lookup_actor (dossier, "fund.one");
  g_assert_cmpint (ds_actor_get_kind (actor), ==, DS_ACTOR_INVESTOR);
  g_assert_cmpstr (ds_actor_get_name (actor), ==, "Fund One");
  ds_text_set_content_language ("fr");
  g_assert_cmpstr (ds_actor_get_name (actor), ==, "Fonds Un");
  g_assert_cmpstr (ds_actor_get_description (ds_dossier_lookup_actor (dossier, "acme")), ==,
                   "Fabricant de tout.");
  ds_text_set_content_language ("en");
  actor = ds_dossier_lookup_actor (dossier, "jane_doe");
  g_assert_cmpint (ds_actor_get_kind (actor), ==, DS_ACTOR_PERSON);
  actor = ds_dossier_lookup_actor (dossier, "gazette");
  g_assert_cmpint (ds_actor_get_kind (actor), ==, DS_ACTOR_MEDIA);
  actor = ds_dossier_lookup_actor (dossier, "state-1");
  g_assert_cmpint (ds_actor_get_kind (actor), ==, DS_ACTOR_GOVERNMENT);

  /* Phases: a negative year, an open end */
  phase = ds_dossier_lookup_phase (dossier, "antiquity");
  assert_date (ds_phase_get_start (phase), -500, DS_DATE_PRECISION_YEAR, 0, 0);
  assert_date (ds_phase_get_end (phase), 476, DS_DATE_PRECISION_YEAR, 0, 0);
  phase = ds_dossier_lookup_phase (dossier, "now");
  assert_date (ds_phase_get_start (phase), 2025, DS_DATE_PRECISION_HALF, 2, 0);
  g_assert_null (ds_phase_get_end (phase));
  g_assert_cmpstr (ds_phase_get_title (phase), ==, "Now");

  /* Events, in date order: every precision, every scale */
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_events (dossier)), ==,
                    G_N_ELEMENTS (events));
  for (guint i = 0; i < G_N_ELEMENTS (events); i++)
    {
      event = event_at (dossier, i);
      g_assert_cmpstr (ds_event_get_id (event), ==, events[i].id);
      assert_date (ds_event_get_date (event), events[i].year, events[i].precision,
                   events[i].part, events[i].day);
      assert_money (ds_event_get_amount (event), events[i].amount, events[i].currency);
    }
  event = ds_dossier_lookup_event (dossier, "founding");
  g_assert_cmpint (ds_event_get_kind (event), ==, DS_EVENT_MILESTONE);
  g_assert_cmpint (ds_event_get_status (event), ==, DS_STATUS_RUMOUR);
  g_assert_cmpstr (ds_event_get_phase (event), ==, "antiquity");
  g_assert_cmpstr (ds_event_get_amount_label (event), ==, "");
  event = ds_dossier_lookup_event (dossier, "deal");
  g_assert_cmpstr (ds_event_get_amount_label (event), ==, "up to");
  g_assert_cmpint (ds_event_get_status (event), ==, DS_STATUS_DENIED);
  event = ds_dossier_lookup_event (dossier, "angel");
  g_assert_cmpint (ds_event_get_status (event), ==, DS_STATUS_PLANNED);

  event = ds_dossier_lookup_event (dossier, "seed");
  g_assert_cmpstr (ds_event_get_amount_label (event), ==, "equity ticket");
  ds_text_set_content_language ("fr");
  g_assert_cmpstr (ds_event_get_amount_label (event), ==, "ticket en capital");
  ds_text_set_content_language ("en");

  event = ds_dossier_lookup_event (dossier, "launch");
  assert_date (ds_event_get_end (event), 2026, DS_DATE_PRECISION_MONTH, 1, 0);
  g_assert_cmpstr (ds_event_get_summary (event), ==, "Acme ships, <b>not bold</b>.");
  g_assert_cmpstrv (ds_event_get_actors (event), ((const char *[]) { "acme", "jane_doe", NULL }));
  g_assert_cmpint (ds_event_get_kind (event), ==, DS_EVENT_PRODUCT);
  g_assert_cmpstr (ds_event_get_quote (event), ==, "We ship.");
  g_assert_cmpstr (ds_event_get_quote_speaker (event), ==, "jane_doe");
  g_assert_cmpstr (ds_event_get_quote_language (event), ==, "en");
  g_assert_cmpstrv (ds_event_get_tags (event), ((const char *[]) { "launch", "product", NULL }));
  g_assert_cmpstr (ds_event_get_phase (event), ==, "now");
  g_assert_cmpuint (ds_event_get_n_sources (event), ==, 2);
  source = ds_event_get_source (event, 0);
  g_assert_cmpstr (source->publication, ==, "The Gazette");
  assert_date (&source->date, 2025, DS_DATE_PRECISION_DAY, 12, 2);
  g_assert_cmpstr (source->url, ==, "https://gazette.example.com/launch");
  g_assert_cmpstr (ds_text_get (source->title), ==, "Acme launches");
  source = ds_event_get_source (event, 1);
  g_assert_cmpstr (source->publication, ==, "Acme");
  g_assert_false (source->has_date);
  g_assert_null (source->url);
  g_assert_null (source->title);
  ds_text_set_content_language ("fr");
  g_assert_cmpstr (ds_event_get_quote (event), ==, "Nous livrons.");
  g_assert_cmpstr (ds_text_get (ds_event_get_source (event, 0)->title), ==, "Acme se lance");
  ds_text_set_content_language ("en");

  /* Series: the scale applied to every point, ranges, points sorted */
  series = ds_dossier_lookup_series (dossier, "valuation");
  g_assert_cmpstr (ds_series_get_title (series), ==, "Acme valuation");
  g_assert_cmpint (ds_series_get_metric (series), ==, DS_METRIC_VALUATION);
  g_assert_cmpstr (ds_series_get_actor (series), ==, "acme");
  g_assert_nonnull (ds_dossier_lookup_actor (dossier, ds_series_get_actor (series)));
  g_assert_cmpstr (ds_series_get_unit (series), ==, "currency");
  g_assert_cmpstr (ds_series_get_currency (series), ==, "USD");
  g_assert_cmpstr (ds_series_get_basis (series), ==, "Post-money");
  g_assert_cmpuint (ds_series_get_n_points (series), ==, 2);
  point = ds_series_get_point (series, 0);
  assert_date (&point->date, 2025, DS_DATE_PRECISION_MONTH, 6, 0);
  g_assert_cmpfloat (point->value, ==, 500e9);
  g_assert_true (isnan (point->low));
  g_assert_true (isnan (point->high));
  g_assert_cmpint (point->status, ==, DS_POINT_ACTUAL);
  g_assert_null (point->source);
  g_assert_null (point->note);
  point = ds_series_get_point (series, 1);
  assert_date (&point->date, 2025, DS_DATE_PRECISION_QUARTER, 4, 0);
  g_assert_cmpfloat (point->value, ==, 852e9);
  g_assert_cmpfloat (point->low, ==, 800e9);
  g_assert_cmpfloat (point->high, ==, 900e9);
  g_assert_cmpint (point->status, ==, DS_POINT_ESTIMATE);
  g_assert_cmpstr (point->source, ==, "The Gazette, Dec 2025");
  g_assert_cmpstr (ds_text_get (point->note), ==, "Talks");

  series = ds_dossier_lookup_series (dossier, "capacity");
  g_assert_cmpint (ds_series_get_metric (series), ==, DS_METRIC_CAPACITY);
  g_assert_cmpstr (ds_series_get_unit (series), ==, "GW");
  g_assert_null (ds_series_get_currency (series));
  g_assert_null (ds_series_get_actor (series));
  g_assert_cmpuint (ds_series_get_n_points (series), ==, 0);

  /* Takeaways and sections */
  takeaway = ds_dossier_lookup_takeaway (dossier, "lesson");
  g_assert_cmpstr (ds_takeaway_get_title (takeaway), ==, "Raise early");
  g_assert_cmpstr (ds_takeaway_get_body (takeaway), ==, "Seed money buys time.");
  g_assert_cmpstrv (ds_takeaway_get_evidence (takeaway),
                    ((const char *[]) { "seed", "launch", NULL }));
  assert_money (ds_takeaway_get_figure (takeaway), 3e6, "EUR");
  g_assert_cmpstr (ds_takeaway_get_figure_label (takeaway), ==, "seed");
  ds_text_set_content_language ("fr");
  g_assert_cmpstr (ds_takeaway_get_title (takeaway), ==, "Levez tôt");
  g_assert_cmpstr (ds_takeaway_get_figure_label (takeaway), ==, "amorçage");
  ds_text_set_content_language ("en");

  section = ds_dossier_lookup_section (dossier, "stakes");
  g_assert_cmpstr (ds_section_get_title (section), ==, "The stakes");
  g_assert_cmpuint (ds_section_get_n_paragraphs (section), ==, 2);
  g_assert_cmpstr (ds_section_get_paragraph (section, 0), ==, "First paragraph.");
  g_assert_cmpstr (ds_section_get_paragraph (section, 1), ==, "Second paragraph.");
  g_assert_cmpuint (ds_section_get_n_bullets (section), ==, 2);
  g_assert_cmpstr (ds_section_get_bullet (section, 0), ==, "One");
  g_assert_cmpstr (ds_section_get_bullet (section, 1), ==, "Two");
  ds_text_set_content_language ("fr");
  g_assert_cmpstr (ds_section_get_paragraph (section, 1), ==, "Deuxième paragraphe.");
  g_assert_cmpstr (ds_section_get_bullet (section, 0), ==, "Un");
  /* A plain string is the same in every language. */
  g_assert_cmpstr (ds_section_get_bullet (section, 1), ==, "Two");
  ds_text_set_content_language ("en");

  /* Key figures, in the order of the file: money with a prefix and an event, then a
   * value with a unit and a series. Their ids have their own namespace. */
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_key_figures (dossier)), ==, 2);
  figure = g_list_model_get_item (ds_dossier_get_key_figures (dossier), 0);
  g_object_unref (figure);
  g_assert_true (figure == ds_dossier_lookup_key_figure (dossier, "seed-ticket"));
  g_assert_cmpstr (ds_key_figure_get_id (figure), ==, "seed-ticket");
  g_assert_cmpstr (ds_key_figure_get_label (figure), ==, "Seed ticket");
  g_assert_cmpstr (ds_key_figure_get_prefix (figure), ==, "up to");
  assert_money (ds_key_figure_get_amount (figure), 3e6, "EUR");
  g_assert_cmpstr (ds_key_figure_get_event (figure), ==, "seed");
  g_assert_nonnull (ds_dossier_lookup_event (dossier, ds_key_figure_get_event (figure)));
  g_assert_null (ds_key_figure_get_series (figure));
  ds_text_set_content_language ("fr");
  g_assert_cmpstr (ds_key_figure_get_label (figure), ==, "Ticket d'amorçage");
  g_assert_cmpstr (ds_key_figure_get_prefix (figure), ==, "jusqu’à");
  ds_text_set_content_language ("en");

  figure = ds_dossier_lookup_key_figure (dossier, "capacity");
  g_assert_nonnull (figure);
  g_assert_cmpstr (ds_key_figure_get_label (figure), ==, "Capacity planned");
  g_assert_null (ds_key_figure_get_amount (figure));
  g_assert_cmpfloat (ds_key_figure_get_value (figure), ==, 1.5);
  g_assert_cmpstr (ds_key_figure_get_unit (figure), ==, "GW");
  g_assert_cmpstr (ds_key_figure_get_prefix (figure), ==, "");
  g_assert_null (ds_key_figure_get_event (figure));
  g_assert_cmpstr (ds_key_figure_get_series (figure), ==, "capacity");
  g_assert_nonnull (ds_dossier_lookup_series (dossier, ds_key_figure_get_series (figure)));
  figure_text = ds_key_figure_format (figure);
  g_assert_cmpstr (figure_text, ==, "1.5 GW");

  /* Claims: statements in the order of the file, each an event */
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_claims (dossier)), ==, 1);
  claim = ds_dossier_lookup_claim (dossier, "valuation");
  g_assert_nonnull (claim);
  g_assert_cmpstr (ds_claim_get_id (claim), ==, "valuation");
  g_assert_cmpstr (ds_claim_get_text (claim), ==, "Acme will ship in 2025");
  g_assert_cmpstrv (ds_claim_get_statements (claim), ((const char *[]) { "launch", "deal", NULL }));
  for (guint i = 0; ds_claim_get_statements (claim)[i] != NULL; i++)
    g_assert_nonnull (ds_dossier_lookup_event (dossier, ds_claim_get_statements (claim)[i]));
  ds_text_set_content_language ("fr");
  g_assert_cmpstr (ds_claim_get_text (claim), ==, "Acme livrera en 2025");
  ds_text_set_content_language ("en");

  /* The deal model: amounts scaled (the cap is written in trillions) */
  model = ds_dossier_get_deal_model (dossier);
  g_assert_nonnull (model);
  g_assert_cmpstr (ds_text_get (model->title), ==, "Acme’s progressive deal");
  g_assert_cmpstr (model->unit, ==, "GW");
  assert_money (&model->per_unit, 10e9, "USD");
  assert_money (&model->cap, 100e9, "USD");
  g_assert_true (model->has_first_unit);
  assert_date (&model->first_unit_date, 2026, DS_DATE_PRECISION_HALF, 2, 0);
  g_assert_cmpstr (ds_text_get (model->first_unit_label), ==, "first gigawatt");
  g_assert_true (model->has_actual);
  assert_money (&model->actual, 4.5e9, "USD");
  g_assert_cmpstr (ds_text_get (model->actual_label), ==, "committed");
  g_assert_cmpstr (model->actual_event, ==, "deal");
  g_assert_nonnull (ds_dossier_lookup_event (dossier, model->actual_event));
  g_assert_cmpfloat_with_epsilon (ds_deal_model_get_units_to_cap (model), 10, 1e-12);
  g_assert_cmpfloat_with_epsilon (ds_deal_model_released (model, 3), 30e9, 1e-3);
  ds_text_set_content_language ("fr");
  g_assert_cmpstr (ds_text_get (model->title), ==, "L’accord progressif d’Acme");
  g_assert_cmpstr (ds_text_get (model->actual_label), ==, "engagés");
  ds_text_set_content_language ("en");

  /* The stake defaults */
  stake = ds_dossier_get_stake_defaults (dossier);
  g_assert_nonnull (stake);
  assert_money (&stake->ticket, 3e6, "EUR");
  assert_money (&stake->valuation, 12e6, "EUR");
  g_assert_true (stake->post_money);

  g_assert_finalize_object (dossier);
}

static void
test_valid_unknown_keys (void)
{
  static const struct {
    const char *path;
    guint line;
  } expected[] = {
    { "generator", 5 },
    { "actors[0].website", 7 },
    { "events[0].colour", 16 },
    { "events[0].amount.note", 17 },
    { "events[0].sources[0].archived", 18 },
    { "series[0].points[0].comment", 28 },
  };
  g_autoptr(GPtrArray) problems = NULL;
  DsDossier *dossier = load_valid ("unknown-keys.json", TRUE, &problems);

  g_assert_cmpuint (problems->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const DsProblem *problem = g_ptr_array_index (problems, i);

      g_assert_cmpint (problem->severity, ==, DS_PROBLEM_WARNING);
      g_assert_cmpstr (problem->path, ==, expected[i].path);
      g_assert_nonnull (strstr (problem->message, "unknown key"));
      g_assert_cmpuint (problem->line, ==, expected[i].line);
      g_assert_cmpuint (problem->column, >, 0);
    }

  /* The known keys around them are read as usual. */
  assert_money (ds_event_get_amount (event_at (dossier, 0)), 3.0, "EUR");
  g_assert_cmpuint (ds_event_get_n_sources (event_at (dossier, 0)), ==, 1);
  g_assert_cmpuint (ds_series_get_n_points (ds_dossier_lookup_series (dossier, "revenue")), ==, 1);

  g_assert_finalize_object (dossier);
}

static void
assert_event_order (DsDossier          *dossier,
                    const char * const *ids)
{
  GListModel *events = ds_dossier_get_events (dossier);

  g_assert_cmpuint (g_list_model_get_n_items (events), ==, g_strv_length ((char **)ids));
  for (guint i = 0; ids[i] != NULL; i++)
    g_assert_cmpstr (ds_event_get_id (event_at (dossier, i)), ==, ids[i]);
}

static void
test_valid_unsorted_events (void)
{
  static const char * const order[] = {
    "old", "year", "q3", "month", "day1", "a-same", "b-same", "late", NULL
  };
  g_autofree char *path = data_file ("valid", "unsorted-events.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GList) elements = NULL;
  g_autofree char *reversed_json = NULL;
  JsonArray *events, *reversed;
  JsonObject *root;
  DsDossier *dossier;

  dossier = load_valid ("unsorted-events.json", FALSE, NULL);
  assert_event_order (dossier, order);
  assert_events_sorted (dossier);
  g_assert_finalize_object (dossier);

  /* The same events in the opposite order come out the same. */
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  events = json_object_get_array_member (root, "events");
  reversed = json_array_new ();
  elements = json_array_get_elements (events);
  for (GList *l = g_list_last (elements); l != NULL; l = l->prev)
    json_array_add_element (reversed, json_node_copy (l->data));
  json_object_set_array_member (root, "events", reversed);
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  reversed_json = json_generator_to_data (generator, NULL);

  dossier = load_string (reversed_json, -1, &problems, &error);
  g_assert_no_error (error);
  assert_event_order (dossier, order);
  g_assert_finalize_object (dossier);
}

/* --- The bundled dossier -------------------------------------------------------------- */

static void
test_bundled (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  const DsDealModel *model;
  DsDossier *dossier;
  GListModel *list;
  guint n;

  dossier = ds_dossier_load_resource (BUNDLED_DOSSIER, &problems, &error);
  log_problems (problems, "nvidia-openai.json");
  g_assert_no_error (error);
  g_assert_nonnull (dossier);
  g_assert_cmpuint (problems->len, ==, 0);

  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_events (dossier)), >=, 30);
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_takeaways (dossier)), ==, 5);
  assert_events_sorted (dossier);

  list = ds_dossier_get_events (dossier);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      DsEvent *event = event_at (dossier, i);
      const char * const *actors = ds_event_get_actors (event);

      for (guint j = 0; actors[j] != NULL; j++)
        if (ds_dossier_lookup_actor (dossier, actors[j]) == NULL)
          g_test_fail_printf ("event %s: no actor %s", ds_event_get_id (event), actors[j]);
      if (ds_event_get_phase (event) != NULL &&
          ds_dossier_lookup_phase (dossier, ds_event_get_phase (event)) == NULL)
        g_test_fail_printf ("event %s: no phase %s", ds_event_get_id (event),
                            ds_event_get_phase (event));
      g_assert_true (ds_dossier_lookup_event (dossier, ds_event_get_id (event)) == event);
    }

  list = ds_dossier_get_series (dossier);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsSeries) series = g_list_model_get_item (list, i);

      if (ds_series_get_actor (series) != NULL &&
          ds_dossier_lookup_actor (dossier, ds_series_get_actor (series)) == NULL)
        g_test_fail_printf ("series %s: no actor %s", ds_series_get_id (series),
                            ds_series_get_actor (series));
    }

  list = ds_dossier_get_takeaways (dossier);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DsTakeaway) takeaway = g_list_model_get_item (list, i);
      const char * const *evidence = ds_takeaway_get_evidence (takeaway);

      for (guint j = 0; evidence[j] != NULL; j++)
        if (ds_dossier_lookup_event (dossier, evidence[j]) == NULL)
          g_test_fail_printf ("takeaway %s: no event %s", ds_takeaway_get_id (takeaway),
                              evidence[j]);
    }

  /* Key figures and the claim, each backed by what it names */
  list = ds_dossier_get_key_figures (dossier);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 5);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DsKeyFigure) figure = g_list_model_get_item (list, i);
      const char *event = ds_key_figure_get_event (figure);
      const char *series = ds_key_figure_get_series (figure);

      g_assert_true (event != NULL || series != NULL);
      if (event != NULL && ds_dossier_lookup_event (dossier, event) == NULL)
        g_test_fail_printf ("key figure %s: no event %s", ds_key_figure_get_id (figure), event);
      if (series != NULL && ds_dossier_lookup_series (dossier, series) == NULL)
        g_test_fail_printf ("key figure %s: no series %s", ds_key_figure_get_id (figure), series);
    }

  list = ds_dossier_get_claims (dossier);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DsClaim) claim = g_list_model_get_item (list, i);
      const char * const *statements = ds_claim_get_statements (claim);

      g_assert_cmpuint (g_strv_length ((char **)statements), >=, 4);
      for (guint j = 0; statements[j] != NULL; j++)
        if (ds_dossier_lookup_event (dossier, statements[j]) == NULL)
          g_test_fail_printf ("claim %s: no event %s", ds_claim_get_id (claim), statements[j]);
    }

  /* The deal model replaces the series of the letter of intent's tranches. */
  model = ds_dossier_get_deal_model (dossier);
  g_assert_nonnull (model);
  g_assert_cmpfloat_with_epsilon (ds_deal_model_get_units_to_cap (model), 10, 1e-9);
  assert_money (&model->actual, 30e9, "USD");
  g_assert_nonnull (ds_dossier_lookup_event (dossier, model->actual_event));
  g_assert_null (ds_dossier_lookup_series (dossier, "deal-nvidia-openai-tranches"));

  /* Nvidia's $30B at OpenAI's $730B pre-money valuation */
  g_assert_nonnull (ds_dossier_get_stake_defaults (dossier));
  assert_money (&ds_dossier_get_stake_defaults (dossier)->ticket, 30e9, "USD");
  assert_money (&ds_dossier_get_stake_defaults (dossier)->valuation, 730e9, "USD");
  g_assert_false (ds_dossier_get_stake_defaults (dossier)->post_money);

  g_assert_finalize_object (dossier);
}

/* --- Problems as text ----------------------------------------------------------------- */

static void
test_problem_to_string (void)
{
  DsProblem error_problem = {
    DS_PROBLEM_ERROR, 3, 7, (char *)"events[0].date", (char *)"expected a date"
  };
  DsProblem warning_problem = {
    DS_PROBLEM_WARNING, 3, 7, (char *)"foo", (char *)"unknown key \"foo\" (ignored)"
  };
  DsProblem whole_file = { DS_PROBLEM_ERROR, 0, 0, (char *)"", (char *)"the file is empty" };
  DsProblem placed_whole_file = {
    DS_PROBLEM_ERROR, 1, 1, (char *)"", (char *)"invalid JSON: oops"
  };
  g_autofree char *error_text = ds_problem_to_string (&error_problem, "file.json");
  g_autofree char *warning_text = ds_problem_to_string (&warning_problem, "file.json");
  g_autofree char *whole_file_text = ds_problem_to_string (&whole_file, "file.json");
  g_autofree char *placed_text = ds_problem_to_string (&placed_whole_file, "file.json");

  g_assert_cmpstr (error_text, ==, "file.json:3:7: events[0].date: expected a date");
  g_assert_cmpstr (warning_text, ==, "file.json:3:7: warning: foo: unknown key \"foo\" (ignored)");
  g_assert_cmpstr (whole_file_text, ==, "file.json: the file is empty");
  g_assert_cmpstr (placed_text, ==, "file.json:1:1: invalid JSON: oops");
}

/* --- Main ----------------------------------------------------------------------------- */

/* The trees of earlier loads are freed on a thread of their own; waiting for it
 * returns once they are, however many loads came before. */
static void
test_wait_for_releases (void)
{
  ds_dossier_loader_wait_for_releases ();
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(DsDossier) dossier = ds_test_load_bundled ();

      g_assert_nonnull (dossier);
    }
  ds_dossier_loader_wait_for_releases ();
  ds_dossier_loader_wait_for_releases ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = NULL;
  g_autofree char **args = NULL;
  const char *localedir;
  int status;

  setlocale (LC_ALL, "");
  localedir = g_getenv ("DS_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Keep going after a failed case, so that one run lists every file of the corpus
   * that the loader gets wrong (a failed g_assert() still stops the program). */
  args = g_new0 (char *, argc + 2);
  for (int i = 0; i < argc; i++)
    args[i] = argv[i];
  args[argc++] = (char *)"--keep-going";
  g_test_init (&argc, &args, NULL);
  ds_text_set_content_language ("en");

  /* One test per line of the manifest; a missing manifest fails the first test. */
  cases = read_manifest (&manifest_error);
  g_test_add_data_func ("/dealscope/loader/invalid-manifest", cases, test_invalid_manifest);
  for (guint i = 0; cases != NULL && i < cases->len; i++)
    {
      const InvalidCase *c = g_ptr_array_index (cases, i);
      g_autofree char *path = g_strdup_printf ("/dealscope/loader/invalid/%s", c->file);

      g_test_add_data_func (path, c, test_invalid_file);
    }

  g_test_add_func ("/dealscope/loader/wait-for-releases", test_wait_for_releases);
  g_test_add_func ("/dealscope/loader/generated/deep-nesting", test_deep_nesting);
  g_test_add_func ("/dealscope/loader/generated/nesting-at-limit", test_nesting_at_limit);
  g_test_add_func ("/dealscope/loader/generated/only-spaces", test_only_spaces);
  g_test_add_func ("/dealscope/loader/generated/too-large", test_too_large);
  g_test_add_func ("/dealscope/loader/generated/one-mebibyte-line", test_one_mebibyte_line);
  g_test_add_func ("/dealscope/loader/generated/string-limit", test_string_limit);
  g_test_add_func ("/dealscope/loader/generated/many-events", test_many_events);
  g_test_add_func ("/dealscope/loader/generated/many-errors", test_many_errors);
  g_test_add_func ("/dealscope/loader/generated/many-errors-count", test_many_errors_count);
  g_test_add_func ("/dealscope/loader/generated/all-problems", test_all_problems);
  g_test_add_func ("/dealscope/loader/generated/integer-precision", test_integer_precision);
  g_test_add_func ("/dealscope/loader/generated/surrogate-pair", test_surrogate_pair);
  g_test_add_func ("/dealscope/loader/generated/lone-surrogate", test_lone_surrogate);
  g_test_add_func ("/dealscope/loader/generated/escaped-nul", test_escaped_nul);
  g_test_add_func ("/dealscope/loader/generated/long-values-quoted-short",
                   test_long_values_quoted_short);
  g_test_add_func ("/dealscope/loader/generated/range-message", test_range_message);
  g_test_add_func ("/dealscope/loader/generated/lists-any-order", test_lists_any_order);

  g_test_add_func ("/dealscope/loader/missing-file", test_missing_file);
  g_test_add_func ("/dealscope/loader/missing-resource", test_missing_resource);
  g_test_add_func ("/dealscope/loader/cancelled", test_cancelled_sync);
  g_test_add_func ("/dealscope/loader/async/valid", test_async_valid);
  g_test_add_func ("/dealscope/loader/async/invalid", test_async_invalid);
  g_test_add_func ("/dealscope/loader/async/cancelled", test_async_cancelled);

  g_test_add_func ("/dealscope/loader/valid/minimal", test_valid_minimal);
  g_test_add_func ("/dealscope/loader/valid/all-fields", test_valid_all_fields);
  g_test_add_func ("/dealscope/loader/valid/unknown-keys", test_valid_unknown_keys);
  g_test_add_func ("/dealscope/loader/valid/unsorted-events", test_valid_unsorted_events);

  g_test_add_func ("/dealscope/loader/bundled", test_bundled);
  g_test_add_func ("/dealscope/loader/problem-to-string", test_problem_to_string);

  status = g_test_run ();
  g_clear_error (&manifest_error);

  return status;
}
