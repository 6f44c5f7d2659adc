/* ds-json-scan.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A flat walk over JSON text that builds no tree: it measures nesting before json-glib
 * (which overflows its stack on deep input) and tells where each value starts, so that
 * problems found in the tree can name their line and column.
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
  DS_JSON_SCAN_SYNTAX,   /* left for the real parser to describe */
  DS_JSON_SCAN_TRAILING, /* text after the top-level value */
} DsJsonScanResult;

DsJsonScanResult ds_json_scan             (const char      *data,
                                           gsize            length,
                                           guint            max_depth,
                                           DsJsonVisitFunc  visit,
                                           gpointer         user_data,
                                           guint           *line,
                                           guint           *column);
void             ds_json_position_at      (const char      *data,
                                           gsize            offset,
                                           guint           *line,
                                           guint           *column);

G_END_DECLS
