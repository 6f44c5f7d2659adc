/* ds-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DS_TYPE_APPLICATION (ds_application_get_type ())

G_DECLARE_FINAL_TYPE (DsApplication, ds_application, DS, APPLICATION, AdwApplication)

DsApplication *ds_application_new (const char        *application_id,
                                   GApplicationFlags  flags);

G_END_DECLS
