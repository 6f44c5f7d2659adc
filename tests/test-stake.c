/* test-stake.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The stake calculator's maths: amounts as people type them (in the C locale, and with
 * French numbers), the stake on a pre- or post-money valuation, and its percentage.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "ds-stake.h"

#define NNBSP "\xe2\x80\xaf"   /* U+202F NARROW NO-BREAK SPACE */
#define NBSP  "\xc2\xa0"       /* U+00A0 NO-BREAK SPACE */
#define THSP  "\xe2\x80\x89"   /* U+2009 THIN SPACE */

static void
assert_close (double value,
              double expected)
{
  g_assert_cmpfloat_with_epsilon (value, expected, fabs (expected) * 1e-12 + 1e-12);
}

/* --- Parsing ------------------------------------------------------------------------ */

typedef struct
{
  const char *name;
  const char *text;
  double      expected;
} ParseCase;

typedef struct
{
  const char   *name;
  const char   *text;
  DsStakeError  code;
} BadCase;

/* In C.UTF-8 the decimal point is "." and there is no digit-group separator; "," is
 * still read as one there, as English writes it, and spaces always are. */
static const ParseCase parse_cases[] = {
  { "billions", "30B", 30e9 },
  { "dollar-before", "$30B", 30e9 },
  { "space-before-scale", "30 B", 30e9 },
  { "lower-case-scale", "730b", 730e9 },
  { "trillions", "1.5T", 1.5e12 },
  { "millions", "750M", 750e6 },
  { "thousands", "2.5k", 2.5e3 },
  { "comma-grouping", "1,234.5", 1234.5 },
  { "comma-grouping-millions", "1,234,567", 1234567 },
  { "space-grouping", "1 234", 1234 },
  { "plain", "42", 42 },
  { "zero", "0", 0 },
  { "fraction-only", ".5", 0.5 },
  { "spaces-around", "  30B  ", 30e9 },
  { "euro-before", "\xe2\x82\xac" "11.7B", 11.7e9 },
  { "pound-after", "2.5M \xc2\xa3", 2.5e6 },
  { "dollar-after", "30B$", 30e9 },
  { "giga", "30G", 30e9 },
  { "milliard-abbreviation", "30 Md", 30e9 },
  { "milliard-abbreviation-lower", "30md", 30e9 },
  { "word-thousand", "3 thousand", 3e3 },
  { "word-million", "3 Million", 3e6 },
  { "word-billion", "30 billion", 30e9 },
  { "word-trillion", "2 TRILLION", 2e12 },
  { "word-milliard", "1 milliard", 1e9 },
  { "word-milliards", "30 milliards", 30e9 },
  { "word-mille", "2 mille", 2e3 },
  { "exponent", "1e3", 1e3 },
  { "largest", "1000000T", 1e18 },
};

static const BadCase bad_cases[] = {
  { "empty", "", DS_STAKE_ERROR_EMPTY },
  { "only-spaces", "   ", DS_STAKE_ERROR_EMPTY },
  { "only-symbol", "$", DS_STAKE_ERROR_EMPTY },
  { "letters", "abc", DS_STAKE_ERROR_SYNTAX },
  { "trailing-letters", "12abc", DS_STAKE_ERROR_SYNTAX },
  { "two-decimal-points", "1.2.3", DS_STAKE_ERROR_SYNTAX },
  { "misplaced-group", "1,5", DS_STAKE_ERROR_SYNTAX },
  { "unknown-scale", "30 X", DS_STAKE_ERROR_SYNTAX },
  { "two-symbols", "$30$", DS_STAKE_ERROR_SYNTAX },
  { "punctuation", "30#", DS_STAKE_ERROR_SYNTAX },
  { "negative", "-5", DS_STAKE_ERROR_NEGATIVE },
  { "negative-minus-sign", "\xe2\x88\x92" "5B", DS_STAKE_ERROR_NEGATIVE },
  { "negative-before-symbol", "-$5", DS_STAKE_ERROR_NEGATIVE },
  { "infinite", "1e400", DS_STAKE_ERROR_TOO_LARGE },
  { "above-limit", "2000000T", DS_STAKE_ERROR_TOO_LARGE },
};

static void
test_parse (gconstpointer data)
{
  const ParseCase *c = data;
  g_autoptr(GError) error = NULL;
  double value = -1;

  /* The cases are written for C.UTF-8, as tests/meson.build sets it. */
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ".");
  g_test_message ("\"%s\"", c->text);
  g_assert_true (ds_stake_parse_amount (c->text, &value, &error));
  g_assert_no_error (error);
  assert_close (value, c->expected);
}

