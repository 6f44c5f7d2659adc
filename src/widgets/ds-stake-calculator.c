/* ds-stake-calculator.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-stake-calculator"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ds-stake-calculator.h"
#include "ds-stake.h"

struct _DsStakeCalculator
{
  GtkWidget parent_instance;

  DsDossier *dossier;
  char *currency;

  GtkWidget *box;
  AdwEntryRow *ticket_row;
  AdwEntryRow *valuation_row;
  GtkToggleButton *pre_money_button;
  GtkToggleButton *post_money_button;
  GtkLabel *stake_error;
  GtkLabel *ownership_value;
  GtkLabel *pre_money_value;
  GtkLabel *post_money_value;

  GtkWidget *deal_group;
  GtkLabel *deal_title;
  AdwEntryRow *units_row;
  GtkLabel *deal_error;
  GtkLabel *released_value;
  GtkLevelBar *released_bar;
};

G_DEFINE_FINAL_TYPE (DsStakeCalculator, ds_stake_calculator, GTK_TYPE_WIDGET)

static void
set_field_error (AdwEntryRow *row,
                 GtkLabel    *error_label,
                 const char  *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");

  gtk_label_set_text (error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (error_label), message != NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                               message ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static gboolean
parse_field (AdwEntryRow *row,
             GtkLabel    *error_label,
             double      *value)
{
  g_autoptr(GError) error = NULL;

  if (!ds_stake_parse_amount (gtk_editable_get_text (GTK_EDITABLE (row)), value, &error))
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                                  error->message);
      set_field_error (row, error_label, message);
      return FALSE;
    }

  return TRUE;
}

/* On any error the previous results stay: the reader keeps the last valid answer. */
static void
update_stake (DsStakeCalculator *self)
{
  g_autoptr(GError) error = NULL;
  gboolean post_money = gtk_toggle_button_get_active (self->post_money_button);
  DsStakeResult result;
  double ticket, valuation;

  if (!parse_field (self->ticket_row, self->stake_error, &ticket) ||
      !parse_field (self->valuation_row, self->stake_error, &valuation))
    return;

  if (!ds_stake_compute (ticket, valuation, post_money, &result, &error))
    {
      AdwEntryRow *row = g_error_matches (error, DS_STAKE_ERROR, DS_STAKE_ERROR_NEGATIVE) && ticket < 0
                         ? self->ticket_row : self->valuation_row;

      set_field_error (self->ticket_row, self->stake_error, NULL);
      set_field_error (row, self->stake_error, error->message);
      return;
    }

  set_field_error (self->ticket_row, self->stake_error, NULL);
  set_field_error (self->valuation_row, self->stake_error, NULL);

  {
    g_autofree char *ownership = ds_stake_format_percentage (result.ownership);
    g_autofree char *pre = ds_money_format_value (result.pre_money, self->currency);
    g_autofree char *post = ds_money_format_value (result.post_money, self->currency);

    gtk_label_set_text (self->ownership_value, ownership);
    gtk_label_set_text (self->pre_money_value, pre);
    gtk_label_set_text (self->post_money_value, post);
  }
}

static void
update_deal (DsStakeCalculator *self)
{
  const DsDealModel *model = self->dossier ? ds_dossier_get_deal_model (self->dossier) : NULL;
  g_autofree char *released = NULL;
  g_autofree char *cap = NULL;
  g_autofree char *text = NULL;
  double units, amount;

  if (model == NULL || !parse_field (self->units_row, self->deal_error, &units))
    return;

  set_field_error (self->units_row, self->deal_error, NULL);
  amount = ds_deal_model_released (model, units);
  released = ds_money_format_value (amount, model->cap.currency);
  cap = ds_money_format_value (model->cap.value, model->cap.currency);
  /* Translators: money released so far and the deal's cap, "$30B of $100B" */
  text = g_strdup_printf (_("%1$s of %2$s"), released, cap);

  gtk_label_set_text (self->released_value, text);
  gtk_level_bar_set_value (self->released_bar, model->cap.value > 0 ? amount / model->cap.value : 0);
}

static void
set_entry_amount (AdwEntryRow   *row,
                  const DsMoney *money)
{
  /* Shown the way the reader would type it in this language. */
  g_autofree char *text = ds_money_format (money);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static GtkLabel *
add_result_row (GtkListBox *list,
                const char *title)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *value = gtk_label_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (value, "numeric");
  gtk_widget_add_css_class (value, "heading");
  gtk_label_set_selectable (GTK_LABEL (value), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
  gtk_list_box_append (list, row);

  return GTK_LABEL (value);
}

static AdwEntryRow *
add_entry_row (GtkListBox *list,
               const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_append (list, row);

  return ADW_ENTRY_ROW (row);
}

static GtkWidget *
new_boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  return list;
}

static GtkLabel *
new_error_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_visible (label, FALSE);

  return GTK_LABEL (label);
}

static void
ds_stake_calculator_dispose (GObject *object)
{
  DsStakeCalculator *self = (DsStakeCalculator *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->dossier);
  g_clear_pointer (&self->currency, g_free);

  G_OBJECT_CLASS (ds_stake_calculator_parent_class)->dispose (object);
}

static void
ds_stake_calculator_class_init (DsStakeCalculatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ds_stake_calculator_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stakecalculator");
}

