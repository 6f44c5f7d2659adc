/* ds-section.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page of prose: the stakes, the impact, the outlook.
 */

#pragma once

#include <glib-object.h>

#include "ds-text.h"

G_BEGIN_DECLS

#define DS_TYPE_SECTION (ds_section_get_type ())

G_DECLARE_FINAL_TYPE (DsSection, ds_section, DS, SECTION, GObject)

/* @paragraphs and @bullets are GPtrArrays of DsText, taken (NULL for none). */
DsSection  *ds_section_new            (const char *id,
                                       DsText     *title,
                                       GPtrArray  *paragraphs,
                                       GPtrArray  *bullets);
const char *ds_section_get_id         (DsSection  *self);
const char *ds_section_get_title      (DsSection  *self);
guint       ds_section_get_n_paragraphs (DsSection *self);
const char *ds_section_get_paragraph  (DsSection  *self,
                                       guint       index);
guint       ds_section_get_n_bullets  (DsSection  *self);
const char *ds_section_get_bullet     (DsSection  *self,
                                       guint       index);

G_END_DECLS
