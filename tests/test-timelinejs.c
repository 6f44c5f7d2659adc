/* test-timelinejs.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The TimelineJS importer (JSON and CSV, tests/data/timelinejs, the invalid ones listed
 * in their EXPECTED manifest), its detection by the loader, and the HTML-to-text
 * conversion of imported text.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "ds-dossier-loader.h"
#include "ds-html-text.h"
#include "ds-timelinejs-import.h"
#include "ds-validate.h"

#define REPLACEMENT "\xEF\xBF\xBD"

/* --- HTML to text ------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  const char *html;
  const char *text;
} HtmlCase;

static const HtmlCase html_cases[] = {
  { "plain", "Hello world", "Hello world" },
  { "bold-and-ampersand", "<b>x</b> & y", "x & y" },
  { "script", "a<script>alert('<b>x</b>')</script>b", "ab" },
  { "script-uppercase", "a<SCRIPT type=\"text/javascript\">x()</SCRIPT >b", "ab" },
  { "script-unclosed", "a <script>never closed, never shown", "a" },
  { "style", "<style>p { color: red }</style>text", "text" },
  { "iframe", "before<iframe src=\"https://x.example\">inside</iframe>after", "beforeafter" },
  { "javascript-link", "<a href=\"javascript:alert(1)\">click</a>", "click" },
  { "javascript-link-mixed-case", "<A HREF=\"JavaScript:x()\">j</A>", "j" },
  { "data-link", "<a href=\"data:text/html,<b>x</b>\">d</a>", "d" },
  { "relative-link", "<a href=\"/local\">local</a>", "local" },
  { "https-link", "See <a href=\"https://example.com/a?b=1&amp;c=2\">the post</a>.",
    "See the post (https://example.com/a?b=1&c=2)." },
  { "http-link-same-text", "<a href='http://example.com'>http://example.com</a>", "http://example.com" },
  { "link-without-text", "Go: <a href=\"https://example.com\"></a>", "Go: https://example.com" },
  { "link-unclosed", "<a href=\"https://example.com\">open", "open (https://example.com)" },
  { "link-attribute-with-gt", "<a title=\"a > b\" href=\"https://e.example\">x</a>", "x (https://e.example)" },
  { "entities-named", "&lt;tag&gt; &quot;q&quot; &apos;a&apos; &amp;amp;", "<tag> \"q\" 'a' &amp;" },
  { "entity-nbsp", "a&nbsp;b", "a\xC2\xA0" "b" },
  { "entities-typographic", "&ldquo;x&rdquo; &mdash; &hellip;", "\xE2\x80\x9Cx\xE2\x80\x9D \xE2\x80\x94 \xE2\x80\xA6" },
  { "entities-numeric", "&#65;&#x42;&#X43;&#8364;", "ABC\xE2\x82\xAC" },
  { "entities-invalid", "&#0;&#xD800;&#x110000;&#99999999999999999999;",
    REPLACEMENT REPLACEMENT REPLACEMENT REPLACEMENT },
  { "entity-windows-1252", "&#150;", "\xE2\x80\x93" },
  { "entity-unknown", "&bogus; &amp", "&bogus; &amp" },
  { "entity-numeric-without-semicolon", "&#65 x", "A x" },
  { "entity-not-markup", "&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>" },
  { "paragraphs", "<p>One</p><p>Two</p>", "One\n\nTwo" },
  { "line-breaks", "one<br>two<br/>three<BR />four", "one\ntwo\nthree\nfour" },
  { "line-breaks-twice", "one<br><br><br>two", "one\n\ntwo" },
  { "break-then-paragraph", "<p>one<br></p><p>two</p>", "one\n\ntwo" },
  { "blockquote", "Intro<blockquote>Quoted words</blockquote>After", "Intro\n\nQuoted words\n\nAfter" },
  { "nested", "<div><p><b><i>deep</i></b> <span>text</span></p></div>", "deep text" },
  { "unclosed-tags", "<b>bold <i>italic<p>next", "bold italic\n\nnext" },
  { "unterminated-tag", "text <b class=\"x", "text" },
  { "whitespace", "  a \n\t b   \r\n c  ", "a b c" },
  { "comment", "a<!-- <script>x</script> -->b", "ab" },
  { "comment-unclosed", "a<!-- never closed", "a" },
  { "doctype", "<!DOCTYPE html><html><body>hi</body></html>", "hi" },
  { "less-than-text", "1 < 2 and 3<4", "1 < 2 and 3<4" },
  { "list", "Items:<ul><li>one</li><li>two</li></ul>end", "Items:\n\n\xE2\x80\xA2 one\n\xE2\x80\xA2 two\n\nend" },
  { "heading", "<h1>Title</h1>Body", "Title\n\nBody" },
  { "table", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc" },
  { "image", "see <img src=x onerror=alert(1)> it", "see it" },
  { "control-characters", "a\x01" "b\x7F" "c\xC2\x85" "d", "abcd" },
  { "empty", "", "" },
  { "only-tags", "<p></p><br><div> </div>", "" },
};

static void
test_html_case (gconstpointer data)
{
  const HtmlCase *c = data;
  g_autofree char *text = ds_html_to_text (c->html, NULL);

  g_assert_cmpstr (text, ==, c->text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

static void
test_html_null (void)
{
  g_autofree char *text = ds_html_to_text (NULL, NULL);

  g_assert_cmpstr (text, ==, "");
}

static void
test_html_links (void)
{
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;

  text = ds_html_to_text ("x <a href='https://a.example'>a</a> <a href='https://a.example'>again</a> "
                          "<a href='javascript:y()'>no</a> <a href='ftp://f.example'>ftp</a> "
                          "<a href='http://b.example/p'>b</a>", links);

  g_assert_cmpstr (text, ==, "x a (https://a.example) again (https://a.example) no ftp b (http://b.example/p)");
  g_assert_cmpuint (links->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (links, 0), ==, "https://a.example");
  g_assert_cmpstr (g_ptr_array_index (links, 1), ==, "http://b.example/p");
  g_clear_pointer (&text, g_free);

  /* A target with markup in it is no link: its text alone stays. */
  text = ds_html_to_text ("<a href=\"https://e.example<script>\">x</a> "
                          "<a href='https://e.example/&lt;script&gt;'>y</a>", links);
  g_assert_cmpstr (text, ==, "x y");
  g_assert_cmpuint (links->len, ==, 2);
}

