/* ds-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-text"

#include "config.h"

#include <string.h>

#include "ds-text.h"

/* A plain string is stored under the language "" so it matches every lookup. */
typedef struct
{
  char *language;
  char *string;
} Translation;

/* A text read from a file never changes: its translations and their strings are kept
 * in the same block as the text, one allocation instead of five or more. ds_text_set()
 * moves them to their own allocations first (on_heap). */
struct _DsText
{
  gatomicrefcount ref_count;
  guint n_translations;
  guint on_heap : 1;
  Translation *translations;
};

G_DEFINE_BOXED_TYPE (DsText, ds_text, ds_text_ref, ds_text_unref)

static char *content_language;
/* g_get_language_names() reads the environment on each call: the answer is kept. */
static const char *ui_language;

static const Translation *
find_translation (const DsText *text,
                  const char   *language)
{
  for (guint i = 0; i < text->n_translations; i++)
    {
      const Translation *t = &text->translations[i];

      if (strcmp (t->language, language) == 0)
        return t;
    }

  return NULL;
}

static void
move_to_heap (DsText *text)
{
  Translation *translations = g_new (Translation, text->n_translations + 1);

  for (guint i = 0; i < text->n_translations; i++)
    {
      translations[i].language = g_strdup (text->translations[i].language);
      translations[i].string = g_strdup (text->translations[i].string);
    }
  text->translations = translations;
  text->on_heap = TRUE;
}

DsText *
ds_text_new (void)
{
  DsText *text = g_new0 (DsText, 1);

  g_atomic_ref_count_init (&text->ref_count);
  text->on_heap = TRUE;

  return text;
}

/* A text with @n translations, @languages[i] → @strings[i], in one allocation. */
DsText *
ds_text_new_packed (guint               n,
                    const char * const *languages,
                    const char * const *strings)
{
  gsize lengths[2 * 8];
  gsize size = sizeof (DsText) + n * sizeof (Translation);
  DsText *text;
  char *p;

  g_return_val_if_fail (n <= 8, NULL);

  for (guint i = 0; i < n; i++)
    {
      lengths[2 * i] = strlen (languages[i]) + 1;
      lengths[2 * i + 1] = strlen (strings[i]) + 1;
      size += lengths[2 * i] + lengths[2 * i + 1];
    }

  text = g_malloc (size);
  g_atomic_ref_count_init (&text->ref_count);
  text->n_translations = n;
  text->on_heap = FALSE;
  text->translations = (Translation *)(text + 1);
  p = (char *)(text->translations + n);
  for (guint i = 0; i < n; i++)
    {
      text->translations[i].language = memcpy (p, languages[i], lengths[2 * i]);
      p += lengths[2 * i];
      text->translations[i].string = memcpy (p, strings[i], lengths[2 * i + 1]);
      p += lengths[2 * i + 1];
    }

  return text;
}

DsText *
ds_text_new_plain (const char *string)
{
  const char *language = "";

  g_return_val_if_fail (string != NULL, NULL);

  return ds_text_new_packed (1, &language, &string);
}

DsText *
ds_text_ref (DsText *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  g_atomic_ref_count_inc (&text->ref_count);

  return text;
}

void
ds_text_unref (DsText *text)
{
  g_return_if_fail (text != NULL);

  if (g_atomic_ref_count_dec (&text->ref_count))
    {
      if (text->on_heap)
        {
          for (guint i = 0; i < text->n_translations; i++)
            {
              g_free (text->translations[i].language);
              g_free (text->translations[i].string);
            }
          g_free (text->translations);
        }
      g_free (text);
    }
}

void
ds_text_set (DsText     *text,
             const char *language,
             const char *string)
{
  Translation *t;

  g_return_if_fail (text != NULL);
  g_return_if_fail (language != NULL);
  g_return_if_fail (string != NULL);

  if (!text->on_heap)
    move_to_heap (text);

  for (guint i = 0; i < text->n_translations; i++)
    {
      t = &text->translations[i];
      if (strcmp (t->language, language) == 0)
        {
          g_free (t->string);
          t->string = g_strdup (string);
          return;
        }
    }

  text->translations = g_renew (Translation, text->translations, text->n_translations + 1);
  t = &text->translations[text->n_translations++];
  t->language = g_strdup (language);
  t->string = g_strdup (string);
}

