/* test-event-query.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ds-dossier-loader.h"
#include "ds-event-filter.h"
#include "ds-event-query.h"

#include "ds-test-data.h"

/* Events of the bundled dossier (data/dossiers/nvidia-openai.json). */
#define REBUTTAL   "huang-nonsense"          /* 31 Jan 2026, denial, confirmed */
#define WSJ_REPORT "wsj-on-ice"              /* 30 Jan 2026, report, reported */
#define ORACLE     "oracle-openai-300b"      /* WSJ report of the Oracle contract */
#define INTEL      "nvidia-intel-5b"         /* Nvidia, no Huang */

static DsDossier *bundled;

static DsEvent *
event (const char *id)
{
  DsEvent *found = ds_dossier_lookup_event (bundled, id);

  g_assert_nonnull (found);

  return found;
}

static guint
count_matches (DsEventQuery *query)
{
  GListModel *events = ds_dossier_get_events (bundled);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DsEvent) item = g_list_model_get_item (events, i);
      n += ds_event_query_matches (query, item);
    }

  return n;
}

static guint
n_events (void)
{
  return g_list_model_get_n_items (ds_dossier_get_events (bundled));
}

static void
count_cb (DsEventQuery *query,
          guint        *count)
{
  (*count)++;
}

/* --- Normalization -------------------------------------------------------------------- */

typedef struct
{
  const char *input;
  const char *expected;
} NormalizeCase;

static const NormalizeCase normalize_cases[] = {
  { "Économie  NONSENS", "economie nonsens" },
  { "Huang", "huang" },
  { "NONSENSE", "nonsense" },
  { "naïve café à Taïpei", "naive cafe a taipei" },
  { "Ångström Øresund Łódź", "angstrom oresund lodz" },
  { "ŒUVRE cœur Æsop", "oeuvre coeur aesop" },
  { "ﬁnance ﬂux", "finance flux" },
  { "Straße", "strasse" },
  { "ＡＢＣ１２３", "abc123" },
  { "İstanbul", "istanbul" },
  { "  leading and trailing  ", "leading and trailing" },
  { "tab\tnew\nline\r\nreturn", "tab new line return" },
  { "100\u00a0Md$ \u202f«\u202fabsurde\u202f»", "100 md$ « absurde »" },
  { "C’est l’absurde", "c'est l'absurde" },
  { "non‐binding — “deal”", "non-binding - \"deal\"" },
  { "e\u0301te\u0301", "ete" },
  { "", "" },
  { " \t\n ", "" },
};

static void
test_normalize (gconstpointer data)
{
  const NormalizeCase *c = data;
  g_autofree char *normalized = ds_normalize_for_search (c->input);

  g_assert_cmpstr (normalized, ==, c->expected);
}

static void
test_normalize_null_and_invalid (void)
{
  g_autofree char *from_null = ds_normalize_for_search (NULL);
  g_autofree char *from_invalid = ds_normalize_for_search ("ok\xff" "BAD");

  g_assert_cmpstr (from_null, ==, "");
  g_assert_true (g_utf8_validate (from_invalid, -1, NULL));
  g_assert_true (g_str_has_prefix (from_invalid, "ok"));
  g_assert_true (g_str_has_suffix (from_invalid, "bad"));
}

/* --- Searching the bundled dossier ---------------------------------------------------- */

typedef struct
{
  const char *text;
  const char *event_id;
  gboolean    matches;
} SearchCase;

