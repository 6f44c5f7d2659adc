/* ds-dossier-items.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the dossier's lists. Lists that others refer to (actors, phases, events) are
 * read first whatever their order in the file, so that references resolve as we go.
 * Events are read in ds-dossier-events.c, with the member reads defined here; key
 * figures, claims, the deal model and the stake defaults in ds-dossier-extras.c.
 */

#define G_LOG_DOMAIN "ds-dossier-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ds-reader-private.h"

DsText *
ds_reader_optional_text (DsReader   *r,
                         JsonObject *object,
                         const char *key)
{
  DsText *text = NULL;

  WITH_MEMBER (r, object, key, FALSE, node, text = ds_reader_text (r, node));

  return text;
}

DsText *
ds_reader_required_text (DsReader   *r,
                         JsonObject *object,
                         const char *key)
{
  DsText *text = NULL;

  WITH_MEMBER (r, object, key, TRUE, node, text = ds_reader_text (r, node));

  return text;
}

const char *
ds_reader_required_id (DsReader   *r,
                       JsonObject *object,
                       GHashTable *namespace)
{
  const char *id = NULL;

  WITH_MEMBER (r, object, "id", TRUE, node,
               if (ds_reader_id (r, node, &id) && !ds_reader_claim_id (r, namespace, id))
                 id = NULL);

  return id;
}

gboolean
ds_reader_optional_date (DsReader   *r,
                         JsonObject *object,
                         const char *key,
                         DsDate     *date,
                         gboolean   *present)
{
  gboolean ok = TRUE;

  *present = FALSE;
  WITH_MEMBER (r, object, key, FALSE, node,
               ok = *present = ds_reader_date (r, node, date));

  return ok;
}

void
ds_reader_check_not_before (DsReader     *r,
                            JsonObject   *object,
                            const char   *key,
                            const DsDate *start,
                            const DsDate *end)
{
  if (ds_date_get_last_day (end) < ds_date_get_first_day (start))
    {
      g_autofree char *start_text = ds_date_to_string (start);
      g_autofree char *end_text = ds_date_to_string (end);
      gsize saved = ds_reader_push_key (r, key);

      ds_reader_error (r, _("ends (%s) before it starts (%s)"), end_text, start_text);
      ds_reader_pop (r, saved);
    }
}

#define DS_READ_SCALE(r, node, out) \
  ds_reader_vocabulary (r, node, (gboolean (*) (const char *, gpointer))ds_scale_parse, \
                        "1, K, M, B, T", out)

/* An amount: {"value": 100, "scale": "B", "currency": "USD", "label": …}. */
gboolean
ds_reader_read_amount (DsReader  *r,
                       JsonNode  *node,
                       DsMoney   *money,
                       DsText   **label)
{
  static const char * const keys[] = { "value", "scale", "currency", "label", NULL };
  enum { VALUE, SCALE, CURRENCY, LABEL };
  JsonNode *nodes[G_N_ELEMENTS (keys)] = { NULL };
  JsonObject *object;
  DsScale scale = DS_SCALE_ONE;
  const char *currency = NULL;
  double value = 0;
  gboolean ok = TRUE;

  if ((object = ds_reader_object (r, node)) == NULL)
    return FALSE;
  /* One walk over the members: an event may have an amount. */
  ds_reader_collect (r, object, keys, nodes);

  WITH_NODE (r, nodes[VALUE], "value", TRUE, value_node,
             if (!ds_reader_number (r, value_node, &value))
               ok = FALSE;
             else if (value < 0)
               {
                 ds_reader_error (r, _("expected an amount of zero or more, found %g"), value);
                 ok = FALSE;
               });
  if (nodes[VALUE] == NULL)
    ok = FALSE;

  WITH_NODE (r, nodes[SCALE], "scale", FALSE, scale_node,
             if (!DS_READ_SCALE (r, scale_node, &scale)) ok = FALSE);

  WITH_NODE (r, nodes[CURRENCY], "currency", TRUE, currency_node,
             if ((currency = ds_reader_string (r, currency_node)) != NULL &&
                 !ds_currency_is_valid (currency))
               {
                 g_autofree char *found = ds_reader_describe (currency_node);
                 ds_reader_error (r, _("expected a currency code such as \"USD\" or \"EUR\", found %s"), found);
                 currency = NULL;
               });
  if (currency == NULL)
    ok = FALSE;

  if (ok && (!ds_money_init (money, value, scale, currency) ||
             money->value > DS_DOSSIER_MAX_VALUE))
    {
      /* Translators: keep "value" and "scale", the keys of an amount, as they are */
      ds_reader_error (r, _("the amount is too large: \"value\" times \"scale\" must be at most "
                            "10^18, found %g"), value * ds_scale_get_multiplier (scale));
      ok = FALSE;
    }

  *label = NULL;
  WITH_NODE (r, nodes[LABEL], "label", FALSE, label_node, *label = ds_reader_text (r, label_node));

  return ok;
}

