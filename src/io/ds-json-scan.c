/* ds-json-scan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-json-scan"

#include "config.h"

#include <string.h>

#include "ds-json-scan.h"

typedef struct
{
  gboolean is_object;
  guint index;
  gsize path_length;
} Frame;

typedef struct
{
  const char *data;
  gsize length;
  gsize pos;
  guint line;
  guint column;
} Cursor;

static inline void
advance (Cursor *c)
{
  guchar byte = (guchar)c->data[c->pos++];

  if (byte == '\n')
    {
      c->line++;
      c->column = 1;
    }
  else if ((byte & 0xC0) != 0x80)
    {
      c->column++;
    }
}

static inline void
skip_whitespace (Cursor *c)
{
  while (c->pos < c->length &&
         (c->data[c->pos] == ' ' || c->data[c->pos] == '\t' ||
          c->data[c->pos] == '\n' || c->data[c->pos] == '\r'))
    advance (c);
}

static gboolean
read_hex4 (Cursor *c,
           guint  *unit)
{
  *unit = 0;
  for (guint i = 0; i < 4; i++)
    {
      if (c->pos >= c->length || !g_ascii_isxdigit (c->data[c->pos]))
        return FALSE;
      *unit = *unit * 16 + g_ascii_xdigit_value (c->data[c->pos]);
      advance (c);
    }
  return TRUE;
}

/* Leaves the cursor after the closing quote; FALSE (cursor on the culprit) when the
 * string is not JSON or holds what no C string can: \u0000, a lone surrogate. */
static gboolean
skip_string (Cursor *c)
{
  g_assert (c->data[c->pos] == '"');
  advance (c);

  while (c->pos < c->length)
    {
      guchar ch = (guchar)c->data[c->pos];

      if (ch < 0x20)
        return FALSE;
      if (ch == '\\')
        {
          advance (c);
          if (c->pos >= c->length)
            return FALSE;
          ch = (guchar)c->data[c->pos];
          if (ch == 'u')
            {
              guint unit;
              advance (c);
              if (!read_hex4 (c, &unit) || unit == 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
                return FALSE;
              if (unit >= 0xD800 && unit <= 0xDBFF)
                {
                  if (c->pos + 1 >= c->length || c->data[c->pos] != '\\' || c->data[c->pos + 1] != 'u')
                    return FALSE;
                  advance (c);
                  advance (c);
                  if (!read_hex4 (c, &unit) || unit < 0xDC00 || unit > 0xDFFF)
                    return FALSE;
                }
              continue;
            }
          if (ch == '\0' || strchr ("\"\\/bfnrt", ch) == NULL)
            return FALSE;
          advance (c);
          continue;
        }
      if (ch == '"')
        {
          advance (c);
          return TRUE;
        }
      advance (c);
    }

  return FALSE;
}

static gboolean
is_json_number (const char *p,
                gsize       n)
{
  gsize i = 0;

  if (i < n && p[i] == '-')
    i++;
  if (i < n && p[i] == '0')
    i++;
  else if (i < n && p[i] >= '1' && p[i] <= '9')
    while (i < n && g_ascii_isdigit (p[i]))
      i++;
  else
    return FALSE;
  if (i < n && p[i] == '.')
    {
      i++;
      if (i >= n || !g_ascii_isdigit (p[i]))
        return FALSE;
      while (i < n && g_ascii_isdigit (p[i]))
        i++;
    }
  if (i < n && (p[i] == 'e' || p[i] == 'E'))
    {
      i++;
      if (i < n && (p[i] == '+' || p[i] == '-'))
        i++;
      if (i >= n || !g_ascii_isdigit (p[i]))
        return FALSE;
      while (i < n && g_ascii_isdigit (p[i]))
        i++;
    }
  return i == n;
}

static gboolean
is_scalar_char (char ch)
{
  return g_ascii_isalnum (ch) || ch == '-' || ch == '+' || ch == '.';
}

void
ds_json_position_at (const char *data,
                     gsize       offset,
                     guint      *line,
                     guint      *column)
{
  Cursor c = { data, offset, 0, 1, 1 };

  while (c.pos < offset)
    advance (&c);

  *line = c.line;
  *column = c.column;
}

DsJsonScanResult
ds_json_scan (const char      *data,
              gsize            length,
              guint            max_depth,
              DsJsonVisitFunc  visit,
              gpointer         user_data,
              guint           *line,
              guint           *column)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));
  g_autoptr(GString) path = g_string_new (NULL);
  Cursor c = { data, length, 0, 1, 1 };
  gboolean expect_value = TRUE;

  *line = *column = 0;

