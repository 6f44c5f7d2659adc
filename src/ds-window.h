/* ds-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ds-application.h"
#include "ds-dossier.h"

G_BEGIN_DECLS

#define DS_TYPE_WINDOW (ds_window_get_type ())

G_DECLARE_FINAL_TYPE (DsWindow, ds_window, DS, WINDOW, AdwApplicationWindow)

DsWindow   *ds_window_new                     (DsApplication *application);
DsDossier  *ds_window_get_dossier             (DsWindow      *self);
void        ds_window_set_dossier             (DsWindow      *self,
                                               DsDossier     *dossier);
void        ds_window_open_file               (DsWindow      *self,
                                               GFile         *file);
char      **ds_window_dup_source_publications (DsWindow      *self);

G_END_DECLS