static const SearchCase search_cases[] = {
  { "Huang", REBUTTAL, TRUE },
  { "nonsens", REBUTTAL, TRUE },
  { "NONSENSE", REBUTTAL, TRUE },
  { "  nonsense   HUANG ", REBUTTAL, TRUE },
  { "nvidia huang", REBUTTAL, TRUE },
  { "nvidia huang", WSJ_REPORT, TRUE },
  { "nvidia huang", INTEL, FALSE },
  { "Jensen", REBUTTAL, TRUE },                      /* an actor's name, not in the text */
  { "taïpei", REBUTTAL, TRUE },
  { "TAIPEI", REBUTTAL, TRUE },
  { "absurdes", REBUTTAL, TRUE },                    /* the French title */
  { "c'est absurde", REBUTTAL, TRUE },               /* the French quote only */
  { "that's nonsense", REBUTTAL, TRUE },             /* the English quote */
  { "bloomberg", REBUTTAL, TRUE },                   /* a source */
  { "rebuttal", REBUTTAL, TRUE },                    /* a tag */
  { "wall street journal", WSJ_REPORT, TRUE },
  { "Wall  Street\tJOURNAL", ORACLE, TRUE },
  { "quarterly results", ORACLE, TRUE },             /* a source publication only */
  { "contract value over about five years", ORACLE, TRUE },   /* the amount label */
  { "valeur du contrat", ORACLE, TRUE },             /* its French translation */
  { "$300B", ORACLE, TRUE },                         /* the formatted amount */
  { "preferred partner", WSJ_REPORT, TRUE },         /* a quote by an actor id */
  { "letter-of-intent", WSJ_REPORT, TRUE },
  { "xyzzy", REBUTTAL, FALSE },
  { "huang xyzzy", REBUTTAL, FALSE },
  { "nonsense", INTEL, FALSE },
};

static void
test_search (gconstpointer data)
{
  const SearchCase *c = data;
  g_autoptr(DsEventQuery) query = ds_event_query_new (bundled);

  ds_event_query_set_text (query, c->text);
  g_assert_cmpint (ds_event_query_matches (query, event (c->event_id)), ==, c->matches);
}

static void
test_search_nothing (void)
{
  g_autoptr(DsEventQuery) query = ds_event_query_new (bundled);

  g_assert_cmpuint (count_matches (query), ==, n_events ());

  ds_event_query_set_text (query, "qwxzv");
  g_assert_cmpuint (count_matches (query), ==, 0);

  ds_event_query_set_text (query, "nonsense zzyzx plugh");
  g_assert_cmpuint (count_matches (query), ==, 0);

  /* Only spaces: no words, everything matches. */
  ds_event_query_set_text (query, "   ");
  g_assert_cmpuint (count_matches (query), ==, n_events ());
}

static void
test_search_every_word (void)
{
  g_autoptr(DsEventQuery) query = ds_event_query_new (bundled);
  guint nvidia, huang, both;

  ds_event_query_set_text (query, "nvidia");
  nvidia = count_matches (query);
  ds_event_query_set_text (query, "huang");
  huang = count_matches (query);
  ds_event_query_set_text (query, "nvidia huang");
  both = count_matches (query);

  g_assert_cmpuint (both, >, 0);
  g_assert_cmpuint (both, <=, huang);
  g_assert_cmpuint (both, <, nvidia);
}

/* An event that the dossier does not hold is still searched, in every language. */
static void
test_search_foreign_event (void)
{
  g_autoptr(DsEventQuery) query = ds_event_query_new (bundled);
  g_autoptr(DsText) title = ds_text_new ();
  g_autoptr(DsText) quote = ds_text_new ();
  g_autoptr(DsEvent) foreign = NULL;
  DsDate date;

  ds_text_set (title, "en", "The economy of chips");
  ds_text_set (title, "fr", "L’Économie des puces");
  ds_text_set (quote, "en", "Chips are the new oil");
  ds_text_set (quote, "fr", "Les puces sont le nouveau pétrole");
  g_assert_true (ds_date_init_day (&date, 2026, 1, 31));
  foreign = ds_event_new ("foreign", &date, title, DS_EVENT_STATEMENT, DS_STATUS_CONFIRMED);
  ds_event_set_quote (foreign, quote, "jensen-huang", "en");

  ds_event_query_set_text (query, "l'economie");
  g_assert_true (ds_event_query_matches (query, foreign));
  ds_event_query_set_text (query, "petrole jensen");
  g_assert_true (ds_event_query_matches (query, foreign));
  ds_event_query_set_text (query, "nonsense");
  g_assert_false (ds_event_query_matches (query, foreign));
}