static void
test_parse_bad (gconstpointer data)
{
  const BadCase *c = data;
  g_autoptr(GError) error = NULL;
  double value = 12345;

  g_test_message ("\"%s\"", c->text);
  g_assert_false (ds_stake_parse_amount (c->text, &value, &error));
  g_assert_error (error, DS_STAKE_ERROR, (int) c->code);
  g_assert_cmpstr (error->message, !=, "");
  g_test_message ("%s", error->message);
  /* A refused amount leaves the value alone. */
  g_assert_cmpfloat (value, ==, 12345);
}

static void
test_parse_messages (void)
{
  static const struct {
    const char *text;
    const char *message;
  } cases[] = {
    { "-5", "must not be negative" },
    { "abc", "letters are not a number" },
    { "1.2.3", "more than one decimal point" },
    { "30 X", "“X” is not a scale" },
    { "1e400", "the amount is too large" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      double value;

      g_assert_false (ds_stake_parse_amount (cases[i].text, &value, &error));
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].message) == NULL)
        g_test_fail_printf ("\"%s\": the message is \"%s\", not \"%s\"",
                            cases[i].text, error->message, cases[i].message);
    }
}

/* French numbers: "," for the decimal point, spaces of any width between groups. */
static void
test_parse_french (void)
{
  static const ParseCase cases[] = {
    { "plain-space", "1 234,5", 1234.5 },
    { "narrow-no-break-space", "1" NNBSP "234,5", 1234.5 },
    { "no-break-space", "1" NBSP "234,5", 1234.5 },
    { "thin-space", "1" THSP "234,5", 1234.5 },
    { "milliards-abbreviation", "30 Md", 30e9 },
    { "milliards-dollars", "30 Md$", 30e9 },
    { "milliards-euros", "11,7 Md\xe2\x82\xac", 11.7e9 },
    { "milliards-word", "2,5 milliards", 2.5e9 },
    { "decimal-comma", "1,234", 1.234 },
    { "lone-dot", "1.5", 1.5 },
    { "lone-dot-scale", "2.5 Md", 2.5e9 },
    { "grouped-millions", "1 234 567 \xe2\x82\xac", 1234567 },
  };
  static const BadCase bad[] = {
    { "dot-and-comma", "1,234.5", DS_STAKE_ERROR_SYNTAX },
    { "two-commas", "1,2,3", DS_STAKE_ERROR_SYNTAX },
    { "two-dots", "1.2.3", DS_STAKE_ERROR_SYNTAX },
    { "misplaced-group", "12 34", DS_STAKE_ERROR_SYNTAX },
  };
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autofree char *percentage = NULL;

  if (setlocale (LC_NUMERIC, "fr_FR.UTF-8") == NULL)
    {
      g_test_fail_printf ("the fr_FR.UTF-8 locale is not installed, so French input cannot "
                          "be tested: generate it (locale-gen fr_FR.UTF-8)");
      return;
    }
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = -1;

      g_test_message ("%s: \"%s\"", cases[i].name, cases[i].text);
      if (!ds_stake_parse_amount (cases[i].text, &value, &error))
        g_test_fail_printf ("%s: \"%s\" refused: %s", cases[i].name, cases[i].text, error->message);
      else if (fabs (value - cases[i].expected) > fabs (cases[i].expected) * 1e-12)
        g_test_fail_printf ("%s: \"%s\" read as %g, not %g", cases[i].name, cases[i].text,
                            value, cases[i].expected);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = 0;

      if (ds_stake_parse_amount (bad[i].text, &value, &error))
        g_test_fail_printf ("%s: \"%s\" read as %g, but it should be refused", bad[i].name,
                            bad[i].text, value);
      else if (!g_error_matches (error, DS_STAKE_ERROR, (int) bad[i].code))
        g_test_fail_printf ("%s: \"%s\" refused with \"%s\" (code %d), not code %d",
                            bad[i].name, bad[i].text, error->message, error->code, bad[i].code);
    }

  /* The number of a percentage follows LC_NUMERIC too. */
  percentage = ds_stake_format_percentage (30.0 / 760.0);
  g_assert_nonnull (strstr (percentage, "3,9"));

  setlocale (LC_NUMERIC, saved);
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ".");
}

/* --- The stake ---------------------------------------------------------------------- */

static void
test_compute_pre_money (void)
{
  g_autoptr(GError) error = NULL;
  DsStakeResult result;

  /* Nvidia's $30B at OpenAI's $730B pre-money valuation, 27 Feb 2026. */
  g_assert_true (ds_stake_compute (30e9, 730e9, FALSE, &result, &error));
  g_assert_no_error (error);
  assert_close (result.pre_money, 730e9);
  assert_close (result.post_money, 760e9);
  assert_close (result.ownership, 30.0 / 760.0);
  g_assert_cmpfloat (result.ownership, >, 0.0394);
  g_assert_cmpfloat (result.ownership, <, 0.0395);
}

