/* ds-event-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-event-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ds-compat.h"
#include "ds-event-row.h"
#include "ds-status-badge.h"
#include "ds-style.h"

/* The look the rows had as a box of labels: a date column of at least 12 digits, 18 px
 * before the text, 4 px between lines, 8 px between the pill and the kind. */
#define DATE_CHARS 12
#define DATE_PADDING_TOP 2
#define COLUMN_SPACING 18
#define LINE_SPACING 4
#define STATUS_SPACING 8
/* Adwaita's .caption is 9 pt beside an 11 pt body; its dim labels are at 55 %, and
 * nearly opaque in high contrast. */
#define CAPTION_SCALE (9.0 / 11.0)
#define DIM_ALPHA 0.55
#define DATE_ALPHA 0.75
#define HIGH_CONTRAST_ALPHA 0.9

typedef enum
{
  PART_DATE,
  PART_KIND,
  PART_TITLE,
  PART_SUMMARY,
  PART_META,
  N_PARTS
} Part;

static const char * const part_names[N_PARTS] = { "date", "kind", "title", "summary", "meta" };

struct _DsEventRow
{
  GtkWidget parent_instance;

  DsEvent *event;
  char *texts[N_PARTS];

  /* Shaped only when the row is drawn. */
  PangoLayout *layouts[N_PARTS];
  PangoLayout *badge;
  guint context_serial;
  int layout_width;
};

G_DEFINE_FINAL_TYPE (DsEventRow, ds_event_row, GTK_TYPE_WIDGET)

/* Line heights for the rows' font, measured once and shared by every row: the rows
 * of a list all have the same font, and a row is measured far more often than drawn. */
typedef struct
{
  PangoFontDescription *font;
  PangoFontMap *font_map;
  double resolution;

  int body_height;
  int heading_height;
  int caption_height;
  int badge_height;
  int digit_width;
  int date_width;
} Metrics;

static Metrics shared_metrics;

static PangoAttrList *
part_attributes (Part part)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  switch (part)
    {
    case PART_DATE:
      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum"));
      break;
    case PART_TITLE:
      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      break;
    case PART_KIND:
    case PART_META:
      pango_attr_list_insert (attrs, pango_attr_scale_new (CAPTION_SCALE));
      break;
    case PART_SUMMARY:
    case N_PARTS:
    default:
      break;
    }

  return attrs;
}

static int
sample_height (PangoLayout *layout,
               Part         part)
{
  PangoAttrList *attrs = part_attributes (part);
  int height;

  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  pango_layout_get_pixel_size (layout, NULL, &height);

  return height;
}

static char *describe_date_range (const DsDate *start,
                                  const DsDate *end);

/* Every row's date column is as wide as the widest date of this language, so that
 * the columns line up and no range's "date –" runs into the text. */
static int
widest_date (PangoLayout *sample,
             int          digit_width)
{
  PangoAttrList *attrs = part_attributes (PART_DATE);
  int widest = DATE_CHARS * digit_width;

  pango_layout_set_attributes (sample, attrs);
  pango_attr_list_unref (attrs);

  for (guint month = 1; month <= 12; month++)
    {
      g_autofree char *text = NULL;
      DsDate date;
      int width;

      ds_date_init_day (&date, 2028, month, 28);
      text = describe_date_range (&date, &date);
      pango_layout_set_text (sample, text, -1);
      pango_layout_get_pixel_size (sample, &width, NULL);
      widest = MAX (widest, width);
    }

  return widest;
}

static const Metrics *
get_metrics (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  PangoFontMap *font_map = pango_context_get_font_map (context);
  double resolution = pango_cairo_context_get_resolution (context);
  g_autoptr(PangoLayout) sample = NULL;
  g_autoptr(PangoLayout) badge = NULL;
  int digits_width;

  if (shared_metrics.font != NULL &&
      shared_metrics.font_map == font_map &&
      shared_metrics.resolution == resolution &&
      pango_font_description_equal (shared_metrics.font, font))
    return &shared_metrics;

  g_clear_pointer (&shared_metrics.font, pango_font_description_free);
  shared_metrics.font = pango_font_description_copy (font);
  shared_metrics.font_map = font_map;
  shared_metrics.resolution = resolution;

  sample = gtk_widget_create_pango_layout (widget, "Ág");
  shared_metrics.body_height = sample_height (sample, PART_SUMMARY);
  shared_metrics.heading_height = sample_height (sample, PART_TITLE);
  shared_metrics.caption_height = sample_height (sample, PART_META);
  pango_layout_set_text (sample, "0123456789", -1);
  pango_layout_set_attributes (sample, NULL);
  pango_layout_get_pixel_size (sample, &digits_width, NULL);
  shared_metrics.digit_width = (digits_width + 9) / 10;

  badge = ds_status_badge_create_layout (widget, DS_STATUS_CONFIRMED);
  ds_status_badge_get_size (badge, NULL, &shared_metrics.badge_height);
  shared_metrics.date_width = widest_date (sample, shared_metrics.digit_width);

  return &shared_metrics;
}

