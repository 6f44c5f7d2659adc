/* ds-release.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Freeing a big dossier or its timeline layout takes a tenth of a second and more at
 * 100,000 events: the views hand such things to a worker to free, so that the main
 * loop stays live.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Calls @free_func on @data in a worker thread; @data may be NULL. */
void ds_release_in_worker (gpointer       data,
                           GDestroyNotify free_func);

G_END_DECLS
