/* ds-html-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A one-pass HTML tokenizer that builds no tree: text runs are copied, entities decoded,
 * tags turned into breaks or dropped. Unclosed and misnested tags need no repair since
 * nothing depends on nesting, except the elements dropped with their content, which
 * end at their closing tag or, when it is missing, at the end of the text.
 */

#define G_LOG_DOMAIN "ds-html-text"

#include "config.h"

#include <string.h>

#include "ds-html-text.h"
#include "ds-url.h"

#define MAX_TAG_NAME 16

typedef struct
{
  GString   *out;
  guint      pending_breaks;  /* newlines owed before the next text: 0, 1 or 2 */
  gboolean   pending_space;
  gboolean   pending_bullet;
  char      *href;            /* the open link's http(s) target, or NULL */
  gsize      link_start;      /* length of the output when the link opened */
  GPtrArray *links;
} Html;

static const struct
{
  const char *name;
  gunichar    ch;
} entities[] = {
  { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' },
  { "nbsp", 0x00A0 }, { "ndash", 0x2013 }, { "mdash", 0x2014 }, { "hellip", 0x2026 },
  { "lsquo", 0x2018 }, { "rsquo", 0x2019 }, { "sbquo", 0x201A }, { "ldquo", 0x201C },
  { "rdquo", 0x201D }, { "bdquo", 0x201E }, { "laquo", 0x00AB }, { "raquo", 0x00BB },
  { "lsaquo", 0x2039 }, { "rsaquo", 0x203A }, { "bull", 0x2022 }, { "middot", 0x00B7 },
  { "copy", 0x00A9 }, { "reg", 0x00AE }, { "trade", 0x2122 }, { "deg", 0x00B0 },
  { "euro", 0x20AC }, { "pound", 0x00A3 }, { "yen", 0x00A5 }, { "cent", 0x00A2 },
  { "sect", 0x00A7 }, { "para", 0x00B6 }, { "times", 0x00D7 }, { "divide", 0x00F7 },
  { "plusmn", 0x00B1 }, { "minus", 0x2212 }, { "frac12", 0x00BD }, { "frac14", 0x00BC },
  { "frac34", 0x00BE }, { "shy", 0x00AD }, { "thinsp", 0x2009 }, { "ensp", 0x2002 },
  { "emsp", 0x2003 }, { "zwnj", 0x200C }, { "zwj", 0x200D }, { "iexcl", 0x00A1 },
  { "iquest", 0x00BF }, { "eacute", 0x00E9 }, { "egrave", 0x00E8 }, { "ecirc", 0x00EA },
  { "agrave", 0x00E0 }, { "acirc", 0x00E2 }, { "ccedil", 0x00E7 }, { "ocirc", 0x00F4 },
  { "uuml", 0x00FC }, { "ouml", 0x00F6 }, { "auml", 0x00E4 }, { "szlig", 0x00DF },
  { "Eacute", 0x00C9 }, { "ntilde", 0x00F1 },
};

/* HTML reads &#128; to &#159; as Windows-1252, as browsers do; 0 marks the holes. */
static const guint16 windows_1252[32] = {
  0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
  0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* Dropped with everything up to their closing tag. */
static const char * const dropped_elements[] = {
  "script", "style", "iframe", "noscript", "template", "object", NULL
};

/* Each one starts and ends a paragraph. */
static const char * const block_elements[] = {
  "address", "article", "aside", "blockquote", "caption", "center", "details", "dialog",
  "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
  "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre",
  "section", "summary", "table", "ul", NULL
};

static gboolean
is_html_space (char ch)
{
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f';
}

/* --- Output ----------------------------------------------------------------------- */

/* Appends text, first paying the breaks, space or bullet owed; nothing is owed at the
 * start of the output, so that it never begins or ends with whitespace. */
static void
put (Html       *h,
     const char *text,
     gsize       length)
{
  if (length == 0)
    return;

  if (h->out->len > 0)
    {
      if (h->pending_breaks > 0)
        {
          for (guint i = 0; i < h->pending_breaks; i++)
            g_string_append_c (h->out, '\n');
        }
      else if (h->pending_space && h->out->str[h->out->len - 1] != '\n')
        {
          g_string_append_c (h->out, ' ');
        }
    }
  h->pending_breaks = 0;
  h->pending_space = FALSE;

  if (h->pending_bullet)
    {
      g_string_append (h->out, "• ");
      h->pending_bullet = FALSE;
    }

  g_string_append_len (h->out, text, length);
}

static void
put_char (Html     *h,
          gunichar  ch)
{
  char buf[6];

  if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f')
    h->pending_space = TRUE;
  else
    put (h, buf, g_unichar_to_utf8 (ch, buf));
}

static void
paragraph_break (Html *h)
{
  h->pending_breaks = 2;
  h->pending_space = FALSE;
  h->pending_bullet = FALSE;
}

static void
line_break (Html *h)
{
  h->pending_breaks = MIN (h->pending_breaks + 1, 2);
  h->pending_space = FALSE;
}

/* --- Links ------------------------------------------------------------------------ */

static char *
dup_web_link (const char *href)
{
  g_autofree char *url = g_strstrip (g_strdup (href));

  /* Markup characters in a target are a broken or hostile link, not a link. */
  for (const char *p = url; *p != '\0'; p++)
    if ((guchar)*p <= ' ' || *p == 0x7F || *p == '<' || *p == '>' || *p == '"')
      return NULL;
  if (!ds_url_is_web (url))
    return NULL;

  return g_steal_pointer (&url);
}

static void
close_link (Html *h)
{
  g_autofree char *href = g_steal_pointer (&h->href);
  const char *text;
  gsize text_length;

  if (href == NULL)
    return;

  text = h->out->str + MIN (h->link_start, h->out->len);
  while (is_html_space (*text))
    text++;
  text_length = strlen (text);

  if (text_length == 0)
    {
      h->pending_space = TRUE;
      put (h, href, strlen (href));
    }
  else if (strcmp (text, href) != 0)
    {
      g_autofree char *shown = g_strdup_printf ("(%s)", href);

      h->pending_space = TRUE;
      put (h, shown, strlen (shown));
    }

  if (h->links != NULL)
    {
      guint i;

      for (i = 0; i < h->links->len; i++)
        if (strcmp (g_ptr_array_index (h->links, i), href) == 0)
          break;
      if (i == h->links->len)
        g_ptr_array_add (h->links, g_steal_pointer (&href));
    }
}

/* --- Entities --------------------------------------------------------------------- */

static gunichar
checked_code_point (guint64 value)
{
  if (value >= 0x80 && value <= 0x9F)
    return windows_1252[value - 0x80] ? windows_1252[value - 0x80] : 0xFFFD;
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) ||
      (value < 0x20 && !is_html_space ((char)value)) || value == 0x7F ||
      (value >= 0xFDD0 && value <= 0xFDEF) || (value & 0xFFFE) == 0xFFFE)
    return 0xFFFD;

  return (gunichar)value;
}

