/* ds-money.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-money"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ds-money.h"

#define MINUS_SIGN     "\xe2\x88\x92" /* U+2212 */
#define NO_BREAK_SPACE "\xc2\xa0"     /* U+00A0 */
#define EM_DASH        "\xe2\x80\x94" /* U+2014 */

#define SIGNIFICANT_DIGITS 3

/* Below a millionth of a unit an amount shows as zero. */
#define MAX_MONEY_DECIMALS 6

/* A double has about 17 significant digits: more decimals only print noise. */
#define MAX_NUMBER_DECIMALS 20

typedef struct
{
  const char *code;
  const char *symbol;
} CurrencySymbol;

static const CurrencySymbol currency_symbols[] = {
  { "USD", "$" },
  { "EUR", "\xe2\x82\xac" },      /* € */
  { "GBP", "\xc2\xa3" },          /* £ */
  { "JPY", "\xc2\xa5" },          /* ¥ */
  { "CNY", "CN\xc2\xa5" },        /* CN¥ */
};

static gboolean
scale_is_valid (DsScale scale)
{
  return (guint) scale <= DS_SCALE_TRILLION;
}

/* Formats @value (finite, not negative) with exactly @decimals decimals and the
 * grouping and decimal point of LC_NUMERIC, then removes the trailing zeros of the
 * fraction and a dangling decimal point. */
static char *
format_unsigned (double value,
                 guint  decimals)
{
  char *text;
  gsize len;
  gsize fraction_start;
  gsize end;

  g_assert (isfinite (value) && value >= 0);
  g_assert (decimals <= MAX_NUMBER_DECIMALS);

  text = g_strdup_printf ("%'.*f", (int) decimals, value);

  if (decimals == 0)
    return text;

  /* printf wrote exactly @decimals digits after the decimal point. */
  len = strlen (text);
  g_assert (len > decimals);
  fraction_start = len - decimals;

  end = len;
  while (end > fraction_start && text[end - 1] == '0')
    end--;

  /* The whole fraction was zeros: drop the decimal point too, whatever its length
   * in this locale. printf always writes a digit before it. */
  if (end == fraction_start)
    {
      while (end > 0 && !g_ascii_isdigit (text[end - 1]))
        end--;
    }

  text[end] = '\0';

  return text;
}

static gboolean
has_nonzero_digit (const char *text)
{
  for (; *text != '\0'; text++)
    {
      if (*text >= '1' && *text <= '9')
        return TRUE;
    }

  return FALSE;
}

/* Rounds @value (finite, not negative) to three significant digits, or to its
 * integer digits if it has more. */
static double
round_significant (double  value,
                   guint  *decimals)
{
  int integer_digits;
  int n_decimals;
  double factor;

  g_assert (isfinite (value) && value >= 0);

  if (value == 0)
    {
      *decimals = 0;
      return 0;
    }

  integer_digits = (int) floor (log10 (value)) + 1;
  n_decimals = CLAMP (SIGNIFICANT_DIGITS - integer_digits, 0, MAX_MONEY_DECIMALS);
  factor = pow (10, n_decimals);

  *decimals = (guint) n_decimals;

  return round (value * factor) / factor;
}

static char *
format_significant (double value)
{
  guint decimals;
  double rounded;

  rounded = round_significant (value, &decimals);

  return format_unsigned (rounded, decimals);
}

static gboolean
starts_with_space (const char *text)
{
  return g_str_has_prefix (text, " ") ||
         g_str_has_prefix (text, NO_BREAK_SPACE) ||
         g_str_has_prefix (text, "\xe2\x80\xaf") ||  /* U+202F NARROW NO-BREAK SPACE */
         g_str_has_prefix (text, "\xe2\x80\x89");    /* U+2009 THIN SPACE */
}

static gboolean
ends_with_space (const GString *string)
{
  return g_str_has_suffix (string->str, " ") ||
         g_str_has_suffix (string->str, NO_BREAK_SPACE) ||
         g_str_has_suffix (string->str, "\xe2\x80\xaf") ||
         g_str_has_suffix (string->str, "\xe2\x80\x89");
}