gboolean
ds_text_has (const DsText *text,
             const char   *language)
{
  const Translation *t;

  if (text == NULL)
    return FALSE;

  t = find_translation (text, language);

  return t != NULL && t->string[0] != '\0';
}

const char *
ds_text_get_for (const DsText *text,
                 const char   *language)
{
  const Translation *t;

  if (text == NULL || text->n_translations == 0)
    return "";

  if ((t = find_translation (text, "")) != NULL)
    return t->string;
  if (language != NULL && (t = find_translation (text, language)) != NULL && t->string[0])
    return t->string;
  if ((t = find_translation (text, "en")) != NULL && t->string[0])
    return t->string;

  for (guint i = 0; i < text->n_translations; i++)
    {
      t = &text->translations[i];
      if (t->string[0] != '\0')
        return t->string;
    }

  return "";
}

guint
ds_text_get_n_languages (const DsText *text)
{
  return text != NULL ? text->n_translations : 0;
}

const char *
ds_text_get_language_at (const DsText *text,
                         guint         index)
{
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (index < text->n_translations, NULL);

  return text->translations[index].language;
}

const char *
ds_text_get (const DsText *text)
{
  return ds_text_get_for (text, ds_text_get_content_language ());
}

void
ds_text_set_content_language (const char *language)
{
  g_free (content_language);
  content_language = g_strdup (language);
  /* NULL goes back to the UI language, which the caller may just have changed. */
  ui_language = NULL;
}

/* The first language of the user's list that we have a UI translation for, so that
 * content and interface speak the same language. */
const char *
ds_text_get_content_language (void)
{
  static const char * const ui_languages[] = { "fr", "en" };

  if (content_language != NULL)
    return content_language;
  if (ui_language != NULL)
    return ui_language;

  for (const char * const *names = g_get_language_names (); *names != NULL; names++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (ui_languages); i++)
        {
          gsize len = strlen (ui_languages[i]);

          if (strncmp (*names, ui_languages[i], len) == 0 &&
              ((*names)[len] == '\0' || (*names)[len] == '_' || (*names)[len] == '.'))
            return ui_language = ui_languages[i];
        }
    }

  return ui_language = "en";
}

/* --- Normalization for search ------------------------------------------------------ */

/* What normalization does, in this order: compatibility decomposition (NFKD, which
 * also takes ligatures and full-width forms apart), case folding, then dropping
 * combining marks, collapsing whitespace and folding a few letters by hand. ASCII
 * needs none of the first two, and most other characters can be done one at a time
 * from a cache; only runs where canonical reordering could move a kept character go
 * through g_utf8_normalize() as a whole. */

#define CACHED_CHARS 0x10000

/* Per character of the Basic Multilingual Plane, computed on first use: a flag byte,
 * 's' when the character can be folded alone or 'r' when it needs its whole run,
 * then its decomposed, case-folded form. Never freed. */
static char *fold_cache[CACHED_CHARS];

/* Letters that neither decomposition nor case folding take apart, and the
 * typographic variants of characters that people type in plain ASCII. */
static const char *
fold_special (gunichar c)
{
  switch (c)
    {
    case 0x00E6: return "ae";   /* æ */
    case 0x0153: return "oe";   /* œ */
    case 0x00F8: return "o";    /* ø */
    case 0x0142: return "l";    /* ł */
    case 0x0111: return "d";    /* đ */
    case 0x00F0: return "d";    /* ð */
    case 0x00FE: return "th";   /* þ */
    case 0x0131: return "i";    /* dotless ı */
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032:
      return "'";
    case 0x201C: case 0x201D: case 0x201F: case 0x2033:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return "-";
    default:
      return NULL;
    }
}

static gboolean
is_dropped_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK;
}

/* The same tests as g_unichar_isspace() for ASCII. */
static inline gboolean
is_ascii_space (guchar b)
{
  return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
}

