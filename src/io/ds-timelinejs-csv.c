/* ds-timelinejs-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The CSV export of the TimelineJS spreadsheet template: RFC 4180 records (split by
 * the tokenizer in ds-csv.c), a header row naming the columns, then one row per slide.
 * Problems name the line and the field number (as the column) and the column's header
 * as their path.
 */

#define G_LOG_DOMAIN "ds-timelinejs-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ds-csv.h"
#include "ds-dossier-loader.h"
#include "ds-json-scan.h"
#include "ds-reader-private.h"
#include "ds-timelinejs-import.h"

typedef enum
{
  COL_YEAR,
  COL_MONTH,
  COL_DAY,
  COL_TIME,
  COL_END_YEAR,
  COL_END_MONTH,
  COL_END_DAY,
  COL_END_TIME,
  COL_DISPLAY_DATE,
  COL_HEADLINE,
  COL_TEXT,
  COL_MEDIA,
  COL_MEDIA_CREDIT,
  COL_MEDIA_CAPTION,
  COL_MEDIA_THUMBNAIL,
  COL_TYPE,
  COL_GROUP,
  COL_BACKGROUND,
  N_COLUMNS
} Column;

static const char * const column_names[N_COLUMNS] = {
  "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
  "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
  "Media Thumbnail", "Type", "Group", "Background",
};

typedef struct
{
  DsReader    r;
  DsCsvRow   *header;
  int         columns[N_COLUMNS]; /* field index of each column, or -1 */
} Csv;

/* --- Problems --------------------------------------------------------------------- */

static const char *
column_title (Csv   *c,
              guint  field)
{
  if (c->header != NULL && field < c->header->fields->len)
    return g_array_index (c->header->fields, DsCsvField, field).value;

  return "";
}

/* At @line and field @field (0-based; shown 1-based as the column), or on the line as a
 * whole when @field is G_MAXUINT. */
static void
csv_problem (Csv               *c,
             DsProblemSeverity  severity,
             guint              line,
             guint              field,
             const char        *format,
             ...) G_GNUC_PRINTF (5, 6);

static void
csv_problem (Csv               *c,
             DsProblemSeverity  severity,
             guint              line,
             guint              field,
             const char        *format,
             ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = g_strstrip (g_strdup (column_title (c, field)));
  DsProblem *problem;
  va_list args;

  if (severity == DS_PROBLEM_ERROR && ++c->r.n_errors > DS_DOSSIER_MAX_ERRORS)
    return;
  if (severity == DS_PROBLEM_WARNING && c->r.problems->len >= DS_DOSSIER_MAX_ERRORS * 2)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  problem = ds_problems_add (c->r.problems, severity, path, "%s", message);
  problem->line = line;
  problem->column = field == G_MAXUINT ? 1 : field + 1;
}

/* --- Records ---------------------------------------------------------------------- */

/* The tokenizer's problems are errors in the syntax, placed like the others. */
static void
record_problem_cb (guint       line,
                   guint       field,
                   const char *message,
                   gpointer    user_data)
{
  csv_problem (user_data, DS_PROBLEM_ERROR, line, field, "%s", message);
}

/* Reads every record; stops at a quote that is never closed. */
static GPtrArray *
read_rows (Csv        *c,
           const char *data,
           gsize       length)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)ds_csv_row_free);
  DsCsvTokenizer tokenizer;
  DsCsvRow *row;

  ds_csv_tokenizer_init (&tokenizer, data, length);
  while ((row = ds_csv_tokenizer_next_row (&tokenizer, record_problem_cb, c)) != NULL)
    {
      g_ptr_array_add (rows, row);

      /* Later problems name their column by its header. */
      if (rows->len == 1)
        c->header = row;
      if ((rows->len & 1023) == 0 && ds_reader_cancelled (&c->r))
        break;
    }

  return g_steal_pointer (&rows);
}

/* The trimmed text of @column in @row: NULL when the column or the field is missing
 * or blank. */