/* --- Header ------------------------------------------------------------------------- */

void
ds_reader_read_header (DsReader   *r,
                       JsonObject *object)
{
  g_autoptr(DsText) subtitle = ds_reader_optional_text (r, object, "subtitle");
  g_autoptr(DsText) summary = ds_reader_optional_text (r, object, "summary");
  DsDate updated;
  gboolean has_updated;

  ds_dossier_set_texts (r->dossier, subtitle, summary);

  WITH_MEMBER (r, object, "languages", FALSE, node,
               {
                 g_auto(GStrv) languages = ds_reader_string_list (r, node);
                 ds_dossier_set_languages (r->dossier, languages);
               });

  if (ds_reader_optional_date (r, object, "updated", &updated, &has_updated) && has_updated)
    ds_dossier_set_updated (r->dossier, &updated);

  WITH_MEMBER (r, object, "default_view", FALSE, node,
               {
                 DsView view;
                 if (DS_READ_WORD (r, node, ds_view, &view))
                   ds_dossier_set_default_view (r->dossier, view);
               });
}

/* --- Items -------------------------------------------------------------------------- */

static gpointer
read_actor (DsReader   *r,
            JsonObject *object)
{
  static const char * const keys[] = { "id", "name", "kind", "color", "description", NULL };
  const char *id = ds_reader_required_id (r, object, r->actor_ids);
  g_autoptr(DsText) name = ds_reader_required_text (r, object, "name");
  g_autoptr(DsText) description = ds_reader_optional_text (r, object, "description");
  DsActorKind kind = DS_ACTOR_COMPANY;
  gboolean ok = TRUE;
  gint32 color = -1;
  DsActor *actor;

  ds_reader_check_keys (r, object, keys);
  WITH_MEMBER (r, object, "kind", TRUE, node,
               ok = DS_READ_WORD (r, node, ds_actor_kind, &kind));
  WITH_MEMBER (r, object, "color", FALSE, node,
               {
                 const char *hex = ds_reader_string (r, node);
                 guint64 rgb = 0;

                 if (hex != NULL && (hex[0] != '#' || strlen (hex) != 7 ||
                                     !g_ascii_string_to_unsigned (hex + 1, 16, 0, 0xffffff, &rgb, NULL)))
                   {
                     g_autofree char *found = ds_reader_describe (node);
                     ds_reader_error (r, _("expected a colour like \"#76b900\", found %s"), found);
                     ok = FALSE;
                   }
                 color = (gint32)rgb;
               });

  if (id == NULL || name == NULL || !ok)
    return NULL;

  actor = ds_actor_new (id, name, kind);
  ds_actor_set_color (actor, color);
  ds_actor_set_description (actor, description);

  return actor;
}

static gpointer
read_phase (DsReader   *r,
            JsonObject *object)
{
  static const char * const keys[] = { "id", "title", "start", "end", NULL };
  const char *id = ds_reader_required_id (r, object, r->phase_ids);
  g_autoptr(DsText) title = ds_reader_required_text (r, object, "title");
  DsDate start, end;
  gboolean has_start = FALSE, has_end = FALSE;
  gboolean ok = TRUE;

  ds_reader_check_keys (r, object, keys);
  WITH_MEMBER (r, object, "start", TRUE, node, has_start = ds_reader_date (r, node, &start));
  ok = ds_reader_optional_date (r, object, "end", &end, &has_end);
  if (has_start && has_end)
    ds_reader_check_not_before (r, object, "end", &start, &end);

  if (id == NULL || title == NULL || !has_start || !ok)
    return NULL;

  return ds_phase_new (id, title, &start, has_end ? &end : NULL);
}

