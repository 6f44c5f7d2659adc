/* dealscope-gen-dossier.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes a valid dealscope/1 dossier of any size, for the benchmarks:
 *
 *   dealscope-gen-dossier --events N --series S --points P --seed K > big.json
 *
 * Dates from 2015 to 2030 at mixed precisions, about fifty actors, bilingual titles and
 * summaries from word lists, sources (some with https URLs), every status and kind,
 * amounts, phases, takeaways with evidence, claims, key figures, a deal model, and S
 * series of P points each. The output is streamed: only the events' dates are held in
 * memory (8 bytes an event). The same arguments always give the same bytes.
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-synth.h"

#define N_PHASES 8

typedef struct
{
  FILE    *out;
  guint64  bytes;
  BenchRng rng;
  guint    n_events;
  gint64  *days;       /* event first days, sorted */
} Gen;

static const BenchPair phase_titles[N_PHASES] = {
  { "Early bets", "Premiers paris" },
  { "Transformers", "L’ère des transformeurs" },
  { "Scaling up", "Le passage à l’échelle" },
  { "The chatbot boom", "L’essor des assistants" },
  { "The capex race", "La course aux investissements" },
  { "Gigawatt deals", "Les accords au gigawatt" },
  { "Consolidation", "La consolidation" },
  { "What comes next", "La suite" },
};

static const char * const kinds[] = {
  "announcement", "funding", "deal", "report", "statement", "denial", "earnings",
  "product", "milestone", "filing",
};

static const char * const currencies[] = { "USD", "USD", "USD", "USD", "EUR", "EUR", "GBP", "JPY", "CNY" };

/* --- Output ------------------------------------------------------------------------ */

static void
put (Gen        *gen,
     const char *text)
{
  gsize length = strlen (text);

  fwrite (text, 1, length, gen->out);
  gen->bytes += length;
}

static void G_GNUC_PRINTF (2, 3)
putf (Gen        *gen,
      const char *format,
      ...)
{
  va_list args;
  int written;

  va_start (args, format);
  written = vfprintf (gen->out, format, args);
  va_end (args);

  if (written > 0)
    gen->bytes += (guint64) written;
}

/* A JSON string literal. */
static void
put_string (Gen        *gen,
            const char *text)
{
  const char *p;

  put (gen, "\"");
  for (p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        {
          fputc ('\\', gen->out);
          fputc (c, gen->out);
          gen->bytes += 2;
        }
      else if (c < 0x20)
        putf (gen, "\\u%04x", c);
      else
        {
          fputc (c, gen->out);
          gen->bytes++;
        }
    }
  put (gen, "\"");
}

static void
put_text (Gen        *gen,
          const char *en,
          const char *fr)
{
  put (gen, "{\"en\":");
  put_string (gen, en);
  put (gen, ",\"fr\":");
  put_string (gen, fr);
  put (gen, "}");
}

static void
put_number (Gen    *gen,
            double  value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  put (gen, g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
}

static void
put_date (Gen             *gen,
          gint64           day,
          DsDatePrecision  precision)
{
  char buffer[16];

  bench_format_date (day, precision, buffer);
  put_string (gen, buffer);
}

/* --- Pieces -------------------------------------------------------------------------- */

static const BenchPair *
pick (Gen             *gen,
      const BenchPair *pairs,
      guint            n)
{
  return &pairs[bench_rng_below (&gen->rng, n)];
}

static void
put_event_id (Gen   *gen,
              guint  index)
{
  putf (gen, "\"e%06u\"", index);
}

static guint
phase_of_day (gint64 day)
{
  gint64 year;
  guint month;
  guint d;

  ds_date_from_day_number (day, &year, &month, &d);

  return (guint) CLAMP ((year - BENCH_FIRST_YEAR) / 2, 0, N_PHASES - 1);
}

static void
put_amount (Gen      *gen,
            gboolean  with_label)
{
  double r = bench_rng_double (&gen->rng);
  const char *scale = r < 0.05 ? "K" : r < 0.55 ? "M" : "B";
  double value = round ((1 + bench_rng_double (&gen->rng) * 299) * 10) / 10;

  put (gen, "{\"value\":");
  put_number (gen, value);
  putf (gen, ",\"scale\":\"%s\",\"currency\":\"%s\"", scale,
        currencies[bench_rng_below (&gen->rng, G_N_ELEMENTS (currencies))]);
  if (with_label)
    {
      const BenchPair *label = pick (gen, bench_amount_labels, bench_n_amount_labels);

      put (gen, ",\"label\":");
      put_text (gen, label->en, label->fr);
    }
  put (gen, "}");
}

static void
put_sentences (Gen   *gen,
               guint  n)
{
  g_autoptr(GString) en = g_string_new (NULL);
  g_autoptr(GString) fr = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      const BenchPair *sentence = pick (gen, bench_sentences, bench_n_sentences);

      g_string_append_printf (en, "%s%s", i > 0 ? " " : "", sentence->en);
      g_string_append_printf (fr, "%s%s", i > 0 ? " " : "", sentence->fr);
    }
  put_text (gen, en->str, fr->str);
}