static const char *
cell (Csv      *c,
      DsCsvRow *row,
      Column    column,
      guint    *field)
{
  int index = c->columns[column];
  const char *value;

  if (index < 0 || (guint)index >= row->fields->len)
    return NULL;

  *field = index;
  value = g_array_index (row->fields, DsCsvField, index).value;
  for (const char *p = value; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return value;

  return NULL;
}

static char *
dup_cell (Csv      *c,
          DsCsvRow *row,
          Column    column)
{
  guint field;

  return g_strdup (cell (c, row, column, &field));
}

static gboolean
map_columns (Csv *c)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < N_COLUMNS; i++)
    c->columns[i] = -1;

  for (guint i = 0; i < c->header->fields->len; i++)
    {
      DsCsvField *field = &g_array_index (c->header->fields, DsCsvField, i);
      g_autofree char *title = g_strstrip (g_strdup (field->value));
      guint column;

      for (column = 0; column < N_COLUMNS; column++)
        if (g_ascii_strcasecmp (title, column_names[column]) == 0)
          break;

      if (column < N_COLUMNS && c->columns[column] < 0)
        c->columns[column] = i;
      else if (*title != '\0')
        {
          g_autofree char *shown = ds_reader_shorten (title);

          csv_problem (c, DS_PROBLEM_WARNING, field->line, i, _("unknown column \"%s\" (ignored)"), shown);
        }
    }

  for (Column column = COL_YEAR; column < N_COLUMNS; column++)
    {
      if ((column == COL_YEAR || column == COL_HEADLINE) && c->columns[column] < 0)
        {
          csv_problem (c, DS_PROBLEM_ERROR, c->header->line, G_MAXUINT,
                       _("missing column \"%s\" in the header line"), column_names[column]);
          ok = FALSE;
        }
    }

  return ok;
}

/* --- Rows ------------------------------------------------------------------------- */

static char *
quoted (const char *value)
{
  g_autofree char *shown = ds_reader_shorten (value ? value : "");

  return g_strdup_printf ("\"%s\"", shown);
}

/* A date from three columns; FALSE (and nothing reported) when the year is blank and
 * not @required. */
static gboolean
read_date (Csv      *c,
           DsCsvRow *row,
           Column    first,
           gboolean  required,
           DsDate   *date)
{
  char *parts[3] = { NULL, NULL, NULL };
  guint fields[3] = { 0, 0, 0 };
  g_autoptr(GError) error = NULL;
  DsTimelinePart bad_part;
  gboolean ok = TRUE, present = FALSE;

  for (guint i = 0; i < 3; i++)
    {
      const char *value = cell (c, row, first + i, &fields[i]);

      if (value == NULL)
        continue;
      present = TRUE;
      if ((parts[i] = ds_timeline_normalize_integer (value)) == NULL)
        {
          g_autofree char *found = quoted (value);

          csv_problem (c, DS_PROBLEM_ERROR, row->line, fields[i],
                       _("expected a whole number or a string of digits, found %s"), found);
          ok = FALSE;
        }
    }

  if (!ok)
    ;
  else if (parts[0] == NULL && (present || required))
    {
      guint field = c->columns[first] >= 0 ? (guint)c->columns[first] : 0;

      if (!present)
        csv_problem (c, DS_PROBLEM_ERROR, row->line, field,
                     _("expected a whole number or a string of digits, found %s"), "\"\"");
      else
        csv_problem (c, DS_PROBLEM_ERROR, row->line, parts[1] ? fields[1] : fields[2],
                     /* Translators: %s is the name of a field of the file, kept as is */
                     _("expected \"%s\" too, found none"), column_names[first]);
      ok = FALSE;
    }
  else if (parts[0] == NULL)
    ok = FALSE;
  else if (parts[2] != NULL && parts[1] == NULL)
    {
      csv_problem (c, DS_PROBLEM_ERROR, row->line, fields[2],
                   _("expected \"%s\" too, found none"), column_names[first + 1]);
      ok = FALSE;
    }
  else if (!ds_timeline_date_from_parts (parts[0], parts[1], parts[2], FALSE, date, &bad_part, &error))
    {
      guint i = bad_part - DS_TIMELINE_PART_YEAR;
      guint field;
      g_autofree char *found = quoted (cell (c, row, first + i, &field));

      /* Translators: the first %s explains what is wrong with the date */
      csv_problem (c, DS_PROBLEM_ERROR, row->line, fields[i], _("%s, found %s"), error->message, found);
      ok = FALSE;
    }

  for (guint i = 0; i < 3; i++)
    g_free (parts[i]);

  return ok;
}