static gboolean
has_text (DsEventRow *self,
          Part        part)
{
  return self->texts[part] != NULL && self->texts[part][0] != '\0';
}

static int
date_column_width (const Metrics *metrics)
{
  return metrics->date_width;
}

static int
status_line_height (const Metrics *metrics)
{
  return MAX (metrics->badge_height, metrics->caption_height);
}

static int
row_height (DsEventRow    *self,
            const Metrics *metrics)
{
  int text = status_line_height (metrics) + LINE_SPACING + metrics->heading_height;
  int date_lines = 1;

  if (has_text (self, PART_SUMMARY))
    text += LINE_SPACING + metrics->body_height;
  if (has_text (self, PART_META))
    text += LINE_SPACING + metrics->caption_height;
  if (self->texts[PART_DATE] != NULL && strchr (self->texts[PART_DATE], '\n') != NULL)
    date_lines = 2;

  return MAX (text, DATE_PADDING_TOP + date_lines * metrics->body_height);
}

static void
ds_event_row_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  DsEventRow *self = DS_EVENT_ROW (widget);
  const Metrics *metrics = get_metrics (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* The text column ellipsizes: it asks for room, it does not need it. */
      int text_start = date_column_width (metrics) + COLUMN_SPACING;

      *minimum = text_start + 10 * metrics->digit_width;
      *natural = text_start + 48 * metrics->digit_width;
    }
  else
    {
      *minimum = *natural = row_height (self, metrics);
    }
}

static void
clear_layouts (DsEventRow *self)
{
  for (guint i = 0; i < N_PARTS; i++)
    g_clear_object (&self->layouts[i]);
  g_clear_object (&self->badge);
  self->layout_width = -1;
}

static void
ensure_layouts (DsEventRow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  guint serial = pango_context_get_serial (gtk_widget_get_pango_context (widget));

  if (self->badge != NULL && serial == self->context_serial)
    return;

  clear_layouts (self);
  self->context_serial = serial;
  self->badge = ds_status_badge_create_layout (widget, ds_event_get_status (self->event));

  for (guint i = 0; i < N_PARTS; i++)
    {
      PangoAttrList *attrs = part_attributes (i);

      self->layouts[i] = gtk_widget_create_pango_layout (widget, self->texts[i]);
      pango_layout_set_attributes (self->layouts[i], attrs);
      pango_attr_list_unref (attrs);
      if (i != PART_DATE)
        pango_layout_set_ellipsize (self->layouts[i], PANGO_ELLIPSIZE_END);
    }
}

static void
set_layout_widths (DsEventRow *self,
                   int         date_width,
                   int         text_width,
                   int         kind_width)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  if (self->layout_width == text_width)
    return;

  for (guint i = 0; i < N_PARTS; i++)
    {
      int width = i == PART_KIND ? kind_width : i == PART_DATE ? date_width : text_width;

      pango_layout_set_width (self->layouts[i], MAX (width, 1) * PANGO_SCALE);
      pango_layout_set_alignment (self->layouts[i], rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    }
  self->layout_width = text_width;
}

static void
append_text (GtkSnapshot   *snapshot,
             PangoLayout   *layout,
             float          x,
             float          y,
             const GdkRGBA *color)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