static void
test_html_invalid_utf8 (void)
{
  g_autofree char *text = ds_html_to_text ("caf\xE9 <b>ok</b> \xFF\xFE end", NULL);

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_true (g_str_has_prefix (text, "caf" REPLACEMENT " ok "));
  g_assert_true (g_str_has_suffix (text, " end"));
}

/* Random bytes and random markup: never a crash, always valid UTF-8, never a tag. */
static void
test_html_random (void)
{
  static const char * const pieces[] = {
    "<", ">", "&", ";", "#", "x", "<p>", "</p>", "<script>", "</script>", "<a href=\"",
    "https://e.example", "javascript:", "\"", "'", "<br>", "&#", "&amp;", "\xC3", "\xA9",
    "\xFF", " ", "\n", "<!--", "-->", "é", "</a>", "<iframe>", "=",
  };

  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr(GString) html = g_string_new (NULL);
      g_autofree char *text = NULL;
      guint n = g_test_rand_int_range (0, 40);

      for (guint i = 0; i < n; i++)
        {
          if (g_test_rand_bit ())
            g_string_append (html, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);
          else
            g_string_append_c (html, (char)g_test_rand_int_range (1, 256));
        }

      text = ds_html_to_text (html->str, NULL);
      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_assert_null (strstr (text, "<script"));
      g_assert_null (strstr (text, "<p>"));
      g_assert_false (g_str_has_prefix (text, " ") || g_str_has_suffix (text, " "));
      g_assert_false (g_str_has_prefix (text, "\n") || g_str_has_suffix (text, "\n"));
    }
}

/* --- Helpers ------------------------------------------------------------------------ */

static char *
data_file (const char *name)
{
  return g_build_filename (TEST_DATA_DIR, "timelinejs", name, NULL);
}

static void
log_problems (GPtrArray  *problems,
              const char *name)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = ds_problem_to_string (g_ptr_array_index (problems, i), name);

      g_test_message ("%s", line);
    }
}

static DsDossier *
load (const char  *name,
      GPtrArray  **problems,
      GError     **error)
{
  g_autofree char *path = data_file (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  DsDossier *dossier = ds_dossier_load_file (file, problems, NULL, error);

  log_problems (*problems, name);

  return dossier;
}

static DsDossier *
load_valid (const char  *name,
            GPtrArray  **problems_out)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  DsDossier *dossier = load (name, &problems, &error);

  g_assert_no_error (error);
  g_assert_true (DS_IS_DOSSIER (dossier));
  g_assert_cmpuint (ds_problems_count (problems, DS_PROBLEM_ERROR), ==, 0);
  if (problems_out != NULL)
    *problems_out = g_steal_pointer (&problems);
  else
    g_assert_cmpuint (problems->len, ==, 0);

  return dossier;
}

static DsDossier *
load_string (const char  *text,
             GPtrArray  **problems,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  DsDossier *dossier = ds_dossier_load_bytes (bytes, problems, NULL, error);

  log_problems (*problems, "<memory>");

  return dossier;
}

static DsEvent *
event_at (DsDossier *dossier,
          guint      index)
{
  g_autoptr(DsEvent) event = g_list_model_get_item (ds_dossier_get_events (dossier), index);

  g_assert_nonnull (event);
  return event; /* the dossier keeps it alive */
}

static void
assert_date (const DsDate *date,
             const char   *expected)
{
  g_autofree char *text = NULL;

  if (expected == NULL)
    {
      g_assert_null (date);
      return;
    }
  g_assert_nonnull (date);
  text = ds_date_to_string (date);
  g_assert_cmpstr (text, ==, expected);
}

static void
assert_actors (DsEvent    *event,
               const char *expected)
{
  g_autofree char *joined = g_strjoinv (",", (char **)ds_event_get_actors (event));

  g_assert_cmpstr (joined, ==, expected);
}

