/* ds-money.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Amounts of money and their compact, localized display ("$100B" / "100 Md$").
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DS_SCALE_ONE,
  DS_SCALE_THOUSAND,
  DS_SCALE_MILLION,
  DS_SCALE_BILLION,
  DS_SCALE_TRILLION,
} DsScale;

typedef struct
{
  double value;        /* in units of the currency, scale already applied */
  char   currency[4];  /* ISO 4217, NUL-terminated */
} DsMoney;

gboolean    ds_scale_parse             (const char    *text,
                                        DsScale       *scale);
double      ds_scale_get_multiplier    (DsScale        scale);
gboolean    ds_currency_is_valid       (const char    *code);
const char *ds_currency_get_symbol     (const char    *code);

gboolean    ds_money_init              (DsMoney       *money,
                                        double         value,
                                        DsScale        scale,
                                        const char    *currency);

/* Compact display in the UI language, from translatable patterns:
 * en "$100B", "$1.2T", "€11.7B", "−$5M"; fr "100 Md$", "1 200 Md$", "11,7 Md€".
 * Up to three significant digits; numbers follow LC_NUMERIC. */
char       *ds_money_format            (const DsMoney *money);
char       *ds_money_format_value      (double         value,
                                        const char    *currency);

/* A plain number with locale grouping and at most @max_decimals decimals, trailing
 * zeros removed: "1,234.5" / "1 234,5". */
char       *ds_format_number           (double         value,
                                        guint          max_decimals);

G_END_DECLS
