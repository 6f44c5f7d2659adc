/* ds-validate.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dealscope --validate FILE…`: no display needed.
 */

#pragma once

#include <stdio.h>

#include <glib.h>

G_BEGIN_DECLS

/* Returns the exit status: 0 when all files are valid, 1 otherwise. */
int ds_validate_files (const char * const *paths,
                       FILE               *out,
                       FILE               *err);

G_END_DECLS