static void
assert_source (DsEvent    *event,
               const char *publication,
               const char *url,
               const char *title)
{
  const DsSource *source;

  if (publication == NULL)
    {
      g_assert_cmpuint (ds_event_get_n_sources (event), ==, 0);
      return;
    }
  g_assert_cmpuint (ds_event_get_n_sources (event), ==, 1);
  source = ds_event_get_source (event, 0);
  g_assert_cmpstr (source->publication, ==, publication);
  g_assert_cmpstr (source->url, ==, url);
  g_assert_false (source->has_date);
  if (title == NULL)
    g_assert_null (source->title);
  else
    g_assert_cmpstr (ds_text_get (source->title), ==, title);
}

static void
assert_sorted (DsDossier *dossier)
{
  GListModel *events = ds_dossier_get_events (dossier);

  for (guint i = 1; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DsEvent) a = g_list_model_get_item (events, i - 1);
      g_autoptr(DsEvent) b = g_list_model_get_item (events, i);

      g_assert_cmpint (ds_date_compare (ds_event_get_date (a), ds_event_get_date (b)), <=, 0);
    }
}

static const DsProblem *
find_problem (GPtrArray         *problems,
              DsProblemSeverity  severity,
              const char        *path,
              const char        *message)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      const DsProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity == severity && g_str_equal (problem->path, path) &&
          strstr (problem->message, message) != NULL)
        return problem;
    }

  return NULL;
}

/* --- JSON --------------------------------------------------------------------------- */

static void
test_json_all_fields (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(DsDossier) dossier = load_valid ("all-fields.json", &problems);
  GListModel *actors = ds_dossier_get_actors (dossier);
  GListModel *phases = ds_dossier_get_phases (dossier);
  const DsProblem *problem;
  DsEvent *event;
  g_autoptr(DsActor) actor = NULL;
  g_autoptr(DsPhase) phase = NULL;

  /* The title slide */
  g_assert_cmpstr (ds_dossier_get_id (dossier), ==, "the-acme-beta-story");
  g_assert_cmpstr (ds_dossier_get_title (dossier), ==, "The Acme & Beta story");
  g_assert_cmpstr (ds_dossier_get_summary (dossier), ==, "How two start-ups raised money.\n\nSecond paragraph.");

  /* A duplicate unique_id is a warning, placed, and the event gets another id. */
  g_assert_cmpuint (problems->len, ==, 1);
  problem = find_problem (problems, DS_PROBLEM_WARNING, "events[1].unique_id", "duplicate unique_id \"acme-seed\"");
  g_assert_nonnull (problem);
  g_assert_cmpuint (problem->line, ==, 34);
  g_assert_cmpuint (problem->column, >, 0);
  g_assert_nonnull (strstr (problem->message, "events[0].unique_id"));

  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_events (dossier)), ==, 5);
  assert_sorted (dossier);

  event = event_at (dossier, 0);
  g_assert_cmpstr (ds_event_get_id (event), ==, "event-2");
  assert_date (ds_event_get_date (event), "2024");
  assert_date (ds_event_get_end (event), NULL);
  g_assert_cmpstr (ds_event_get_title (event), ==, "Beta is founded");
  g_assert_cmpstr (ds_event_get_summary (event), ==, "");
  assert_actors (event, "beta-inc");
  assert_source (event, NULL, NULL, NULL);

  event = event_at (dossier, 1);
  g_assert_cmpstr (ds_event_get_id (event), ==, "event-3-2");
  assert_date (ds_event_get_date (event), "2025-03");
  g_assert_cmpstr (ds_event_get_title (event), ==, "No headline here, only text that goes on…");
  g_assert_cmpstr (ds_event_get_summary (event), ==,
                   "No headline here, only text that goes on for quite a while longer than forty characters.");
  assert_actors (event, "acme");
  assert_source (event, "Caption only", NULL, NULL);

  event = event_at (dossier, 2);
  g_assert_cmpstr (ds_event_get_id (event), ==, "acme-seed");
  assert_date (ds_event_get_date (event), "2025-09-22");
  assert_date (ds_event_get_end (event), "2025-10");
  g_assert_cmpstr (ds_event_get_title (event), ==, "Acme raises a seed round");
  g_assert_cmpstr (ds_event_get_summary (event), ==,
                   "Acme raised $3M.\n\nSee this and the post (https://example.com/acme).");
  g_assert_cmpint (ds_event_get_kind (event), ==, DS_EVENT_MILESTONE);
  g_assert_cmpint (ds_event_get_status (event), ==, DS_STATUS_CONFIRMED);
  assert_actors (event, "acme");
  assert_source (event, "Example News", "https://news.example.com/acme-seed", "The announcement");
  g_assert_null (ds_event_get_phase (event));
  g_assert_cmpuint (g_strv_length ((char **)ds_event_get_tags (event)), ==, 0);

  event = event_at (dossier, 3);
  g_assert_cmpstr (ds_event_get_id (event), ==, "not-a-valid-id");
  assert_date (ds_event_get_date (event), "2026");
  g_assert_cmpstr (ds_event_get_title (event), ==, "Untitled event");
  assert_actors (event, "");
  assert_source (event, "Wire", NULL, NULL);

  event = event_at (dossier, 4);
  g_assert_cmpstr (ds_event_get_id (event), ==, "event-3");
  assert_date (ds_event_get_date (event), "2026-01-05");
  g_assert_cmpstr (ds_event_get_title (event), ==, "Untitled event");
  assert_actors (event, "beta-inc-2");
  assert_source (event, "wire.example.org", "http://www.wire.example.org/story", NULL);

  /* One actor per distinct group, in order of appearance */
  g_assert_cmpuint (g_list_model_get_n_items (actors), ==, 3);
  actor = g_list_model_get_item (actors, 0);
  g_assert_cmpstr (ds_actor_get_id (actor), ==, "acme");
  g_assert_cmpstr (ds_actor_get_name (actor), ==, "Acme");
  g_assert_cmpint (ds_actor_get_kind (actor), ==, DS_ACTOR_COMPANY);
  g_assert_cmpstr (ds_actor_get_name (ds_dossier_lookup_actor (dossier, "beta-inc")), ==, "Beta Inc.");
  g_assert_cmpstr (ds_actor_get_name (ds_dossier_lookup_actor (dossier, "beta-inc-2")), ==, "Beta, Inc");

  /* Eras */
  g_assert_cmpuint (g_list_model_get_n_items (phases), ==, 2);
  phase = g_list_model_get_item (phases, 0);
  g_assert_cmpstr (ds_phase_get_id (phase), ==, "era-1");
  g_assert_cmpstr (ds_phase_get_title (phase), ==, "Early days");
  assert_date (ds_phase_get_start (phase), "2024");
  assert_date (ds_phase_get_end (phase), "2025-06");
  g_clear_object (&phase);
  phase = g_list_model_get_item (phases, 1);
  g_assert_cmpstr (ds_phase_get_id (phase), ==, "era-2");
  g_assert_cmpstr (ds_phase_get_title (phase), ==, "After");
  assert_date (ds_phase_get_start (phase), "2025-07");
  assert_date (ds_phase_get_end (phase), NULL);
}