/* --- Top level and lists ---------------------------------------------------------------- */

static void
write_header (Gen   *gen,
              guint  seed,
              guint  n_series,
              guint  n_points)
{
  g_autofree char *en = g_strdup_printf ("Synthetic AI funding dossier: %u events, %u series of %u points",
                                         gen->n_events, n_series, n_points);
  g_autofree char *fr = g_strdup_printf ("Dossier synthétique sur le financement de l’IA : %u événements, %u séries de %u points",
                                         gen->n_events, n_series, n_points);

  put (gen, "{\n\"format\":\"dealscope/1\",\n");
  putf (gen, "\"id\":\"bench-%u-%u-%u-%u\",\n", seed, gen->n_events, n_series, n_points);
  put (gen, "\"title\":");
  put_text (gen, en, fr);
  put (gen, ",\n\"subtitle\":");
  put_text (gen, "Generated for Dealscope’s benchmarks", "Généré pour les bancs d’essai de Dealscope");
  put (gen, ",\n\"summary\":");
  put_sentences (gen, 3);
  put (gen, ",\n\"languages\":[\"en\",\"fr\"],\n\"updated\":\"2026-06-08\",\n\"default_view\":\"timeline\"");
}

static void
write_actors (Gen *gen)
{
  put (gen, ",\n\"actors\":[\n");
  for (guint i = 0; i < bench_n_actors; i++)
    {
      const BenchActor *actor = &bench_actors[i];

      put (gen, i > 0 ? ",\n{\"id\":" : "{\"id\":");
      put_string (gen, actor->id);
      put (gen, ",\"name\":");
      put_string (gen, actor->name);
      putf (gen, ",\"kind\":\"%s\"", actor->kind);
      if (actor->color != NULL)
        putf (gen, ",\"color\":\"%s\"", actor->color);
      if (i % 3 == 0)
        {
          put (gen, ",\"description\":");
          put_sentences (gen, 1);
        }
      put (gen, "}");
    }
  put (gen, "\n]");
}

static void
write_phases (Gen *gen)
{
  put (gen, ",\n\"phases\":[\n");
  for (guint i = 0; i < N_PHASES; i++)
    {
      put (gen, i > 0 ? ",\n" : "");
      putf (gen, "{\"id\":\"p%u\",\"title\":", i + 1);
      put_text (gen, phase_titles[i].en, phase_titles[i].fr);
      putf (gen, ",\"start\":\"%u\"", BENCH_FIRST_YEAR + 2 * i);
      if (i + 1 < N_PHASES)   /* the last one is open-ended */
        putf (gen, ",\"end\":\"%u-H2\"", BENCH_FIRST_YEAR + 2 * i + 1);
      put (gen, "}");
    }
  put (gen, "\n]");
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  gint64 da = *(const gint64 *) a;
  gint64 db = *(const gint64 *) b;

  return da < db ? -1 : da > db;
}

static void
make_days (Gen *gen)
{
  gint64 first = bench_first_day ();
  guint32 span = (guint32) (bench_last_day () - first + 1);

  gen->days = g_new (gint64, MAX (gen->n_events, 1));
  for (guint i = 0; i < gen->n_events; i++)
    gen->days[i] = first + bench_rng_below (&gen->rng, span);
  qsort (gen->days, gen->n_events, sizeof (gint64), compare_days);
}

