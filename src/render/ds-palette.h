/* ds-palette.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every colour the renderers draw with, for light, dark and high-contrast themes, and
 * the marker shapes that carry the same meaning as the status colours.
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "ds-enums.h"

G_BEGIN_DECLS

typedef enum
{
  DS_THEME_LIGHT,
  DS_THEME_DARK,
  DS_THEME_HIGH_CONTRAST,
  DS_THEME_HIGH_CONTRAST_DARK,
} DsTheme;

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} DsColor;

#define DS_N_SERIES_COLORS 8

typedef struct
{
  DsColor background;
  DsColor foreground;
  DsColor dim;          /* secondary text, axis labels */
  DsColor grid;
  DsColor band;         /* phase bands, alternating with transparent */
  DsColor accent;       /* selection, focus, today */
  DsColor status[5];    /* indexed by DsStatus */
  DsColor badge_fill[5];  /* status pills in lists; transparent: outlined instead */
  DsColor badge_text[5];
  DsColor series[DS_N_SERIES_COLORS];
} DsPalette;

const DsPalette *ds_palette_get            (DsTheme         theme);
gboolean         ds_theme_is_dark          (DsTheme         theme);
void             ds_color_set_source       (cairo_t        *cr,
                                            const DsColor  *color);
void             ds_color_set_source_alpha (cairo_t        *cr,
                                            const DsColor  *color,
                                            double          alpha);
/* A colour for an actor: its hint when given (0xRRGGBB, -1 for none), else a series
 * colour picked by @index. */
DsColor          ds_palette_actor_color    (const DsPalette *palette,
                                            gint32           rgb_hint,
                                            guint            index);

/* Status shapes, centred on (x, y) inside a square of side @size:
 * confirmed ● filled circle, reported ◐ half-filled circle, rumour ○ hollow dashed
 * circle, denied ✕ circle with a cross, planned ◇ hollow diamond. */
void             ds_draw_status_marker     (cairo_t         *cr,
                                            DsStatus         status,
                                            double           x,
                                            double           y,
                                            double           size,
                                            const DsPalette *palette);

G_END_DECLS