static void
test_json_strings (void)
{
  g_autoptr(DsDossier) dossier = load_valid ("strings.json", NULL);
  DsEvent *event;

  /* No headline on the title slide: id and title from the file name */
  g_assert_cmpstr (ds_dossier_get_id (dossier), ==, "strings");
  g_assert_cmpstr (ds_dossier_get_title (dossier), ==, "strings");
  g_assert_cmpstr (ds_dossier_get_summary (dossier), ==, "Only a summary: the title comes from the file name.");

  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_events (dossier)), ==, 4);
  assert_sorted (dossier);

  event = event_at (dossier, 0);
  g_assert_cmpstr (ds_event_get_title (event), ==, "Ides of March");
  assert_date (ds_event_get_date (event), "-0044-03-15");

  event = event_at (dossier, 1);
  g_assert_cmpstr (ds_event_get_title (event), ==, "Year zero");
  assert_date (ds_event_get_date (event), "0000");

  event = event_at (dossier, 2);
  g_assert_cmpstr (ds_event_get_id (event), ==, "event-1");
  assert_date (ds_event_get_date (event), "2025-07-04");
  assert_date (ds_event_get_end (event), "2025-07-31");

  event = event_at (dossier, 3);
  g_assert_cmpstr (ds_event_get_title (event), ==, "Doubles that are whole");
  assert_date (ds_event_get_date (event), "2025-08");
}

static void
test_json_minimal (void)
{
  g_autoptr(DsDossier) dossier = load_valid ("minimal.json", NULL);
  DsEvent *event = NULL;

  g_assert_cmpstr (ds_dossier_get_id (dossier), ==, "minimal");
  g_assert_cmpstr (ds_dossier_get_title (dossier), ==, "minimal");
  g_assert_cmpstr (ds_dossier_get_summary (dossier), ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_actors (dossier)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_phases (dossier)), ==, 0);

  event = event_at (dossier, 0);
  g_assert_cmpstr (ds_event_get_id (event), ==, "event-1");
  assert_date (ds_event_get_date (event), "1969");
  g_assert_cmpstr (ds_event_get_title (event), ==, "Moon landing");
}

/* Years far outside 1..9999 load, sort and format without GDateTime. */
static void
test_cosmological (void)
{
  static const char * const expected[][2] = {
    { "-13800000000", "The Big Bang" },
    { "-4540000000", "The Earth forms" },
    { "-66000000", "The dinosaurs go" },
    { "-300000", "Homo sapiens" },
    { "2025", "Nvidia and OpenAI" },
  };
  g_autoptr(DsDossier) dossier = load_valid ("cosmological.json", NULL);
  GListModel *events = ds_dossier_get_events (dossier);
  g_autoptr(DsPhase) phase = NULL;

  g_assert_cmpstr (ds_dossier_get_id (dossier), ==, "from-the-big-bang-to-the-ai-boom");
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, G_N_ELEMENTS (expected));
  assert_sorted (dossier);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      DsEvent *event = event_at (dossier, i);
      g_autofree char *shown = ds_date_format (ds_event_get_date (event));

      /* The cosmological scale keeps years only, whatever the month and day say. */
      assert_date (ds_event_get_date (event), expected[i][0]);
      g_assert_cmpstr (ds_event_get_title (event), ==, expected[i][1]);
      g_assert_true (shown != NULL && *shown != '\0');
      g_assert_cmpint (ds_date_get_first_day (ds_event_get_date (event)), <=,
                       ds_date_get_last_day (ds_event_get_date (event)));
    }
  assert_date (ds_event_get_end (event_at (dossier, 1)), "-4500000000");

  phase = g_list_model_get_item (ds_dossier_get_phases (dossier), 0);
  assert_date (ds_phase_get_start (phase), "-13800000000");
  assert_date (ds_phase_get_end (phase), "-4540000000");
}