#define SYNTAX_AT(cur) G_STMT_START { *line = (cur).line; *column = (cur).column; return DS_JSON_SCAN_SYNTAX; } G_STMT_END

  for (;;)
    {
      skip_whitespace (&c);

      if (expect_value)
        {
          char ch;

          if (c.pos >= c.length)
            SYNTAX_AT (c);

          ch = c.data[c.pos];
          if (ch == '{' || ch == '[')
            {
              Frame frame = { ch == '{', 0, path->len };

              if (visit)
                visit (path->str, ch == '{' ? DS_JSON_OBJECT : DS_JSON_ARRAY,
                       NULL, 0, c.line, c.column, user_data);
              if (stack->len >= max_depth)
                {
                  *line = c.line;
                  *column = c.column;
                  return DS_JSON_SCAN_TOO_DEEP;
                }
              g_array_append_val (stack, frame);
              advance (&c);
              skip_whitespace (&c);
              if (c.pos < c.length && c.data[c.pos] == (frame.is_object ? '}' : ']'))
                {
                  advance (&c);
                  g_array_set_size (stack, stack->len - 1);
                  expect_value = FALSE;
                  goto after_value;
                }
              if (frame.is_object)
                goto read_key;
              g_string_append (path, "[0]");
              continue;
            }
          else if (ch == '"')
            {
              if (visit)
                visit (path->str, DS_JSON_STRING, NULL, 0, c.line, c.column, user_data);
              if (!skip_string (&c))
                SYNTAX_AT (c);
            }
          else if (is_scalar_char (ch))
            {
              gsize start = c.pos;
              guint start_line = c.line, start_column = c.column;

              while (c.pos < c.length && is_scalar_char (c.data[c.pos]))
                advance (&c);
              {
                const char *tok = c.data + start;
                gsize n = c.pos - start;
                gboolean good = (ch == '-' || g_ascii_isdigit (ch)) ? is_json_number (tok, n) :
                  ((n == 4 && memcmp (tok, "true", 4) == 0) || (n == 5 && memcmp (tok, "false", 5) == 0) ||
                   (n == 4 && memcmp (tok, "null", 4) == 0));
                if (!good)
                  {
                    *line = start_line;
                    *column = start_column;
                    return DS_JSON_SCAN_SYNTAX;
                  }
              }
              if (visit)
                visit (path->str,
                       (ch == '-' || g_ascii_isdigit (ch)) ? DS_JSON_NUMBER : DS_JSON_LITERAL,
                       c.data + start, c.pos - start, start_line, start_column, user_data);
            }
          else
            {
              SYNTAX_AT (c);
            }
          expect_value = FALSE;
        }

    after_value:
      skip_whitespace (&c);
      if (stack->len == 0)
        {
          if (c.pos >= c.length)
            return DS_JSON_SCAN_OK;
          *line = c.line;
          *column = c.column;
          return DS_JSON_SCAN_TRAILING;
        }

      {
        Frame *top = &g_array_index (stack, Frame, stack->len - 1);
        char close = top->is_object ? '}' : ']';

        if (c.pos >= c.length)
          SYNTAX_AT (c);

        g_string_truncate (path, top->path_length);

        if (c.data[c.pos] == close)
          {
            advance (&c);
            g_array_set_size (stack, stack->len - 1);
            if (stack->len > 0)
              g_string_truncate (path, g_array_index (stack, Frame, stack->len - 1).path_length);
            goto after_value;
          }
        if (c.data[c.pos] != ',')
          SYNTAX_AT (c);
        advance (&c);

        if (!top->is_object)
          {
            top->index++;
            g_string_append_printf (path, "[%u]", top->index);
            expect_value = TRUE;
            continue;
          }
      }

    read_key:
      skip_whitespace (&c);
      if (c.pos >= c.length || c.data[c.pos] != '"')
        SYNTAX_AT (c);
      {
        gsize key_start = c.pos + 1;

        if (!skip_string (&c))
          SYNTAX_AT (c);
        if (path->len > 0)
          g_string_append_c (path, '.');
        g_string_append_len (path, c.data + key_start, c.pos - 1 - key_start);
      }
      skip_whitespace (&c);
      if (c.pos >= c.length || c.data[c.pos] != ':')
        SYNTAX_AT (c);
      advance (&c);
      expect_value = TRUE;
    }
}