typedef enum
{
  ROW_EVENT,
  ROW_TITLE,
  ROW_ERA,
} RowType;

static gboolean
read_row_type (Csv      *c,
               DsCsvRow *row,
               RowType  *type)
{
  guint field;
  const char *value = cell (c, row, COL_TYPE, &field);
  g_autofree char *stripped = value ? g_strstrip (g_strdup (value)) : NULL;
  g_autofree char *word = stripped ? g_ascii_strdown (stripped, -1) : NULL;

  *type = ROW_EVENT;
  if (word == NULL)
    return TRUE;
  if (strcmp (word, "title") == 0)
    *type = ROW_TITLE;
  else if (strcmp (word, "era") == 0)
    *type = ROW_ERA;
  else
    {
      g_autofree char *found = quoted (value);

      csv_problem (c, DS_PROBLEM_ERROR, row->line, field, _("expected one of %s, found %s"),
                   "title, era", found);
      return FALSE;
    }

  return TRUE;
}

static gboolean
row_is_blank (DsCsvRow *row)
{
  for (guint i = 0; i < row->fields->len; i++)
    {
      const char *value = g_array_index (row->fields, DsCsvField, i).value;

      for (const char *p = value; *p != '\0'; p++)
        if (!g_ascii_isspace (*p))
          return FALSE;
    }

  return TRUE;
}

static DsTimelineSlide *
read_slide (Csv      *c,
            DsCsvRow *row,
            RowType   type)
{
  g_autoptr(DsTimelineSlide) slide = ds_timeline_slide_new ();
  guint n_errors = c->r.n_errors;

  slide->line = row->line;
  slide->has_start = read_date (c, row, COL_YEAR, type != ROW_TITLE, &slide->start);
  slide->has_end = read_date (c, row, COL_END_YEAR, FALSE, &slide->end);
  if (slide->has_start && slide->has_end &&
      ds_date_get_last_day (&slide->end) < ds_date_get_first_day (&slide->start))
    {
      g_autofree char *start = ds_date_to_string (&slide->start);
      g_autofree char *end = ds_date_to_string (&slide->end);

      csv_problem (c, DS_PROBLEM_ERROR, row->line, MAX (c->columns[COL_END_YEAR], 0),
                   _("ends (%s) before it starts (%s)"), end, start);
    }

  slide->headline = dup_cell (c, row, COL_HEADLINE);
  slide->text = dup_cell (c, row, COL_TEXT);
  if ((slide->media_url = dup_cell (c, row, COL_MEDIA)) != NULL)
    g_strstrip (slide->media_url);
  slide->media_credit = dup_cell (c, row, COL_MEDIA_CREDIT);
  slide->media_caption = dup_cell (c, row, COL_MEDIA_CAPTION);
  slide->group = dup_cell (c, row, COL_GROUP);

  return c->r.n_errors == n_errors ? g_steal_pointer (&slide) : NULL;
}

/* --- Detection and reading -------------------------------------------------------- */