static gboolean
read_point (DsReader   *r,
            JsonObject *object,
            double      multiplier,
            gboolean    non_negative,
            DsPoint    *point)
{
  static const char * const keys[] = { "date", "value", "low", "high", "status", "source", "note", NULL };
  enum { DATE, VALUE, LOW, HIGH, STATUS, SOURCE, NOTE };
  JsonNode *nodes[G_N_ELEMENTS (keys)] = { NULL };
  gboolean has_date = FALSE, has_value = FALSE, ok = TRUE;
  const char *source = NULL;
  double low = NAN, high = NAN;

  /* The one read of a million points: members are looked up in one walk, not by name. */
  ds_reader_collect (r, object, keys, nodes);
  point->status = DS_POINT_ACTUAL;
  WITH_NODE (r, nodes[DATE], "date", TRUE, node, has_date = ds_reader_date (r, node, &point->date));
  WITH_NODE (r, nodes[VALUE], "value", TRUE, node,
               if ((has_value = ds_reader_number (r, node, &point->value)) && non_negative && point->value < 0)
                 {
                   ds_reader_error (r, _("expected a value of zero or more for this metric, found %g"), point->value);
                   has_value = FALSE;
                 });
  WITH_NODE (r, nodes[LOW], "low", FALSE, node,
               if (!ds_reader_number (r, node, &low))
                 ok = FALSE;
               else if (non_negative && low < 0)
                 {
                   ds_reader_error (r, _("expected a value of zero or more for this metric, found %g"), low);
                   ok = FALSE;
                 });
  WITH_NODE (r, nodes[HIGH], "high", FALSE, node, ok &= ds_reader_number (r, node, &high));
  if (has_value && ok && ((!isnan (low) && low > point->value) || (!isnan (high) && high < point->value)))
    {
      if (isnan (high))
        ds_reader_error (r, _("expected low ≤ value ≤ high, found low %g, value %g"), low, point->value);
      else if (isnan (low))
        ds_reader_error (r, _("expected low ≤ value ≤ high, found value %g, high %g"), point->value, high);
      else
        ds_reader_error (r, _("expected low ≤ value ≤ high, found low %g, value %g, high %g"),
                         low, point->value, high);
      ok = FALSE;
    }
  WITH_NODE (r, nodes[STATUS], "status", FALSE, node,
             ok &= DS_READ_WORD (r, node, ds_point_status, &point->status));
  WITH_NODE (r, nodes[SOURCE], "source", FALSE, node, source = ds_reader_string (r, node));

  point->value *= multiplier;
  point->low = low * multiplier;
  point->high = high * multiplier;
  if (!(fabs (point->value) <= DS_DOSSIER_MAX_VALUE) ||
      fabs (point->low) > DS_DOSSIER_MAX_VALUE || fabs (point->high) > DS_DOSSIER_MAX_VALUE)
    {
      /* Translators: keep "value", "low", "high" and "scale", keys of the file, as they are */
      ds_reader_error (r, _("the value is too large: \"value\", \"low\" and \"high\" times the "
                            "series' \"scale\" must be at most 10^18 either way"));
      ok = FALSE;
    }
  point->source = g_strdup (source);
  WITH_NODE (r, nodes[NOTE], "note", FALSE, node, point->note = ds_reader_text (r, node));

  return has_date && has_value && ok;
}

