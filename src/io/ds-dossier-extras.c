/* ds-dossier-extras.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads the parts of a dossier that sum up the story rather than tell it: key figures,
 * claims, the deal model and the stake calculator's defaults. They refer to events and
 * series, so they are read after every list, whatever their order in the file.
 */

#define G_LOG_DOMAIN "ds-dossier-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ds-reader-private.h"

/* --- Shared reads ------------------------------------------------------------------- */

/* With @positive, @money (read from @node, at the current path) must be more than zero;
 * with @reference, in the same currency as that amount, named @reference_key. */
static gboolean
check_amount (DsReader      *r,
              JsonNode      *node,
              const DsMoney *money,
              gboolean       positive,
              const DsMoney *reference,
              const char    *reference_key)
{
  gsize saved;

  if (positive && !(money->value > 0))
    {
      JsonNode *value = json_object_get_member (json_node_get_object (node), "value");
      g_autofree char *found = ds_reader_describe (value);

      saved = ds_reader_push_key (r, "value");
      ds_reader_error (r, _("expected an amount of more than zero, found %s"), found);
      ds_reader_pop (r, saved);
      return FALSE;
    }

  if (reference != NULL && strcmp (money->currency, reference->currency) != 0)
    {
      saved = ds_reader_push_key (r, "currency");
      /* Translators: "expected the same currency as "per_unit" ("USD"), found "EUR"" */
      ds_reader_error (r, _("expected the same currency as \"%s\" (\"%s\"), found \"%s\""),
                       reference_key, reference->currency, money->currency);
      ds_reader_pop (r, saved);
      return FALSE;
    }

  return TRUE;
}

/* The amount at @key (required), checked as check_amount() says. */
static gboolean
read_amount_member (DsReader      *r,
                    JsonObject    *object,
                    const char    *key,
                    gboolean       positive,
                    const DsMoney *reference,
                    const char    *reference_key,
                    DsMoney       *money)
{
  gboolean ok = FALSE;

  WITH_MEMBER (r, object, key, TRUE, node,
               {
                 g_autoptr(DsText) label = NULL;

                 ok = ds_reader_read_amount (r, node, money, &label) &&
                      check_amount (r, node, money, positive, reference, reference_key);
               });

  return ok;
}

/* An optional event id at @key that must name an event; *@event stays NULL when absent. */
static gboolean
read_event_reference (DsReader    *r,
                      JsonObject  *object,
                      const char  *key,
                      const char **event)
{
  gboolean ok = TRUE;

  *event = NULL;
  WITH_MEMBER (r, object, key, FALSE, node,
               ok = ds_reader_id (r, node, event) &&
                    ds_reader_reference (r, r->event_ids, *event, N_("no event has the id \"%s\"")));
  if (!ok)
    *event = NULL;

  return ok;
}

/* --- Key figures and claims --------------------------------------------------------- */

static gpointer
read_key_figure (DsReader   *r,
                 JsonObject *object)
{
  static const char * const keys[] = {
    "id", "label", "amount", "value", "unit", "prefix", "event", "series", NULL
  };
  const char *id = ds_reader_required_id (r, object, r->key_figure_ids);
  g_autoptr(DsText) label = ds_reader_required_text (r, object, "label");
  g_autoptr(DsText) prefix = ds_reader_optional_text (r, object, "prefix");
  g_autoptr(DsText) amount_label = NULL;
  gboolean has_amount = json_object_has_member (object, "amount");
  gboolean has_value = json_object_has_member (object, "value");
  const char *unit = NULL, *event = NULL, *series = NULL;
  DsMoney amount = { 0 };
  double value = 0;
  gboolean ok = TRUE;
  DsKeyFigure *figure;

  ds_reader_check_keys (r, object, keys);

  if (has_amount && has_value)
    {
      ds_reader_error (r, _("expected either \"amount\" or \"value\", found both"));
      ok = FALSE;
    }
  else if (!has_amount && !has_value)
    {
      ds_reader_error (r, _("missing required key \"amount\" or \"value\""));
      ok = FALSE;
    }

  WITH_MEMBER (r, object, "amount", FALSE, node,
               ok &= ds_reader_read_amount (r, node, &amount, &amount_label));
  WITH_MEMBER (r, object, "value", FALSE, node,
               if (!ds_reader_number (r, node, &value))
                 ok = FALSE;
               else if (fabs (value) > DS_DOSSIER_MAX_VALUE)
                 {
                   ds_reader_error (r, _("the value is too large: it must be at most 10^18 "
                                         "either way, found %g"), value);
                   ok = FALSE;
                 });
  if (has_value)
    {
      WITH_MEMBER (r, object, "unit", TRUE, node, unit = ds_reader_nonempty_string (r, node));
      ok &= unit != NULL;
    }
  else if (has_amount && json_object_has_member (object, "unit"))
    {
      gsize saved = ds_reader_push_key (r, "unit");

      ds_reader_error (r, _("expected no \"unit\" with \"amount\" (the currency is its unit)"));
      ds_reader_pop (r, saved);
      ok = FALSE;
    }

  ok &= read_event_reference (r, object, "event", &event);
  WITH_MEMBER (r, object, "series", FALSE, node,
               ok &= ds_reader_id (r, node, &series) &&
                     ds_reader_reference (r, r->series_ids, series,
                                          N_("no series has the id \"%s\"")));

  if (id == NULL || label == NULL || !ok)
    return NULL;

  if (has_amount)
    figure = ds_key_figure_new_amount (id, label, &amount);
  else
    figure = ds_key_figure_new_value (id, label, value, unit);
  ds_key_figure_set_prefix (figure, prefix);
  ds_key_figure_set_links (figure, event, series);

  return figure;
}