static void
test_compute_post_money (void)
{
  g_autoptr(GError) error = NULL;
  DsStakeResult result;

  g_assert_true (ds_stake_compute (30e9, 760e9, TRUE, &result, &error));
  g_assert_no_error (error);
  assert_close (result.pre_money, 730e9);
  assert_close (result.post_money, 760e9);
  assert_close (result.ownership, 30.0 / 760.0);
}

static void
test_compute_edges (void)
{
  g_autoptr(GError) error = NULL;
  DsStakeResult result;

  /* No ticket, no stake. */
  g_assert_true (ds_stake_compute (0, 100, FALSE, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (result.ownership, ==, 0);
  assert_close (result.post_money, 100);

  /* A ticket of the whole post-money buys the whole company. */
  g_assert_true (ds_stake_compute (100, 100, TRUE, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (result.ownership, ==, 1);
  g_assert_cmpfloat (result.pre_money, ==, 0);
}

static void
test_compute_errors (void)
{
  static const struct {
    const char   *what;
    double        ticket;
    double        valuation;
    gboolean      post_money;
    DsStakeError  code;
    const char   *message;
  } cases[] = {
    { "ticket above post-money", 40e9, 30e9, TRUE, DS_STAKE_ERROR_TICKET_ABOVE_POST_MONEY,
      "the ticket is larger than the post-money valuation" },
    { "zero pre-money", 30e9, 0, FALSE, DS_STAKE_ERROR_ZERO,
      "the valuation must be more than zero" },
    { "zero post-money", 0, 0, TRUE, DS_STAKE_ERROR_ZERO,
      "the valuation must be more than zero" },
    { "negative valuation", 1, -5, FALSE, DS_STAKE_ERROR_ZERO,
      "the valuation must be more than zero" },
    { "negative ticket", -1, 100, FALSE, DS_STAKE_ERROR_NEGATIVE, "must not be negative" },
    { "infinite ticket", INFINITY, 100, FALSE, DS_STAKE_ERROR_TOO_LARGE, "too large" },
    { "not a number", 1, NAN, TRUE, DS_STAKE_ERROR_TOO_LARGE, "too large" },
    { "post-money overflows", 1e308, 1e308, FALSE, DS_STAKE_ERROR_TOO_LARGE, "too large" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      DsStakeResult result = { -1, -1, -1 };

      g_test_message ("%s", cases[i].what);
      g_assert_false (ds_stake_compute (cases[i].ticket, cases[i].valuation,
                                        cases[i].post_money, &result, &error));
      g_assert_error (error, DS_STAKE_ERROR, (int) cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].message));
      /* A refused stake leaves the result alone. */
      g_assert_cmpfloat (result.ownership, ==, -1);
    }
}

/* --- The percentage ----------------------------------------------------------------- */

static void
test_format_percentage (void)
{
  static const struct {
    double      ownership;
    const char *expected;
  } cases[] = {
    { 30.0 / 760.0, "3.9%" },     /* 3.947…% */
    { 0.3947, "39%" },
    { 0.003947, "0.39%" },
    { 0.01234, "1.2%" },
    { 0.0996, "10%" },            /* 9.96 rounds up to two digits */
    { 0.999, "100%" },
    { 1.0, "100%" },
    { 0.5, "50%" },
    { 0.03, "3%" },               /* no trailing zero */
    { 0.0004, "0.04%" },          /* at most two decimals */
    { 0.00001, "0%" },
    { 0, "0%" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = ds_stake_format_percentage (cases[i].ownership);

      g_test_message ("%g", cases[i].ownership);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

/* --- Main ----------------------------------------------------------------------------- */

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

  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/dealscope/stake/parse/%s", parse_cases[i].name);

      g_test_add_data_func (path, &parse_cases[i], test_parse);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/dealscope/stake/parse-bad/%s", bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_parse_bad);
    }
  g_test_add_func ("/dealscope/stake/parse-messages", test_parse_messages);
  g_test_add_func ("/dealscope/stake/parse-french", test_parse_french);

  g_test_add_func ("/dealscope/stake/compute/pre-money", test_compute_pre_money);
  g_test_add_func ("/dealscope/stake/compute/post-money", test_compute_post_money);
  g_test_add_func ("/dealscope/stake/compute/edges", test_compute_edges);
  g_test_add_func ("/dealscope/stake/compute/errors", test_compute_errors);

  g_test_add_func ("/dealscope/stake/format-percentage", test_format_percentage);

  return g_test_run ();
}