/* Expands a translated money pattern. Not printf: a translation may leave out
 * any argument (French writes trillions with %3$s only), which glibc's printf
 * aborts on when a lower-numbered argument is unused, and a broken translation must
 * not crash the app. Understands "%N$s" (N = 1–3), "%s" (arguments in turn) and
 * "%%"; anything else is copied as it is.
 *
 * A currency without a symbol is shown by its code, kept apart from the number by
 * a no-break space unless the pattern already has a space there: "CHF 100B",
 * "100 Md CHF". */
static char *
expand_pattern (const char *pattern,
                const char *number,
                const char *symbol,
                const char *billions,
                gboolean    symbol_is_code)
{
  const char *args[] = { number, symbol, billions };
  GString *string;
  gboolean number_written = FALSE;
  guint next_arg = 0;
  const char *p = pattern;

  string = g_string_new (NULL);

  while (*p != '\0')
    {
      guint arg;

      if (p[0] != '%')
        {
          g_string_append_c (string, *p++);
          continue;
        }

      if (p[1] == '%')
        {
          g_string_append_c (string, '%');
          p += 2;
          continue;
        }
      else if (p[1] >= '1' && p[1] <= '3' && p[2] == '$' && p[3] == 's')
        {
          arg = (guint) (p[1] - '1');
          p += 4;
        }
      else if (p[1] == 's' && next_arg < G_N_ELEMENTS (args))
        {
          arg = next_arg++;
          p += 2;
        }
      else
        {
          g_string_append_c (string, *p++);
          continue;
        }

      if (arg == 1 && symbol_is_code)
        {
          if (number_written)
            {
              if (!ends_with_space (string))
                g_string_append (string, NO_BREAK_SPACE);
              g_string_append (string, symbol);
            }
          else
            {
              g_string_append (string, symbol);
              if (!starts_with_space (p))
                g_string_append (string, NO_BREAK_SPACE);
            }
        }
      else
        {
          g_string_append (string, args[arg]);
          if (arg != 1)
            number_written = TRUE;
        }
    }

  return g_string_free (string, FALSE);
}

gboolean
ds_scale_parse (const char *text,
                DsScale    *scale)
{
  static const struct {
    const char *text;
    DsScale scale;
  } scales[] = {
    { "1", DS_SCALE_ONE },
    { "K", DS_SCALE_THOUSAND },
    { "M", DS_SCALE_MILLION },
    { "B", DS_SCALE_BILLION },
    { "T", DS_SCALE_TRILLION },
  };

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (scales); i++)
    {
      if (strcmp (text, scales[i].text) == 0)
        {
          if (scale != NULL)
            *scale = scales[i].scale;
          return TRUE;
        }
    }

  return FALSE;
}

double
ds_scale_get_multiplier (DsScale scale)
{
  switch (scale)
    {
    case DS_SCALE_ONE:
      return 1.0;

    case DS_SCALE_THOUSAND:
      return 1e3;

    case DS_SCALE_MILLION:
      return 1e6;

    case DS_SCALE_BILLION:
      return 1e9;

    case DS_SCALE_TRILLION:
      return 1e12;

    default:
      g_return_val_if_reached (1.0);
    }
}

gboolean
ds_currency_is_valid (const char *code)
{
  if (code == NULL)
    return FALSE;

  for (guint i = 0; i < 3; i++)
    {
      if (code[i] < 'A' || code[i] > 'Z')
        return FALSE;
    }

  return code[3] == '\0';
}

const char *
ds_currency_get_symbol (const char *code)
{
  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (currency_symbols); i++)
    {
      if (strcmp (code, currency_symbols[i].code) == 0)
        return currency_symbols[i].symbol;
    }

  return NULL;
}

gboolean
ds_money_init (DsMoney    *money,
               double      value,
               DsScale     scale,
               const char *currency)
{
  double scaled;

  g_return_val_if_fail (money != NULL, FALSE);

  if (!isfinite (value) || !scale_is_valid (scale) || !ds_currency_is_valid (currency))
    return FALSE;

  scaled = value * ds_scale_get_multiplier (scale);
  if (!isfinite (scaled))
    return FALSE;

  money->value = scaled;
  memcpy (money->currency, currency, 3);
  money->currency[3] = '\0';

  return TRUE;
}

char *
ds_money_format (const DsMoney *money)
{
  g_return_val_if_fail (money != NULL, NULL);

  return ds_money_format_value (money->value, money->currency);
}