static gpointer
read_claim (DsReader   *r,
            JsonObject *object)
{
  static const char * const keys[] = { "id", "text", "statements", NULL };
  const char *id = ds_reader_required_id (r, object, r->claim_ids);
  g_autoptr(DsText) text = ds_reader_required_text (r, object, "text");
  g_auto(GStrv) statements = NULL;
  gboolean ok = TRUE;

  ds_reader_check_keys (r, object, keys);
  WITH_MEMBER (r, object, "statements", TRUE, node,
               if ((statements = ds_reader_string_list (r, node)) == NULL)
                 ok = FALSE;
               else if (statements[0] == NULL)
                 {
                   ds_reader_error (r, _("expected at least one item, found an empty array"));
                   ok = FALSE;
                 }
               else
                 for (guint i = 0; statements[i] != NULL; i++)
                   {
                     gsize saved = ds_reader_push_index (r, i);
                     ok &= ds_reader_reference (r, r->event_ids, statements[i],
                                                N_("no event has the id \"%s\""));
                     ds_reader_pop (r, saved);
                   });

  if (id == NULL || text == NULL || statements == NULL || !ok)
    return NULL;

  return ds_claim_new (id, text, statements);
}

/* --- The deal model ----------------------------------------------------------------- */

static gboolean
read_first_unit (DsReader    *r,
                 JsonNode    *node,
                 DsDealModel *model)
{
  static const char * const keys[] = { "date", "label", NULL };
  JsonObject *object = ds_reader_object (r, node);

  if (object == NULL)
    return FALSE;

  ds_reader_check_keys (r, object, keys);
  WITH_MEMBER (r, object, "date", TRUE, date_node,
               model->has_first_unit = ds_reader_date (r, date_node, &model->first_unit_date));
  model->first_unit_label = ds_reader_optional_text (r, object, "label");

  return model->has_first_unit;
}

static gboolean
read_actual (DsReader    *r,
             JsonNode    *node,
             DsDealModel *model,
             gboolean     has_per_unit)
{
  static const char * const keys[] = { "amount", "label", "event", NULL };
  JsonObject *object = ds_reader_object (r, node);
  const char *event = NULL;
  gboolean ok;

  if (object == NULL)
    return FALSE;

  ds_reader_check_keys (r, object, keys);
  model->has_actual = read_amount_member (r, object, "amount", FALSE,
                                          has_per_unit ? &model->per_unit : NULL, "per_unit",
                                          &model->actual);
  model->actual_label = ds_reader_optional_text (r, object, "label");
  ok = read_event_reference (r, object, "event", &event);
  model->actual_event = g_strdup (event);

  return model->has_actual && ok;
}