static gboolean
folds_to_dropped_marks (gunichar c)
{
  char buf[8];
  gint len = g_unichar_to_utf8 (c, buf);
  g_autofree char *folded = g_utf8_casefold (buf, len);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    if (!is_dropped_mark (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* Decomposition and folding of one character. Alone it is exact when reordering can
 * only move characters that end up dropped: every combining character of the
 * decomposition folds to marks only. */
static const char *
fold_cached (gunichar c)
{
  const char *entry = g_atomic_pointer_get (&fold_cache[c]);
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  char buf[8];
  gint len;
  gboolean alone = TRUE;
  char *made;

  if (G_LIKELY (entry != NULL))
    return entry;

  len = g_unichar_to_utf8 (c, buf);
  decomposed = g_utf8_normalize (buf, len, G_NORMALIZE_NFKD);
  folded = g_utf8_casefold (decomposed, -1);
  for (const char *p = decomposed; alone && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar d = g_utf8_get_char (p);

      alone = g_unichar_combining_class (d) == 0 || folds_to_dropped_marks (d);
    }

  made = g_strconcat (alone ? "s" : "r", folded, NULL);
  /* Another thread may have filled it meanwhile, with the same text. */
  if (!g_atomic_pointer_compare_and_exchange (&fold_cache[c], NULL, made))
    g_free (made);

  return g_atomic_pointer_get (&fold_cache[c]);
}

/* The last steps, on decomposed and case-folded text. */
static void
append_folded (GString    *out,
               gsize       start,
               const char *folded,
               const char *end,
               gboolean   *pending_space)
{
  for (const char *p = folded; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *special;

      if (g_unichar_isspace (c))
        {
          *pending_space = out->len > start;
          continue;
        }

      if (is_dropped_mark (c))
        continue;

      if (*pending_space)
        {
          g_string_append_c (out, ' ');
          *pending_space = FALSE;
        }

      if ((special = fold_special (c)) != NULL)
        g_string_append (out, special);
      else
        g_string_append_unichar (out, c);
    }
}

/* A run of non-ASCII characters: ASCII characters on either side are starters that
 * decomposition never touches and reordering never crosses. */
static void
append_run (GString    *out,
            gsize       start,
            const char *run,
            const char *end,
            gboolean   *pending_space)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  gboolean alone = TRUE;

  for (const char *p = run; alone && p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      alone = c < CACHED_CHARS && fold_cached (c)[0] == 's';
    }

  if (alone)
    {
      for (const char *p = run; p < end; p = g_utf8_next_char (p))
        {
          const char *entry = fold_cached (g_utf8_get_char (p)) + 1;

          append_folded (out, start, entry, entry + strlen (entry), pending_space);
        }
      return;
    }

  decomposed = g_utf8_normalize (run, end - run, G_NORMALIZE_NFKD);
  folded = g_utf8_casefold (decomposed, -1);
  append_folded (out, start, folded, folded + strlen (folded), pending_space);
}

void
ds_normalize_for_search_append (GString    *out,
                                const char *text)
{
  g_autofree char *valid = NULL;
  gsize start;
  gboolean pending_space = FALSE;
  const char *p;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  start = out->len;
  p = text;
  while (*p != '\0')
    {
      guchar b = (guchar)*p;
      const char *run;

      if (b < 0x80)
        {
          if (is_ascii_space (b))
            {
              pending_space = out->len > start;
            }
          else
            {
              if (pending_space)
                {
                  g_string_append_c (out, ' ');
                  pending_space = FALSE;
                }
              g_string_append_c (out, g_ascii_tolower (b));
            }
          p++;
          continue;
        }

      for (run = p; (guchar)*p >= 0x80; p++)
        ;
      append_run (out, start, run, p, &pending_space);
    }
}

char *
ds_normalize_for_search (const char *text)
{
  GString *out = g_string_sized_new (text != NULL ? strlen (text) : 0);

  ds_normalize_for_search_append (out, text);

  return g_string_free (out, FALSE);
}