static void
write_sources (Gen             *gen,
               guint            index,
               gint64           day,
               DsDatePrecision  precision,
               const char      *actor_id)
{
  guint n = bench_rng_chance (&gen->rng, 0.8) ? 1 : 2;

  put (gen, ",\"sources\":[");
  for (guint s = 0; s < n; s++)
    {
      const BenchPublication *pub = &bench_publications[bench_rng_below (&gen->rng, bench_n_publications)];

      put (gen, s > 0 ? ",{\"publication\":" : "{\"publication\":");
      put_string (gen, pub->name);
      if (bench_rng_chance (&gen->rng, 0.7))
        {
          put (gen, ",\"date\":");
          put_date (gen, day + s, precision == DS_DATE_PRECISION_DAY ? precision : DS_DATE_PRECISION_MONTH);
        }
      if (pub->domain != NULL && bench_rng_chance (&gen->rng, 0.5))
        putf (gen, ",\"url\":\"https://%s/technology/%s-e%06u/\"", pub->domain, actor_id, index);
      put (gen, "}");
    }
  put (gen, "]");
}

static void
write_event (Gen   *gen,
             guint  index)
{
  gint64 day = gen->days[index];
  double r = bench_rng_double (&gen->rng);
  DsDatePrecision precision = r < 0.70 ? DS_DATE_PRECISION_DAY
                            : r < 0.85 ? DS_DATE_PRECISION_MONTH
                            : r < 0.93 ? DS_DATE_PRECISION_QUARTER
                            : r < 0.97 ? DS_DATE_PRECISION_HALF : DS_DATE_PRECISION_YEAR;
  const BenchActor *actor = &bench_actors[bench_rng_below (&gen->rng, bench_n_actors)];
  const BenchActor *other = &bench_actors[bench_rng_below (&gen->rng, bench_n_actors)];
  const BenchPair *verb = pick (gen, bench_verbs, bench_n_verbs);
  const BenchPair *object = pick (gen, bench_objects, bench_n_objects);
  const BenchPair *place = bench_rng_chance (&gen->rng, 0.4) ? pick (gen, bench_places, bench_n_places) : NULL;
  const char *kind = kinds[bench_rng_below (&gen->rng, G_N_ELEMENTS (kinds))];
  const char *status;
  g_autofree char *title_en = NULL;
  g_autofree char *title_fr = NULL;
  DsDate date;

  /* Past the dossier's "updated" date most things are planned. */
  r = bench_rng_double (&gen->rng);
  if (day > ds_date_days_from_civil (2026, 6, 8))
    status = r < 0.7 ? "planned" : r < 0.9 ? "rumour" : "reported";
  else
    status = r < 0.50 ? "confirmed" : r < 0.75 ? "reported" : r < 0.88 ? "rumour" : r < 0.95 ? "denied" : "planned";

  title_en = g_strdup_printf ("%s %s %s%s", actor->name, verb->en, object->en, place ? place->en : "");
  title_fr = g_strdup_printf ("%s %s %s%s", actor->name, verb->fr, object->fr, place ? place->fr : "");

  put (gen, index > 0 ? ",\n{\"id\":" : "{\"id\":");
  put_event_id (gen, index);
  put (gen, ",\"date\":");
  put_date (gen, day, precision);
  if (bench_rng_chance (&gen->rng, 0.04))
    {
      bench_make_date (day, precision, &date);
      put (gen, ",\"end\":");
      put_date (gen, ds_date_get_last_day (&date) + 1 + bench_rng_below (&gen->rng, 400),
                DS_DATE_PRECISION_DAY);
    }
  put (gen, ",\"title\":");
  put_text (gen, title_en, title_fr);
  if (bench_rng_chance (&gen->rng, 0.5))
    {
      put (gen, ",\"summary\":");
      put_sentences (gen, 1 + bench_rng_below (&gen->rng, 2));
    }
  put (gen, ",\"actors\":[");
  put_string (gen, actor->id);
  if (other != actor && bench_rng_chance (&gen->rng, 0.5))
    {
      put (gen, ",");
      put_string (gen, other->id);
    }
  putf (gen, "],\"kind\":\"%s\",\"status\":\"%s\"", kind, status);
  if (bench_rng_chance (&gen->rng, 0.4))
    {
      put (gen, ",\"amount\":");
      put_amount (gen, bench_rng_chance (&gen->rng, 0.1));
    }
  if (bench_rng_chance (&gen->rng, 0.03))
    {
      put (gen, ",\"quote\":{\"text\":");
      put_sentences (gen, 1);
      put (gen, ",\"speaker\":");
      put_string (gen, actor->id);
      put (gen, ",\"lang\":\"en\"}");
    }
  if (bench_rng_chance (&gen->rng, 0.6))
    write_sources (gen, index, day, precision, actor->id);
  if (bench_rng_chance (&gen->rng, 0.15))
    {
      put (gen, ",\"tags\":[");
      put_string (gen, bench_tags[bench_rng_below (&gen->rng, bench_n_tags)]);
      put (gen, "]");
    }
  if (bench_rng_chance (&gen->rng, 0.5))
    putf (gen, ",\"phase\":\"p%u\"", phase_of_day (day) + 1);
  put (gen, "}");
}

