/* test-takeaways-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The founders' page: evidence chips, key figures, the claim tracker, the calculator.
 */

#include "ds-test-ui.h"
#include "ds-test-data.h"

#include "ds-claim-track.h"
#include "ds-dossier-loader.h"
#include "ds-stake-calculator.h"
#include "ds-takeaways-page.h"


typedef struct
{
  GtkWindow *window;
  DsTakeawaysPage *page;
  DsDossier *dossier;
} Fixture;

static void
show (Fixture   *fixture,
      DsDossier *dossier)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 900);
  fixture->page = DS_TAKEAWAYS_PAGE (ds_takeaways_page_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  ds_takeaways_page_set_dossier (fixture->page, dossier);
  gtk_window_present (fixture->window);
  ds_test_iterate (10);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{

  fixture->dossier = ds_test_load_bundled ();
  show (fixture, fixture->dossier);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  ds_test_iterate (10);
  g_clear_object (&fixture->dossier);
}

static void
collect_event_cb (DsTakeawaysPage  *page,
                  DsEvent          *event,
                  DsEvent         **activated)
{
  *activated = event;
}

static GtkButton *
find_chip (GtkWidget *root)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_has_css_class (root, "evidence-chip"))
    return GTK_BUTTON (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkButton *found = find_chip (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_evidence_chips (Fixture       *fixture,
                     gconstpointer  data)
{
  GListModel *takeaways = ds_dossier_get_takeaways (fixture->dossier);
  g_autoptr(DsTakeaway) first = g_list_model_get_item (takeaways, 0);
  const char * const *evidence = ds_takeaway_get_evidence (first);
  DsEvent *activated = NULL;
  GtkButton *chip;

  g_assert_cmpuint (g_list_model_get_n_items (takeaways), ==, 5);
  /* Every chip names an event of the dossier. */
  for (guint i = 0; i < g_list_model_get_n_items (takeaways); i++)
    {
      g_autoptr(DsTakeaway) takeaway = g_list_model_get_item (takeaways, i);
      const char * const *ids = ds_takeaway_get_evidence (takeaway);

      g_assert_nonnull (ids[0]);
      for (guint j = 0; ids[j] != NULL; j++)
        g_assert_nonnull (ds_dossier_lookup_event (fixture->dossier, ids[j]));
    }

  g_signal_connect (fixture->page, "event-activated", G_CALLBACK (collect_event_cb), &activated);
  chip = find_chip (GTK_WIDGET (fixture->page));
  g_assert_nonnull (chip);
  g_signal_emit_by_name (chip, "clicked");
  g_assert_true (activated == ds_dossier_lookup_event (fixture->dossier, evidence[0]));
}

static void
test_key_figures_and_sections (Fixture       *fixture,
                               gconstpointer  data)
{
  GListModel *figures = ds_dossier_get_key_figures (fixture->dossier);
  GListModel *sections = ds_dossier_get_sections (fixture->dossier);
  GtkWidget *root = GTK_WIDGET (fixture->page);

  g_assert_cmpuint (g_list_model_get_n_items (figures), >=, 5);
  for (guint i = 0; i < g_list_model_get_n_items (figures); i++)
    {
      g_autoptr(DsKeyFigure) figure = g_list_model_get_item (figures, i);
      g_autofree char *number = ds_key_figure_format (figure);

      g_assert_nonnull (ds_test_find_label_containing (root, number));
      g_assert_nonnull (ds_test_find_label_containing (root, ds_key_figure_get_label (figure)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(DsSection) section = g_list_model_get_item (sections, i);
      g_assert_nonnull (ds_test_find_label_containing (root, ds_section_get_title (section)));
    }
}

static void
test_claim_tracker (Fixture       *fixture,
                    gconstpointer  data)
{
  DsClaimTrack *track = DS_CLAIM_TRACK (ds_test_find_widget (GTK_WIDGET (fixture->page), DS_TYPE_CLAIM_TRACK, NULL));
  GPtrArray *events;

  g_assert_nonnull (track);
  events = ds_claim_track_get_events (track);
  g_assert_cmpuint (events->len, >=, 3);
  for (guint i = 1; i < events->len; i++)
    g_assert_cmpint (ds_event_compare (g_ptr_array_index (events, i - 1), g_ptr_array_index (events, i), NULL), <=, 0);

  /* The statements span announced, reported and denied (or its rebuttal confirmed). */
  {
    gboolean reported = FALSE;

    for (guint i = 0; i < events->len; i++)
      reported |= ds_event_get_status (g_ptr_array_index (events, i)) == DS_STATUS_REPORTED;
    g_assert_true (reported);
  }
}

static void
test_no_claims_no_section (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "valid", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DsDossier) minimal = ds_dossier_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  ds_takeaways_page_set_dossier (fixture->page, minimal);
  ds_test_iterate (10);
  g_assert_null (ds_test_find_widget (GTK_WIDGET (fixture->page), DS_TYPE_CLAIM_TRACK, NULL));
  g_assert_null (ds_test_find_label_containing (GTK_WIDGET (fixture->page), "What Was Said"));
}

static void
test_calculator (Fixture       *fixture,
                 gconstpointer  data)
{
  DsStakeCalculator *calculator = DS_STAKE_CALCULATOR (ds_test_find_widget (GTK_WIDGET (fixture->page),
                                                                            DS_TYPE_STAKE_CALCULATOR, NULL));
  GtkWidget *ticket;
  g_autofree char *before = NULL;

  g_assert_nonnull (calculator);
  /* The dossier's defaults: $30B at $730B pre-money → about 3.9 %. */
  g_assert_true (g_str_has_prefix (ds_stake_calculator_get_ownership_text (calculator), "3.9"));
  g_assert_nonnull (strstr (ds_stake_calculator_get_released_text (calculator), "$10B"));

  /* Bad input flags its field and keeps the last valid result. */
  before = g_strdup (ds_stake_calculator_get_ownership_text (calculator));
  ticket = ds_test_find_widget (GTK_WIDGET (calculator), ADW_TYPE_ENTRY_ROW, NULL);
  gtk_editable_set_text (GTK_EDITABLE (ticket), "abc");
  g_assert_true (gtk_widget_has_css_class (ticket, "error"));
  g_assert_cmpstr (ds_stake_calculator_get_ownership_text (calculator), ==, before);

  /* And updates as the reader types. */
  gtk_editable_set_text (GTK_EDITABLE (ticket), "73B");
  g_assert_false (gtk_widget_has_css_class (ticket, "error"));
  g_assert_true (g_str_has_prefix (ds_stake_calculator_get_ownership_text (calculator), "9.1"));

  ds_stake_calculator_reset (calculator);
  g_assert_cmpstr (ds_stake_calculator_get_ownership_text (calculator), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  ds_test_ui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/dealscope/takeaways-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("evidence-chips", test_evidence_chips);
  ADD ("key-figures-and-sections", test_key_figures_and_sections);
  ADD ("claim-tracker", test_claim_tracker);
  ADD ("no-claims-no-section", test_no_claims_no_section);
  ADD ("calculator", test_calculator);

  return g_test_run ();
}
