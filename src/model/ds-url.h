/* ds-url.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one test of what Dealscope may ever open: an http or https link with a host.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean ds_url_is_web (const char *url);

G_END_DECLS