static gpointer
read_series (DsReader   *r,
             JsonObject *object)
{
  static const char * const keys[] = {
    "id", "title", "metric", "actor", "unit", "currency", "scale", "basis", "points", NULL
  };
  const char *id = ds_reader_required_id (r, object, r->series_ids);
  g_autoptr(DsText) title = ds_reader_required_text (r, object, "title");
  g_autoptr(DsText) basis = ds_reader_optional_text (r, object, "basis");
  g_autoptr(GArray) points = g_array_new (FALSE, TRUE, sizeof (DsPoint));
  const char *unit = NULL, *currency = NULL, *actor = NULL;
  DsMetric metric = DS_METRIC_OTHER;
  DsScale scale = DS_SCALE_ONE;
  gboolean ok = TRUE, non_negative;
  DsSeries *series;

  g_array_set_clear_func (points, (GDestroyNotify)ds_point_clear);
  ds_reader_check_keys (r, object, keys);
  ok &= json_object_has_member (object, "metric") && json_object_has_member (object, "points");
  WITH_MEMBER (r, object, "metric", TRUE, node, ok &= DS_READ_WORD (r, node, ds_metric, &metric));
  WITH_MEMBER (r, object, "unit", TRUE, node, unit = ds_reader_nonempty_string (r, node));
  WITH_MEMBER (r, object, "currency", FALSE, node,
               if ((currency = ds_reader_string (r, node)) != NULL && !ds_currency_is_valid (currency))
                 {
                   g_autofree char *found = ds_reader_describe (node);
                   ds_reader_error (r, _("expected a currency code such as \"USD\" or \"EUR\", found %s"), found);
                   ok = FALSE;
                 });
  if (g_strcmp0 (unit, "currency") == 0 && currency == NULL && !json_object_has_member (object, "currency"))
    {
      ds_reader_error (r, _("missing required key \"currency\" (the unit is \"currency\")"));
      ok = FALSE;
    }
  if (g_strcmp0 (unit, "currency") != 0)
    currency = NULL;
  WITH_MEMBER (r, object, "scale", FALSE, node, ok &= DS_READ_SCALE (r, node, &scale));
  WITH_MEMBER (r, object, "actor", FALSE, node,
               if (ds_reader_id (r, node, &actor))
                 ok &= ds_reader_reference (r, r->actor_ids, actor, N_("no actor has the id \"%s\"")));

  non_negative = metric == DS_METRIC_VALUATION || metric == DS_METRIC_CAPEX || metric == DS_METRIC_REVENUE;
  WITH_MEMBER (r, object, "points", TRUE, node,
               {
                 JsonArray *array = ds_reader_array (r, node);
                 guint n = array ? json_array_get_length (array) : 0;

                 g_array_set_size (points, 0);
                 for (guint i = 0; i < n && !ds_reader_cancelled (r); i++)
                   {
                     gsize saved = ds_reader_push_index (r, i);
                     JsonObject *point_object = ds_reader_object (r, json_array_get_element (array, i));
                     DsPoint point = { 0 };

                     if (point_object != NULL &&
                         read_point (r, point_object, ds_scale_get_multiplier (scale), non_negative, &point))
                       g_array_append_val (points, point);
                     else
                       {
                         ds_point_clear (&point);
                         ok = FALSE;
                       }
                     ds_reader_pop (r, saved);
                   }
                 ok &= array != NULL;
               });

  if (id == NULL || title == NULL || unit == NULL || !ok)
    return NULL;

  series = ds_series_new (id, title, metric, unit, currency, g_steal_pointer (&points));
  ds_series_set_actor (series, actor);
  ds_series_set_basis (series, basis);

  return series;
}

static gpointer
read_takeaway (DsReader   *r,
               JsonObject *object)
{
  static const char * const keys[] = { "id", "title", "body", "evidence", "figure", NULL };
  const char *id = ds_reader_required_id (r, object, r->takeaway_ids);
  g_autoptr(DsText) title = ds_reader_required_text (r, object, "title");
  g_autoptr(DsText) body = ds_reader_required_text (r, object, "body");
  g_autoptr(DsText) figure_label = NULL;
  g_auto(GStrv) evidence = NULL;
  DsMoney figure;
  gboolean has_figure = FALSE, ok = TRUE;
  DsTakeaway *takeaway;

  ds_reader_check_keys (r, object, keys);
  WITH_MEMBER (r, object, "evidence", FALSE, node,
               if ((evidence = ds_reader_string_list (r, node)) != NULL)
                 for (guint i = 0; evidence[i] != NULL; i++)
                   {
                     gsize saved = ds_reader_push_index (r, i);
                     ok &= ds_reader_reference (r, r->event_ids, evidence[i], N_("no event has the id \"%s\""));
                     ds_reader_pop (r, saved);
                   });
  WITH_MEMBER (r, object, "figure", FALSE, node,
               ok &= has_figure = ds_reader_read_amount (r, node, &figure, &figure_label));

  if (id == NULL || title == NULL || body == NULL || !ok)
    return NULL;

  takeaway = ds_takeaway_new (id, title, body);
  ds_takeaway_set_evidence (takeaway, evidence);
  if (has_figure)
    ds_takeaway_set_figure (takeaway, &figure, figure_label);

  return takeaway;
}

