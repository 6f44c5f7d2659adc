/* test-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dealscope/text/plain", test_plain);
  g_test_add_func ("/dealscope/text/fallback", test_fallback);
  g_test_add_func ("/dealscope/text/replace-and-null", test_replace_and_null);
  g_test_add_func ("/dealscope/text/markup-literal", test_markup_is_kept_literal);
  g_test_add_func ("/dealscope/text/language-from-environment", test_language_from_environment);

  return g_test_run ();
}
