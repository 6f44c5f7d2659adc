/* ds-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The RFC 4180 tokenizer that ds-timelinejs-csv.c reads spreadsheet exports with: it
 * splits the text into records and fields, and reports what breaks the syntax (a quote
 * never closed, text after a closing quote, a field over the string limit).
 */

#define G_LOG_DOMAIN "ds-csv"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-csv.h"
#include "ds-dossier-reader.h"

static void
field_clear (DsCsvField *field)
{
  g_free (field->value);
}

static DsCsvRow *
row_new (guint line)
{
  DsCsvRow *row = g_new0 (DsCsvRow, 1);

  row->fields = g_array_new (FALSE, TRUE, sizeof (DsCsvField));
  g_array_set_clear_func (row->fields, (GDestroyNotify)field_clear);
  row->line = line;

  return row;
}

void
ds_csv_row_free (DsCsvRow *row)
{
  g_array_unref (row->fields);
  g_free (row);
}

void
ds_csv_tokenizer_init (DsCsvTokenizer *tokenizer,
                       const char     *data,
                       gsize           length)
{
  g_return_if_fail (tokenizer != NULL);
  g_return_if_fail (data != NULL || length == 0);

  tokenizer->data = data;
  tokenizer->length = length;
  tokenizer->pos = 0;
  tokenizer->line = 1;
}

DsCsvRow *
ds_csv_tokenizer_next_row (DsCsvTokenizer   *tokenizer,
                           DsCsvProblemFunc  problem,
                           gpointer          user_data)
{
  g_autoptr(GString) value = NULL;
  const char *data;
  gsize length, pos;
  guint line;
  DsCsvRow *row;
  gboolean end_of_row = FALSE;

  g_return_val_if_fail (tokenizer != NULL, NULL);
  g_return_val_if_fail (problem != NULL, NULL);

  data = tokenizer->data;
  length = tokenizer->length;
  pos = tokenizer->pos;
  line = tokenizer->line;
  if (pos >= length)
    return NULL;

  value = g_string_new (NULL);
  row = row_new (line);
  while (!end_of_row)
    {
      DsCsvField field = { NULL, line };
      guint index = row->fields->len;

      g_string_truncate (value, 0);
      if (pos < length && data[pos] == '"')
        {
          for (pos++;; pos++)
            {
              if (pos >= length)
                {
                  problem (field.line, index,
                           _("expected a closing quote, found the end of the file"), user_data);
                  tokenizer->pos = length;
                  tokenizer->line = line;
                  return row;
                }
              if (data[pos] == '"' && pos + 1 < length && data[pos + 1] == '"')
                pos++;
              else if (data[pos] == '"')
                break;
              else if (data[pos] == '\n')
                line++;
              g_string_append_c (value, data[pos]);
            }
          pos++;
          if (pos < length && data[pos] != ',' && data[pos] != '\r' && data[pos] != '\n')
            {
              g_autofree char *found = g_utf8_substring (data + pos, 0, 1);
              g_autofree char *message =
                g_strdup_printf (_("expected a comma or the end of the line after the closing quote, found \"%s\""),
                                 found);

              problem (line, index, message, user_data);
              while (pos < length && data[pos] != ',' && data[pos] != '\r' && data[pos] != '\n')
                pos++;
            }
        }
      else
        {
          gsize start = pos;

          while (pos < length && data[pos] != ',' && data[pos] != '\r' && data[pos] != '\n')
            pos++;
          g_string_append_len (value, data + start, pos - start);
        }

      /* Fields share the dossier's limit on strings, which the message names. */
      if (value->len > DS_DOSSIER_MAX_STRING)
        {
          problem (field.line, index, _("string is longer than the limit of 1 MiB"), user_data);
          g_string_truncate (value, 0);
        }
      field.value = g_strndup (value->str, value->len);
      g_array_append_val (row->fields, field);

      if (pos >= length)
        end_of_row = TRUE;
      else if (data[pos] == ',')
        pos++;
      else
        {
          pos += data[pos] == '\r' && pos + 1 < length && data[pos + 1] == '\n' ? 2 : 1;
          line++;
          end_of_row = TRUE;
        }
    }

  tokenizer->pos = pos;
  tokenizer->line = line;

  return row;
}