/* Building the haystacks reads every language, and leaves the content language alone. */
static void
test_content_language_kept (void)
{
  g_autoptr(DsEventQuery) query = NULL;

  ds_text_set_content_language ("fr");
  query = ds_event_query_new (bundled);
  g_assert_cmpstr (ds_text_get_content_language (), ==, "fr");
  ds_text_set_content_language ("en");
  g_clear_object (&query);
  query = ds_event_query_new (bundled);
  g_assert_cmpstr (ds_text_get_content_language (), ==, "en");
  g_assert_cmpstr (ds_event_get_title (event (REBUTTAL)), ==,
                   "Huang in Taipei: the friction story is “nonsense”");
}

/* --- Filters -------------------------------------------------------------------------- */

static guint
count_events_where (gboolean (*predicate) (DsEvent *))
{
  GListModel *events = ds_dossier_get_events (bundled);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DsEvent) item = g_list_model_get_item (events, i);
      n += predicate (item);
    }

  return n;
}

static gboolean
is_not_confirmed (DsEvent *e)
{
  return ds_event_get_status (e) != DS_STATUS_CONFIRMED;
}

static gboolean
is_report_or_denial (DsEvent *e)
{
  return ds_event_get_kind (e) == DS_EVENT_REPORT || ds_event_get_kind (e) == DS_EVENT_DENIAL;
}

static gboolean
has_wsj_or_amd (DsEvent *e)
{
  const char * const *actors = ds_event_get_actors (e);

  return g_strv_contains (actors, "wsj") || g_strv_contains (actors, "amd");
}

static void
test_filter_status (void)
{
  g_autoptr(DsEventQuery) query = ds_event_query_new (bundled);

  for (DsStatus s = DS_STATUS_CONFIRMED; s <= DS_STATUS_PLANNED; s++)
    g_assert_true (ds_event_query_get_status_allowed (query, s));

  ds_event_query_set_status_allowed (query, DS_STATUS_CONFIRMED, FALSE);
  g_assert_false (ds_event_query_get_status_allowed (query, DS_STATUS_CONFIRMED));
  g_assert_true (ds_event_query_get_status_allowed (query, DS_STATUS_REPORTED));
  g_assert_false (ds_event_query_is_empty (query));
  g_assert_false (ds_event_query_matches (query, event (REBUTTAL)));
  g_assert_true (ds_event_query_matches (query, event (WSJ_REPORT)));
  g_assert_cmpuint (count_matches (query), ==, count_events_where (is_not_confirmed));

  for (DsStatus s = DS_STATUS_CONFIRMED; s <= DS_STATUS_PLANNED; s++)
    ds_event_query_set_status_allowed (query, s, FALSE);
  g_assert_cmpuint (count_matches (query), ==, 0);
}

static void
test_filter_kind (void)
{
  g_autoptr(DsEventQuery) query = ds_event_query_new (bundled);

  for (DsEventKind k = DS_EVENT_ANNOUNCEMENT; k <= DS_EVENT_FILING; k++)
    {
      g_assert_true (ds_event_query_get_kind_allowed (query, k));
      if (k != DS_EVENT_REPORT && k != DS_EVENT_DENIAL)
        ds_event_query_set_kind_allowed (query, k, FALSE);
    }

  g_assert_true (ds_event_query_get_kind_allowed (query, DS_EVENT_DENIAL));
  g_assert_false (ds_event_query_get_kind_allowed (query, DS_EVENT_FUNDING));
  g_assert_true (ds_event_query_matches (query, event (REBUTTAL)));
  g_assert_false (ds_event_query_matches (query, event (INTEL)));
  g_assert_cmpuint (count_matches (query), ==, count_events_where (is_report_or_denial));

  ds_event_query_set_kind_allowed (query, DS_EVENT_DENIAL, FALSE);
  g_assert_false (ds_event_query_matches (query, event (REBUTTAL)));
}