static void
test_cosmological_limits (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;

  dossier = load_string ("{\"scale\": \"cosmological\", \"events\": ["
                         "{\"start_date\": {\"year\": -100000000000}},"
                         "{\"start_date\": {\"year\": \"100000000000\"}},"
                         "{\"start_date\": {\"year\": -9007199254740992}}]}",
                         &problems, &error);
  g_assert_null (dossier);
  g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (find_problem (problems, DS_PROBLEM_ERROR, "events[2].start_date.year",
                                  "year is out of range, found -9007199254740992"));
}

/* --- CSV ---------------------------------------------------------------------------- */

static void
test_csv_all_columns (void)
{
  g_autoptr(DsDossier) dossier = load_valid ("timeline.csv", NULL);
  g_autoptr(DsPhase) phase = NULL;
  DsEvent *event;

  g_assert_cmpstr (ds_dossier_get_id (dossier), ==, "funding-in-quotes");
  g_assert_cmpstr (ds_dossier_get_title (dossier), ==, "Funding, in \"quotes\"");
  g_assert_cmpstr (ds_dossier_get_summary (dossier), ==, "A story told over two lines.");

  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_events (dossier)), ==, 3);
  assert_sorted (dossier);

  event = event_at (dossier, 0);
  g_assert_cmpstr (ds_event_get_id (event), ==, "event-2");
  assert_date (ds_event_get_date (event), "2024");
  g_assert_cmpstr (ds_event_get_title (event), ==, "Beta is founded");
  assert_actors (event, "beta");
  assert_source (event, NULL, NULL, NULL);

  event = event_at (dossier, 1);
  g_assert_cmpstr (ds_event_get_id (event), ==, "event-1");
  assert_date (ds_event_get_date (event), "2025-09-22");
  assert_date (ds_event_get_end (event), "2025-10");
  g_assert_cmpstr (ds_event_get_title (event), ==, "Acme raises $3M, led by \"Big VC\"");
  g_assert_cmpstr (ds_event_get_summary (event), ==,
                   "First paragraph, with a comma.\n\nSecond \"quoted\" paragraph.");
  g_assert_cmpint (ds_event_get_kind (event), ==, DS_EVENT_MILESTONE);
  g_assert_cmpint (ds_event_get_status (event), ==, DS_STATUS_CONFIRMED);
  assert_actors (event, "acme");
  assert_source (event, "Example News, Inc.", "https://news.example.com/acme", "The \"deal\"");

  event = event_at (dossier, 2);
  g_assert_cmpstr (ds_event_get_id (event), ==, "event-3");
  assert_date (ds_event_get_date (event), "2026-01");
  g_assert_cmpstr (ds_event_get_title (event), ==, "Quoted headline");
  g_assert_cmpstr (ds_event_get_summary (event), ==, "click more (https://example.org/x)");
  assert_actors (event, "acme");
  assert_source (event, "Wire caption", NULL, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_actors (dossier)), ==, 2);
  g_assert_nonnull (ds_dossier_lookup_actor (dossier, "acme"));
  g_assert_nonnull (ds_dossier_lookup_actor (dossier, "beta"));

  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_phases (dossier)), ==, 2);
  phase = g_list_model_get_item (ds_dossier_get_phases (dossier), 0);
  g_assert_cmpstr (ds_phase_get_title (phase), ==, "Early days");
  assert_date (ds_phase_get_start (phase), "2024");
  assert_date (ds_phase_get_end (phase), "2025-06");
  g_clear_object (&phase);
  phase = g_list_model_get_item (ds_dossier_get_phases (dossier), 1);
  g_assert_cmpstr (ds_phase_get_title (phase), ==, "Later");
  assert_date (ds_phase_get_start (phase), "2025-07");
  assert_date (ds_phase_get_end (phase), NULL);
}