static void
write_events (Gen *gen)
{
  put (gen, ",\n\"events\":[\n");
  for (guint i = 0; i < gen->n_events; i++)
    write_event (gen, i);
  put (gen, "\n]");
}

static char *
series_title (DsMetric    metric,
              gboolean    french,
              const char *name)
{
  switch (metric)
    {
    case DS_METRIC_VALUATION:
      return french ? g_strdup_printf ("Valorisation de %s", name) : g_strdup_printf ("%s valuation", name);
    case DS_METRIC_CAPEX:
      return french ? g_strdup_printf ("Investissements de %s", name) : g_strdup_printf ("%s capital expenditure", name);
    case DS_METRIC_REVENUE:
      return french ? g_strdup_printf ("Chiffre d’affaires de %s", name) : g_strdup_printf ("%s revenue", name);
    case DS_METRIC_CAPACITY:
      return french ? g_strdup_printf ("Capacité de %s", name) : g_strdup_printf ("%s capacity", name);
    case DS_METRIC_INVESTMENT:
      return french ? g_strdup_printf ("Investissement de %s", name) : g_strdup_printf ("%s investment", name);
    case DS_METRIC_OTHER:
    default:
      return french ? g_strdup_printf ("Marge brute de %s", name) : g_strdup_printf ("%s gross margin", name);
    }
}

static void
write_point (Gen        *gen,
             BenchPoint *point)
{
  static const char * const statuses[] = { "actual", "guidance", "estimate", "rumour" };

  put (gen, "{\"date\":");
  put_date (gen, point->day, point->precision);
  put (gen, ",\"value\":");
  put_number (gen, point->value);
  if (!isnan (point->low))
    {
      put (gen, ",\"low\":");
      put_number (gen, point->low);
      put (gen, ",\"high\":");
      put_number (gen, point->high);
    }
  if (point->status != DS_POINT_ACTUAL)
    putf (gen, ",\"status\":\"%s\"", statuses[point->status]);
  if (point->has_source)
    {
      char date[16];

      bench_format_date (point->day, DS_DATE_PRECISION_MONTH, date);
      putf (gen, ",\"source\":\"%s, %s\"",
            bench_publications[bench_rng_below (&gen->rng, bench_n_publications)].name, date);
    }
  if (point->has_note)
    {
      put (gen, ",\"note\":");
      put_sentences (gen, 1);
    }
  put (gen, "}");
}

static void
write_series (Gen   *gen,
              guint  n_series,
              guint  n_points)
{
  put (gen, ",\n\"series\":[");
  for (guint s = 0; s < n_series; s++)
    {
      const BenchActor *actor = &bench_actors[s % 14];  /* the companies */
      BenchSeriesGen series;
      g_autofree char *title_en = NULL;
      g_autofree char *title_fr = NULL;
      /* A second capex series without an actor is a total, as in the bundled dossier. */
      gboolean total = bench_series_metric (s) == DS_METRIC_CAPEX && s >= 6;

      bench_series_gen_init (&series, &gen->rng, s, n_points);
      title_en = series_title (series.metric, FALSE, total ? "Big Tech" : actor->name);
      title_fr = series_title (series.metric, TRUE, total ? "Big Tech" : actor->name);

      putf (gen, "%s\n{\"id\":\"s%u\",\"title\":", s > 0 ? "," : "", s + 1);
      put_text (gen, title_en, title_fr);
      putf (gen, ",\"metric\":\"%s\"", ds_metric_to_nick (series.metric));
      if (!total)
        putf (gen, ",\"actor\":\"%s\"", actor->id);
      putf (gen, ",\"unit\":\"%s\"", series.unit);
      if (series.currency != NULL)
        putf (gen, ",\"currency\":\"%s\"", series.currency);
      putf (gen, ",\"scale\":\"%s\"", series.scale);
      if (s % 2 == 0)
        {
          put (gen, ",\"basis\":");
          put_text (gen, "Calendar years; figures as reported.", "Années civiles ; chiffres publiés.");
        }
      put (gen, ",\"points\":[\n");
      for (guint i = 0; i < n_points; i++)
        {
          BenchPoint point;

          bench_series_gen_point (&series, &gen->rng, i, &point);
          if (i > 0)
            put (gen, ",\n");
          write_point (gen, &point);
        }
      put (gen, "\n]}");
    }
  put (gen, "\n]");
}

