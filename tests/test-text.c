/* test-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ds-text.h"

static void
test_plain (void)
{
  g_autoptr(DsText) text = ds_text_new_plain ("Nvidia");

  ds_text_set_content_language ("fr");
  g_assert_cmpstr (ds_text_get (text), ==, "Nvidia");
  ds_text_set_content_language ("en");
  g_assert_cmpstr (ds_text_get (text), ==, "Nvidia");
  g_assert_cmpuint (ds_text_get_n_languages (text), ==, 1);
}

static void
test_fallback (void)
{
  g_autoptr(DsText) both = ds_text_new ();
  g_autoptr(DsText) english = ds_text_new ();
  g_autoptr(DsText) german = ds_text_new ();
  g_autoptr(DsText) empty_french = ds_text_new ();

  ds_text_set (both, "en", "Letter of intent");
  ds_text_set (both, "fr", "Lettre d'intention");
  ds_text_set (english, "en", "Only English");
  ds_text_set (german, "de", "Nur Deutsch");
  ds_text_set (empty_french, "fr", "");
  ds_text_set (empty_french, "en", "English wins over an empty translation");

  ds_text_set_content_language ("fr");
  g_assert_cmpstr (ds_text_get (both), ==, "Lettre d'intention");
  g_assert_cmpstr (ds_text_get (english), ==, "Only English");
  g_assert_cmpstr (ds_text_get (german), ==, "Nur Deutsch");
  g_assert_cmpstr (ds_text_get (empty_french), ==, "English wins over an empty translation");
  g_assert_false (ds_text_has (empty_french, "fr"));
  g_assert_true (ds_text_has (both, "fr"));

  ds_text_set_content_language ("en");
  g_assert_cmpstr (ds_text_get (both), ==, "Letter of intent");
  g_assert_cmpstr (ds_text_get_for (both, "de"), ==, "Letter of intent");
}

static void
test_replace_and_null (void)
{
  g_autoptr(DsText) text = ds_text_new ();

  g_assert_cmpstr (ds_text_get (NULL), ==, "");
  g_assert_cmpstr (ds_text_get (text), ==, "");
  ds_text_set (text, "en", "first");
  ds_text_set (text, "en", "second");
  g_assert_cmpuint (ds_text_get_n_languages (text), ==, 1);
  g_assert_cmpstr (ds_text_get_for (text, "en"), ==, "second");
  g_assert_cmpstr (ds_text_get_language_at (text, 0), ==, "en");
}

/* A packed text (one block) is changed through ds_text_set() like any other. */
static void
test_packed (void)
{
  const char *languages[] = { "en", "fr" };
  const char *strings[] = { "Chips", "Puces" };
  g_autoptr(DsText) text = ds_text_new_packed (2, languages, strings);
  g_autoptr(DsText) empty = ds_text_new_packed (0, NULL, NULL);

  g_assert_cmpuint (ds_text_get_n_languages (text), ==, 2);
  g_assert_cmpstr (ds_text_get_for (text, "fr"), ==, "Puces");
  g_assert_cmpstr (ds_text_get_language_at (text, 1), ==, "fr");
  g_assert_true (ds_text_has (text, "en"));

  ds_text_set (text, "fr", "Les puces");
  ds_text_set (text, "de", "Chips");
  g_assert_cmpuint (ds_text_get_n_languages (text), ==, 3);
  g_assert_cmpstr (ds_text_get_for (text, "fr"), ==, "Les puces");
  g_assert_cmpstr (ds_text_get_for (text, "en"), ==, "Chips");
  g_assert_cmpstr (ds_text_get_language_at (text, 2), ==, "de");

  g_assert_cmpstr (ds_text_get (empty), ==, "");
  ds_text_set (empty, "en", "now");
  g_assert_cmpstr (ds_text_get_for (empty, "en"), ==, "now");
}

static void
test_markup_is_kept_literal (void)
{
  g_autoptr(DsText) text = ds_text_new_plain ("<b>bold</b> & <span foreground='red'>x</span>");

  g_assert_cmpstr (ds_text_get (text), ==, "<b>bold</b> & <span foreground='red'>x</span>");
}