char *
ds_money_format_value (double      value,
                       const char *currency)
{
  g_autofree char *number = NULL;
  g_autofree char *billions = NULL;
  g_autofree char *text = NULL;
  const char *symbol;
  const char *pattern;
  gboolean symbol_is_code = FALSE;
  DsScale scale;
  double magnitude;
  double rounded;
  guint decimals;

  g_return_val_if_fail (ds_currency_is_valid (currency), NULL);

  if (!isfinite (value))
    return g_strdup (EM_DASH);

  symbol = ds_currency_get_symbol (currency);
  if (symbol == NULL)
    {
      symbol = currency;
      symbol_is_code = TRUE;
    }

  magnitude = fabs (value);

  if (magnitude < 1e3)
    scale = DS_SCALE_ONE;
  else if (magnitude < 1e6)
    scale = DS_SCALE_THOUSAND;
  else if (magnitude < 1e9)
    scale = DS_SCALE_MILLION;
  else if (magnitude < 1e12)
    scale = DS_SCALE_BILLION;
  else
    scale = DS_SCALE_TRILLION;

  rounded = round_significant (magnitude / ds_scale_get_multiplier (scale), &decimals);

  /* 999.96 billions rounds to 1000 billions: that is one trillion. */
  if (rounded >= 1000 && scale != DS_SCALE_TRILLION)
    {
      scale++;
      rounded = round_significant (rounded / 1000, &decimals);
    }

  number = format_unsigned (rounded, decimals);

  switch (scale)
    {
    case DS_SCALE_ONE:
      /* Translators: an amount of money, as in "$852" or "$0"; %1$s is the number,
         %2$s the currency symbol ("$", "€") or, when a currency has none, its code
         ("CHF", kept apart from the number by a no-break space). Keep the "1$" and
         "2$" to reorder them. */
      pattern = C_("money", "%2$s%1$s");
      break;

    case DS_SCALE_THOUSAND:
      /* Translators: an amount of money in thousands, as in "$61.5K"; %1$s is the
         number of thousands, %2$s the currency symbol ("$", "€") or code ("CHF").
         Put a no-break space (U+00A0) where a space is needed. */
      pattern = C_("money", "%2$s%1$sK");
      break;

    case DS_SCALE_MILLION:
      /* Translators: an amount of money in millions, as in "$250M"; %1$s is the
         number of millions, %2$s the currency symbol ("$", "€") or code ("CHF").
         Put a no-break space (U+00A0) where a space is needed. */
      pattern = C_("money", "%2$s%1$sM");
      break;

    case DS_SCALE_BILLION:
      /* Translators: an amount of money in billions (thousands of millions), as in
         "$100B"; %1$s is the number of billions, %2$s the currency symbol ("$",
         "€") or code ("CHF"). Put a no-break space (U+00A0) where a space is
         needed. */
      pattern = C_("money", "%2$s%1$sB");
      break;

    case DS_SCALE_TRILLION:
    default:
      billions = format_significant (magnitude / 1e9);
      /* Translators: an amount of money in trillions (millions of millions), as in
         "$1.2T"; %1$s is the number of trillions ("1.2"), %2$s the currency symbol
         ("$", "€") or code ("CHF"), and %3$s the same amount counted in billions,
         with digit grouping ("1,200"). Use either %1$s or %3$s: languages whose
         press writes trillions as thousands of billions (French: "1 200 Md$") use
         %3$s and leave %1$s out. Put a no-break space (U+00A0) where a space is
         needed. */
      /* xgettext:no-c-format */
      pattern = C_("money", "%2$s%1$sT");
      break;
    }

  text = expand_pattern (pattern, number, symbol, billions != NULL ? billions : number,
                         symbol_is_code);

  /* -0, and amounts too small to show, are zero and have no sign. */
  if (value < 0 && rounded != 0)
    return g_strconcat (MINUS_SIGN, text, NULL);

  return g_steal_pointer (&text);
}

char *
ds_format_number (double value,
                  guint  max_decimals)
{
  g_autofree char *text = NULL;

  if (!isfinite (value))
    return g_strdup (EM_DASH);

  text = format_unsigned (fabs (value), MIN (max_decimals, MAX_NUMBER_DECIMALS));

  /* -0, and negative numbers that round to zero, have no sign. */
  if (value < 0 && has_nonzero_digit (text))
    return g_strconcat (MINUS_SIGN, text, NULL);

  return g_steal_pointer (&text);
}