/* RFC 4180 corners, in memory: CRLF, an empty last field, quotes and commas. */
static void
test_csv_quoting (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;
  DsEvent *event;

  dossier = load_string ("\"Year\",\"Headline\",\"Text\",Group\r\n"
                         "2025,\"a,b\",\"\"\"\",\r\n"
                         "2024,\"line\r\nbreak\",\"\",\"G, \"\"one\"\"\"\r\n"
                         "2023,plain \"inner\" quotes,,\r\n",
                         &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpstr (ds_dossier_get_id (dossier), ==, "timeline");
  g_assert_cmpstr (ds_dossier_get_title (dossier), ==, "Untitled timeline");

  event = event_at (dossier, 0);
  g_assert_cmpstr (ds_event_get_title (event), ==, "plain \"inner\" quotes");
  event = event_at (dossier, 1);
  g_assert_cmpstr (ds_event_get_title (event), ==, "line break");
  assert_actors (event, "g-one");
  g_assert_cmpstr (ds_actor_get_name (ds_dossier_lookup_actor (dossier, "g-one")), ==, "G, \"one\"");
  event = event_at (dossier, 2);
  g_assert_cmpstr (ds_event_get_title (event), ==, "a,b");
  g_assert_cmpstr (ds_event_get_summary (event), ==, "\"");
}

static void
test_csv_warnings (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;
  const DsProblem *problem;

  dossier = load_string ("Year,Headline,Type,Notes\n"
                         ",First title,title,\n"
                         ",Second title,title,x\n"
                         "\"2,025\",Thousands,,\n",
                         &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_dossier_get_title (dossier), ==, "First title");
  assert_date (ds_event_get_date (event_at (dossier, 0)), "2025");

  g_assert_cmpuint (problems->len, ==, 2);
  problem = find_problem (problems, DS_PROBLEM_WARNING, "Notes", "unknown column \"Notes\" (ignored)");
  g_assert_nonnull (problem);
  g_assert_cmpuint (problem->line, ==, 1);
  g_assert_cmpuint (problem->column, ==, 4);
  problem = find_problem (problems, DS_PROBLEM_WARNING, "Type", "only the first title row is used");
  g_assert_nonnull (problem);
  g_assert_cmpuint (problem->line, ==, 3);
  g_assert_cmpuint (problem->column, ==, 3);
}

/* --- Invalid files ------------------------------------------------------------------ */

typedef struct
{
  char *file;
  char *path;
  char *message;
  char *line;
  char *column;
} Expectation;

static void
expectation_free (gpointer data)
{
  Expectation *e = data;

  g_free (e->file);
  g_free (e->path);
  g_free (e->message);
  g_free (e->line);
  g_free (e->column);
  g_free (e);
}

static GPtrArray *
read_manifest (void)
{
  g_autofree char *path = data_file ("invalid/EXPECTED");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *expectations = g_ptr_array_new_with_free_func (expectation_free);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      Expectation *e;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (fields), ==, 5);

      e = g_new0 (Expectation, 1);
      e->file = g_strdup (fields[0]);
      e->path = g_strdup (strcmp (fields[1], "-") == 0 ? "" : fields[1]);
      e->message = g_strdup (fields[2]);
      e->line = g_strdup (fields[3]);
      e->column = g_strdup (fields[4]);
      g_ptr_array_add (expectations, e);
    }

  return expectations;
}

static void
test_invalid_file (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GPtrArray) expectations = read_manifest ();
  g_autofree char *file = g_build_filename ("invalid", name, NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = load (file, &problems, &error);
  guint n_checked = 0;

  g_assert_null (dossier);
  g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID);

  for (guint i = 0; i < expectations->len; i++)
    {
      const Expectation *e = g_ptr_array_index (expectations, i);
      const DsProblem *problem;

      if (strcmp (e->file, name) != 0)
        continue;
      n_checked++;

      problem = find_problem (problems, DS_PROBLEM_ERROR, e->path, e->message);
      if (problem == NULL)
        g_error ("%s: no error at \"%s\" saying \"%s\"", name, e->path, e->message);
      if (strcmp (e->line, "-") == 0)
        g_assert_cmpuint (problem->line, ==, 0);
      else
        g_assert_cmpuint (problem->line, ==, g_ascii_strtoull (e->line, NULL, 10));
      if (strcmp (e->column, "-") != 0)
        g_assert_cmpuint (problem->column, ==, g_ascii_strtoull (e->column, NULL, 10));
    }
  g_assert_cmpuint (n_checked, >, 0);

  /* Every problem with a path says where it is. */
  for (guint i = 0; i < problems->len; i++)
    {
      const DsProblem *problem = g_ptr_array_index (problems, i);

      if (problem->path[0] != '\0')
        g_assert_cmpuint (problem->line, >, 0);
    }
}

static void
test_many_errors (void)
{
  g_autoptr(GString) json = g_string_new ("{\"events\": [\n");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;
  const DsProblem *last;

  for (guint i = 0; i < 150; i++)
    g_string_append_printf (json, "%s{\"start_date\": {\"year\": \"year %u\"}}\n", i ? "," : "", i);
  g_string_append (json, "]}");

  dossier = load_string (json->str, &problems, &error);
  g_assert_null (dossier);
  g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID);
  g_assert_cmpuint (problems->len, ==, 101);
  last = g_ptr_array_index (problems, 100);
  g_assert_cmpstr (last->message, ==, "50 more errors not shown");
  g_assert_cmpuint (((DsProblem *)g_ptr_array_index (problems, 0))->line, ==, 2);
  g_assert_cmpuint (((DsProblem *)g_ptr_array_index (problems, 99))->line, ==, 101);
}

/* --- Detection ---------------------------------------------------------------------- */

static void
test_detect_txt_json (void)
{
  g_autoptr(DsDossier) dossier = load_valid ("timelinejs.txt", NULL);

  g_assert_cmpstr (ds_dossier_get_title (dossier), ==, "A text file");
  g_assert_cmpstr (ds_event_get_title (event_at (dossier, 0)), ==, "Plain text extension");
}

static void
test_detect_json_csv (void)
{
  g_autoptr(DsDossier) dossier = load_valid ("timeline-csv.json", NULL);

  /* Columns in any order; the title comes from the file name. */
  g_assert_cmpstr (ds_dossier_get_id (dossier), ==, "timeline-csv");
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_events (dossier)), ==, 2);
  assert_date (ds_event_get_date (event_at (dossier, 0)), "2023");
  g_assert_cmpstr (ds_event_get_title (event_at (dossier, 1)), ==, "Only two events");
  g_assert_cmpstr (ds_event_get_summary (event_at (dossier, 1)), ==, "bold");
}

