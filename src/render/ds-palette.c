/* ds-palette.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Status and series colours start from the Okabe–Ito palette, which stays distinct for
 * the common forms of colour blindness; dark variants are lightened for contrast.
 */

#define G_LOG_DOMAIN "ds-palette"

#include "config.h"

#include <math.h>

#include "ds-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }
#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, (a) }

/* Status words on their pills: dark on light themes, light on dark ones. */
#define LIGHT_BADGE_TEXT { RGB (0x00664a), RGB (0x005180), RGB (0x7a5300), RGB (0xa34700), RGB (0x8c3d6a) }
#define DARK_BADGE_TEXT { RGB (0x7ee0c0), RGB (0xa6d8f5), RGB (0xffd27a), RGB (0xffb08a), RGB (0xf0b8d6) }

static const DsPalette palettes[] = {
  [DS_THEME_LIGHT] = {
    .background = RGB (0xffffff),
    .foreground = RGB (0x241f31),
    .dim = RGBA (0x241f31, 0.62),
    .grid = RGBA (0x241f31, 0.12),
    .band = RGBA (0x3584e4, 0.07),
    .accent = RGB (0x1c71d8),
    .status = {
      [DS_STATUS_CONFIRMED] = RGB (0x007a5a),
      [DS_STATUS_REPORTED] = RGB (0x0072b2),
      [DS_STATUS_RUMOUR] = RGB (0xb87d00),
      [DS_STATUS_DENIED] = RGB (0xc84f00),
      [DS_STATUS_PLANNED] = RGB (0xa2507f),
    },
    .badge_fill = {
      [DS_STATUS_CONFIRMED] = RGBA (0x009e73, 0.18),
      [DS_STATUS_REPORTED] = RGBA (0x0072b2, 0.18),
      [DS_STATUS_RUMOUR] = RGBA (0xe69f00, 0.22),
      [DS_STATUS_DENIED] = RGBA (0xd55e00, 0.18),
      [DS_STATUS_PLANNED] = RGBA (0xcc79a7, 0.22),
    },
    .badge_text = LIGHT_BADGE_TEXT,
    .series = {
      RGB (0x0072b2), RGB (0xd55e00), RGB (0x009e73), RGB (0xcc79a7),
      RGB (0xe69f00), RGB (0x56b4e9), RGB (0x5e5c64), RGB (0x9a7100),
    },
  },
  [DS_THEME_DARK] = {
    .background = RGB (0x1e1e1e),
    .foreground = RGB (0xffffff),
    .dim = RGBA (0xffffff, 0.62),
    .grid = RGBA (0xffffff, 0.14),
    .band = RGBA (0x78aeed, 0.09),
    .accent = RGB (0x78aeed),
    .status = {
      [DS_STATUS_CONFIRMED] = RGB (0x3fd1a5),
      [DS_STATUS_REPORTED] = RGB (0x56b4e9),
      [DS_STATUS_RUMOUR] = RGB (0xf0c05a),
      [DS_STATUS_DENIED] = RGB (0xff8a4c),
      [DS_STATUS_PLANNED] = RGB (0xe7a3c9),
    },
    .badge_fill = {
      [DS_STATUS_CONFIRMED] = RGBA (0x009e73, 0.28),
      [DS_STATUS_REPORTED] = RGBA (0x56b4e9, 0.25),
      [DS_STATUS_RUMOUR] = RGBA (0xe69f00, 0.28),
      [DS_STATUS_DENIED] = RGBA (0xd55e00, 0.30),
      [DS_STATUS_PLANNED] = RGBA (0xcc79a7, 0.30),
    },
    .badge_text = DARK_BADGE_TEXT,
    .series = {
      RGB (0x56b4e9), RGB (0xff8a4c), RGB (0x3fd1a5), RGB (0xe7a3c9),
      RGB (0xf0c05a), RGB (0x9ad0f5), RGB (0xc0bfbc), RGB (0xd9b24c),
    },
  },
  [DS_THEME_HIGH_CONTRAST] = {
    .background = RGB (0xffffff),
    .foreground = RGB (0x000000),
    .dim = RGB (0x303030),
    .grid = RGBA (0x000000, 0.35),
    .band = RGBA (0x000000, 0.08),
    .accent = RGB (0x0b4f9e),
    .status = {
      [DS_STATUS_CONFIRMED] = RGB (0x00513b),
      [DS_STATUS_REPORTED] = RGB (0x004a75),
      [DS_STATUS_RUMOUR] = RGB (0x6b4800),
      [DS_STATUS_DENIED] = RGB (0x8a3500),
      [DS_STATUS_PLANNED] = RGB (0x6e2f55),
    },
    /* No fill: high contrast outlines the pills in their text colour. */
    .badge_text = LIGHT_BADGE_TEXT,
    .series = {
      RGB (0x004a75), RGB (0x8a3500), RGB (0x00513b), RGB (0x6e2f55),
      RGB (0x6b4800), RGB (0x1f6f99), RGB (0x000000), RGB (0x574000),
    },
  },
  [DS_THEME_HIGH_CONTRAST_DARK] = {
    .background = RGB (0x000000),
    .foreground = RGB (0xffffff),
    .dim = RGB (0xe0e0e0),
    .grid = RGBA (0xffffff, 0.4),
    .band = RGBA (0xffffff, 0.1),
    .accent = RGB (0x99c1f1),
    .status = {
      [DS_STATUS_CONFIRMED] = RGB (0x6ff0c8),
      [DS_STATUS_REPORTED] = RGB (0x8fd0ff),
      [DS_STATUS_RUMOUR] = RGB (0xffd97a),
      [DS_STATUS_DENIED] = RGB (0xffae80),
      [DS_STATUS_PLANNED] = RGB (0xffc4e6),
    },
    .badge_text = DARK_BADGE_TEXT,
    .series = {
      RGB (0x8fd0ff), RGB (0xffae80), RGB (0x6ff0c8), RGB (0xffc4e6),
      RGB (0xffd97a), RGB (0xc4e6ff), RGB (0xffffff), RGB (0xf0d28a),
    },
  },
};