/* @n distinct event ids, spread over the dossier, in date order. */
static void
put_event_list (Gen   *gen,
                guint  n)
{
  guint start;
  guint stride;

  n = MIN (n, gen->n_events);
  stride = MAX (1, gen->n_events / MAX (n, 1));
  start = bench_rng_below (&gen->rng, stride);
  put (gen, "[");
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        put (gen, ",");
      put_event_id (gen, MIN (start + i * stride, gen->n_events - 1));
    }
  put (gen, "]");
}

static void
write_takeaways (Gen *gen)
{
  guint n = CLAMP (gen->n_events / 500, 3, 20);

  put (gen, ",\n\"takeaways\":[\n");
  for (guint i = 0; i < n; i++)
    {
      const BenchPair *lesson = &bench_lessons[i % bench_n_lessons];

      putf (gen, "%s{\"id\":\"t%u\",\"title\":", i > 0 ? ",\n" : "", i + 1);
      put_text (gen, lesson->en, lesson->fr);
      put (gen, ",\"body\":");
      put_sentences (gen, 3 + bench_rng_below (&gen->rng, 3));
      put (gen, ",\"evidence\":");
      put_event_list (gen, 2 + bench_rng_below (&gen->rng, 5));
      if (i % 2 == 0)
        {
          put (gen, ",\"figure\":");
          put_amount (gen, FALSE);
        }
      put (gen, "}");
    }
  put (gen, "\n]");
}

