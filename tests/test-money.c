/* test-money.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>

#include "ds-money.h"

#define NBSP "\xc2\xa0"

/* Expected strings are written with "," for digit grouping and "." for the decimal
 * point; this rewrites them with LC_NUMERIC's, which is none and "." in C.UTF-8, and
 * U+202F and "," in glibc's fr_FR. */
static char *
localize_number (const char *expected)
{
  const struct lconv *conv = localeconv ();
  GString *string = g_string_new (NULL);

  for (const char *p = expected; *p != '\0'; p++)
    {
      if (*p == ',')
        g_string_append (string, conv->thousands_sep);
      else if (*p == '.')
        g_string_append (string, conv->decimal_point);
      else
        g_string_append_c (string, *p);
    }

  return g_string_free (string, FALSE);
}

typedef struct
{
  double      value;
  const char *currency;
  const char *expected; /* see localize_number () */
} FormatCase;

static void
check_format_cases (const FormatCase *cases,
                    gsize             n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autofree char *expected = localize_number (cases[i].expected);
      g_autofree char *text = ds_money_format_value (cases[i].value, cases[i].currency);

      g_test_message ("%g %s", cases[i].value, cases[i].currency);
      g_assert_cmpstr (text, ==, expected);
    }
}

static void
test_scale_parse (void)
{
  static const struct {
    const char *text;
    DsScale scale;
  } good[] = {
    { "1", DS_SCALE_ONE },
    { "K", DS_SCALE_THOUSAND },
    { "M", DS_SCALE_MILLION },
    { "B", DS_SCALE_BILLION },
    { "T", DS_SCALE_TRILLION },
  };
  static const char * const bad[] = {
    "", "k", "m", "b", "t", "0", "10", "1 ", " K", "KK", "Bn", "bn", "MM", "G", "1K",
    "thousand", "\xef\xbc\xab", /* fullwidth K */
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      DsScale scale = (DsScale) 99;

      g_assert_true (ds_scale_parse (good[i].text, &scale));
      g_assert_cmpint (scale, ==, good[i].scale);
      g_assert_true (ds_scale_parse (good[i].text, NULL));
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      DsScale scale = DS_SCALE_MILLION;

      g_test_message ("scale “%s”", bad[i]);
      g_assert_false (ds_scale_parse (bad[i], &scale));
      g_assert_cmpint (scale, ==, DS_SCALE_MILLION);
    }

  g_assert_false (ds_scale_parse (NULL, NULL));
}

static void
test_scale_multiplier (void)
{
  g_assert_cmpfloat (ds_scale_get_multiplier (DS_SCALE_ONE), ==, 1.0);
  g_assert_cmpfloat (ds_scale_get_multiplier (DS_SCALE_THOUSAND), ==, 1e3);
  g_assert_cmpfloat (ds_scale_get_multiplier (DS_SCALE_MILLION), ==, 1e6);
  g_assert_cmpfloat (ds_scale_get_multiplier (DS_SCALE_BILLION), ==, 1e9);
  g_assert_cmpfloat (ds_scale_get_multiplier (DS_SCALE_TRILLION), ==, 1e12);
}