static void
test_filter_actors (void)
{
  g_autoptr(DsEventQuery) query = ds_event_query_new (bundled);

  g_assert_false (ds_event_query_get_actor_chosen (query, "wsj"));

  ds_event_query_set_actor_chosen (query, "wsj", TRUE);
  g_assert_true (ds_event_query_get_actor_chosen (query, "wsj"));
  g_assert_true (ds_event_query_matches (query, event (WSJ_REPORT)));
  g_assert_false (ds_event_query_matches (query, event (REBUTTAL)));

  ds_event_query_set_actor_chosen (query, "amd", TRUE);
  g_assert_cmpuint (count_matches (query), ==, count_events_where (has_wsj_or_amd));

  /* An actor that no event has: only the other one counts. */
  ds_event_query_set_actor_chosen (query, "nobody", TRUE);
  g_assert_cmpuint (count_matches (query), ==, count_events_where (has_wsj_or_amd));

  ds_event_query_set_actor_chosen (query, "wsj", FALSE);
  ds_event_query_set_actor_chosen (query, "amd", FALSE);
  g_assert_cmpuint (count_matches (query), ==, 0);

  ds_event_query_set_actor_chosen (query, "nobody", FALSE);
  g_assert_cmpuint (count_matches (query), ==, n_events ());
  g_assert_true (ds_event_query_is_empty (query));
}

static void
test_filter_combined (void)
{
  g_autoptr(DsEventQuery) query = ds_event_query_new (bundled);

  ds_event_query_set_text (query, "huang");
  g_assert_true (ds_event_query_matches (query, event (REBUTTAL)));
  g_assert_true (ds_event_query_matches (query, event (WSJ_REPORT)));

  /* Text and status: the WSJ report mentions Huang and is only reported. */
  ds_event_query_set_status_allowed (query, DS_STATUS_CONFIRMED, FALSE);
  g_assert_false (ds_event_query_matches (query, event (REBUTTAL)));
  g_assert_true (ds_event_query_matches (query, event (WSJ_REPORT)));

  /* And an actor: Bloomberg is not among the report's actors. */
  ds_event_query_set_actor_chosen (query, "bloomberg", TRUE);
  g_assert_false (ds_event_query_matches (query, event (WSJ_REPORT)));
  ds_event_query_set_status_allowed (query, DS_STATUS_CONFIRMED, TRUE);
  g_assert_true (ds_event_query_matches (query, event (REBUTTAL)));

  /* And a kind. */
  ds_event_query_set_kind_allowed (query, DS_EVENT_DENIAL, FALSE);
  g_assert_false (ds_event_query_matches (query, event (REBUTTAL)));

  /* A status filter alone never lets an event through that the text stops. */
  ds_event_query_reset (query);
  ds_event_query_set_text (query, "xyzzy");
  ds_event_query_set_kind_allowed (query, DS_EVENT_DENIAL, TRUE);
  g_assert_cmpuint (count_matches (query), ==, 0);
}

/* --- Signals and reset ---------------------------------------------------------------- */

static void
test_changed (void)
{
  g_autoptr(DsEventQuery) query = ds_event_query_new (bundled);
  guint count = 0;

  g_signal_connect (query, "changed", G_CALLBACK (count_cb), &count);

  ds_event_query_set_text (query, "Huang");
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (ds_event_query_get_text (query), ==, "Huang");
  ds_event_query_set_text (query, "Huang");
  g_assert_cmpuint (count, ==, 1);
  /* Same words once normalized: the text changes, what matches does not. */
  ds_event_query_set_text (query, " HUANG ");
  g_assert_cmpuint (count, ==, 1);
  g_assert_cmpstr (ds_event_query_get_text (query), ==, " HUANG ");
  ds_event_query_set_text (query, "Huang Nvidia");
  g_assert_cmpuint (count, ==, 2);
  ds_event_query_set_text (query, "nvidia huang");
  g_assert_cmpuint (count, ==, 2);
  ds_event_query_set_text (query, NULL);
  g_assert_cmpuint (count, ==, 3);
  g_assert_cmpstr (ds_event_query_get_text (query), ==, "");

  ds_event_query_set_status_allowed (query, DS_STATUS_RUMOUR, TRUE);
  g_assert_cmpuint (count, ==, 3);
  ds_event_query_set_status_allowed (query, DS_STATUS_RUMOUR, FALSE);
  g_assert_cmpuint (count, ==, 4);
  ds_event_query_set_status_allowed (query, DS_STATUS_RUMOUR, FALSE);
  g_assert_cmpuint (count, ==, 4);

  ds_event_query_set_kind_allowed (query, DS_EVENT_FILING, TRUE);
  g_assert_cmpuint (count, ==, 4);
  ds_event_query_set_kind_allowed (query, DS_EVENT_FILING, FALSE);
  g_assert_cmpuint (count, ==, 5);
  ds_event_query_set_kind_allowed (query, DS_EVENT_FILING, FALSE);
  g_assert_cmpuint (count, ==, 5);

  ds_event_query_set_actor_chosen (query, "nvidia", FALSE);
  g_assert_cmpuint (count, ==, 5);
  ds_event_query_set_actor_chosen (query, "nvidia", TRUE);
  g_assert_cmpuint (count, ==, 6);
  ds_event_query_set_actor_chosen (query, "nvidia", TRUE);
  g_assert_cmpuint (count, ==, 6);

  ds_event_query_reset (query);
  g_assert_cmpuint (count, ==, 7);
  ds_event_query_reset (query);
  g_assert_cmpuint (count, ==, 7);
}