static GPtrArray *
read_text_list (DsReader   *r,
                JsonObject *object,
                const char *key,
                gboolean   *ok)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func ((GDestroyNotify)ds_text_unref);

  WITH_MEMBER (r, object, key, FALSE, node,
               {
                 JsonArray *array = ds_reader_array (r, node);

                 *ok &= array != NULL;
                 for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
                   {
                     gsize saved = ds_reader_push_index (r, i);
                     DsText *text = ds_reader_text (r, json_array_get_element (array, i));

                     if (text != NULL)
                       g_ptr_array_add (texts, text);
                     else
                       *ok = FALSE;
                     ds_reader_pop (r, saved);
                   }
               });

  return texts;
}

static gpointer
read_section (DsReader   *r,
              JsonObject *object)
{
  static const char * const keys[] = { "id", "title", "paragraphs", "bullets", NULL };
  const char *id = ds_reader_required_id (r, object, r->section_ids);
  g_autoptr(DsText) title = ds_reader_required_text (r, object, "title");
  g_autoptr(GPtrArray) paragraphs = NULL;
  g_autoptr(GPtrArray) bullets = NULL;
  gboolean ok = TRUE;

  ds_reader_check_keys (r, object, keys);
  paragraphs = read_text_list (r, object, "paragraphs", &ok);
  bullets = read_text_list (r, object, "bullets", &ok);

  if (id == NULL || title == NULL || !ok)
    return NULL;

  return ds_section_new (id, title, g_steal_pointer (&paragraphs), g_steal_pointer (&bullets));
}

/* --- Lists -------------------------------------------------------------------------- */

void
ds_reader_read_list (DsReader         *r,
                     JsonObject       *object,
                     const char       *key,
                     gboolean          required,
                     GType             item_type,
                     DsReaderItemFunc  read_item,
                     double            progress_from,
                     double            progress_to)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  WITH_MEMBER (r, object, key, required, node,
               {
                 JsonArray *array = ds_reader_array (r, node);
                 guint n = array ? json_array_get_length (array) : 0;

                 if (array != NULL && n == 0 && required)
                   ds_reader_error (r, _("expected at least one item, found an empty array"));

                 for (guint i = 0; i < n; i++)
                   {
                     gsize saved = ds_reader_push_index (r, i);
                     JsonObject *item_object = ds_reader_object (r, json_array_get_element (array, i));
                     gpointer item = item_object ? read_item (r, item_object) : NULL;

                     if (item != NULL)
                       g_ptr_array_add (items, item);
                     ds_reader_pop (r, saved);

                     if ((i & 1023) == 1023)
                       {
                         if (ds_reader_cancelled (r))
                           break;
                         if (r->progress)
                           r->progress (progress_from + (progress_to - progress_from) * i / n,
                                        r->progress_data);
                       }
                   }
               });

  if (item_type == DS_TYPE_EVENT)
    ds_reader_sort_events (items);
  ds_dossier_set_list (r->dossier, item_type, items);
}

void
ds_reader_read_lists (DsReader   *r,
                      JsonObject *object)
{
  ds_reader_read_list (r, object, "actors", FALSE, DS_TYPE_ACTOR, read_actor, 0.0, 0.05);
  ds_reader_read_list (r, object, "phases", FALSE, DS_TYPE_PHASE, read_phase, 0.05, 0.1);
  ds_reader_read_list (r, object, "events", TRUE, DS_TYPE_EVENT, ds_reader_read_event, 0.1, 0.7);
  ds_reader_read_list (r, object, "series", FALSE, DS_TYPE_SERIES, read_series, 0.7, 0.95);
  ds_reader_read_list (r, object, "takeaways", FALSE, DS_TYPE_TAKEAWAY, read_takeaway, 0.95, 0.98);
  ds_reader_read_list (r, object, "sections", FALSE, DS_TYPE_SECTION, read_section, 0.98, 1.0);
}
