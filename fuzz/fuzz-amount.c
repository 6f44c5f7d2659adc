/* fuzz-amount.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ds_stake_parse_amount(): what a user types in the stake calculator ("$30B",
 * "1 234,5 Md€", "2.5e3k"), read in the C locale and in French, whose decimal point
 * and digit grouping (U+202F) differ. An amount that parses is finite, not negative
 * and at most 1e18; it then goes through the stake maths and the number formatting
 * the calculator shows.
 */

#include "config.h"

#include "fuzz-common.h"

#include <math.h>

#include "ds-money.h"
#include "ds-stake.h"

static gboolean have_french;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  have_french = setlocale (LC_ALL, "fr_FR.UTF-8") != NULL;
  setlocale (LC_ALL, "C.UTF-8");
  return 0;
}

static void
parse_in_locale (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *number = NULL;
  g_autofree char *money = NULL;
  g_autofree char *percentage = NULL;
  DsStakeResult result;
  double value = -1;

  if (!ds_stake_parse_amount (text, &value, &error))
    {
      FUZZ_CHECK (error != NULL && error->domain == DS_STAKE_ERROR, "refused without a stake error");
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL), "the error is not UTF-8");
      return;
    }

  FUZZ_CHECK (error == NULL, "parsed and set an error");
  FUZZ_CHECK (isfinite (value) && value >= 0 && value <= 1e18,
              "\"%s\" parsed to %g", text, value);

  number = ds_format_number (value, 2);
  FUZZ_CHECK (number != NULL && g_utf8_validate (number, -1, NULL), "ds_format_number() failed");
  money = ds_money_format_value (value, "USD");
  FUZZ_CHECK (money != NULL && g_utf8_validate (money, -1, NULL), "ds_money_format_value() failed");

  /* As a ticket into a valuation of 1e18, pre- and post-money. */
  if (ds_stake_compute (value, 1e18, FALSE, &result, NULL))
    {
      FUZZ_CHECK (result.ownership >= 0 && result.ownership <= 1, "ownership %g", result.ownership);
      percentage = ds_stake_format_percentage (result.ownership);
      FUZZ_CHECK (percentage != NULL && g_utf8_validate (percentage, -1, NULL),
                  "ds_stake_format_percentage() failed");
    }
  if (ds_stake_compute (value, 1e18, TRUE, &result, NULL))
    FUZZ_CHECK (result.ownership >= 0 && result.ownership <= 1, "ownership %g", result.ownership);
  /* As a valuation. */
  if (ds_stake_compute (1, value, FALSE, &result, NULL))
    FUZZ_CHECK (result.ownership >= 0 && result.ownership <= 1, "ownership %g", result.ownership);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fuzz_strndup (data, size);

  /* Typed text is never this long; the parser is linear, but keep runs fast. */
  if (size > 4096)
    return 0;

  parse_in_locale (text);
  if (have_french)
    {
      setlocale (LC_ALL, "fr_FR.UTF-8");
      parse_in_locale (text);
      setlocale (LC_ALL, "C.UTF-8");
    }

  return 0;
}