ds_event_row_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  DsEventRow *self = DS_EVENT_ROW (widget);
  const Metrics *metrics = get_metrics (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int width = gtk_widget_get_width (widget);
  int date_width = date_column_width (metrics);
  int text_width = MAX (width - date_width - COLUMN_SPACING, 1);
  int line_height = status_line_height (metrics);
  int badge_width, badge_height, kind_width;
  GdkRGBA color, dim, date_color;
  float text_x, y;

  if (self->event == NULL)
    return;

  ensure_layouts (self);
  ds_status_badge_get_size (self->badge, &badge_width, &badge_height);
  kind_width = text_width - badge_width - STATUS_SPACING;
  set_layout_widths (self, date_width, text_width, kind_width);

  ds_compat_widget_get_color (widget, &color);
  dim = date_color = color;
  if (ds_style_get_theme () == DS_THEME_HIGH_CONTRAST || ds_style_get_theme () == DS_THEME_HIGH_CONTRAST_DARK)
    {
      dim.alpha *= HIGH_CONTRAST_ALPHA;
      date_color.alpha *= HIGH_CONTRAST_ALPHA;
    }
  else
    {
      dim.alpha *= DIM_ALPHA;
      date_color.alpha *= DATE_ALPHA;
    }

  /* Mirrored for right-to-left: the date column goes to the right edge. */
  append_text (snapshot, self->layouts[PART_DATE], rtl ? width - date_width : 0, DATE_PADDING_TOP, &date_color);
  text_x = rtl ? 0 : date_width + COLUMN_SPACING;

  ds_status_badge_snapshot_pill (snapshot, self->badge, ds_event_get_status (self->event),
                                 rtl ? text_x + text_width - badge_width : text_x,
                                 (line_height - badge_height) / 2.0f);
  if (kind_width > 0)
    append_text (snapshot, self->layouts[PART_KIND],
                 rtl ? text_x : text_x + badge_width + STATUS_SPACING,
                 (line_height - metrics->caption_height) / 2.0f, &dim);

  y = line_height + LINE_SPACING;
  append_text (snapshot, self->layouts[PART_TITLE], text_x, y, &color);
  y += metrics->heading_height + LINE_SPACING;

  if (has_text (self, PART_SUMMARY))
    {
      append_text (snapshot, self->layouts[PART_SUMMARY], text_x, y, &color);
      y += metrics->body_height + LINE_SPACING;
    }
  if (has_text (self, PART_META))
    append_text (snapshot, self->layouts[PART_META], text_x, y, &dim);
}

static gboolean
ds_event_row_query_tooltip (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard_tooltip,
                            GtkTooltip *tooltip)
{
  DsEventRow *self = DS_EVENT_ROW (widget);
  g_autoptr(GString) text = NULL;
  gboolean cut = FALSE;

  if (self->event == NULL || self->badge == NULL)
    return FALSE;

  /* Only what the row had to cut short: the detail pane has everything. */
  for (guint i = PART_TITLE; i < N_PARTS; i++)
    cut |= has_text (self, i) && pango_layout_is_ellipsized (self->layouts[i]);
  if (!cut)
    return FALSE;

  text = g_string_new (self->texts[PART_TITLE]);
  for (guint i = PART_SUMMARY; i < N_PARTS; i++)
    if (has_text (self, i))
      g_string_append_printf (text, "\n%s", self->texts[i]);
  gtk_tooltip_set_text (tooltip, text->str);

  return TRUE;
}

static void
ds_event_row_direction_changed (GtkWidget        *widget,
                                GtkTextDirection  previous)
{
  DsEventRow *self = DS_EVENT_ROW (widget);

  self->layout_width = -1;
  GTK_WIDGET_CLASS (ds_event_row_parent_class)->direction_changed (widget, previous);
}

static void
clear_texts (DsEventRow *self)
{
  for (guint i = 0; i < N_PARTS; i++)
    g_clear_pointer (&self->texts[i], g_free);
}

static void
ds_event_row_finalize (GObject *object)
{
  DsEventRow *self = DS_EVENT_ROW (object);

  clear_layouts (self);
  clear_texts (self);
  g_clear_object (&self->event);

  G_OBJECT_CLASS (ds_event_row_parent_class)->finalize (object);
}

static void
ds_event_row_class_init (DsEventRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ds_event_row_finalize;
  widget_class->measure = ds_event_row_measure;
  widget_class->snapshot = ds_event_row_snapshot;
  widget_class->query_tooltip = ds_event_row_query_tooltip;
  widget_class->direction_changed = ds_event_row_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "eventrow");
}

