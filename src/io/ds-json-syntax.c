/* ds-json-syntax.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What ds_json_scan_full() found wrong with a text, in words: the loader's only
 * description of a syntax error, since json-glib never sees a text the scan rejected.
 */

#define G_LOG_DOMAIN "ds-json-scan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-json-scan.h"

/* "found …": the character itself when it can be shown, its code point when not. */
static char *
describe_character (const char *data,
                    gsize       length,
                    gsize       offset)
{
  gunichar ch = g_utf8_get_char_validated (data + offset, length - offset);

  if (ch == (gunichar)-1 || ch == (gunichar)-2)
    return g_strdup ("?");
  if (!g_unichar_isgraph (ch))
    return g_strdup_printf ("U+%04X", ch);

  return g_strdup_printf ("\"%.*s\"", (int)g_utf8_skip[(guchar)data[offset]], data + offset);
}

/* Words and numbers are ASCII (see is_scalar_char); 40 characters are enough to find one. */
static char *
describe_token (const char *data,
                gsize       offset,
                gsize       length)
{
  if (length > 40)
    return g_strdup_printf ("\"%.*s…\"", 40, data + offset);

  return g_strdup_printf ("\"%.*s\"", (int)length, data + offset);
}

char *
ds_json_scan_describe (const char            *data,
                       gsize                  length,
                       const DsJsonScanError *error)
{
  g_autofree char *found = NULL;

  g_return_val_if_fail (error != NULL, NULL);

  switch (error->reason)
    {
    case DS_JSON_SYNTAX_NUMBER:
      found = describe_token (data, error->offset, error->length);
      /* Translators: %s is what the file has, quoted, such as "0x1F" or "1." */
      return g_strdup_printf (_("invalid JSON: %s is not a number as JSON writes them "
                                "(like 12, -0.5 or 1.5e9)"), found);
    case DS_JSON_SYNTAX_WORD:
      found = describe_token (data, error->offset, error->length);
      /* Translators: %s is what the file has, quoted, such as "NaN" or "True" */
      return g_strdup_printf (_("invalid JSON: %s is not a value; expected true, false, null, "
                                "a number or a string in double quotes"), found);
    case DS_JSON_SYNTAX_END:
      return g_strdup (_("invalid JSON: the text ends in the middle of a value "
                         "(a missing quote, \"]\" or \"}\"?)"));
    case DS_JSON_SYNTAX_COMMENT:
      return g_strdup (_("invalid JSON: comments are not allowed"));
    case DS_JSON_SYNTAX_SINGLE_QUOTE:
      return g_strdup (_("invalid JSON: strings must be in double quotes, found \"'\""));
    case DS_JSON_SYNTAX_CONTROL:
      /* Translators: %04X is a code point in hexadecimal: "U+0009" */
      return g_strdup_printf (_("invalid JSON: a string holds the control character U+%04X; "
                                "write it as an escape such as \\n or \\t"),
                              (guint)(guchar)data[error->offset]);
    case DS_JSON_SYNTAX_ESCAPE:
      found = describe_character (data, length, MIN (error->offset + 1, length - 1));
      /* Translators: %s is the character after the backslash, quoted */
      return g_strdup_printf (_("invalid JSON: a string has the unknown escape \\ followed by %s"),
                              found);
    case DS_JSON_SYNTAX_UNICODE_ESCAPE:
      return g_strdup (_("invalid JSON: \\u must be followed by four hexadecimal digits"));
    case DS_JSON_SYNTAX_NUL:
      return g_strdup (_("invalid JSON: a string holds \\u0000, which is not allowed"));
    case DS_JSON_SYNTAX_SURROGATE:
      return g_strdup (_("invalid JSON: a \\u escape is half of a surrogate pair without "
                         "its other half"));
    case DS_JSON_SYNTAX_UTF8:
      /* Translators: %lu is a byte offset in the file */
      return g_strdup_printf (_("invalid UTF-8 at byte %lu; dossiers must be UTF-8 text"),
                              (gulong)error->offset);
    case DS_JSON_SYNTAX_TRAILING_COMMA:
      return g_strdup (_("invalid JSON: a comma after the last item; JSON allows no comma "
                         "before \"]\" or \"}\""));
    case DS_JSON_SYNTAX_VALUE:
    case DS_JSON_SYNTAX_KEY:
    case DS_JSON_SYNTAX_COLON:
    case DS_JSON_SYNTAX_OBJECT_SEPARATOR:
    case DS_JSON_SYNTAX_ARRAY_SEPARATOR:
      found = describe_character (data, length, error->offset);
      break;
    case DS_JSON_SYNTAX_NONE:
    default:
      g_return_val_if_reached (NULL);
    }

  switch (error->reason)
    {
    case DS_JSON_SYNTAX_VALUE:
      /* Translators: %s is the character found, quoted: "expected a value, found \"]\"" */
      return g_strdup_printf (_("invalid JSON: expected a value, found %s"), found);
    case DS_JSON_SYNTAX_KEY:
      return g_strdup_printf (_("invalid JSON: expected a key in double quotes, found %s"), found);
    case DS_JSON_SYNTAX_COLON:
      return g_strdup_printf (_("invalid JSON: expected \":\" after a key, found %s"), found);
    case DS_JSON_SYNTAX_OBJECT_SEPARATOR:
      return g_strdup_printf (_("invalid JSON: expected \",\" or \"}\" after a member, found %s"),
                              found);
    default:
      return g_strdup_printf (_("invalid JSON: expected \",\" or \"]\" after an element, found %s"),
                              found);
    }
}