static void
text_notify_cb (GObject    *object,
                GParamSpec *pspec,
                guint      *count)
{
  (*count)++;
}

static void
test_text_property (void)
{
  g_autoptr(DsEventQuery) query = ds_event_query_new (bundled);
  g_autofree char *text = NULL;
  guint notified = 0;

  g_signal_connect (query, "notify::text", G_CALLBACK (text_notify_cb), &notified);
  g_object_set (query, "text", "Huang", NULL);
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (query, "text", &text, NULL);
  g_assert_cmpstr (text, ==, "Huang");
  ds_event_query_set_text (query, "Huang");
  g_assert_cmpuint (notified, ==, 1);
  ds_event_query_reset (query);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_true (ds_event_query_get_dossier (query) == bundled);
}

typedef struct
{
  DsEventQuery *query;
  DsEventQueryChange seen;
} LastChange;

static void
record_change_cb (DsEventQuery *query,
                  LastChange   *last)
{
  last->seen = ds_event_query_get_last_change (query);
}

static void
test_strictness (void)
{
  g_autoptr(DsEventQuery) query = ds_event_query_new (bundled);
  LastChange last = { query, (DsEventQueryChange)-1 };

  g_signal_connect (query, "changed", G_CALLBACK (record_change_cb), &last);

  ds_event_query_set_text (query, "hua");
  g_assert_cmpint (last.seen, ==, DS_EVENT_QUERY_CHANGE_MORE_STRICT);
  ds_event_query_set_text (query, "huang");
  g_assert_cmpint (last.seen, ==, DS_EVENT_QUERY_CHANGE_MORE_STRICT);
  ds_event_query_set_text (query, "huang nvidia");
  g_assert_cmpint (last.seen, ==, DS_EVENT_QUERY_CHANGE_MORE_STRICT);
  ds_event_query_set_text (query, "nvidia");
  g_assert_cmpint (last.seen, ==, DS_EVENT_QUERY_CHANGE_LESS_STRICT);
  ds_event_query_set_text (query, "altman");
  g_assert_cmpint (last.seen, ==, DS_EVENT_QUERY_CHANGE_DIFFERENT);
  ds_event_query_set_text (query, "");
  g_assert_cmpint (last.seen, ==, DS_EVENT_QUERY_CHANGE_LESS_STRICT);

  ds_event_query_set_status_allowed (query, DS_STATUS_DENIED, FALSE);
  g_assert_cmpint (last.seen, ==, DS_EVENT_QUERY_CHANGE_MORE_STRICT);
  ds_event_query_set_status_allowed (query, DS_STATUS_DENIED, TRUE);
  g_assert_cmpint (last.seen, ==, DS_EVENT_QUERY_CHANGE_LESS_STRICT);
  ds_event_query_set_kind_allowed (query, DS_EVENT_DEAL, FALSE);
  g_assert_cmpint (last.seen, ==, DS_EVENT_QUERY_CHANGE_MORE_STRICT);
  ds_event_query_set_kind_allowed (query, DS_EVENT_DEAL, TRUE);
  g_assert_cmpint (last.seen, ==, DS_EVENT_QUERY_CHANGE_LESS_STRICT);

  ds_event_query_set_actor_chosen (query, "wsj", TRUE);
  g_assert_cmpint (last.seen, ==, DS_EVENT_QUERY_CHANGE_MORE_STRICT);
  ds_event_query_set_actor_chosen (query, "amd", TRUE);
  g_assert_cmpint (last.seen, ==, DS_EVENT_QUERY_CHANGE_LESS_STRICT);
  ds_event_query_set_actor_chosen (query, "amd", FALSE);
  g_assert_cmpint (last.seen, ==, DS_EVENT_QUERY_CHANGE_MORE_STRICT);
  ds_event_query_set_actor_chosen (query, "wsj", FALSE);
  g_assert_cmpint (last.seen, ==, DS_EVENT_QUERY_CHANGE_LESS_STRICT);

  ds_event_query_set_text (query, "nvidia");
  ds_event_query_reset (query);
  g_assert_cmpint (last.seen, ==, DS_EVENT_QUERY_CHANGE_LESS_STRICT);
}