static void
test_detect_bytes (void)
{
  static const char * const timelines[] = {
    "{\"events\": [{\"start_date\": {\"year\": 2020}}]}",
    "  {\"title\": {\"text\": {\"headline\": \"T\"}}, \"events\": [{\"start_date\": {\"year\": 2020}}]}",
    "\xEF\xBB\xBFYear,Headline\n2020,x\n",
    "Group, Year ,\"Headline\"\n,2020,x",
  };

  for (guint i = 0; i < G_N_ELEMENTS (timelines); i++)
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(DsDossier) dossier = load_string (timelines[i], &problems, &error);

      g_assert_no_error (error);
      assert_date (ds_event_get_date (event_at (dossier, 0)), "2020");
    }
}

/* What is not TimelineJS keeps the Dealscope errors. */
static void
test_detect_dealscope (void)
{
  static const struct
  {
    const char *text;
    const char *path;
    const char *message;
  } cases[] = {
    { "{\"format\": \"dealscope/1\", \"events\": [{\"start_date\": {\"year\": 2020}}]}", "", "missing required key \"id\"" },
    { "{\"id\": \"x\", \"events\": [{\"date\": \"2020\"}]}", "", "missing required key \"format\"" },
    { "{\"title\": {\"en\": \"x\"}, \"events\": []}", "", "missing required key \"format\"" },
    { "[{\"start_date\": {\"year\": 2020}}]", "", "expected a dossier (a JSON object), found an array" },
    { "Year;Headline\n2020;x\n", "", "invalid JSON" },
    { "\xEF\xBB\xBF{\"events\": [{\"start_date\": {\"year\": 2020}}]}", "", "byte-order mark" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(DsDossier) dossier = load_string (cases[i].text, &problems, &error);

      g_assert_null (dossier);
      g_assert_error (error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID);
      g_assert_nonnull (find_problem (problems, DS_PROBLEM_ERROR, cases[i].path, cases[i].message));
    }
}

static void
load_async_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  DsDossier **dossier = user_data;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  *dossier = ds_dossier_load_file_finish (result, &problems, &error);
  g_assert_no_error (error);
}

/* The window opens files with the asynchronous loader. */
static void
test_detect_async (void)
{
  g_autofree char *path = data_file ("timeline.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(DsDossier) dossier = NULL;

  ds_dossier_load_file_async (file, NULL, NULL, NULL, NULL, load_async_cb, &dossier);
  while (dossier == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (ds_dossier_get_id (dossier), ==, "funding-in-quotes");
  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_events (dossier)), ==, 3);
}

/* `dealscope --validate` goes through the loader: TimelineJS files validate. */
static void
test_validate (void)
{
  g_autofree char *csv = data_file ("timeline.csv");
  g_autofree char *json = data_file ("all-fields.json");
  g_autofree char *bad = data_file ("invalid/event-month-13.json");
  const char *good_paths[] = { csv, json, NULL };
  const char *bad_paths[] = { bad, NULL };
  g_autofree char *out_text = NULL, *err_text = NULL, *expected = NULL;
  gsize out_size = 0, err_size = 0;
  FILE *out, *err;
  int status;

  out = open_memstream (&out_text, &out_size);
  err = open_memstream (&err_text, &err_size);
  status = ds_validate_files (good_paths, out, err);
  fclose (out);
  fclose (err);
  g_assert_cmpint (status, ==, 0);
  expected = g_strdup_printf ("%s: ok (3 events, 0 series, 0 takeaways)\n"
                              "%s: ok (5 events, 0 series, 0 takeaways)\n", csv, json);
  g_assert_cmpstr (out_text, ==, expected);
  g_assert_true (g_str_has_prefix (err_text, json));
  g_assert_nonnull (strstr (err_text, ":34:20: "));
  g_assert_nonnull (strstr (err_text, "warning: events[1].unique_id: duplicate unique_id"));

  g_clear_pointer (&out_text, g_free);
  g_clear_pointer (&err_text, g_free);
  g_clear_pointer (&expected, g_free);
  out = open_memstream (&out_text, &out_size);
  err = open_memstream (&err_text, &err_size);
  status = ds_validate_files (bad_paths, out, err);
  fclose (out);
  fclose (err);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (out_text, ==, "");
  expected = g_strdup_printf ("%s:7:30: events[2].start_date.month: months run from 01 to 12, found 13\n", bad);
  g_assert_cmpstr (err_text, ==, expected);
}

/* --- Ids ---------------------------------------------------------------------------- */

