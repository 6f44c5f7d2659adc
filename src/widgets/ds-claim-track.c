/* ds-claim-track.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Statements sit at equal spacing rather than on a time scale: the point is the
 * sequence (announced, reported on ice, denied, signed), which a time scale would
 * squeeze into a corner when months separate them.
 */

#define G_LOG_DOMAIN "ds-claim-track"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ds-claim-track.h"
#include "ds-palette.h"
#include "ds-style.h"

#define MARKER_SIZE  16.0
#define TRACK_Y      14.0
#define LABEL_TOP    30.0
#define MIN_STEP     96.0

struct _DsClaimTrack
{
  GtkWidget parent_instance;

  GPtrArray *events;   /* DsEvent, sorted by date */
  GPtrArray *labels;   /* char *: date and status, formatted once */
};

G_DEFINE_FINAL_TYPE (DsClaimTrack, ds_claim_track, GTK_TYPE_WIDGET)

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  return ds_event_compare (*(DsEvent * const *)a, *(DsEvent * const *)b, NULL);
}

static void
ds_claim_track_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  DsClaimTrack *self = DS_CLAIM_TRACK (widget);
  const DsPalette *palette = ds_palette_get (ds_style_get_theme ());
  double width = gtk_widget_get_width (widget);
  guint n = self->events->len;
  double step, x0;
  cairo_t *cr;
  PangoLayout *layout;

  if (n == 0 || width <= 0)
    return;

  step = n > 1 ? (width - MARKER_SIZE * 4) / (n - 1) : 0;
  x0 = n > 1 ? MARKER_SIZE * 2 : width / 2;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, gtk_widget_get_height (widget)));
  layout = gtk_widget_create_pango_layout (widget, NULL);
  pango_layout_set_width (layout, (int)(MAX (step, MIN_STEP) - 8) * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);

  /* The track, then each statement's shape and, below, its date and status. */
  ds_color_set_source (cr, &palette->grid);
  cairo_set_line_width (cr, 2);
  cairo_move_to (cr, x0, TRACK_Y);
  cairo_line_to (cr, x0 + step * (n - 1), TRACK_Y);
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      DsEvent *event = g_ptr_array_index (self->events, i);
      DsStatus status = ds_event_get_status (event);
      double x = x0 + step * i;
      const char *text = g_ptr_array_index (self->labels, i);

      ds_draw_status_marker (cr, status, x, TRACK_Y, MARKER_SIZE, palette);

      pango_layout_set_text (layout, text, -1);
      ds_color_set_source (cr, &palette->dim);
      cairo_move_to (cr, x - (MAX (step, MIN_STEP) - 8) / 2, LABEL_TOP);
      pango_cairo_show_layout (cr, layout);
    }

  g_object_unref (layout);
  cairo_destroy (cr);
}

static void
ds_claim_track_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  DsClaimTrack *self = DS_CLAIM_TRACK (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = (int)(MIN_STEP * MAX (self->events->len, 2));
    }
  else
    {
      *minimum = *natural = (int)LABEL_TOP + 40;
    }
}

static void
ds_claim_track_finalize (GObject *object)
{
  DsClaimTrack *self = (DsClaimTrack *)object;

  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);

  G_OBJECT_CLASS (ds_claim_track_parent_class)->finalize (object);
}

static void
ds_claim_track_class_init (DsClaimTrackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ds_claim_track_finalize;
  widget_class->snapshot = ds_claim_track_snapshot;
  widget_class->measure = ds_claim_track_measure;

  gtk_widget_class_set_css_name (widget_class, "claimtrack");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ds_claim_track_init (DsClaimTrack *self)
{
  self->events = g_ptr_array_new_with_free_func (g_object_unref);
  self->labels = g_ptr_array_new_with_free_func (g_free);

  ds_style_redraw_on_changes (GTK_WIDGET (self));
}

GtkWidget *
ds_claim_track_new (DsDossier *dossier,
                    DsClaim   *claim)
{
  DsClaimTrack *self;
  const char * const *statements;
  g_autoptr(GString) description = g_string_new (NULL);

  g_return_val_if_fail (DS_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (DS_IS_CLAIM (claim), NULL);

  self = g_object_new (DS_TYPE_CLAIM_TRACK, NULL);
  statements = ds_claim_get_statements (claim);
  for (guint i = 0; statements[i] != NULL; i++)
    {
      DsEvent *event = ds_dossier_lookup_event (dossier, statements[i]);

      if (event != NULL)
        g_ptr_array_add (self->events, g_object_ref (event));
    }
  g_ptr_array_sort (self->events, compare_events);

  /* The drawing says it to screen readers as a sentence per statement. */
  for (guint i = 0; i < self->events->len; i++)
    {
      DsEvent *event = g_ptr_array_index (self->events, i);
      g_autofree char *date = ds_date_format (ds_event_get_date (event));
      const char *status = ds_status_to_label (ds_event_get_status (event));

      /* Translators: under a claim's statement: its date, then its status below */
      g_ptr_array_add (self->labels, g_strdup_printf (_("%1$s\n%2$s"), date, status));
      if (description->len > 0)
        g_string_append (description, " ");
      /* Translators: one statement of a claim for screen readers: date, status, title */
      g_string_append_printf (description, _("%1$s, %2$s: %3$s."), date, status,
                              ds_event_get_title (event));
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ds_claim_get_text (claim),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description->str,
                                  -1);

  return GTK_WIDGET (self);
}

GPtrArray *
ds_claim_track_get_events (DsClaimTrack *self)
{
  g_return_val_if_fail (DS_IS_CLAIM_TRACK (self), NULL);

  return self->events;
}