static void
test_reset (void)
{
  g_autoptr(DsEventQuery) query = ds_event_query_new (bundled);

  g_assert_true (ds_event_query_is_empty (query));

  ds_event_query_set_text (query, "huang");
  ds_event_query_set_status_allowed (query, DS_STATUS_REPORTED, FALSE);
  ds_event_query_set_kind_allowed (query, DS_EVENT_FUNDING, FALSE);
  ds_event_query_set_actor_chosen (query, "nvidia", TRUE);
  g_assert_false (ds_event_query_is_empty (query));
  g_assert_cmpuint (count_matches (query), <, n_events ());

  ds_event_query_reset (query);
  g_assert_true (ds_event_query_is_empty (query));
  g_assert_cmpstr (ds_event_query_get_text (query), ==, "");
  g_assert_true (ds_event_query_get_status_allowed (query, DS_STATUS_REPORTED));
  g_assert_true (ds_event_query_get_kind_allowed (query, DS_EVENT_FUNDING));
  g_assert_false (ds_event_query_get_actor_chosen (query, "nvidia"));
  g_assert_cmpuint (count_matches (query), ==, n_events ());

  /* Each dimension alone makes the query non-empty. */
  ds_event_query_set_text (query, "x");
  g_assert_false (ds_event_query_is_empty (query));
  ds_event_query_reset (query);
  ds_event_query_set_kind_allowed (query, DS_EVENT_FILING, FALSE);
  g_assert_false (ds_event_query_is_empty (query));
  ds_event_query_reset (query);
  ds_event_query_set_actor_chosen (query, "x", TRUE);
  g_assert_false (ds_event_query_is_empty (query));
}

static void
test_lifecycle (void)
{
  DsEventQuery *query = ds_event_query_new (bundled);

  ds_event_query_set_text (query, "huang");
  ds_event_query_set_actor_chosen (query, "nvidia", TRUE);
  g_assert_finalize_object (query);
}

/* --- The GtkFilter over a query (plain GObjects: no display needed) ------------------- */

static void
record_filter_change_cb (GtkFilter       *filter,
                         GtkFilterChange  change,
                         GArray          *changes)
{
  g_array_append_val (changes, change);
}

static GtkFilterChange
last_filter_change (GArray *changes)
{
  g_assert_cmpuint (changes->len, >, 0);

  return g_array_index (changes, GtkFilterChange, changes->len - 1);
}