static void
test_ids_deduplicated (void)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DsDossier) dossier = NULL;
  GListModel *events;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  dossier = load_string ("{\"title\": {\"text\": {\"headline\": \"Été 2025 — ça bouge\"}},\n"
                         " \"events\": [\n"
                         "  {\"start_date\": {\"year\": 2025}, \"unique_id\": \"a\", \"group\": \"X Y\"},\n"
                         "  {\"start_date\": {\"year\": 2025}, \"unique_id\": \"a\", \"group\": \"x-y\"},\n"
                         "  {\"start_date\": {\"year\": 2025}, \"unique_id\": \"event-2\", \"group\": \"X Y\"},\n"
                         "  {\"start_date\": {\"year\": 2025}, \"unique_id\": \"\", \"group\": \"日本\"},\n"
                         "  {\"start_date\": {\"year\": 2025}, \"group\": \"  \"}\n"
                         " ]}",
                         &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ds_dossier_get_id (dossier), ==, "ete-2025-ca-bouge");

  events = ds_dossier_get_events (dossier);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      const char *id = ds_event_get_id (event_at (dossier, i));

      g_assert_false (g_hash_table_contains (seen, id));
      g_hash_table_add (seen, (gpointer)id);
      g_assert_nonnull (ds_dossier_lookup_event (dossier, id));
    }
  g_assert_true (g_hash_table_contains (seen, "a"));
  g_assert_true (g_hash_table_contains (seen, "event-2"));
  g_assert_true (g_hash_table_contains (seen, "event-2-2"));
  g_assert_true (g_hash_table_contains (seen, "event-4"));
  g_assert_true (g_hash_table_contains (seen, "event-5"));
  g_assert_nonnull (find_problem (problems, DS_PROBLEM_WARNING, "events[1].unique_id", "duplicate unique_id"));

  g_assert_cmpuint (g_list_model_get_n_items (ds_dossier_get_actors (dossier)), ==, 3);
  g_assert_cmpstr (ds_actor_get_name (ds_dossier_lookup_actor (dossier, "x-y")), ==, "X Y");
  g_assert_cmpstr (ds_actor_get_name (ds_dossier_lookup_actor (dossier, "x-y-2")), ==, "x-y");
  g_assert_nonnull (ds_dossier_lookup_actor (dossier, "group"));
}

static void
test_normalize_integer (void)
{
  static const char * const cases[][2] = {
    { "2025", "2025" }, { " 2025 ", "2025" }, { "+7", "7" }, { "-0044", "-44" },
    { "-0", "0" }, { "000", "0" }, { "-13,800,000,000", "-13800000000" }, { "1,000", "1000" },
    { "1,00", NULL }, { "12,3456", NULL }, { ",123", NULL }, { "1,", NULL }, { "", NULL },
    { "-", NULL }, { "20 25", NULL }, { "2025.0", NULL }, { "0x10", NULL }, { "١٢", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalized = ds_timeline_normalize_integer (cases[i][0]);

      g_assert_cmpstr (normalized, ==, cases[i][1]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) expectations = NULL;
  g_autoptr(GHashTable) files = g_hash_table_new (g_str_hash, g_str_equal);

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (html_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/dealscope/html-text/%s", html_cases[i].name);
      g_test_add_data_func (path, &html_cases[i], test_html_case);
    }
  g_test_add_func ("/dealscope/html-text/null", test_html_null);
  g_test_add_func ("/dealscope/html-text/links", test_html_links);
  g_test_add_func ("/dealscope/html-text/invalid-utf8", test_html_invalid_utf8);
  g_test_add_func ("/dealscope/html-text/random", test_html_random);

  g_test_add_func ("/dealscope/timelinejs/json-all-fields", test_json_all_fields);
  g_test_add_func ("/dealscope/timelinejs/json-strings", test_json_strings);
  g_test_add_func ("/dealscope/timelinejs/json-minimal", test_json_minimal);
  g_test_add_func ("/dealscope/timelinejs/cosmological", test_cosmological);
  g_test_add_func ("/dealscope/timelinejs/cosmological-limits", test_cosmological_limits);
  g_test_add_func ("/dealscope/timelinejs/csv-all-columns", test_csv_all_columns);
  g_test_add_func ("/dealscope/timelinejs/csv-quoting", test_csv_quoting);
  g_test_add_func ("/dealscope/timelinejs/csv-warnings", test_csv_warnings);
  g_test_add_func ("/dealscope/timelinejs/many-errors", test_many_errors);
  g_test_add_func ("/dealscope/timelinejs/detect-txt-json", test_detect_txt_json);
  g_test_add_func ("/dealscope/timelinejs/detect-json-csv", test_detect_json_csv);
  g_test_add_func ("/dealscope/timelinejs/detect-bytes", test_detect_bytes);
  g_test_add_func ("/dealscope/timelinejs/detect-dealscope", test_detect_dealscope);
  g_test_add_func ("/dealscope/timelinejs/detect-async", test_detect_async);
  g_test_add_func ("/dealscope/timelinejs/validate", test_validate);
  g_test_add_func ("/dealscope/timelinejs/ids-deduplicated", test_ids_deduplicated);
  g_test_add_func ("/dealscope/timelinejs/normalize-integer", test_normalize_integer);

  /* One case per invalid file of the manifest; the names live as long as the tests. */
  expectations = read_manifest ();
  for (guint i = 0; i < expectations->len; i++)
    {
      const Expectation *e = g_ptr_array_index (expectations, i);
      g_autofree char *path = NULL;

      if (g_hash_table_contains (files, e->file))
        continue;
      g_hash_table_add (files, e->file);
      path = g_strdup_printf ("/dealscope/timelinejs/invalid/%s", e->file);
      g_test_add_data_func (path, e->file, test_invalid_file);
    }

  return g_test_run ();
}