static void
read_deal_model (DsReader *r,
                 JsonNode *node)
{
  static const char * const keys[] = {
    "title", "unit", "per_unit", "cap", "first_unit", "actual", NULL
  };
  g_autoptr(DsDealModel) model = NULL;
  JsonObject *object = ds_reader_object (r, node);
  gboolean has_per_unit, has_cap, ok = TRUE;

  if (object == NULL)
    return;

  model = g_new0 (DsDealModel, 1);
  ds_reader_check_keys (r, object, keys);
  model->title = ds_reader_required_text (r, object, "title");
  WITH_MEMBER (r, object, "unit", TRUE, unit_node,
               model->unit = g_strdup (ds_reader_nonempty_string (r, unit_node)));
  has_per_unit = read_amount_member (r, object, "per_unit", TRUE, NULL, NULL, &model->per_unit);
  has_cap = read_amount_member (r, object, "cap", TRUE, has_per_unit ? &model->per_unit : NULL,
                                "per_unit", &model->cap);

  if (has_per_unit && has_cap && model->cap.value < model->per_unit.value)
    {
      g_autofree char *per_unit = ds_money_format (&model->per_unit);
      g_autofree char *cap = ds_money_format (&model->cap);
      gsize saved = ds_reader_push_key (r, "cap");

      /* Translators: "expected a cap of at least the amount per unit ($10B), found $5B" */
      ds_reader_error (r, _("expected a cap of at least the amount per unit (%s), found %s"),
                       per_unit, cap);
      ds_reader_pop (r, saved);
      ok = FALSE;
    }

  WITH_MEMBER (r, object, "first_unit", FALSE, first_node,
               ok &= read_first_unit (r, first_node, model));
  WITH_MEMBER (r, object, "actual", FALSE, actual_node,
               ok &= read_actual (r, actual_node, model, has_per_unit));

  if (model->title == NULL || model->unit == NULL || !has_per_unit || !has_cap || !ok)
    return;

  ds_dossier_take_deal_model (r->dossier, g_steal_pointer (&model));
}

/* --- The stake defaults ------------------------------------------------------------- */

static gboolean
basis_from_nick (const char *nick,
                 gpointer    post_money)
{
  if (strcmp (nick, "pre") == 0)
    *(gboolean *)post_money = FALSE;
  else if (strcmp (nick, "post") == 0)
    *(gboolean *)post_money = TRUE;
  else
    return FALSE;

  return TRUE;
}

static void
read_stake (DsReader *r,
            JsonNode *node)
{
  static const char * const keys[] = { "ticket", "valuation", "basis", NULL };
  JsonObject *object = ds_reader_object (r, node);
  DsStakeDefaults defaults = { 0 };
  gboolean has_ticket, has_valuation, has_basis = FALSE;

  if (object == NULL)
    return;

  ds_reader_check_keys (r, object, keys);
  has_ticket = read_amount_member (r, object, "ticket", TRUE, NULL, NULL, &defaults.ticket);
  has_valuation = read_amount_member (r, object, "valuation", TRUE,
                                      has_ticket ? &defaults.ticket : NULL, "ticket",
                                      &defaults.valuation);
  WITH_MEMBER (r, object, "basis", TRUE, basis_node,
               has_basis = ds_reader_vocabulary (r, basis_node, basis_from_nick, "pre, post",
                                                 &defaults.post_money));

  if (!has_ticket || !has_valuation || !has_basis)
    return;

  if (defaults.post_money && defaults.ticket.value > defaults.valuation.value)
    {
      g_autofree char *ticket = ds_money_format (&defaults.ticket);
      g_autofree char *valuation = ds_money_format (&defaults.valuation);
      gsize saved = ds_reader_push_key (r, "ticket");

      /* Translators: "the ticket ($30B) is larger than the post-money valuation ($20B)" */
      ds_reader_error (r, _("the ticket (%s) is larger than the post-money valuation (%s)"),
                       ticket, valuation);
      ds_reader_pop (r, saved);
      return;
    }

  ds_dossier_set_stake_defaults (r->dossier, &defaults);
}

/* --- Entry point -------------------------------------------------------------------- */

static GHashTable *
id_namespace_new (void)
{
  return g_hash_table_new (g_str_hash, g_str_equal);
}

void
ds_reader_read_extras (DsReader   *r,
                       JsonObject *object)
{
  g_assert (r->key_figure_ids == NULL && r->claim_ids == NULL);

  r->key_figure_ids = id_namespace_new ();
  r->claim_ids = id_namespace_new ();

  ds_reader_read_list (r, object, "key_figures", FALSE, DS_TYPE_KEY_FIGURE, read_key_figure,
                       1.0, 1.0);
  ds_reader_read_list (r, object, "claims", FALSE, DS_TYPE_CLAIM, read_claim, 1.0, 1.0);
  WITH_MEMBER (r, object, "deal_model", FALSE, node, read_deal_model (r, node));
  WITH_MEMBER (r, object, "stake", FALSE, node, read_stake (r, node));

  g_clear_pointer (&r->key_figure_ids, g_hash_table_unref);
  g_clear_pointer (&r->claim_ids, g_hash_table_unref);
}