static void
write_extras (Gen *gen)
{
  /* Sections. */
  put (gen, ",\n\"sections\":[\n{\"id\":\"context\",\"title\":");
  put_text (gen, "Context", "Contexte");
  put (gen, ",\"paragraphs\":[");
  put_sentences (gen, 4);
  put (gen, ",");
  put_sentences (gen, 3);
  put (gen, "],\"bullets\":[");
  for (guint i = 0; i < 3; i++)
    {
      if (i > 0)
        put (gen, ",");
      put_sentences (gen, 1);
    }
  put (gen, "]},\n{\"id\":\"method\",\"title\":");
  put_text (gen, "How this dossier was made", "Comment ce dossier a été construit");
  put (gen, ",\"paragraphs\":[");
  put_text (gen, "Every figure here is synthetic, drawn from word lists by dealscope-gen-dossier.",
            "Tous les chiffres sont synthétiques, tirés de listes de mots par dealscope-gen-dossier.");
  put (gen, "]}\n]");

  /* Key figures. */
  put (gen, ",\n\"key_figures\":[\n{\"id\":\"k1\",\"label\":");
  put_text (gen, "Largest single ticket", "Plus gros ticket");
  put (gen, ",\"prefix\":");
  put_text (gen, "up to", "jusqu’à");
  put (gen, ",\"amount\":{\"value\":100,\"scale\":\"B\",\"currency\":\"USD\"},\"event\":");
  put_event_id (gen, bench_rng_below (&gen->rng, gen->n_events));
  put (gen, "},\n{\"id\":\"k2\",\"label\":");
  put_text (gen, "Capacity promised", "Capacité promise");
  put (gen, ",\"value\":10,\"unit\":\"GW\"},\n{\"id\":\"k3\",\"label\":");
  put_text (gen, "Equity actually committed", "Capital réellement engagé");
  put (gen, ",\"amount\":{\"value\":30,\"scale\":\"B\",\"currency\":\"USD\"},\"event\":");
  put_event_id (gen, bench_rng_below (&gen->rng, gen->n_events));
  put (gen, "}\n]");

  /* Claims. */
  put (gen, ",\n\"claims\":[\n{\"id\":\"c1\",\"text\":");
  put_text (gen, "The chip maker will invest up to $100B", "Le fabricant de puces investira jusqu’à 100 milliards de dollars");
  put (gen, ",\"statements\":");
  put_event_list (gen, 3 + bench_rng_below (&gen->rng, 4));
  put (gen, "},\n{\"id\":\"c2\",\"text\":");
  put_text (gen, "The lab will go public within two years", "Le laboratoire entrera en Bourse d’ici deux ans");
  put (gen, ",\"statements\":");
  put_event_list (gen, 3);
  put (gen, "}\n]");

  /* Deal model and stake defaults. */
  put (gen, ",\n\"deal_model\":{\"title\":");
  put_text (gen, "A progressive investment tied to capacity", "Un investissement progressif lié aux capacités");
  put (gen, ",\"unit\":\"GW\",\"per_unit\":{\"value\":10,\"scale\":\"B\",\"currency\":\"USD\"},"
            "\"cap\":{\"value\":100,\"scale\":\"B\",\"currency\":\"USD\"},"
            "\"first_unit\":{\"date\":\"2026-H2\",\"label\":");
  put_text (gen, "first gigawatt", "premier gigawatt");
  put (gen, "},\"actual\":{\"amount\":{\"value\":30,\"scale\":\"B\",\"currency\":\"USD\"},\"label\":");
  put_text (gen, "equity committed", "capital engagé");
  put (gen, "}}");
  put (gen, ",\n\"stake\":{\"ticket\":{\"value\":30,\"scale\":\"B\",\"currency\":\"USD\"},"
            "\"valuation\":{\"value\":730,\"scale\":\"B\",\"currency\":\"USD\"},\"basis\":\"pre\"}");
}

int
main (int   argc,
      char *argv[])
{
  gint n_events = 100;
  gint n_series = 4;
  gint n_points = 100;
  gint64 seed = 1;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "events", 'e', 0, G_OPTION_ARG_INT, &n_events, "Number of events (at least 1)", "N" },
    { "series", 's', 0, G_OPTION_ARG_INT, &n_series, "Number of series", "S" },
    { "points", 'p', 0, G_OPTION_ARG_INT, &n_points, "Points per series", "P" },
    { "seed", 'k', 0, G_OPTION_ARG_INT64, &seed, "Random seed", "K" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write here instead of standard output", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("> FILE.json");
  g_autoptr(GError) error = NULL;
  Gen gen = { 0 };

  setlocale (LC_ALL, "");
  g_option_context_set_summary (context, "Writes a synthetic dealscope/1 dossier of any size.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (n_events < 1 || n_series < 0 || n_points < 0)
    {
      g_printerr ("--events must be at least 1, --series and --points at least 0\n");
      return 2;
    }

  gen.out = output != NULL ? fopen (output, "wb") : stdout;
  if (gen.out == NULL)
    {
      g_printerr ("%s: %s\n", output, g_strerror (errno));
      return 1;
    }
  setvbuf (gen.out, NULL, _IOFBF, 1 << 20);
  bench_rng_init (&gen.rng, (guint64) seed);
  gen.n_events = (guint) n_events;

  write_header (&gen, (guint) seed, (guint) n_series, (guint) n_points);
  write_actors (&gen);
  write_phases (&gen);
  make_days (&gen);
  write_events (&gen);
  write_series (&gen, (guint) n_series, (guint) n_points);
  write_takeaways (&gen);
  write_extras (&gen);
  put (&gen, "\n}\n");

  g_free (gen.days);
  if (fflush (gen.out) != 0 || ferror (gen.out) || (gen.out != stdout && fclose (gen.out) != 0))
    {
      g_printerr ("write error: %s\n", g_strerror (errno));
      return 1;
    }
  if (gen.bytes > 64 * 1024 * 1024)
    g_printerr ("warning: %" G_GUINT64_FORMAT " bytes is more than the 64 MiB a dossier may be; "
                "Dealscope will refuse it\n", gen.bytes);

  return 0;
}
