/* test-event-detail.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ds-test-ui.h"

#include "ds-dossier-loader.h"
#include "ds-event-detail.h"

#include "ds-test-data.h"

/* Events of the bundled dossier (data/dossiers/nvidia-openai.json). */
#define REBUTTAL     "huang-nonsense"        /* quote by jensen-huang; Reuters, Bloomberg + URL */
#define RANGE        "loi-structure"         /* 2025-09-22 to 2025-09-23 */
#define ORACLE       "oracle-openai-300b"    /* an amount */
#define BLOOMBERG_URL "https://www.bloomberg.com/news/articles/2026-01-31/nvidia-to-join-openai-s-current-funding-round-huang-says"

static DsDossier *bundled;

typedef struct
{
  GtkWidget *window;
  DsEventDetail *detail;
} Fixture;

static DsEvent *
bundled_event (const char *id)
{
  DsEvent *event = ds_dossier_lookup_event (bundled, id);

  g_assert_nonnull (event);

  return event;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = gtk_window_new ();
  fixture->detail = DS_EVENT_DETAIL (ds_event_detail_new ());
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 600, 800);
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->detail));
  gtk_window_present (GTK_WINDOW (fixture->window));
  ds_test_iterate (1);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  ds_test_iterate (1);
}

static void
collect_buttons (GtkWidget *root,
                 GPtrArray *buttons)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_is_visible (root))
    g_ptr_array_add (buttons, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect_buttons (child, buttons);
}

static GPtrArray *
find_buttons (Fixture *fixture)
{
  GPtrArray *buttons = g_ptr_array_new ();

  collect_buttons (GTK_WIDGET (fixture->detail), buttons);

  return buttons;
}

static GtkLabel *
assert_label (Fixture    *fixture,
              const char *needle)
{
  GtkLabel *label = ds_test_find_label_containing (GTK_WIDGET (fixture->detail), needle);

  if (label == NULL)
    g_error ("no label shows “%s”", needle);

  return label;
}

/* Dossier text: shown by a label that never parses markup. */
static void
assert_text (Fixture    *fixture,
             const char *needle)
{
  g_assert_false (gtk_label_get_use_markup (assert_label (fixture, needle)));
}

static void
assert_no_label (Fixture    *fixture,
                 const char *needle)
{
  g_assert_null (ds_test_find_label_containing (GTK_WIDGET (fixture->detail), needle));
}

static void
record_uri_cb (DsEventDetail *detail,
               const char    *uri,
               GPtrArray     *uris)
{
  g_ptr_array_add (uris, g_strdup (uri));
  /* No browser in tests: the default handler must not run. */
  g_signal_stop_emission_by_name (detail, "open-uri");
}

/* A realized button emits "clicked" a moment after it is activated. */
static void
wait_for_uris (GPtrArray *uris,
               guint      n)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (uris->len < n && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);

  g_assert_cmpuint (uris->len, ==, n);
}

static DsSource
make_source (const char *publication,
             const char *url)
{
  DsSource source = { 0 };

  source.publication = g_strdup (publication);
  source.url = g_strdup (url);
  source.has_date = ds_date_init_day (&source.date, 2026, 2, 3);

  return source;
}

/* --- Cases ---------------------------------------------------------------------------- */

static void
test_placeholder (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_null (ds_event_detail_get_event (fixture->detail));
  assert_label (fixture, _("No Event Selected"));

  ds_event_detail_set_event (fixture->detail, bundled, bundled_event (REBUTTAL));
  ds_test_iterate (1);
  assert_no_label (fixture, _("No Event Selected"));
  assert_text (fixture, ds_event_get_title (bundled_event (REBUTTAL)));

  ds_event_detail_set_event (fixture->detail, bundled, NULL);
  ds_test_iterate (1);
  g_assert_null (ds_event_detail_get_event (fixture->detail));
  assert_label (fixture, _("No Event Selected"));
  assert_label (fixture, _("Select an event in the timeline or the list to see its details."));
  assert_no_label (fixture, ds_event_get_title (bundled_event (REBUTTAL)));
  assert_no_label (fixture, "Jensen Huang");
}