static void
test_language_from_environment (void)
{
  ds_text_set_content_language (NULL);
  /* The test runs with LANG=C.UTF-8 and no LANGUAGE: English. */
  g_assert_cmpstr (ds_text_get_content_language (), ==, "en");
}

/* --- Normalization for search -------------------------------------------------------- */

/* The normalization as it was before its fast paths, kept as the reference the fast one
 * must equal for every input. */
static const char *
reference_fold_special (gunichar c)
{
  switch (c)
    {
    case 0x00E6: return "ae";
    case 0x0153: return "oe";
    case 0x00F8: return "o";
    case 0x0142: return "l";
    case 0x0111: return "d";
    case 0x00F0: return "d";
    case 0x00FE: return "th";
    case 0x0131: return "i";
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

static char *
reference_normalize (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  folded = g_utf8_casefold (decomposed, -1);
  out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);
      const char *special;

      if (g_unichar_isspace (c))
        {
          pending_space = out->len > 0;
          continue;
        }

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK)
        continue;

      if (pending_space)
        {
          g_string_append_c (out, ' ');
          pending_space = FALSE;
        }

      if ((special = reference_fold_special (c)) != NULL)
        g_string_append (out, special);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static void
assert_same_as_reference (const char *input)
{
  g_autofree char *expected = reference_normalize (input);
  g_autofree char *got = ds_normalize_for_search (input);

  if (g_strcmp0 (expected, got) != 0)
    {
      g_autofree char *escaped = g_strescape (input, NULL);

      g_test_message ("input \"%s\"", escaped);
    }
  g_assert_cmpstr (got, ==, expected);
}

static const char * const normalize_corpus[] = {
  "",
  " ",
  "\t\n\r\f\v",
  "Économie  NONSENS",
  "L’ère des transformeurs — « la course aux investissements »",
  "Nvidia investit 100 Md$ dans OpenAI ; Jensen Huang dément : « absurde ».",
  "naïve café à Taïpei, Ångström Øresund Łódź, ŒUVRE cœur Æsop, þorn ðað",
  "ﬁnance ﬂux ﬀ ﬃ, ＡＢＣ１２３, ㍻, ½ ¼ ², ℌ ℍ ℡ ™",
  "Straße STRASSE ẞ, İstanbul ıi, ΣΊΣΥΦΟΣ ς, ǅ ǈ ǋ",
  "e\u0301te\u0301 E\u0316\u0301 a\u0345\u0301 \u1f80 \u0390",
  "\u00a0lead\u2003em\u2009thin\u202fnarrow\u3000ideo\u2028line\u2029para\xc2\x85" "next",
  "\u0301leading mark, trailing mark\u0301",
  "한국어 텍스트 가나다, 日本語のテキスト ｶﾀｶﾅ, 中文文本",
  "עברית עִם נִקּוּד, العربية مع التشكيل: مُحَمَّد",
  "हिन्दी क्षत्रिय, ᬅᬓ᭄ᬱ, ꥆꥍ꥓ꥆ, 𑌕𑍍𑌷",
  "𝄞 𝅘𝅥𝅮 \U0001D15E\U0001D165\U0001D16D 𝐀𝐁𝐂 🙂👍🏽 🇫🇷",
  "\u0f73\u0f75\u0f81 \u0344 \u0340\u0341 \u1e9b\u0323",
  "ok\xff" "BAD \xc3\x28 \xe2\x82",
  "tab\tnew\nline\r\nreturn   end   ",
  "“deal” ‘quote’ ‐‑‒–—―− ′″",
  "A\u030a\u0327 \u212b \u0149 \u01f0 \ufb05 \ufb06",
};

static void
test_normalize_corpus (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (normalize_corpus); i++)
    assert_same_as_reference (normalize_corpus[i]);
}

/* Every character alone and next to the neighbours that decomposition, reordering,
 * folding and the whitespace rules react to. */