const DsPalette *
ds_palette_get (DsTheme theme)
{
  g_return_val_if_fail ((guint)theme < G_N_ELEMENTS (palettes), &palettes[DS_THEME_LIGHT]);

  return &palettes[theme];
}

gboolean
ds_theme_is_dark (DsTheme theme)
{
  return theme == DS_THEME_DARK || theme == DS_THEME_HIGH_CONTRAST_DARK;
}

void
ds_color_set_source (cairo_t       *cr,
                     const DsColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

void
ds_color_set_source_alpha (cairo_t       *cr,
                           const DsColor *color,
                           double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

DsColor
ds_palette_actor_color (const DsPalette *palette,
                        gint32           rgb_hint,
                        guint            index)
{
  if (rgb_hint >= 0)
    {
      DsColor color = RGB ((guint32)rgb_hint);
      return color;
    }

  return palette->series[index % DS_N_SERIES_COLORS];
}

void
ds_draw_status_marker (cairo_t         *cr,
                       DsStatus         status,
                       double           x,
                       double           y,
                       double           size,
                       const DsPalette *palette)
{
  const DsColor *color = &palette->status[status];
  double r = size / 2.0;
  double line = MAX (1.5, size / 7.0);

  cairo_save (cr);
  cairo_set_line_width (cr, line);
  cairo_new_path (cr);

  switch (status)
    {
    case DS_STATUS_CONFIRMED:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      ds_color_set_source (cr, color);
      cairo_fill (cr);
      break;

    case DS_STATUS_REPORTED:
      /* Left half filled, whole outline stroked. */
      cairo_arc (cr, x, y, r - line / 2, G_PI / 2, 3 * G_PI / 2);
      cairo_close_path (cr);
      ds_color_set_source (cr, color);
      cairo_fill (cr);
      cairo_arc (cr, x, y, r - line / 2, 0, 2 * G_PI);
      cairo_stroke (cr);
      break;

    case DS_STATUS_RUMOUR:
      {
        double dash[] = { line * 1.2, line * 1.0 };

        ds_color_set_source (cr, &palette->background);
        cairo_arc (cr, x, y, r - line / 2, 0, 2 * G_PI);
        cairo_fill_preserve (cr);
        cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
        ds_color_set_source (cr, color);
        cairo_stroke (cr);
      }
      break;

    case DS_STATUS_DENIED:
      {
        double d = (r - line) * 0.62;

        ds_color_set_source (cr, &palette->background);
        cairo_arc (cr, x, y, r - line / 2, 0, 2 * G_PI);
        cairo_fill_preserve (cr);
        ds_color_set_source (cr, color);
        cairo_stroke (cr);
        cairo_move_to (cr, x - d, y - d);
        cairo_line_to (cr, x + d, y + d);
        cairo_move_to (cr, x + d, y - d);
        cairo_line_to (cr, x - d, y + d);
        cairo_stroke (cr);
      }
      break;

    case DS_STATUS_PLANNED:
      {
        double d = r - line / 2;

        cairo_move_to (cr, x, y - d);
        cairo_line_to (cr, x + d, y);
        cairo_line_to (cr, x, y + d);
        cairo_line_to (cr, x - d, y);
        cairo_close_path (cr);
        ds_color_set_source (cr, &palette->background);
        cairo_fill_preserve (cr);
        ds_color_set_source (cr, color);
        cairo_stroke (cr);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  cairo_restore (cr);
}