static void
test_shows_event (Fixture       *fixture,
                  gconstpointer  data)
{
  DsEvent *event = bundled_event (REBUTTAL);
  g_autofree char *date = ds_date_format (ds_event_get_date (event));
  g_autofree char *speaker = g_strdup_printf (_("— %s"), "Jensen Huang");
  GtkWidget *title;

  ds_event_detail_set_event (fixture->detail, bundled, event);
  ds_test_iterate (1);
  g_assert_true (ds_event_detail_get_event (fixture->detail) == event);

  title = ds_test_find_widget (GTK_WIDGET (fixture->detail), GTK_TYPE_LABEL, ds_event_get_title (event));
  g_assert_nonnull (title);
  g_assert_true (gtk_widget_has_css_class (title, "title-2"));
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (title)), ==,
                   GTK_ACCESSIBLE_ROLE_HEADING);

  assert_text (fixture, date);
  g_assert_true (ds_test_find_status_badge (GTK_WIDGET (fixture->detail), DS_STATUS_CONFIRMED));
  assert_label (fixture, ds_event_kind_to_label (DS_EVENT_DENIAL));
  assert_text (fixture, "Jensen Huang, Nvidia, OpenAI, Reuters, Bloomberg");
  assert_text (fixture, "That's nonsense.");
  assert_text (fixture, speaker);
  assert_text (fixture, "The day after the report, Huang tells reporters in Taipei");
  assert_text (fixture, "denial, rebuttal");
  assert_label (fixture, _("Sources"));
  /* The source rows: each publication alone in its label. */
  g_assert_nonnull (ds_test_find_widget (GTK_WIDGET (fixture->detail), GTK_TYPE_LABEL, "Reuters"));
  g_assert_nonnull (ds_test_find_widget (GTK_WIDGET (fixture->detail), GTK_TYPE_LABEL, "Bloomberg"));
  /* Speaker and actors are names, never ids. */
  assert_no_label (fixture, "jensen-huang");
}

static void
test_date_range_and_amount (Fixture       *fixture,
                            gconstpointer  data)
{
  DsEvent *range = bundled_event (RANGE);
  DsEvent *oracle = bundled_event (ORACLE);
  g_autofree char *start = ds_date_format (ds_event_get_date (range));
  g_autofree char *end = ds_date_format (ds_event_get_end (range));
  g_autofree char *dates = g_strdup_printf (_("%1$s – %2$s"), start, end);
  g_autofree char *amount = ds_money_format (ds_event_get_amount (oracle));

  ds_event_detail_set_event (fixture->detail, bundled, range);
  ds_test_iterate (1);
  g_assert_nonnull (ds_test_find_widget (GTK_WIDGET (fixture->detail), GTK_TYPE_LABEL, dates));
  g_assert_true (ds_test_find_status_badge (GTK_WIDGET (fixture->detail), DS_STATUS_REPORTED));
  g_assert_false (ds_test_find_status_badge (GTK_WIDGET (fixture->detail), DS_STATUS_CONFIRMED));

  ds_event_detail_set_event (fixture->detail, bundled, oracle);
  ds_test_iterate (1);
  assert_no_label (fixture, dates);
  assert_label (fixture, _("Amount"));
  g_assert_nonnull (ds_test_find_widget (GTK_WIDGET (fixture->detail), GTK_TYPE_LABEL, amount));
  assert_text (fixture, ds_event_get_amount_label (oracle));
  assert_text (fixture, "Oracle, OpenAI, The Wall Street Journal");
}

static void
test_open_uri (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) uris = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) buttons = NULL;
  GtkWidget *button;

  g_signal_connect (fixture->detail, "open-uri", G_CALLBACK (record_uri_cb), uris);
  ds_event_detail_set_event (fixture->detail, bundled, bundled_event (REBUTTAL));
  ds_test_iterate (1);

  /* Reuters has no URL: one button, Bloomberg's. */
  buttons = find_buttons (fixture);
  g_assert_cmpuint (buttons->len, ==, 1);
  button = g_ptr_array_index (buttons, 0);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, BLOOMBERG_URL);
  g_assert_true (gtk_widget_get_focusable (button));
  g_assert_nonnull (ds_test_find_label_containing (button, C_("source link", "Open")));

  gtk_widget_activate (button);
  wait_for_uris (uris, 1);
  g_assert_cmpstr (g_ptr_array_index (uris, 0), ==, BLOOMBERG_URL);

  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (uris->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (uris, 1), ==, BLOOMBERG_URL);
}

/* Only http and https get a button, whatever a dossier or an importer put in the URL. */
static void
test_only_web_links (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) uris = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(DsText) title = ds_text_new_plain ("Links");
  g_autoptr(DsEvent) event = NULL;
  GArray *sources = g_array_new (FALSE, TRUE, sizeof (DsSource));
  DsSource source;
  DsDate date;

  g_array_set_clear_func (sources, (GDestroyNotify)ds_source_clear);
  source = make_source ("Secure", "https://example.com/a?b=c&d=e");
  g_array_append_val (sources, source);
  source = make_source ("Upper", "HTTP://EXAMPLE.COM/UP");
  g_array_append_val (sources, source);
  source = make_source ("No link", NULL);
  g_array_append_val (sources, source);
  source = make_source ("Local file", "file:///etc/passwd");
  g_array_append_val (sources, source);
  source = make_source ("Script", "javascript:alert(1)");
  g_array_append_val (sources, source);
  source = make_source ("No host", "https:nowhere");
  g_array_append_val (sources, source);

  g_assert_true (ds_date_init_day (&date, 2026, 2, 3));
  event = ds_event_new ("links", &date, title, DS_EVENT_REPORT, DS_STATUS_RUMOUR);
  ds_event_take_sources (event, sources);

  g_signal_connect (fixture->detail, "open-uri", G_CALLBACK (record_uri_cb), uris);
  ds_event_detail_set_event (fixture->detail, bundled, event);
  ds_test_iterate (1);

  assert_text (fixture, "Local file");
  assert_text (fixture, "Script");
  buttons = find_buttons (fixture);
  g_assert_cmpuint (buttons->len, ==, 2);

  for (guint i = 0; i < buttons->len; i++)
    {
      gtk_widget_activate (g_ptr_array_index (buttons, i));
      wait_for_uris (uris, i + 1);
    }

  g_assert_cmpstr (g_ptr_array_index (uris, 0), ==, "https://example.com/a?b=c&d=e");
  g_assert_cmpstr (g_ptr_array_index (uris, 1), ==, "HTTP://EXAMPLE.COM/UP");
}