static gsize
skip_bom (const char *data,
          gsize       length)
{
  return length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

gboolean
ds_timelinejs_is_csv (const char *data,
                      gsize       length,
                      const char *name)
{
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean has_year = FALSE, has_headline = FALSE, in_quotes = FALSE;
  gsize pos, start;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  start = pos = skip_bom (data, length);
  while (pos < length && g_ascii_isspace (data[pos]))
    pos++;
  if (pos < length && (data[pos] == '{' || data[pos] == '['))
    return FALSE;
  if (name != NULL && strlen (name) > 4 && pos < length &&
      g_ascii_strcasecmp (name + strlen (name) - 4, ".csv") == 0)
    return TRUE;

  /* The first record, with a bound: a header is short. */
  for (pos = start; pos <= length && pos - start < 64 * 1024; pos++)
    {
      char ch = pos < length ? data[pos] : '\n';

      if (in_quotes && ch == '"' && pos + 1 < length && data[pos + 1] == '"')
        g_string_append_c (field, data[pos++]);
      else if (ch == '"')
        in_quotes = !in_quotes;
      else if (!in_quotes && (ch == ',' || ch == '\n' || ch == '\r'))
        {
          g_strstrip (field->str);
          has_year |= g_ascii_strcasecmp (field->str, "Year") == 0;
          has_headline |= g_ascii_strcasecmp (field->str, "Headline") == 0;
          g_string_truncate (field, 0);
          if (ch != ',')
            break;
        }
      else
        g_string_append_c (field, ch);
    }

  return has_year && has_headline;
}

static gboolean
check_csv_text (Csv        *c,
                const char *data,
                gsize       length)
{
  const char *end;
  gsize i;

  if (length > DS_DOSSIER_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (length);

      ds_reader_error (&c->r, _("the file is too large (%s); dossiers are limited to 64 MiB"), size);
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      DsProblem *problem;

      ds_reader_error (&c->r, _("invalid UTF-8 at byte %lu; dossiers must be UTF-8 text"),
                       (gulong)(end - data));
      problem = g_ptr_array_index (c->r.problems, c->r.problems->len - 1);
      ds_json_position_at (data, end - data, &problem->line, &problem->column);
      return FALSE;
    }

  for (i = 0; i < length && g_ascii_isspace (data[i]); i++)
    ;
  if (i == length)
    {
      ds_reader_error (&c->r, _("the file is empty"));
      return FALSE;
    }

  return TRUE;
}

DsDossier *
ds_timelinejs_read_csv (const char    *data,
                        gsize          length,
                        const char    *name,
                        GPtrArray     *problems,
                        GCancellable  *cancellable,
                        guint         *n_errors)
{
  g_autoptr(GHashTable) no_bad_numbers = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify)ds_timeline_slide_free);
  g_autoptr(GPtrArray) eras = g_ptr_array_new_with_free_func ((GDestroyNotify)ds_timeline_slide_free);
  DsTimelineSlide *title = NULL;
  Csv c = { { 0 }, NULL, { 0 } };
  DsDossier *dossier = NULL;
  gsize bom;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  ds_reader_init (&c.r, problems, no_bad_numbers, cancellable, NULL, NULL);
  bom = skip_bom (data, length);

  if (check_csv_text (&c, data + bom, length - bom) &&
      (rows = read_rows (&c, data + bom, length - bom))->len > 0)
    {
      c.header = g_ptr_array_index (rows, 0);
      if (map_columns (&c))
        {
          for (guint i = 1; i < rows->len && !ds_reader_cancelled (&c.r); i++)
            {
              DsCsvRow *row = g_ptr_array_index (rows, i);
              DsTimelineSlide *slide;
              RowType type;

              if (row_is_blank (row) || !read_row_type (&c, row, &type))
                continue;
              if ((slide = read_slide (&c, row, type)) == NULL)
                continue;

              if (type == ROW_TITLE && title != NULL)
                {
                  csv_problem (&c, DS_PROBLEM_WARNING, row->line, MAX (c.columns[COL_TYPE], 0),
                               _("only the first title row is used; this one is ignored"));
                  ds_timeline_slide_free (slide);
                }
              else if (type == ROW_TITLE)
                title = slide;
              else
                g_ptr_array_add (type == ROW_ERA ? eras : events, slide);
            }

          if (c.r.n_errors == 0 && events->len == 0)
            ds_reader_error (&c.r, _("expected at least one event row, found none"));
        }
    }

  if (ds_reader_cancelled (&c.r))
    ds_reader_error (&c.r, _("loading was cancelled"));
  if (c.r.n_errors > DS_DOSSIER_MAX_ERRORS)
    ds_problems_add (problems, DS_PROBLEM_ERROR, "",
                     g_dngettext (GETTEXT_PACKAGE, "%u more error not shown",
                                  "%u more errors not shown",
                                  c.r.n_errors - DS_DOSSIER_MAX_ERRORS),
                     c.r.n_errors - DS_DOSSIER_MAX_ERRORS);

  if (c.r.n_errors == 0)
    dossier = ds_timeline_build (title, events, eras, name, problems);

  if (n_errors != NULL)
    *n_errors = c.r.n_errors;
  ds_timeline_slide_free (title);
  ds_reader_clear (&c.r);

  return dossier;
}