static void
test_filter_model (void)
{
  g_autoptr(DsEventQuery) query = ds_event_query_new (bundled);
  g_autoptr(GArray) changes = g_array_new (FALSE, FALSE, sizeof (GtkFilterChange));
  DsEventFilter *filter = ds_event_filter_new (query);
  g_autoptr(GtkFilterListModel) model = NULL;

  g_assert_true (ds_event_filter_get_query (filter) == query);
  g_signal_connect (filter, "changed", G_CALLBACK (record_filter_change_cb), changes);
  model = gtk_filter_list_model_new (g_object_ref (ds_dossier_get_events (bundled)), GTK_FILTER (filter));

  g_assert_cmpint (gtk_filter_get_strictness (GTK_FILTER (filter)), ==, GTK_FILTER_MATCH_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n_events ());

  ds_event_query_set_text (query, "huang");
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpint (last_filter_change (changes), ==, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpint (gtk_filter_get_strictness (GTK_FILTER (filter)), ==, GTK_FILTER_MATCH_SOME);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, count_matches (query));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), <, n_events ());

  ds_event_query_set_text (query, "huang nvidia");
  g_assert_cmpint (last_filter_change (changes), ==, GTK_FILTER_CHANGE_MORE_STRICT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, count_matches (query));

  ds_event_query_set_text (query, "altman");
  g_assert_cmpint (last_filter_change (changes), ==, GTK_FILTER_CHANGE_DIFFERENT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, count_matches (query));

  ds_event_query_set_text (query, "");
  g_assert_cmpint (last_filter_change (changes), ==, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n_events ());

  /* No status allowed: nothing can match. */
  for (DsStatus s = DS_STATUS_CONFIRMED; s <= DS_STATUS_PLANNED; s++)
    ds_event_query_set_status_allowed (query, s, FALSE);
  g_assert_cmpint (gtk_filter_get_strictness (GTK_FILTER (filter)), ==, GTK_FILTER_MATCH_NONE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);

  ds_event_query_set_status_allowed (query, DS_STATUS_DENIED, TRUE);
  g_assert_cmpint (last_filter_change (changes), ==, GTK_FILTER_CHANGE_LESS_STRICT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, count_matches (query));

  /* A no-op on the query is no change for the filter either. */
  g_array_set_size (changes, 0);
  ds_event_query_set_status_allowed (query, DS_STATUS_DENIED, TRUE);
  g_assert_cmpuint (changes->len, ==, 0);

  ds_event_query_reset (query);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpint (gtk_filter_get_strictness (GTK_FILTER (filter)), ==, GTK_FILTER_MATCH_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n_events ());

  /* The filter lets go of the query's signal when it goes. */
  g_clear_object (&model);
  ds_event_query_set_text (query, "huang");
  g_assert_cmpuint (changes->len, ==, 1);
}

/* --- Main ----------------------------------------------------------------------------- */

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("DS_LOCALEDIR");
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  ds_text_set_content_language ("en");

  bundled = ds_test_load_bundled ();

  for (guint i = 0; i < G_N_ELEMENTS (normalize_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/dealscope/event-query/normalize/%u", i);
      g_test_add_data_func (path, &normalize_cases[i], test_normalize);
    }
  g_test_add_func ("/dealscope/event-query/normalize-null-and-invalid", test_normalize_null_and_invalid);

  for (guint i = 0; i < G_N_ELEMENTS (search_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/dealscope/event-query/search/%u", i);
      g_test_add_data_func (path, &search_cases[i], test_search);
    }
  g_test_add_func ("/dealscope/event-query/search-nothing", test_search_nothing);
  g_test_add_func ("/dealscope/event-query/search-every-word", test_search_every_word);
  g_test_add_func ("/dealscope/event-query/search-foreign-event", test_search_foreign_event);
  g_test_add_func ("/dealscope/event-query/content-language-kept", test_content_language_kept);

  g_test_add_func ("/dealscope/event-query/filter-status", test_filter_status);
  g_test_add_func ("/dealscope/event-query/filter-kind", test_filter_kind);
  g_test_add_func ("/dealscope/event-query/filter-actors", test_filter_actors);
  g_test_add_func ("/dealscope/event-query/filter-combined", test_filter_combined);

  g_test_add_func ("/dealscope/event-query/changed", test_changed);
  g_test_add_func ("/dealscope/event-query/text-property", test_text_property);
  g_test_add_func ("/dealscope/event-query/strictness", test_strictness);
  g_test_add_func ("/dealscope/event-query/reset", test_reset);
  g_test_add_func ("/dealscope/event-query/lifecycle", test_lifecycle);
  g_test_add_func ("/dealscope/event-query/filter-model", test_filter_model);

  status = g_test_run ();

  g_assert_finalize_object (bundled);

  return status;
}