static void
test_markup_is_literal (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(DsText) title = ds_text_new_plain ("<b>x</b> & y");
  g_autoptr(DsText) summary = ds_text_new_plain ("<i>summary</i> &amp; <span foreground='red'>red</span>");
  g_autoptr(DsText) quote = ds_text_new_plain ("<big>quoted</big> & said");
  g_autoptr(DsEvent) event = NULL;
  GArray *sources = g_array_new (FALSE, TRUE, sizeof (DsSource));
  char *actors[] = { (char *)"<u>nobody</u>", NULL };
  char *tags[] = { (char *)"<tt>tag</tt>", NULL };
  g_autoptr(GPtrArray) buttons = NULL;
  DsSource source;
  DsDate date;
  GtkWidget *label;

  g_array_set_clear_func (sources, (GDestroyNotify)ds_source_clear);
  source = make_source ("<b>Pub</b> & Co", NULL);
  g_array_append_val (sources, source);

  ds_date_init_year (&date, 2026);
  event = ds_event_new ("markup", &date, title, DS_EVENT_STATEMENT, DS_STATUS_DENIED);
  ds_event_set_summary (event, summary);
  ds_event_set_quote (event, quote, "<i>Someone</i>", "en");
  ds_event_set_actors (event, actors);
  ds_event_set_tags (event, tags);
  ds_event_take_sources (event, sources);

  ds_event_detail_set_event (fixture->detail, bundled, event);
  ds_test_iterate (1);

  label = ds_test_find_widget (GTK_WIDGET (fixture->detail), GTK_TYPE_LABEL, "<b>x</b> & y");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (label)));
  assert_text (fixture, "<i>summary</i> &amp; <span foreground='red'>red</span>");
  assert_text (fixture, "<big>quoted</big> & said");
  assert_text (fixture, "<i>Someone</i>");
  assert_text (fixture, "<u>nobody</u>");
  assert_text (fixture, "<tt>tag</tt>");
  assert_text (fixture, "<b>Pub</b> & Co");
  g_assert_true (ds_test_find_status_badge (GTK_WIDGET (fixture->detail), DS_STATUS_DENIED));
  buttons = find_buttons (fixture);
  g_assert_cmpuint (buttons->len, ==, 0);
}

static void
test_replaces_content (Fixture       *fixture,
                       gconstpointer  data)
{
  DsEvent *first = bundled_event (REBUTTAL);
  DsEvent *second = bundled_event (ORACLE);

  ds_event_detail_set_event (fixture->detail, bundled, first);
  ds_event_detail_set_event (fixture->detail, bundled, second);
  ds_test_iterate (1);

  assert_no_label (fixture, ds_event_get_title (first));
  assert_no_label (fixture, "That's nonsense.");
  assert_text (fixture, ds_event_get_title (second));
  g_assert_true (ds_event_detail_get_event (fixture->detail) == second);
}

static void
test_lifecycle (void)
{
  GtkWidget *detail = g_object_ref_sink (ds_event_detail_new ());

  ds_event_detail_set_event (DS_EVENT_DETAIL (detail), bundled, bundled_event (REBUTTAL));
  g_assert_finalize_object (detail);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ds_test_ui_init (&argc, &argv);
  ds_text_set_content_language ("en");

  bundled = ds_test_load_bundled ();

#define ADD(path, func) \
  g_test_add ("/dealscope/event-detail/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("placeholder", test_placeholder);
  ADD ("shows-event", test_shows_event);
  ADD ("date-range-and-amount", test_date_range_and_amount);
  ADD ("open-uri", test_open_uri);
  ADD ("only-web-links", test_only_web_links);
  ADD ("markup-is-literal", test_markup_is_literal);
  ADD ("replaces-content", test_replaces_content);
  g_test_add_func ("/dealscope/event-detail/lifecycle", test_lifecycle);

#undef ADD

  status = g_test_run ();
  g_assert_finalize_object (bundled);

  return status;
}
