/* ds-csv.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An RFC 4180 tokenizer: records of comma-separated fields, each record ended by CRLF,
 * LF or CR; a quoted field may hold commas, doubled quotes and line breaks. It reads
 * one record at a time and knows nothing of what the columns mean, so that its caller
 * can name problems by the header and check for cancellation between records.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char  *value;
  guint  line;            /* where the field starts */
} DsCsvField;

typedef struct
{
  GArray *fields;         /* DsCsvField */
  guint   line;
} DsCsvRow;

void ds_csv_row_free (DsCsvRow *row);

/* Where the tokenizer is in the text; fill it with ds_csv_tokenizer_init(). */
typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  guint       line;
} DsCsvTokenizer;

/* A problem in the text, at @line and field @field (0-based) of the record being read.
 * Every problem is an error. */
typedef void (*DsCsvProblemFunc) (guint       line,
                                  guint       field,
                                  const char *message,
                                  gpointer    user_data);

void      ds_csv_tokenizer_init     (DsCsvTokenizer   *tokenizer,
                                     const char       *data,
                                     gsize             length);
/* The next record, or NULL at the end of the text. A quote that is never closed ends
 * the text: its record is returned without that field. */
DsCsvRow *ds_csv_tokenizer_next_row (DsCsvTokenizer   *tokenizer,
                                     DsCsvProblemFunc  problem,
                                     gpointer          user_data);

G_END_DECLS