/* @p is on '&'. Returns where the text goes on; a '&' that starts no entity stays. */
static const char *
read_entity (Html       *h,
             const char *p)
{
  const char *q = p + 1;

  if (*q == '#')
    {
      gboolean hex = q[1] == 'x' || q[1] == 'X';
      guint64 value = 0;
      guint n_digits = 0;

      q += hex ? 2 : 1;
      for (; hex ? g_ascii_isxdigit (*q) : g_ascii_isdigit (*q); q++, n_digits++)
        {
          value = value * (hex ? 16 : 10) + (hex ? g_ascii_xdigit_value (*q) : *q - '0');
          value = MIN (value, (guint64)0x110000);
        }
      if (n_digits == 0)
        {
          put (h, "&", 1);
          return p + 1;
        }
      if (*q == ';')
        q++;
      put_char (h, checked_code_point (value));
      return q;
    }

  while (g_ascii_isalnum (*q) && q - p <= MAX_TAG_NAME)
    q++;
  if (*q == ';' && q > p + 1)
    {
      for (gsize i = 0; i < G_N_ELEMENTS (entities); i++)
        {
          if (strlen (entities[i].name) == (gsize)(q - p - 1) &&
              strncmp (entities[i].name, p + 1, q - p - 1) == 0)
            {
              put_char (h, entities[i].ch);
              return q + 1;
            }
        }
    }

  put (h, "&", 1);
  return p + 1;
}

/* Attribute values: entities decoded, nothing else. */
static char *
decode_attribute (const char *value,
                  gsize       length)
{
  g_autofree char *raw = g_strndup (value, length);
  Html h = { g_string_new (NULL), 0, FALSE, FALSE, NULL, 0, NULL };
  const char *p = raw;

  while (*p != '\0')
    {
      if (*p == '&')
        {
          p = read_entity (&h, p);
        }
      else
        {
          const char *next = g_utf8_next_char (p);

          if (is_html_space (*p))
            h.pending_space = TRUE;
          else
            put (&h, p, next - p);
          p = next;
        }
    }

  return g_string_free (h.out, FALSE);
}

/* --- Tags ------------------------------------------------------------------------- */

/* Finds the end of the element dropped from @p on: after its closing tag, or the end. */
static const char *
skip_dropped_element (const char *p,
                      const char *name)
{
  gsize n = strlen (name);

  for (; *p != '\0'; p++)
    {
      if (p[0] == '<' && p[1] == '/' && g_ascii_strncasecmp (p + 2, name, n) == 0 &&
          (p[2 + n] == '>' || p[2 + n] == '/' || is_html_space (p[2 + n])))
        {
          const char *end = strchr (p + 2 + n, '>');

          return end ? end + 1 : p + strlen (p);
        }
    }

  return p;
}