static void
ds_stake_calculator_init (DsStakeCalculator *self)
{
  GtkWidget *list, *toggles, *reset, *heading;

  self->currency = g_strdup ("USD");
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  heading = g_object_new (GTK_TYPE_LABEL, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                          "label", _("Stake Calculator"), "xalign", 0.0f, NULL);
  gtk_widget_add_css_class (heading, "title-4");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (self->box), heading);

  list = new_boxed_list ();
  self->ticket_row = add_entry_row (GTK_LIST_BOX (list), _("Ticket"));
  self->valuation_row = add_entry_row (GTK_LIST_BOX (list), _("Valuation"));

  /* Pre- or post-money: two linked toggles in the valuation row. */
  toggles = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (toggles, "linked");
  gtk_widget_set_valign (toggles, GTK_ALIGN_CENTER);
  self->pre_money_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("_Pre-money")));
  self->post_money_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("P_ost-money")));
  gtk_toggle_button_set_group (self->post_money_button, self->pre_money_button);
  gtk_toggle_button_set_active (self->pre_money_button, TRUE);
  gtk_box_append (GTK_BOX (toggles), GTK_WIDGET (self->pre_money_button));
  gtk_box_append (GTK_BOX (toggles), GTK_WIDGET (self->post_money_button));
  adw_entry_row_add_suffix (self->valuation_row, toggles);

  self->ownership_value = add_result_row (GTK_LIST_BOX (list), _("Ownership"));
  self->pre_money_value = add_result_row (GTK_LIST_BOX (list), _("Pre-money valuation"));
  self->post_money_value = add_result_row (GTK_LIST_BOX (list), _("Post-money valuation"));
  gtk_box_append (GTK_BOX (self->box), list);
  self->stake_error = new_error_label ();
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->stake_error));

  g_signal_connect_object (self->ticket_row, "changed", G_CALLBACK (update_stake), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->valuation_row, "changed", G_CALLBACK (update_stake), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->post_money_button, "toggled", G_CALLBACK (update_stake), self, G_CONNECT_SWAPPED);

  /* The progressive deal: units deployed → money released. */
  self->deal_group = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  self->deal_title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->deal_title, 0);
  gtk_label_set_wrap (self->deal_title, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->deal_title), "heading");
  gtk_widget_set_margin_top (GTK_WIDGET (self->deal_title), 12);
  gtk_box_append (GTK_BOX (self->deal_group), GTK_WIDGET (self->deal_title));
  list = new_boxed_list ();
  self->units_row = add_entry_row (GTK_LIST_BOX (list), _("Deployed"));
  self->released_value = add_result_row (GTK_LIST_BOX (list), _("Released"));
  gtk_box_append (GTK_BOX (self->deal_group), list);
  self->released_bar = GTK_LEVEL_BAR (gtk_level_bar_new_for_interval (0, 1));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->released_bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Share of the cap released"), -1);
  gtk_box_append (GTK_BOX (self->deal_group), GTK_WIDGET (self->released_bar));
  self->deal_error = new_error_label ();
  gtk_box_append (GTK_BOX (self->deal_group), GTK_WIDGET (self->deal_error));
  gtk_box_append (GTK_BOX (self->box), self->deal_group);
  g_signal_connect_object (self->units_row, "changed", G_CALLBACK (update_deal), self, G_CONNECT_SWAPPED);

  reset = gtk_button_new_with_mnemonic (_("_Reset to the Dossier’s Figures"));
  gtk_widget_set_halign (reset, GTK_ALIGN_START);
  gtk_widget_set_margin_top (reset, 6);
  g_signal_connect_object (reset, "clicked", G_CALLBACK (ds_stake_calculator_reset), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->box), reset);
}

GtkWidget *
ds_stake_calculator_new (void)
{
  return g_object_new (DS_TYPE_STAKE_CALCULATOR, NULL);
}

void
ds_stake_calculator_set_dossier (DsStakeCalculator *self,
                                 DsDossier         *dossier)
{
  g_return_if_fail (DS_IS_STAKE_CALCULATOR (self));

  if (g_set_object (&self->dossier, dossier))
    ds_stake_calculator_reset (self);
}

void
ds_stake_calculator_reset (DsStakeCalculator *self)
{
  const DsStakeDefaults *defaults = self->dossier ? ds_dossier_get_stake_defaults (self->dossier) : NULL;
  const DsDealModel *model = self->dossier ? ds_dossier_get_deal_model (self->dossier) : NULL;

  g_return_if_fail (DS_IS_STAKE_CALCULATOR (self));

  g_free (self->currency);
  self->currency = g_strdup (defaults ? defaults->valuation.currency : "USD");

  if (defaults != NULL)
    {
      gtk_toggle_button_set_active (defaults->post_money ? self->post_money_button : self->pre_money_button, TRUE);
      set_entry_amount (self->ticket_row, &defaults->ticket);
      set_entry_amount (self->valuation_row, &defaults->valuation);
    }
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (self->ticket_row), "");
      gtk_editable_set_text (GTK_EDITABLE (self->valuation_row), "");
    }

  gtk_widget_set_visible (self->deal_group, model != NULL);
  if (model != NULL)
    {
      g_autofree char *units = ds_format_number (1, 2);
      /* Translators: the units deployed, "Deployed (GW)" */
      g_autofree char *row_title = g_strdup_printf (_("Deployed (%s)"), model->unit);

      gtk_label_set_text (self->deal_title, ds_text_get (model->title));
      /* The unit comes from the dossier: never markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->units_row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->units_row), row_title);
      gtk_editable_set_text (GTK_EDITABLE (self->units_row), units);
    }

  update_stake (self);
  update_deal (self);
}

const char *
ds_stake_calculator_get_ownership_text (DsStakeCalculator *self)
{
  g_return_val_if_fail (DS_IS_STAKE_CALCULATOR (self), NULL);

  return gtk_label_get_text (self->ownership_value);
}

const char *
ds_stake_calculator_get_released_text (DsStakeCalculator *self)
{
  g_return_val_if_fail (DS_IS_STAKE_CALCULATOR (self), NULL);

  return gtk_label_get_text (self->released_value);
}