static void
test_currency_valid (void)
{
  static const char * const good[] = { "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "XAU", "AAA" };
  static const char * const bad[] = {
    "", "usd", "Usd", "US", "U", "USDD", "US1", "U$D", " USD", "USD ", "\xc3\x89UR", /* ÉUR */
    "US-", "ZZ\xc3\x89",
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (ds_currency_is_valid (good[i]));

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("currency “%s”", bad[i]);
      g_assert_false (ds_currency_is_valid (bad[i]));
    }

  g_assert_false (ds_currency_is_valid (NULL));
}

static void
test_currency_symbol (void)
{
  g_assert_cmpstr (ds_currency_get_symbol ("USD"), ==, "$");
  g_assert_cmpstr (ds_currency_get_symbol ("EUR"), ==, "€");
  g_assert_cmpstr (ds_currency_get_symbol ("GBP"), ==, "£");
  g_assert_cmpstr (ds_currency_get_symbol ("JPY"), ==, "¥");
  g_assert_cmpstr (ds_currency_get_symbol ("CNY"), ==, "CN¥");
  g_assert_null (ds_currency_get_symbol ("CHF"));
  g_assert_null (ds_currency_get_symbol ("XAU"));
}

static void
test_money_init (void)
{
  DsMoney money = { 0 };

  g_assert_true (ds_money_init (&money, 100, DS_SCALE_BILLION, "USD"));
  g_assert_cmpfloat (money.value, ==, 1e11);
  g_assert_cmpstr (money.currency, ==, "USD");

  g_assert_true (ds_money_init (&money, -2.5, DS_SCALE_MILLION, "EUR"));
  g_assert_cmpfloat (money.value, ==, -2.5e6);
  g_assert_cmpstr (money.currency, ==, "EUR");

  g_assert_true (ds_money_init (&money, 1.7e296, DS_SCALE_TRILLION, "CHF"));
  g_assert_true (isfinite (money.value));
  g_assert_cmpstr (money.currency, ==, "CHF");

  g_assert_true (ds_money_init (&money, 42, DS_SCALE_ONE, "GBP"));
  g_assert_cmpfloat (money.value, ==, 42);

  /* Rejections leave the amount as it was. */
  g_assert_false (ds_money_init (&money, NAN, DS_SCALE_ONE, "USD"));
  g_assert_false (ds_money_init (&money, INFINITY, DS_SCALE_ONE, "USD"));
  g_assert_false (ds_money_init (&money, -INFINITY, DS_SCALE_ONE, "USD"));
  g_assert_false (ds_money_init (&money, 1e308, DS_SCALE_TRILLION, "USD"));
  g_assert_false (ds_money_init (&money, -1e308, DS_SCALE_TRILLION, "USD"));
  g_assert_false (ds_money_init (&money, 1e300, DS_SCALE_BILLION, "USD"));
  g_assert_false (ds_money_init (&money, 1, DS_SCALE_ONE, "usd"));
  g_assert_false (ds_money_init (&money, 1, DS_SCALE_ONE, "USDX"));
  g_assert_false (ds_money_init (&money, 1, DS_SCALE_ONE, ""));
  g_assert_false (ds_money_init (&money, 1, DS_SCALE_ONE, NULL));
  g_assert_false (ds_money_init (&money, 1, (DsScale) 5, "USD"));
  g_assert_false (ds_money_init (&money, 1, (DsScale) -1, "USD"));

  g_assert_cmpfloat (money.value, ==, 42);
  g_assert_cmpstr (money.currency, ==, "GBP");
}

static void
test_format_scales (void)
{
  static const FormatCase cases[] = {
    { 852,        "USD", "$852" },
    { 1000,       "USD", "$1K" },
    { 1234,       "USD", "$1.23K" },
    { 12345,      "USD", "$12.3K" },
    { 61.5e3,     "USD", "$61.5K" },
    { 123456,     "USD", "$123K" },
    { 1.25e6,     "USD", "$1.25M" },
    { 5e6,        "USD", "$5M" },
    { 250e6,      "USD", "$250M" },
    { 1e9,        "USD", "$1B" },
    { 11.74e9,    "USD", "$11.7B" },
    { 100e9,      "USD", "$100B" },
    { 1e12,       "USD", "$1T" },
    { 1.2e12,     "USD", "$1.2T" },
    { 12.34e12,   "USD", "$12.3T" },
    { 1234e12,    "USD", "$1,234T" },
    { 1e20,       "USD", "$100,000,000T" },
  };

  check_format_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_format_significant (void)
{
  static const FormatCase cases[] = {
    { 0.5,        "USD", "$0.5" },
    { 1.25,       "USD", "$1.25" },
    { 11.74,      "USD", "$11.7" },
    { 61.5,       "USD", "$61.5" },
    { 99.44,      "USD", "$99.4" },
    { 852.4,      "USD", "$852" },
    { 2.5e6,      "USD", "$2.5M" },
    { 2.50001e6,  "USD", "$2.5M" },
    { 1.999e9,    "USD", "$2B" },
    { 9.996e6,    "USD", "$10M" },
    { 99.96e6,    "USD", "$100M" },
  };

  check_format_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_format_scale_boundary (void)
{
  static const FormatCase cases[] = {
    { 999.4,      "USD", "$999" },
    { 999.5,      "USD", "$1K" },
    { 999.4e3,    "USD", "$999K" },
    { 999999,     "USD", "$1M" },
    { 999.6e6,    "USD", "$1B" },
    { 999.4e9,    "USD", "$999B" },
    { 999.96e9,   "USD", "$1T" },
    { 999999999999.0, "USD", "$1T" },
    { -999.96e9,  "USD", "−$1T" },
  };

  check_format_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_format_sign (void)
{
  static const FormatCase cases[] = {
    { -5e6,       "USD", "−$5M" },
    { -852,       "USD", "−$852" },
    { -1.2e12,    "EUR", "−€1.2T" },
    { -0.5,       "USD", "−$0.5" },
    { 0,          "USD", "$0" },
    { -0.0,       "USD", "$0" },
    { -0.0,       "EUR", "€0" },
    { -1e-9,      "USD", "$0" },
    { 1e-9,       "USD", "$0" },
  };

  check_format_cases (cases, G_N_ELEMENTS (cases));

  {
    g_autofree char *text = ds_money_format_value (NAN, "USD");
    g_assert_cmpstr (text, ==, "—");
  }
  {
    g_autofree char *text = ds_money_format_value (-INFINITY, "USD");
    g_assert_cmpstr (text, ==, "—");
  }
}

static void
test_format_currencies (void)
{
  static const FormatCase cases[] = {
    { 11.74e9,    "EUR", "€11.7B" },
    { 5e6,        "GBP", "£5M" },
    { 100e9,      "JPY", "¥100B" },
    { 1.2e12,     "CNY", "CN¥1.2T" },
    { 100e9,      "CHF", "CHF" NBSP "100B" },
    { -5e6,       "CHF", "−CHF" NBSP "5M" },
    { 1500,       "XAU", "XAU" NBSP "1.5K" },
    { 0,          "SEK", "SEK" NBSP "0" },
  };
  DsMoney money;

  check_format_cases (cases, G_N_ELEMENTS (cases));

  g_assert_true (ds_money_init (&money, 100, DS_SCALE_BILLION, "USD"));
  {
    g_autofree char *text = ds_money_format (&money);
    g_assert_cmpstr (text, ==, "$100B");
  }

  g_assert_true (ds_money_init (&money, 11.74, DS_SCALE_BILLION, "EUR"));
  {
    g_autofree char *expected = localize_number ("€11.7B");
    g_autofree char *text = ds_money_format (&money);
    g_assert_cmpstr (text, ==, expected);
  }
}

typedef struct
{
  double      value;
  guint       max_decimals;
  const char *expected; /* see localize_number () */
} NumberCase;

static void
check_number_cases (const NumberCase *cases,
                    gsize             n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autofree char *expected = localize_number (cases[i].expected);
      g_autofree char *text = ds_format_number (cases[i].value, cases[i].max_decimals);

      g_test_message ("%g with at most %u decimals", cases[i].value, cases[i].max_decimals);
      g_assert_cmpstr (text, ==, expected);
    }
}

static void
test_format_number (void)
{
  static const NumberCase cases[] = {
    { 0,              0, "0" },
    { 0,              3, "0" },
    { -0.0,           2, "0" },
    { -0.001,         2, "0" },
    { 2,              2, "2" },
    { 10,             0, "10" },
    { 100,            2, "100" },
    { 1000,           0, "1,000" },
    { 1234.5,         2, "1,234.5" },
    { 1234.4,         0, "1,234" },
    { -1234.5,        1, "−1,234.5" },
    { 1e6,            0, "1,000,000" },
    { 1000000.25,     2, "1,000,000.25" },
    { 3.14159,        3, "3.142" },
    { 0.5,            3, "0.5" },
    { 0.1,            1, "0.1" },
    { 0.06,           1, "0.1" },
    { 1.5,            1000, "1.5" },
  };

  check_number_cases (cases, G_N_ELEMENTS (cases));

  {
    g_autofree char *text = ds_format_number (NAN, 2);
    g_assert_cmpstr (text, ==, "—");
  }
  {
    g_autofree char *text = ds_format_number (INFINITY, 2);
    g_assert_cmpstr (text, ==, "—");
  }
  {
    g_autofree char *text = ds_format_number (-INFINITY, 0);
    g_assert_cmpstr (text, ==, "—");
  }
}

static void
test_french_setup (void)
{
  const struct lconv *conv = localeconv ();
  const char *billions = C_("money", "%2$s%1$sB");

  if (g_strcmp0 (billions, "%2$s%1$sB") == 0)
    g_test_fail_printf ("DS_TEST_FRENCH=1 but the French catalogue is not in use: check "
                        "LANGUAGE=fr and DS_LOCALEDIR (now “%s”)", g_getenv ("DS_LOCALEDIR"));

  if (g_strcmp0 (conv->decimal_point, ",") != 0 || conv->thousands_sep[0] == '\0')
    g_test_fail_printf ("DS_TEST_FRENCH=1 but LC_NUMERIC is not French (decimal point "
                        "“%s”, thousands separator “%s”): check LANG=fr_FR.UTF-8 and that "
                        "the fr_FR.UTF-8 locale is generated",
                        conv->decimal_point, conv->thousands_sep);
}

static void
test_format_french (void)
{
  static const FormatCase cases[] = {
    { 100e9,      "USD", "100" NBSP "Md$" },
    { 1.2e12,     "USD", "1,200" NBSP "Md$" },
    { 999.96e9,   "USD", "1,000" NBSP "Md$" },
    { 11.74e9,    "EUR", "11.7" NBSP "Md€" },
    { 250e6,      "USD", "250" NBSP "M$" },
    { 61.5e3,     "USD", "61.5" NBSP "k$" },
    { 852,        "USD", "852" NBSP "$" },
    { 0,          "USD", "0" NBSP "$" },
    { -5e6,       "USD", "−5" NBSP "M$" },
    { 100e9,      "CHF", "100" NBSP "Md" NBSP "CHF" },
  };
  static const NumberCase numbers[] = {
    { 1234.5,     2, "1,234.5" },
    { -1e6,       0, "−1,000,000" },
  };

  check_format_cases (cases, G_N_ELEMENTS (cases));
  check_number_cases (numbers, G_N_ELEMENTS (numbers));
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir;

  setlocale (LC_ALL, "");
  localedir = g_getenv ("DS_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dealscope/money/scale-parse", test_scale_parse);
  g_test_add_func ("/dealscope/money/scale-multiplier", test_scale_multiplier);
  g_test_add_func ("/dealscope/money/currency-valid", test_currency_valid);
  g_test_add_func ("/dealscope/money/currency-symbol", test_currency_symbol);
  g_test_add_func ("/dealscope/money/init", test_money_init);

  /* The build runs this program twice: in English (LANG=C.UTF-8), and in French with
   * DS_TEST_FRENCH=1, LANGUAGE=fr, LANG=fr_FR.UTF-8 and the compiled catalogue in
   * DS_LOCALEDIR. Each run registers the display tests of its own language. */
  if (g_strcmp0 (g_getenv ("DS_TEST_FRENCH"), "1") == 0)
    {
      g_test_add_func ("/dealscope/money/french/setup", test_french_setup);
      g_test_add_func ("/dealscope/money/french/format", test_format_french);
    }
  else
    {
      g_test_add_func ("/dealscope/money/english/scales", test_format_scales);
      g_test_add_func ("/dealscope/money/english/significant-digits", test_format_significant);
      g_test_add_func ("/dealscope/money/english/scale-boundary", test_format_scale_boundary);
      g_test_add_func ("/dealscope/money/english/sign", test_format_sign);
      g_test_add_func ("/dealscope/money/english/currencies", test_format_currencies);
      g_test_add_func ("/dealscope/money/english/number", test_format_number);
    }

  return g_test_run ();
}