/* Skips a tag's attributes, keeping href; returns after '>', or NULL at the end. */
static const char *
read_attributes (const char  *p,
                 char       **href)
{
  for (;;)
    {
      const char *name, *value = NULL;
      gsize name_length, value_length = 0;

      while (is_html_space (*p) || *p == '/')
        p++;
      if (*p == '\0')
        return NULL;
      if (*p == '>')
        return p + 1;

      name = p;
      while (*p != '\0' && !is_html_space (*p) && *p != '=' && *p != '>' && *p != '/')
        p++;
      name_length = MAX (p - name, 1);
      if (p == name)
        p++;
      while (is_html_space (*p))
        p++;
      if (*p == '=')
        {
          p++;
          while (is_html_space (*p))
            p++;
          if (*p == '"' || *p == '\'')
            {
              const char *close = strchr (p + 1, *p);

              if (close == NULL)
                return NULL;
              value = p + 1;
              value_length = close - value;
              p = close + 1;
            }
          else
            {
              value = p;
              while (*p != '\0' && !is_html_space (*p) && *p != '>')
                p++;
              value_length = p - value;
            }
        }

      if (href != NULL && value != NULL && name_length == 4 &&
          g_ascii_strncasecmp (name, "href", 4) == 0)
        {
          g_free (*href);
          *href = decode_attribute (value, value_length);
        }
    }
}

static void
start_tag (Html       *h,
           const char *name,
           char       *href)
{
  if (g_strv_contains (block_elements, name))
    paragraph_break (h);
  else if (strcmp (name, "br") == 0)
    line_break (h);
  else if (strcmp (name, "li") == 0 || strcmp (name, "dt") == 0 || strcmp (name, "dd") == 0)
    {
      h->pending_breaks = MAX (h->pending_breaks, 1);
      h->pending_space = FALSE;
      h->pending_bullet = strcmp (name, "li") == 0;
    }
  else if (strcmp (name, "tr") == 0)
    line_break (h);
  else if (strcmp (name, "td") == 0 || strcmp (name, "th") == 0)
    h->pending_space = TRUE;
  else if (strcmp (name, "a") == 0)
    {
      close_link (h);
      h->href = href ? dup_web_link (href) : NULL;
      h->link_start = h->out->len;
    }
}

static void
end_tag (Html       *h,
         const char *name)
{
  if (g_strv_contains (block_elements, name))
    paragraph_break (h);
  else if (strcmp (name, "a") == 0)
    close_link (h);
  else if (strcmp (name, "td") == 0 || strcmp (name, "th") == 0)
    h->pending_space = TRUE;
}

/* @p is on '<'. Returns where the text goes on, or NULL when the rest is dropped. */
static const char *
read_tag (Html       *h,
          const char *p)
{
  char name[MAX_TAG_NAME + 1];
  gboolean closing = p[1] == '/';
  const char *q = p + (closing ? 2 : 1);
  g_autofree char *href = NULL;
  gsize n = 0;

  if (!closing && strncmp (q, "!--", 3) == 0)
    {
      const char *end = strstr (q + 3, "-->");
      return end ? end + 3 : NULL;
    }
  if (!closing && (*q == '!' || *q == '?'))
    {
      const char *end = strchr (q, '>');
      return end ? end + 1 : NULL;
    }
  if (!g_ascii_isalpha (*q))
    {
      put (h, "<", 1);
      return p + 1;
    }

  for (; g_ascii_isalnum (*q) || *q == '-' || *q == ':'; q++)
    if (n < MAX_TAG_NAME)
      name[n++] = g_ascii_tolower (*q);
  name[n] = '\0';

  if ((q = read_attributes (q, closing ? NULL : &href)) == NULL)
    return NULL;

  if (closing)
    {
      end_tag (h, name);
      return q;
    }

  if (g_strv_contains (dropped_elements, name))
    return skip_dropped_element (q, name);

  start_tag (h, name, href);
  return q;
}

/* --- Public API ------------------------------------------------------------------- */

char *
ds_html_to_text (const char *html,
                 GPtrArray  *links_out)
{
  g_autofree char *valid = NULL;
  Html h = { NULL, 0, FALSE, FALSE, NULL, 0, links_out };
  const char *p;

  if (html == NULL)
    return g_strdup ("");

  if (!g_utf8_validate (html, -1, NULL))
    html = valid = g_utf8_make_valid (html, -1);

  h.out = g_string_sized_new (strlen (html));
  p = html;

  while (p != NULL && *p != '\0')
    {
      guchar ch = (guchar)*p;

      if (ch == '<')
        p = read_tag (&h, p);
      else if (ch == '&')
        p = read_entity (&h, p);
      else if (is_html_space (ch))
        {
          h.pending_space = TRUE;
          p++;
        }
      else if (ch < 0x20 || ch == 0x7F || (ch == 0xC2 && (guchar)p[1] >= 0x80 && (guchar)p[1] <= 0x9F))
        {
          /* Control characters have no place in a label. */
          p += ch == 0xC2 ? 2 : 1;
        }
      else
        {
          const char *start = p;

          while (*p != '\0' && *p != '<' && *p != '&' && !is_html_space (*p) &&
                 (guchar)*p >= 0x20 && (guchar)*p != 0x7F && (guchar)*p != 0xC2)
            p++;
          if (p == start)
            p = g_utf8_next_char (p);
          put (&h, start, p - start);
        }
    }

  close_link (&h);

  g_assert (g_utf8_validate (h.out->str, h.out->len, NULL));

  return g_string_free (h.out, FALSE);
}
