/* ds-status-badge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-status-badge"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-palette.h"
#include "ds-status-badge.h"
#include "ds-style.h"

/* Room around the word, as "padding: 1px 8px" would give. */
#define PAD_X 8
#define PAD_Y 1
#define TEXT_SCALE 0.85

struct _DsStatusBadge
{
  GtkWidget parent_instance;

  DsStatus status;
  PangoLayout *layout;
  guint context_serial;
};

G_DEFINE_FINAL_TYPE (DsStatusBadge, ds_status_badge, GTK_TYPE_WIDGET)

static const char * const symbols[] = { "●", "◐", "○", "✕", "◇" };

const char *
ds_status_get_symbol (DsStatus status)
{
  g_return_val_if_fail ((guint)status < G_N_ELEMENTS (symbols), "");

  return symbols[status];
}

char *
ds_status_format_label (DsStatus status)
{
  g_return_val_if_fail ((guint)status < G_N_ELEMENTS (symbols), NULL);

  /* Translators: a status symbol then the status name, "● Confirmed" */
  return g_strdup_printf (_("%1$s %2$s"), symbols[status], ds_status_to_label (status));
}

PangoLayout *
ds_status_badge_create_layout (GtkWidget *widget,
                               DsStatus   status)
{
  g_autofree char *text = NULL;
  PangoLayout *layout;
  PangoAttrList *attrs;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail ((guint)status < G_N_ELEMENTS (symbols), NULL);

  text = ds_status_format_label (status);
  layout = gtk_widget_create_pango_layout (widget, text);
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (attrs, pango_attr_scale_new (TEXT_SCALE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  return layout;
}

void
ds_status_badge_get_size (PangoLayout *layout,
                          int         *width,
                          int         *height)
{
  int text_width, text_height;

  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  if (width != NULL)
    *width = text_width + 2 * PAD_X;
  if (height != NULL)
    *height = text_height + 2 * PAD_Y;
}

static GdkRGBA
to_rgba (const DsColor *color)
{
  return (GdkRGBA) { color->red, color->green, color->blue, color->alpha };
}

void
ds_status_badge_snapshot_pill (GtkSnapshot *snapshot,
                               PangoLayout *layout,
                               DsStatus     status,
                               float        x,
                               float        y)
{
  const DsPalette *palette = ds_palette_get (ds_style_get_theme ());
  GdkRGBA text = to_rgba (&palette->badge_text[status]);
  GdkRGBA fill = to_rgba (&palette->badge_fill[status]);
  GskRoundedRect pill;
  int width, height;

  g_return_if_fail ((guint)status < G_N_ELEMENTS (symbols));

  ds_status_badge_get_size (layout, &width, &height);
  gsk_rounded_rect_init_from_rect (&pill, &GRAPHENE_RECT_INIT (x, y, width, height), height / 2.0f);

  if (fill.alpha > 0)
    {
      gtk_snapshot_push_rounded_clip (snapshot, &pill);
      gtk_snapshot_append_color (snapshot, &fill, &pill.bounds);
      gtk_snapshot_pop (snapshot);
    }
  else
    {
      /* High contrast: an outline in the text colour on the window's background. */
      const float widths[4] = { 1, 1, 1, 1 };
      const GdkRGBA colors[4] = { text, text, text, text };

      gtk_snapshot_append_border (snapshot, &pill, widths, colors);
    }

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + PAD_X, y + PAD_Y));
  gtk_snapshot_append_layout (snapshot, layout, &text);
  gtk_snapshot_restore (snapshot);
}

/* The layout is shaped again when the status or the widget's font changed: GTK
 * bumps the Pango context's serial when the style gives it another font. */
static PangoLayout *
ensure_layout (DsStatusBadge *self)
{
  guint serial = pango_context_get_serial (gtk_widget_get_pango_context (GTK_WIDGET (self)));

  if (self->layout == NULL || serial != self->context_serial)
    {
      g_clear_object (&self->layout);
      self->layout = ds_status_badge_create_layout (GTK_WIDGET (self), self->status);
      self->context_serial = serial;
    }

  return self->layout;
}

static void
ds_status_badge_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  int width, height;

  ds_status_badge_get_size (ensure_layout (DS_STATUS_BADGE (widget)), &width, &height);
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? width : height;
}

static void
ds_status_badge_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  DsStatusBadge *self = DS_STATUS_BADGE (widget);

  ds_status_badge_snapshot_pill (snapshot, ensure_layout (self), self->status, 0, 0);
}

static void
ds_status_badge_finalize (GObject *object)
{
  DsStatusBadge *self = DS_STATUS_BADGE (object);

  g_clear_object (&self->layout);

  G_OBJECT_CLASS (ds_status_badge_parent_class)->finalize (object);
}

static void
ds_status_badge_class_init (DsStatusBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ds_status_badge_finalize;
  widget_class->measure = ds_status_badge_measure;
  widget_class->snapshot = ds_status_badge_snapshot;

  gtk_widget_class_set_css_name (widget_class, "statusbadge");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
ds_status_badge_init (DsStatusBadge *self)
{
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
  ds_style_redraw_on_changes (GTK_WIDGET (self));
}

void
ds_status_badge_set_status (GtkWidget *badge,
                            DsStatus   status)
{
  DsStatusBadge *self = DS_STATUS_BADGE (badge);

  g_return_if_fail (DS_IS_STATUS_BADGE (badge));
  g_return_if_fail ((guint)status < G_N_ELEMENTS (symbols));

  self->status = status;
  g_clear_object (&self->layout);
  gtk_widget_queue_resize (badge);
  gtk_accessible_update_property (GTK_ACCESSIBLE (badge),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ds_status_to_label (status),
                                  -1);
}

DsStatus
ds_status_badge_get_status (DsStatusBadge *self)
{
  g_return_val_if_fail (DS_IS_STATUS_BADGE (self), DS_STATUS_CONFIRMED);

  return self->status;
}

GtkWidget *
ds_status_badge_new (DsStatus status)
{
  GtkWidget *badge = g_object_new (DS_TYPE_STATUS_BADGE, NULL);

  ds_status_badge_set_status (badge, status);

  return badge;
}
