/* ds-stake.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Amounts are typed as people write them: "$30B", "30 Md$", "1 234,5", "2.5k". An
 * amount is read in four steps: a sign and a currency symbol are taken off its ends,
 * the number is cut from the scale that follows it, the number is rewritten for
 * g_ascii_strtod() with the locale's decimal point and digit grouping, and the scale
 * multiplies it.
 */

#define G_LOG_DOMAIN "ds-stake"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "ds-stake.h"

#include "ds-money.h"

#define MINUS_SIGN 0x2212

/* Above this, an amount is surely a typing mistake (a million times a trillion). */
#define MAX_AMOUNT 1e18

typedef struct
{
  const char *word;
  double      multiplier;
} Scale;

/* Matched whatever the case. "billion" is always 10^9, never the French 10^12. */
static const Scale scales[] = {
  { "k", 1e3 },
  { "thousand", 1e3 },
  { "thousands", 1e3 },
  { "mille", 1e3 },
  { "m", 1e6 },
  { "million", 1e6 },
  { "millions", 1e6 },
  { "b", 1e9 },
  { "bn", 1e9 },
  { "g", 1e9 },
  { "md", 1e9 },
  { "mds", 1e9 },
  { "billion", 1e9 },
  { "billions", 1e9 },
  { "milliard", 1e9 },
  { "milliards", 1e9 },
  { "t", 1e12 },
  { "trillion", 1e12 },
  { "trillions", 1e12 },
};

static const char * const currency_symbols[] = {
  "$",
  "\xe2\x82\xac",   /* € */
  "\xc2\xa3",       /* £ */
};

G_DEFINE_QUARK (ds-stake-error-quark, ds_stake_error)

/* --- Reading a typed amount --------------------------------------------------------- */

/* Spaces people type, or that their locale writes, between digits or around a number. */
static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x202F || c == 0x2009;
}

