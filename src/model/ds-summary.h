/* ds-summary.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The founders' summary as plain text, for the clipboard: key figures, takeaways with
 * the events and sources behind them, in the content language.
 */

#pragma once

#include "ds-dossier.h"

G_BEGIN_DECLS

char *ds_summary_to_text (DsDossier *dossier);

G_END_DECLS
