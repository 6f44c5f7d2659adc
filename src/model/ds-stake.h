/* ds-stake.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The stake calculator's maths and the parsing of amounts typed by the user, in the
 * user's locale ("1 234,5" in French, "1,234.5" in English) with scales ("30B",
 * "30 Md", "2.5T", "750M", "30 milliards").
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DS_STAKE_ERROR (ds_stake_error_quark ())

typedef enum
{
  DS_STAKE_ERROR_EMPTY,
  DS_STAKE_ERROR_SYNTAX,      /* letters, two decimal points, … */
  DS_STAKE_ERROR_NEGATIVE,
  DS_STAKE_ERROR_ZERO,        /* a valuation of zero */
  DS_STAKE_ERROR_TOO_LARGE,   /* not finite, or above 1e18 */
  DS_STAKE_ERROR_TICKET_ABOVE_POST_MONEY,
} DsStakeError;

GQuark   ds_stake_error_quark (void);

/* Parses a typed amount into units (scale applied). Accepts the locale's decimal
 * point and grouping, and also "." as decimal point in any locale when unambiguous;
 * scale suffixes K/M/B/T (any case), and the words of the UI language (translatable:
 * "k", "M", "Md", "G", "B", "T", "thousand", "million", "billion", "milliard(s)",
 * "trillion", "billion" in French meaning 10^12 is NOT accepted, to avoid confusion);
 * an optional currency symbol ($, €, £) before or after. Errors are translated, short,
 * and say what is wrong: "letters are not a number", "must be more than zero". */
gboolean ds_stake_parse_amount (const char  *text,
                                double      *value,
                                GError     **error);

typedef struct
{
  double ownership;       /* 0..1 */
  double pre_money;
  double post_money;
} DsStakeResult;

/* @valuation is pre- or post-money as @post_money says. Errors: zero or negative
 * valuation, negative ticket, ticket above the post-money valuation. */
gboolean ds_stake_compute      (double          ticket,
                                double          valuation,
                                gboolean        post_money,
                                DsStakeResult  *result,
                                GError        **error);

/* "3.9 %" / "3,9 %", with up to two significant decimals, in the UI language. */
char    *ds_stake_format_percentage (double ownership);

G_END_DECLS