static const char *
skip_spaces (const char *p,
             const char *end)
{
  while (p < end && is_space (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  return p;
}

static const char *
trim_spaces_end (const char *start,
                 const char *end)
{
  while (end > start)
    {
      const char *previous = g_utf8_prev_char (end);

      if (!is_space (g_utf8_get_char (previous)))
        break;
      end = previous;
    }

  return end;
}

/* The length of the currency symbol starting at @p, or 0. */
static gsize
currency_symbol_at (const char *p,
                    const char *end)
{
  for (guint i = 0; i < G_N_ELEMENTS (currency_symbols); i++)
    {
      gsize len = strlen (currency_symbols[i]);

      if ((gsize) (end - p) >= len && memcmp (p, currency_symbols[i], len) == 0)
        return len;
    }

  return 0;
}

/* The length of the currency symbol ending at @end, or 0. */
static gsize
currency_symbol_before (const char *start,
                        const char *end)
{
  for (guint i = 0; i < G_N_ELEMENTS (currency_symbols); i++)
    {
      gsize len = strlen (currency_symbols[i]);

      if ((gsize) (end - start) >= len && memcmp (end - len, currency_symbols[i], len) == 0)
        return len;
    }

  return 0;
}

/* The length of the minus sign at @p ("-" or U+2212), or 0. */
static gsize
minus_sign_at (const char *p,
               const char *end)
{
  if (p < end && *p == '-')
    return 1;
  if (p < end && g_utf8_get_char (p) == MINUS_SIGN)
    return g_utf8_next_char (p) - p;

  return 0;
}

static gboolean
starts_with (const char *p,
             const char *end,
             const char *token)
{
  gsize len = strlen (token);

  return len > 0 && (gsize) (end - p) >= len && memcmp (p, token, len) == 0;
}

static guint
count_token (const char *start,
             const char *end,
             const char *token)
{
  gsize len = strlen (token);
  guint n = 0;

  for (const char *p = start; len > 0 && p + len <= end; p++)
    {
      if (memcmp (p, token, len) == 0)
        {
          n++;
          p += len - 1;
        }
    }

  return n;
}

typedef struct
{
  const char *decimal_point;   /* the locale's, e.g. "," */
  const char *grouping;        /* the locale's, e.g. U+202F, or "" */
} NumericLocale;

/* LC_NUMERIC's decimal point and digit-group separator. */
static void
numeric_locale_init (NumericLocale *locale)
{
  const struct lconv *conv = localeconv ();

  locale->decimal_point = conv->decimal_point != NULL && *conv->decimal_point != '\0'
                          ? conv->decimal_point : ".";
  locale->grouping = conv->thousands_sep != NULL ? conv->thousands_sep : "";
}

/* The length of a digit-group separator at @p, or 0: a space of any width; the
 * locale's separator; "," where the decimal point is "." (the C locale has no
 * separator, but its users write "1,234.5"). */
static gsize
group_separator_at (const NumericLocale *locale,
                    const char          *p,
                    const char          *end)
{
  if (is_space (g_utf8_get_char (p)))
    return g_utf8_next_char (p) - p;
  if (starts_with (p, end, locale->grouping))
    return strlen (locale->grouping);
  if (*p == ',' && strcmp (locale->decimal_point, ".") == 0)
    return 1;

  return 0;
}

static gboolean
syntax_error (GError     **error,
              const char  *message)
{
  g_set_error_literal (error, DS_STAKE_ERROR, DS_STAKE_ERROR_SYNTAX, message);

  return FALSE;
}

/* Rewrites the number in [@start, @end) as "1234.5" for g_ascii_strtod(). */
static gboolean
normalize_number (const char  *start,
                  const char  *end,
                  GString     *out,
                  GError     **error)
{
  NumericLocale locale;
  const char *decimal_point;
  guint n_points, n_dots, n_commas;
  gboolean in_fraction = FALSE;
  guint group_length = 0, n_groups = 0, n_digits = 0;
  gboolean groups_ok = TRUE;

  numeric_locale_init (&locale);
  decimal_point = locale.decimal_point;
  n_points = count_token (start, end, locale.decimal_point);
  n_dots = count_token (start, end, ".");
  n_commas = count_token (start, end, ",");

  if (n_points > 1)
    return syntax_error (error, _("more than one decimal point"));

  /* "1.5" in French: a single "." and no "," can only be a decimal point, unless "."
   * groups digits in this locale and three digits follow it ("1.234" in German). */
  if (n_points == 0 && strcmp (locale.decimal_point, ",") == 0 && n_dots == 1 && n_commas == 0)
    {
      const char *dot = memchr (start, '.', end - start);
      gboolean three_digits = end - dot == 4 && g_ascii_isdigit (dot[1]) &&
                              g_ascii_isdigit (dot[2]) && g_ascii_isdigit (dot[3]);

      if (!(strcmp (locale.grouping, ".") == 0 && three_digits))
        decimal_point = ".";
    }

  for (const char *p = start; p < end;)
    {
      gsize len;

      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (out, *p++);
          n_digits++;
          if (!in_fraction)
            group_length++;
        }
      else if (starts_with (p, end, decimal_point))
        {
          if (in_fraction)
            return syntax_error (error, _("more than one decimal point"));
          in_fraction = TRUE;
          g_string_append_c (out, '.');
          p += strlen (decimal_point);
        }
      else if ((len = group_separator_at (&locale, p, end)) > 0)
        {
          /* Groups of three digits, after a first one of one to three. */
          if (in_fraction || group_length == 0 || group_length > 3 ||
              (n_groups > 0 && group_length != 3))
            groups_ok = FALSE;
          n_groups++;
          group_length = 0;
          p += len;
        }
      else if (*p == '.' || *p == ',')
        return syntax_error (error, n_dots + n_commas + n_points > 1
                                    ? _("more than one decimal point")
                                    : _("not a number"));
      else
        return syntax_error (error, _("not a number"));
    }

  if (n_groups > 0 && group_length != 3)
    groups_ok = FALSE;
  if (!groups_ok)
    return syntax_error (error, _("the digit groups are misplaced"));
  if (n_digits == 0)
    return syntax_error (error, _("not a number"));

  return TRUE;
}

static gboolean
is_number_char (const NumericLocale *locale,
                const char          *p,
                const char          *end)
{
  return g_ascii_isdigit (*p) || *p == '.' || *p == ',' ||
         is_space (g_utf8_get_char (p)) ||
         starts_with (p, end, locale->decimal_point) ||
         starts_with (p, end, locale->grouping);
}

/* The length of an exponent at @p ("e400", "E-3"), or 0. */
static gsize
exponent_at (const char *p,
             const char *end)
{
  const char *q = p;

  if (q >= end || (*q != 'e' && *q != 'E'))
    return 0;
  q++;
  if (q < end && (*q == '+' || *q == '-'))
    q++;
  if (q >= end || !g_ascii_isdigit (*q))
    return 0;
  while (q < end && g_ascii_isdigit (*q))
    q++;

  return q - p;
}

static gboolean
has_letter (const char *start,
            const char *end)
{
  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

static gboolean
parse_scale (const char  *start,
             const char  *end,
             double      *multiplier,
             GError     **error)
{
  g_autofree char *word = g_strndup (start, end - start);

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      if (g_ascii_strcasecmp (word, scales[i].word) == 0)
        {
          *multiplier = scales[i].multiplier;
          return TRUE;
        }
    }

  if (!has_letter (start, end))
    return syntax_error (error, _("not a number"));

  g_set_error (error, DS_STAKE_ERROR, DS_STAKE_ERROR_SYNTAX,
               /* Translators: %s is what was typed after the number, as in "30 X" */
               _("“%s” is not a scale such as k, M, B or T"), word);

  return FALSE;
}

gboolean
ds_stake_parse_amount (const char  *text,
                       double      *value,
                       GError     **error)
{
  NumericLocale locale;
  g_autoptr(GString) number = g_string_new (NULL);
  const char *start, *end, *p, *number_start, *number_end;
  gboolean negative = FALSE, has_symbol = FALSE;
  double multiplier = 1, result;
  gsize len;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  numeric_locale_init (&locale);
  if (!g_utf8_validate (text, -1, NULL))
    return syntax_error (error, _("not a number"));

  end = text + strlen (text);
  start = skip_spaces (text, end);
  end = trim_spaces_end (start, end);
  if (start == end)
    {
      g_set_error_literal (error, DS_STAKE_ERROR, DS_STAKE_ERROR_EMPTY, _("enter an amount"));
      return FALSE;
    }

  /* "-$5", "$-5", "$5", "5 $", "30 Md€" */
  p = start;
  if ((len = minus_sign_at (p, end)) > 0)
    {
      negative = TRUE;
      p = skip_spaces (p + len, end);
    }
  if ((len = currency_symbol_at (p, end)) > 0)
    {
      has_symbol = TRUE;
      p = skip_spaces (p + len, end);
    }
  if (!negative && (len = minus_sign_at (p, end)) > 0)
    {
      negative = TRUE;
      p = skip_spaces (p + len, end);
    }
  if (!has_symbol && (len = currency_symbol_before (p, end)) > 0)
    end = trim_spaces_end (p, end - len);
  if (p == end)
    {
      g_set_error_literal (error, DS_STAKE_ERROR, DS_STAKE_ERROR_EMPTY, _("enter an amount"));
      return FALSE;
    }

  /* The number runs to the first character that cannot be in one; the spaces that end
   * it separate it from its scale ("30 Md", "1 234 M"). */
  number_start = p;
  while (p < end && is_number_char (&locale, p, end))
    p = g_utf8_next_char (p);
  number_end = trim_spaces_end (number_start, p);

  if (number_end == number_start)
    return syntax_error (error, has_letter (p, end) ? _("letters are not a number")
                                                    : _("not a number"));

  if (!normalize_number (number_start, number_end, number, error))
    return FALSE;

  if (p == number_end && (len = exponent_at (p, end)) > 0)
    {
      g_string_append_len (number, p, len);
      p += len;
    }

  p = skip_spaces (p, end);
  if (p < end && !parse_scale (p, end, &multiplier, error))
    return FALSE;

  result = g_ascii_strtod (number->str, NULL) * multiplier;
  if (!isfinite (result) || result > MAX_AMOUNT)
    {
      g_set_error_literal (error, DS_STAKE_ERROR, DS_STAKE_ERROR_TOO_LARGE,
                           _("the amount is too large"));
      return FALSE;
    }
  if (negative && result > 0)
    {
      g_set_error_literal (error, DS_STAKE_ERROR, DS_STAKE_ERROR_NEGATIVE,
                           _("must not be negative"));
      return FALSE;
    }

  *value = result;

  return TRUE;
}

/* --- The stake ---------------------------------------------------------------------- */

gboolean
ds_stake_compute (double          ticket,
                  double          valuation,
                  gboolean        post_money,
                  DsStakeResult  *result,
                  GError        **error)
{
  DsStakeResult stake;

  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!isfinite (ticket) || !isfinite (valuation))
    {
      g_set_error_literal (error, DS_STAKE_ERROR, DS_STAKE_ERROR_TOO_LARGE,
                           _("the amount is too large"));
      return FALSE;
    }
  if (!(valuation > 0))
    {
      g_set_error_literal (error, DS_STAKE_ERROR, DS_STAKE_ERROR_ZERO,
                           _("the valuation must be more than zero"));
      return FALSE;
    }
  if (ticket < 0)
    {
      g_set_error_literal (error, DS_STAKE_ERROR, DS_STAKE_ERROR_NEGATIVE,
                           _("the ticket must not be negative"));
      return FALSE;
    }

  if (post_money)
    {
      if (ticket > valuation)
        {
          g_set_error_literal (error, DS_STAKE_ERROR, DS_STAKE_ERROR_TICKET_ABOVE_POST_MONEY,
                               _("the ticket is larger than the post-money valuation"));
          return FALSE;
        }
      stake.post_money = valuation;
      stake.pre_money = valuation - ticket;
    }
  else
    {
      stake.pre_money = valuation;
      stake.post_money = valuation + ticket;
      if (!isfinite (stake.post_money))
        {
          g_set_error_literal (error, DS_STAKE_ERROR, DS_STAKE_ERROR_TOO_LARGE,
                               _("the amount is too large"));
          return FALSE;
        }
    }

  stake.ownership = ticket / stake.post_money;
  *result = stake;

  return TRUE;
}

char *
ds_stake_format_percentage (double ownership)
{
  double percent = ownership * 100;
  g_autofree char *number = NULL;
  guint decimals = 2;

  /* At least two significant digits, at most two decimals: 39%, 3.9%, 0.39%. */
  if (isfinite (percent) && fabs (percent) >= 1)
    {
      int integer_digits = (int) floor (log10 (fabs (percent))) + 1;

      decimals = (guint) CLAMP (2 - integer_digits, 0, 2);
    }

  number = ds_format_number (percent, decimals);

  /* Translators: a percentage, as in "3.9%"; %s is the number. French puts a narrow
     no-break space (U+202F) before the sign: "%s %%". */
  return g_strdup_printf (C_("percentage", "%s%%"), number);
}