static void
ds_event_row_init (DsEventRow *self)
{
  self->layout_width = -1;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "event-row");
  /* The pill's colours follow the theme, which CSS alone does not redraw. */
  ds_style_redraw_on_changes (GTK_WIDGET (self));
}

GtkWidget *
ds_event_row_new (void)
{
  return g_object_new (DS_TYPE_EVENT_ROW, NULL);
}

/* Titles, summaries and names are drawn on one line each. */
static char *
one_line (const char *text)
{
  return g_strdelimit (g_strdup (text), "\n\r\t", ' ');
}

static char *
describe_meta (DsEvent   *event,
               DsDossier *dossier)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char * const *actors = ds_event_get_actors (event);
  const DsMoney *amount = ds_event_get_amount (event);

  if (amount != NULL)
    {
      g_autofree char *value = ds_money_format (amount);
      const char *label = ds_event_get_amount_label (event);

      /* Translators: an amount and what it is, "$100B (up to, per gigawatt)" */
      g_ptr_array_add (parts, *label ? g_strdup_printf (_("%1$s (%2$s)"), value, label)
                                     : g_steal_pointer (&value));
    }

  if (actors[0] != NULL)
    g_ptr_array_add (parts, ds_dossier_join_actor_names (dossier, actors));

  if (ds_event_get_n_sources (event) > 0)
    {
      const DsSource *source = ds_event_get_source (event, 0);
      guint n = ds_event_get_n_sources (event);

      if (n > 1)
        /* Translators: a source, then how many more there are: "Reuters +2" */
        g_ptr_array_add (parts, g_strdup_printf (_("%s +%u"), source->publication, n - 1));
      else
        g_ptr_array_add (parts, g_strdup (source->publication));
    }

  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **)parts->pdata);
}

static char *
describe_date_range (const DsDate *start,
                     const DsDate *end)
{
  g_autofree char *first = ds_date_format (start);
  g_autofree char *last = NULL;

  if (end == NULL)
    return g_steal_pointer (&first);

  last = ds_date_format (end);
  /* Translators: a date range on two lines, start then end */
  return g_strdup_printf (_("%1$s –\n%2$s"), first, last);
}

void
ds_event_row_set_event (DsEventRow *self,
                        DsEvent    *event,
                        DsDossier  *dossier)
{
  g_autofree char *accessible = NULL;
  g_autofree char *meta = NULL;

  g_return_if_fail (DS_IS_EVENT_ROW (self));
  g_return_if_fail (!event || DS_IS_EVENT (event));

  clear_layouts (self);
  clear_texts (self);
  g_set_object (&self->event, event);
  gtk_widget_queue_resize (GTK_WIDGET (self));

  if (event == NULL)
    return;

  meta = describe_meta (event, dossier);
  self->texts[PART_DATE] = describe_date_range (ds_event_get_date (event), ds_event_get_end (event));
  self->texts[PART_KIND] = g_strdup (ds_event_kind_to_label (ds_event_get_kind (event)));
  self->texts[PART_TITLE] = one_line (ds_event_get_title (event));
  self->texts[PART_SUMMARY] = one_line (ds_event_get_summary (event));
  self->texts[PART_META] = one_line (meta);

  /* Translators: how a screen reader announces an event: date, status, title */
  accessible = g_strdup_printf (_("%s, %s: %s"), self->texts[PART_DATE],
                                ds_status_to_label (ds_event_get_status (event)),
                                self->texts[PART_TITLE]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->texts[PART_SUMMARY],
                                  -1);
}

DsEvent *
ds_event_row_get_event (DsEventRow *self)
{
  g_return_val_if_fail (DS_IS_EVENT_ROW (self), NULL);

  return self->event;
}

const char *
ds_event_row_get_text (DsEventRow *self,
                       const char *part)
{
  g_return_val_if_fail (DS_IS_EVENT_ROW (self), NULL);
  g_return_val_if_fail (part != NULL, NULL);

  if (g_str_equal (part, "status"))
    return self->event ? ds_status_to_label (ds_event_get_status (self->event)) : NULL;

  for (guint i = 0; i < N_PARTS; i++)
    if (g_str_equal (part, part_names[i]))
      return self->texts[i];

  return NULL;
}
