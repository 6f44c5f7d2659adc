/* ds-json-scan.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A flat walk over JSON text that builds no tree. It is the only judge of the text's
 * syntax: it checks UTF-8, measures nesting before json-glib (which overflows its stack
 * on deep input) and describes every mistake itself, so that json-glib only ever parses
 * text known to be good. It also tells where each value starts, so that problems found in
 * the tree can name their line and column.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DS_JSON_OBJECT,
  DS_JSON_ARRAY,
  DS_JSON_STRING,
  DS_JSON_NUMBER,
  DS_JSON_LITERAL,
} DsJsonKind;

/* @path is like "events[3].date"; @token is the number's text for numbers. */
typedef void (*DsJsonVisitFunc) (const char *path,
                                 DsJsonKind  kind,
                                 const char *token,
                                 gsize       token_length,
                                 guint       line,
                                 guint       column,
                                 gpointer    user_data);

typedef enum
{
  DS_JSON_SCAN_OK,
  DS_JSON_SCAN_TOO_DEEP,
  DS_JSON_SCAN_SYNTAX,   /* described by a DsJsonSyntax */
  DS_JSON_SCAN_TRAILING, /* text after the top-level value */
} DsJsonScanResult;

typedef enum
{
  DS_JSON_VISIT_ALL,
  /* Only numbers that may not survive as a double: an exponent, or 16 digits or more. */
  DS_JSON_VISIT_SUSPECT_NUMBERS,
} DsJsonVisitMode;

typedef enum
{
  DS_JSON_SYNTAX_NONE,
  DS_JSON_SYNTAX_END,              /* the text ends inside a value */
  DS_JSON_SYNTAX_VALUE,            /* no value starts with this character */
  DS_JSON_SYNTAX_COMMENT,          /* "//" or "/ *" */
  DS_JSON_SYNTAX_SINGLE_QUOTE,     /* 'text' */
  DS_JSON_SYNTAX_NUMBER,           /* 012, 0x1F, .5, 1., +1 */
  DS_JSON_SYNTAX_WORD,             /* NaN, True, undefined */
  DS_JSON_SYNTAX_CONTROL,          /* a raw control character in a string */
  DS_JSON_SYNTAX_ESCAPE,           /* an escape JSON does not have: \x, \' */
  DS_JSON_SYNTAX_UNICODE_ESCAPE,   /* \u without four hexadecimal digits */
  DS_JSON_SYNTAX_NUL,              /* \u0000, which no C string can hold */
  DS_JSON_SYNTAX_SURROGATE,        /* half of a surrogate pair, or a broken pair */
  DS_JSON_SYNTAX_TRAILING_COMMA,   /* a comma before '}' or ']' (placed at the comma) */
  DS_JSON_SYNTAX_KEY,              /* expected a key */
  DS_JSON_SYNTAX_COLON,            /* expected ':' after a key */
  DS_JSON_SYNTAX_OBJECT_SEPARATOR, /* expected ',' or '}' */
  DS_JSON_SYNTAX_ARRAY_SEPARATOR,  /* expected ',' or ']' */
  DS_JSON_SYNTAX_UTF8,             /* bytes that are not UTF-8 */
} DsJsonSyntax;

/* Where the scan stopped, and why when it is DS_JSON_SCAN_SYNTAX. */
typedef struct
{
  DsJsonSyntax reason;
  gsize        offset;  /* of the culprit, in bytes */
  gsize        length;  /* of the culprit word or number; 0 otherwise */
  guint        line;
  guint        column;
} DsJsonScanError;

DsJsonScanResult ds_json_scan_full        (const char       *data,
                                           gsize             length,
                                           guint             max_depth,
                                           DsJsonVisitMode   mode,
                                           DsJsonVisitFunc   visit,
                                           gpointer          user_data,
                                           DsJsonScanError  *error);
DsJsonScanResult ds_json_scan             (const char       *data,
                                           gsize             length,
                                           guint             max_depth,
                                           DsJsonVisitFunc   visit,
                                           gpointer          user_data,
                                           guint            *line,
                                           guint            *column);
char            *ds_json_scan_describe    (const char            *data,
                                           gsize                  length,
                                           const DsJsonScanError *error);
void             ds_json_position_at      (const char       *data,
                                           gsize             offset,
                                           guint            *line,
                                           guint            *column);

G_END_DECLS
