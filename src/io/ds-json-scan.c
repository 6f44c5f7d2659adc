/* ds-json-scan.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass, byte by byte, with no allocation per value: the path and the column are only
 * worked out when a visitor or an error needs them (a whole dossier on one line would
 * otherwise make columns quadratic).
 */

#define G_LOG_DOMAIN "ds-json-scan"

#include "config.h"

#include <string.h>

#include "ds-json-scan.h"

typedef struct
{
  gboolean is_object;
  guint index;       /* arrays: the element being read */
  gsize key_offset;  /* objects: the member being read, as written between its quotes */
  gsize key_length;
} Frame;

typedef struct
{
  const guchar *data;
  gsize length;
  gsize pos;
  guint line;
  gsize line_start;
  /* the column of col_pos, kept so that columns are counted once per byte */
  gsize col_pos;
  guint column;
} Cursor;

/* Bytes a string holds as they are: printable ASCII but the quote and the backslash. */
static const guint8 plain_byte[256] = {
  [0x20] = 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

#define ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

/* Whether none of 8 bytes needs a look: no quote, backslash, control byte or non-ASCII
 * byte (a zero byte in v shows as (v - ONES) & ~v & HIGHS, which never misses one). */
static inline gboolean
plain_word (const guchar *p)
{
  guint64 x, quote, backslash;

  memcpy (&x, p, sizeof x);
  quote = x ^ (ONES * '"');
  backslash = x ^ (ONES * '\\');

  return (((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash) |
          (x - ONES * 0x20) | x) & HIGHS ? FALSE : TRUE;
}

static guint
column_at (Cursor *c,
           gsize   pos)
{
  if (c->col_pos < c->line_start || c->col_pos > pos)
    {
      c->col_pos = c->line_start;
      c->column = 1;
    }
  for (; c->col_pos < pos; c->col_pos++)
    c->column += (c->data[c->col_pos] & 0xC0) != 0x80;

  return c->column;
}

static inline void
skip_whitespace (Cursor *c)
{
  while (c->pos < c->length)
    {
      guchar byte = c->data[c->pos];

      if (byte == '\n')
        {
          c->line++;
          c->line_start = c->pos + 1;
        }
      else if (byte != ' ' && byte != '\t' && byte != '\r')
        return;
      c->pos++;
    }
}

/* The length of the UTF-8 character at @p, or 0 when the bytes are not one (overlong
 * forms, surrogates and values above U+10FFFF included, as g_utf8_validate() has it). */
static gsize
utf8_length (const guchar *p,
             gsize         available)
{
  guchar b = p[0];

  if (b < 0x80)
    return b != 0;
  if (b >= 0xC2 && b <= 0xDF)
    return available >= 2 && (p[1] & 0xC0) == 0x80 ? 2 : 0;
  if (b >= 0xE0 && b <= 0xEF)
    {
      if (available < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
        return 0;
      if ((b == 0xE0 && p[1] < 0xA0) || (b == 0xED && p[1] >= 0xA0))
        return 0;
      return 3;
    }
  if (b >= 0xF0 && b <= 0xF4)
    {
      if (available < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 ||
          (p[3] & 0xC0) != 0x80)
        return 0;
      if ((b == 0xF0 && p[1] < 0x90) || (b == 0xF4 && p[1] >= 0x90))
        return 0;
      return 4;
    }

  return 0;
}

static DsJsonScanResult
fail (Cursor          *c,
      gsize            at,
      DsJsonSyntax     reason,
      gsize            token_length,
      DsJsonScanError *error)
{
  if (at >= c->length)
    reason = DS_JSON_SYNTAX_END;
  else if (reason == DS_JSON_SYNTAX_VALUE && c->data[at] == '/')
    reason = DS_JSON_SYNTAX_COMMENT;
  else if (c->data[at] >= 0x80 && utf8_length (c->data + at, c->length - at) == 0)
    reason = DS_JSON_SYNTAX_UTF8;
  else if (reason >= DS_JSON_SYNTAX_KEY && c->data[at] == '/')
    reason = DS_JSON_SYNTAX_COMMENT;
  else if ((reason == DS_JSON_SYNTAX_VALUE || reason == DS_JSON_SYNTAX_KEY) &&
           c->data[at] == '\'')
    reason = DS_JSON_SYNTAX_SINGLE_QUOTE;

  error->reason = reason;
  error->offset = MIN (at, c->length);
  error->length = reason == DS_JSON_SYNTAX_END ? 0 : token_length;
  error->line = c->line;
  error->column = column_at (c, error->offset);

  return DS_JSON_SCAN_SYNTAX;
}

static gboolean
read_hex4 (Cursor *c,
           guint  *unit)
{
  *unit = 0;
  if (c->length - c->pos < 4)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    {
      if (!g_ascii_isxdigit (c->data[c->pos + i]))
        return FALSE;
      *unit = *unit * 16 + g_ascii_xdigit_value (c->data[c->pos + i]);
    }
  c->pos += 4;

  return TRUE;
}

/* Leaves the cursor after the closing quote. Refuses, besides what JSON refuses, what no
 * C string can hold (\u0000) and lone surrogates. */
static DsJsonSyntax
skip_string (Cursor *c,
             gsize  *culprit)
{
  g_assert (c->data[c->pos] == '"');
  c->pos++;

  for (;;)
    {
      guchar ch;

      /* Eight bytes at a time through the long runs of text, then byte by byte. */
      while (c->length - c->pos >= 8 && plain_word (c->data + c->pos))
        c->pos += 8;
      while (c->pos < c->length && plain_byte[c->data[c->pos]])
        c->pos++;
      if (c->pos >= c->length)
        break;

      ch = c->data[c->pos];
      *culprit = c->pos;
      if (ch == '"')
        {
          c->pos++;
          return DS_JSON_SYNTAX_NONE;
        }
      if (ch >= 0x80)
        {
          gsize n = utf8_length (c->data + c->pos, c->length - c->pos);

          if (n == 0)
            return DS_JSON_SYNTAX_UTF8;
          c->pos += n;
          continue;
        }
      if (ch < 0x20)
        return DS_JSON_SYNTAX_CONTROL;

      /* A backslash. */
      if (++c->pos >= c->length)
        break;
      ch = c->data[c->pos];
      if (ch == 'u')
        {
          guint unit;

          c->pos++;
          if (!read_hex4 (c, &unit))
            return DS_JSON_SYNTAX_UNICODE_ESCAPE;
          if (unit == 0)
            return DS_JSON_SYNTAX_NUL;
          if (unit >= 0xDC00 && unit <= 0xDFFF)
            return DS_JSON_SYNTAX_SURROGATE;
          if (unit >= 0xD800 && unit <= 0xDBFF)
            {
              if (c->length - c->pos < 2 || c->data[c->pos] != '\\' || c->data[c->pos + 1] != 'u')
                return DS_JSON_SYNTAX_SURROGATE;
              c->pos += 2;
              if (!read_hex4 (c, &unit))
                return DS_JSON_SYNTAX_UNICODE_ESCAPE;
              if (unit < 0xDC00 || unit > 0xDFFF)
                return DS_JSON_SYNTAX_SURROGATE;
            }
          continue;
        }
      if (ch == '\0' || strchr ("\"\\/bfnrt", ch) == NULL)
        return DS_JSON_SYNTAX_ESCAPE;
      c->pos++;
    }

  *culprit = c->length;
  return DS_JSON_SYNTAX_END;
}

/* The length of the JSON number at @p, or 0 if there is none. @digits counts its digits,
 * and is set to G_MAXUINT when it has an exponent: either may not survive as a double. */
static gsize
number_length (const guchar *p,
               gsize         n,
               guint        *digits)
{
  gsize i = 0, first_digit;

  if (i < n && p[i] == '-')
    i++;
  first_digit = i;
  if (i < n && p[i] == '0')
    i++;
  else if (i < n && p[i] >= '1' && p[i] <= '9')
    while (i < n && g_ascii_isdigit (p[i]))
      i++;
  else
    return 0;
  *digits = i - first_digit;
  if (i < n && p[i] == '.')
    {
      gsize fraction = ++i;

      while (i < n && g_ascii_isdigit (p[i]))
        i++;
      if (i == fraction)
        return 0;
      *digits += i - fraction;
    }
  if (i < n && (p[i] == 'e' || p[i] == 'E'))
    {
      gsize exponent;

      i++;
      if (i < n && (p[i] == '+' || p[i] == '-'))
        i++;
      exponent = i;
      while (i < n && g_ascii_isdigit (p[i]))
        i++;
      if (i == exponent)
        return 0;
      *digits = G_MAXUINT;
    }

  return i;
}

static inline gboolean
is_scalar_char (guchar ch)
{
  return g_ascii_isalnum (ch) || ch == '-' || ch == '+' || ch == '.';
}

static const char *
render_path (GString     *path,
             const guchar *data,
             GArray      *stack)
{
  g_string_truncate (path, 0);
  for (guint i = 0; i < stack->len; i++)
    {
      const Frame *frame = &g_array_index (stack, Frame, i);

      if (!frame->is_object)
        {
          g_string_append_printf (path, "[%u]", frame->index);
          continue;
        }
      if (path->len > 0)
        g_string_append_c (path, '.');
      g_string_append_len (path, (const char *)data + frame->key_offset, frame->key_length);
    }

  return path->str;
}

void
ds_json_position_at (const char *data,
                     gsize       offset,
                     guint      *line,
                     guint      *column)
{
  Cursor c = { (const guchar *)data, offset, 0, 1, 0, 0, 1 };

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        c.line++;
        c.line_start = i + 1;
      }

  *line = c.line;
  *column = column_at (&c, offset);
}

DsJsonScanResult
ds_json_scan_full (const char      *text,
                   gsize            length,
                   guint            max_depth,
                   DsJsonVisitMode  mode,
                   DsJsonVisitFunc  visit,
                   gpointer         user_data,
                   DsJsonScanError *error)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));
  g_autoptr(GString) path = g_string_new (NULL);
  Cursor c = { (const guchar *)text, length, 0, 1, 0, 0, 1 };
  const guchar *data = c.data;
  gboolean visit_all = visit != NULL && mode == DS_JSON_VISIT_ALL;
  Frame *top = NULL;
  /* the last comma, to place a trailing comma on itself rather than on what follows */
  gsize comma = 0, comma_line_start = 0;
  guint comma_line = 0;

  *error = (DsJsonScanError) { DS_JSON_SYNTAX_NONE, 0, 0, 0, 0 };

  /* Each turn reads one value, then what follows it up to the next value. */
  for (;;)
    {
      guchar ch;

      skip_whitespace (&c);
      if (c.pos >= length)
        return fail (&c, c.pos, DS_JSON_SYNTAX_END, 0, error);

      ch = data[c.pos];
      if (ch == '{' || ch == '[')
        {
          Frame frame = { ch == '{', 0, 0, 0 };

          if (visit_all)
            visit (render_path (path, data, stack), ch == '{' ? DS_JSON_OBJECT : DS_JSON_ARRAY,
                   NULL, 0, c.line, column_at (&c, c.pos), user_data);
          if (stack->len >= max_depth)
            {
              error->offset = c.pos;
              error->line = c.line;
              error->column = column_at (&c, c.pos);
              return DS_JSON_SCAN_TOO_DEEP;
            }
          g_array_append_val (stack, frame);
          top = &g_array_index (stack, Frame, stack->len - 1);
          c.pos++;
          skip_whitespace (&c);
          if (c.pos < length && data[c.pos] == (top->is_object ? '}' : ']'))
            {
              c.pos++;
              g_array_set_size (stack, stack->len - 1);
              top = stack->len > 0 ? &g_array_index (stack, Frame, stack->len - 1) : NULL;
              goto after_value;
            }
          if (top->is_object)
            goto read_key;
          continue;
        }
      else if (ch == '"')
        {
          DsJsonSyntax reason;
          gsize culprit = c.pos;

          if (visit_all)
            visit (render_path (path, data, stack), DS_JSON_STRING, NULL, 0, c.line,
                   column_at (&c, c.pos), user_data);
          if ((reason = skip_string (&c, &culprit)) != DS_JSON_SYNTAX_NONE)
            return fail (&c, culprit, reason, 0, error);
        }
      else if (is_scalar_char (ch))
        {
          gsize start = c.pos;
          const guchar *token = data + start;
          gboolean numeric = ch == '-' || ch == '+' || ch == '.' || g_ascii_isdigit (ch);
          guint digits = 0;
          gsize n = numeric ? number_length (token, length - start, &digits) : 0;
          gboolean good;

          /* The usual case in one walk; anything odd is measured as a whole token. */
          if (n > 0 && (start + n == length || !is_scalar_char (token[n])))
            good = TRUE;
          else
            {
              for (n = 0; start + n < length && is_scalar_char (token[n]); n++)
                ;
              good = !numeric && ((n == 4 && memcmp (token, "true", 4) == 0) ||
                                  (n == 5 && memcmp (token, "false", 5) == 0) ||
                                  (n == 4 && memcmp (token, "null", 4) == 0));
            }
          if (!good)
            return fail (&c, start, numeric ? DS_JSON_SYNTAX_NUMBER : DS_JSON_SYNTAX_WORD, n,
                         error);
          c.pos = start + n;
          if (visit_all || (visit != NULL && numeric && digits >= 16))
            visit (render_path (path, data, stack), numeric ? DS_JSON_NUMBER : DS_JSON_LITERAL,
                   (const char *)token, n, c.line, column_at (&c, start), user_data);
        }
      else if (ch == ']' && top != NULL && !top->is_object)
        {
          goto trailing_comma;
        }
      else
        {
          return fail (&c, c.pos, DS_JSON_SYNTAX_VALUE, 0, error);
        }

    after_value:
      skip_whitespace (&c);
      if (top == NULL)
        {
          if (c.pos >= length)
            return DS_JSON_SCAN_OK;
          error->offset = c.pos;
          error->line = c.line;
          error->column = column_at (&c, c.pos);
          return DS_JSON_SCAN_TRAILING;
        }
      if (c.pos >= length)
        return fail (&c, c.pos, DS_JSON_SYNTAX_END, 0, error);

      if (data[c.pos] == (top->is_object ? '}' : ']'))
        {
          c.pos++;
          g_array_set_size (stack, stack->len - 1);
          top = stack->len > 0 ? &g_array_index (stack, Frame, stack->len - 1) : NULL;
          goto after_value;
        }
      if (data[c.pos] != ',')
        return fail (&c, c.pos, top->is_object ? DS_JSON_SYNTAX_OBJECT_SEPARATOR
                                               : DS_JSON_SYNTAX_ARRAY_SEPARATOR, 0, error);
      comma = c.pos++;
      comma_line = c.line;
      comma_line_start = c.line_start;
      if (!top->is_object)
        {
          top->index++;
          continue;
        }

    read_key:
      skip_whitespace (&c);
      if (c.pos < length && data[c.pos] == '}' && comma_line != 0)
        goto trailing_comma;
      if (c.pos >= length || data[c.pos] != '"')
        return fail (&c, c.pos, DS_JSON_SYNTAX_KEY, 0, error);
      {
        DsJsonSyntax reason;
        gsize culprit = c.pos;

        top->key_offset = c.pos + 1;
        if ((reason = skip_string (&c, &culprit)) != DS_JSON_SYNTAX_NONE)
          return fail (&c, culprit, reason, 0, error);
        top->key_length = c.pos - 1 - top->key_offset;
      }
      skip_whitespace (&c);
      if (c.pos >= length || data[c.pos] != ':')
        return fail (&c, c.pos, DS_JSON_SYNTAX_COLON, 0, error);
      c.pos++;
    }

trailing_comma:
  /* Only reached right after a comma: '{' and '[' look for their closing bracket. */
  c.line = comma_line;
  c.line_start = comma_line_start;
  return fail (&c, comma, DS_JSON_SYNTAX_TRAILING_COMMA, 0, error);
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
  DsJsonScanError error;
  DsJsonScanResult result = ds_json_scan_full (data, length, max_depth, DS_JSON_VISIT_ALL,
                                               visit, user_data, &error);

  *line = result == DS_JSON_SCAN_OK ? 0 : error.line;
  *column = result == DS_JSON_SCAN_OK ? 0 : error.column;

  return result;
}