static void
test_normalize_every_character (void)
{
  static const char * const contexts[] = {
    "%s", "A%sb", "%s\u0301", "\u0345%s\u0316", "e\u0301%s\u0345", " %s %s ", "\u00a0%s\U0001D165",
  };
  static const gunichar ranges[][2] = {
    { 0x0001, 0xD7FF }, { 0xE000, 0x1FFFF }, { 0xE0000, 0xE01EF },
  };

  for (guint r = 0; r < G_N_ELEMENTS (ranges); r++)
    for (gunichar c = ranges[r][0]; c <= ranges[r][1]; c++)
      {
        char buf[8] = { 0 };

        g_unichar_to_utf8 (c, buf);
        for (guint k = 0; k < G_N_ELEMENTS (contexts); k++)
          {
            g_auto(GStrv) parts = g_strsplit (contexts[k], "%s", -1);
            g_autofree char *input = g_strjoinv (buf, parts);

            assert_same_as_reference (input);
          }
      }
}

/* Random strings over characters that interact: combining marks of several classes,
 * spacing marks with a combining class, characters that fold or decompose to several,
 * spaces of every kind. */
static void
test_normalize_random (void)
{
  static const gunichar alphabet[] = {
    'a', 'E', 'z', ' ', '\t', '\n', '\v', '-', '\'', 0x00A0, 0x2003, 0x3000, 0x00E9, 0x00C9,
    0x0301, 0x0316, 0x0345, 0x0327, 0x1D165, 0x1D16D, 0x1B44, 0xA953, 0x0F71, 0x0F72, 0x0F80,
    0x00DF, 0x0130, 0x0131, 0x01C5, 0x1F80, 0x0390, 0xFB01, 0xFF21, 0xAC00, 0x1100, 0x1161,
    0x2019, 0x2014, 0x00E6, 0x0153, 0x00BD, 0x1F642, 0x05B4, 0x064E, 0x093C, 0x094D, 0x3099,
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  for (guint i = 0; i < 20000; i++)
    {
      g_autoptr(GString) input = g_string_new (NULL);
      guint len = g_rand_int_range (rand, 0, 12);

      for (guint j = 0; j < len; j++)
        {
          guint k = g_rand_int_range (rand, 0, G_N_ELEMENTS (alphabet));

          g_string_append_unichar (input, alphabet[k]);
        }
      assert_same_as_reference (input->str);
    }
}

static gpointer
normalize_thread (gpointer data)
{
  gunichar first = GPOINTER_TO_UINT (data);

  for (gunichar c = first; c < first + 0x800; c++)
    {
      char buf[8] = { 0 };
      g_autofree char *got = NULL;
      g_autofree char *expected = NULL;

      g_unichar_to_utf8 (c, buf);
      got = ds_normalize_for_search (buf);
      expected = reference_normalize (buf);
      if (g_strcmp0 (got, expected) != 0)
        return GUINT_TO_POINTER (c);
    }

  return NULL;
}

/* The per-character cache is filled from several threads at once. */
static void
test_normalize_threads (void)
{
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("normalize", normalize_thread, GUINT_TO_POINTER (0x4E00));
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_null (g_thread_join (threads[i]));
}

static void
test_normalize_append (void)
{
  g_autoptr(GString) out = g_string_new ("kept ");

  ds_normalize_for_search_append (out, "  Économie  NONSENS ");
  g_assert_cmpstr (out->str, ==, "kept economie nonsens");
  ds_normalize_for_search_append (out, NULL);
  g_assert_cmpstr (out->str, ==, "kept economie nonsens");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dealscope/text/plain", test_plain);
  g_test_add_func ("/dealscope/text/fallback", test_fallback);
  g_test_add_func ("/dealscope/text/replace-and-null", test_replace_and_null);
  g_test_add_func ("/dealscope/text/packed", test_packed);
  g_test_add_func ("/dealscope/text/markup-literal", test_markup_is_kept_literal);
  g_test_add_func ("/dealscope/text/language-from-environment", test_language_from_environment);
  g_test_add_func ("/dealscope/text/normalize-corpus", test_normalize_corpus);
  g_test_add_func ("/dealscope/text/normalize-every-character", test_normalize_every_character);
  g_test_add_func ("/dealscope/text/normalize-random", test_normalize_random);
  g_test_add_func ("/dealscope/text/normalize-threads", test_normalize_threads);
  g_test_add_func ("/dealscope/text/normalize-append", test_normalize_append);

  return g_test_run ();
}
