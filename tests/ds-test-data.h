/* ds-test-data.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bundled dossier, for the unit tests that draw or measure it.
 */

#pragma once

#include "ds-dossier-loader.h"

#define BUNDLED_DOSSIER "/io/github/dealscope/Dealscope/dossiers/nvidia-openai.json"

static inline DsDossier *
ds_test_load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  DsDossier *dossier = ds_dossier_load_resource (BUNDLED_DOSSIER, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dossier);

  return dossier;
}
