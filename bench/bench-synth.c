/* bench-synth.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>

#include "bench-synth.h"

/* --- Random numbers ------------------------------------------------------------------ */

void
bench_rng_init (BenchRng *rng,
                guint64   seed)
{
  rng->state = seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull;
}

guint64
bench_rng_next (BenchRng *rng)
{
  guint64 z = (rng->state += 0x9E3779B97F4A7C15ull);

  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;

  return z ^ (z >> 31);
}

guint32
bench_rng_below (BenchRng *rng,
                 guint32   n)
{
  if (n == 0)
    return 0;

  return (guint32) (((bench_rng_next (rng) >> 32) * (guint64) n) >> 32);
}

double
bench_rng_double (BenchRng *rng)
{
  return (bench_rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

gboolean
bench_rng_chance (BenchRng *rng,
                  double    p)
{
  return bench_rng_double (rng) < p;
}

double
bench_rng_normal (BenchRng *rng)
{
  double u = 1.0 - bench_rng_double (rng);   /* (0, 1] */
  double v = bench_rng_double (rng);

  return sqrt (-2.0 * log (u)) * cos (2 * G_PI * v);
}

/* --- Dates --------------------------------------------------------------------------- */

gint64
bench_first_day (void)
{
  return ds_date_days_from_civil (BENCH_FIRST_YEAR, 1, 1);
}

gint64
bench_last_day (void)
{
  return ds_date_days_from_civil (BENCH_LAST_YEAR, 12, 31);
}

void
bench_format_date (gint64           day_number,
                   DsDatePrecision  precision,
                   char            *buffer)
{
  gint64 year;
  guint month;
  guint day;

  ds_date_from_day_number (day_number, &year, &month, &day);

  switch (precision)
    {
    case DS_DATE_PRECISION_YEAR:
      g_snprintf (buffer, 16, "%04" G_GINT64_FORMAT, year);
      break;
    case DS_DATE_PRECISION_HALF:
      g_snprintf (buffer, 16, "%04" G_GINT64_FORMAT "-H%u", year, (month - 1) / 6 + 1);
      break;
    case DS_DATE_PRECISION_QUARTER:
      g_snprintf (buffer, 16, "%04" G_GINT64_FORMAT "-Q%u", year, (month - 1) / 3 + 1);
      break;
    case DS_DATE_PRECISION_MONTH:
      g_snprintf (buffer, 16, "%04" G_GINT64_FORMAT "-%02u", year, month);
      break;
    case DS_DATE_PRECISION_DAY:
    default:
      g_snprintf (buffer, 16, "%04" G_GINT64_FORMAT "-%02u-%02u", year, month, day);
      break;
    }
}

void
bench_make_date (gint64           day_number,
                 DsDatePrecision  precision,
                 DsDate          *date)
{
  gint64 year;
  guint month;
  guint day;

  ds_date_from_day_number (day_number, &year, &month, &day);

  *date = (DsDate) { 0 };
  date->year = year;
  date->precision = precision;
  switch (precision)
    {
    case DS_DATE_PRECISION_YEAR:
      break;
    case DS_DATE_PRECISION_HALF:
      date->part = (month - 1) / 6 + 1;
      break;
    case DS_DATE_PRECISION_QUARTER:
      date->part = (month - 1) / 3 + 1;
      break;
    case DS_DATE_PRECISION_MONTH:
      date->part = month;
      break;
    case DS_DATE_PRECISION_DAY:
    default:
      date->part = month;
      date->day = day;
      break;
    }
}

/* --- Series -------------------------------------------------------------------------- */

DsMetric
bench_series_metric (guint index)
{
  static const DsMetric cycle[] = {
    DS_METRIC_VALUATION, DS_METRIC_CAPEX, DS_METRIC_REVENUE,
    DS_METRIC_CAPACITY, DS_METRIC_OTHER, DS_METRIC_INVESTMENT,
  };

  return cycle[index % G_N_ELEMENTS (cycle)];
}

void
bench_series_gen_init (BenchSeriesGen *gen,
                       BenchRng       *rng,
                       guint           index,
                       guint           n_points)
{
  double steps = MAX (n_points, 1);

  *gen = (BenchSeriesGen) { 0 };
  gen->metric = bench_series_metric (index);
  gen->n_points = n_points;
  gen->unit = "currency";
  gen->currency = "USD";
  gen->scale = "B";

  switch (gen->metric)
    {
    case DS_METRIC_VALUATION:
      gen->value = 1 + bench_rng_double (rng) * 20;          /* $1B–$21B in 2015 */
      gen->drift = log (40.0) / steps;                        /* ×40 over the range */
      break;
    case DS_METRIC_CAPEX:
      gen->value = 5 + bench_rng_double (rng) * 15;
      gen->drift = log (8.0) / steps;
      break;
    case DS_METRIC_REVENUE:
      gen->value = 0.5 + bench_rng_double (rng) * 5;
      gen->drift = log (20.0) / steps;
      break;
    case DS_METRIC_CAPACITY:
      gen->unit = "GW";
      gen->currency = NULL;
      gen->scale = "1";
      gen->value = 0.1 + bench_rng_double (rng);
      gen->drift = log (30.0) / steps;
      break;
    case DS_METRIC_INVESTMENT:
      gen->value = 0.2 + bench_rng_double (rng) * 2;
      gen->drift = log (10.0) / steps;
      break;
    case DS_METRIC_OTHER:
    default:
      gen->unit = "%";
      gen->currency = NULL;
      gen->scale = "1";
      gen->value = 10 + bench_rng_double (rng) * 30;
      gen->drift = 0;
      break;
    }

  /* Over the whole range the walk wanders by about ±30 %, however many the points. */
  gen->volatility = 0.3 / sqrt (steps);
}

void
bench_series_gen_point (BenchSeriesGen *gen,
                        BenchRng       *rng,
                        guint           index,
                        BenchPoint     *point)
{
  gint64 first = bench_first_day ();
  gint64 span = bench_last_day () - first + 1;
  double position = gen->n_points > 1 ? (double) index / (gen->n_points - 1) : 0;
  double r = bench_rng_double (rng);

  *point = (BenchPoint) { 0 };
  point->day = first + (gint64) floor (position * (span - 1));

  /* Short series are a mix of years, quarters and months, as in real dossiers; dense
   * ones are daily, with a few monthly figures. */
  if (gen->n_points <= 64)
    point->precision = r < 0.25 ? DS_DATE_PRECISION_YEAR
                     : r < 0.45 ? DS_DATE_PRECISION_QUARTER
                     : r < 0.55 ? DS_DATE_PRECISION_HALF
                     : r < 0.80 ? DS_DATE_PRECISION_MONTH : DS_DATE_PRECISION_DAY;
  else
    point->precision = r < 0.03 ? DS_DATE_PRECISION_MONTH : DS_DATE_PRECISION_DAY;

  gen->value *= exp (gen->drift + gen->volatility * bench_rng_normal (rng));
  if (gen->metric == DS_METRIC_OTHER)
    gen->value = CLAMP (gen->value, 0.5, 99.5);
  point->value = round (gen->value * 100) / 100;

  point->low = point->high = NAN;
  if (bench_rng_chance (rng, 0.04))
    {
      double spread = point->value * (0.05 + 0.1 * bench_rng_double (rng));

      point->low = round ((point->value - spread) * 100) / 100;
      point->high = round ((point->value + spread) * 100) / 100;
      if (point->low > point->value)
        point->low = point->value;
      if (point->high < point->value)
        point->high = point->value;
    }

  /* The last tenth is guidance and estimates; rumours are scattered. */
  if (position > 0.9)
    point->status = bench_rng_chance (rng, 0.5) ? DS_POINT_GUIDANCE : DS_POINT_ESTIMATE;
  else if (bench_rng_chance (rng, 0.02))
    point->status = DS_POINT_RUMOUR;
  else
    point->status = DS_POINT_ACTUAL;

  point->has_source = bench_rng_chance (rng, 0.05);
  point->has_note = bench_rng_chance (rng, 0.01);
}

/* --- Word lists ---------------------------------------------------------------------- */

const BenchActor bench_actors[] = {
  { "nvidia", "Nvidia", "company", "#76b900" },
  { "openai", "OpenAI", "company", "#10a37f" },
  { "microsoft", "Microsoft", "company", "#00a4ef" },
  { "oracle", "Oracle", "company", "#c74634" },
  { "softbank", "SoftBank", "investor", "#e0a100" },
  { "amd", "AMD", "company", "#ed1c24" },
  { "broadcom", "Broadcom", "company", "#8c1d40" },
  { "intel", "Intel", "company", "#0071c5" },
  { "anthropic", "Anthropic", "company", "#d97757" },
  { "xai", "xAI", "company", "#333333" },
  { "mistral", "Mistral AI", "company", "#fa520f" },
  { "alphabet", "Alphabet / Google", "company", "#4285f4" },
  { "amazon", "Amazon", "company", "#ff9900" },
  { "meta", "Meta", "company", "#0668e1" },
  { "coreweave", "CoreWeave", "company", NULL },
  { "tsmc", "TSMC", "company", NULL },
  { "samsung", "Samsung", "company", NULL },
  { "sk-hynix", "SK Hynix", "company", NULL },
  { "arm", "Arm", "company", NULL },
  { "cerebras", "Cerebras", "company", NULL },
  { "groq", "Groq", "company", NULL },
  { "nebius", "Nebius", "company", NULL },
  { "lambda", "Lambda", "company", NULL },
  { "crusoe", "Crusoe", "company", NULL },
  { "aleph-alpha", "Aleph Alpha", "company", NULL },
  { "cohere", "Cohere", "company", NULL },
  { "perplexity", "Perplexity", "company", NULL },
  { "databricks", "Databricks", "company", NULL },
  { "scale-ai", "Scale AI", "company", NULL },
  { "hugging-face", "Hugging Face", "company", NULL },
  { "thrive", "Thrive Capital", "investor", NULL },
  { "sequoia", "Sequoia Capital", "investor", NULL },
  { "a16z", "Andreessen Horowitz", "investor", NULL },
  { "lightspeed", "Lightspeed", "investor", NULL },
  { "tiger", "Tiger Global", "investor", NULL },
  { "mgx", "MGX", "investor", NULL },
  { "gic", "GIC", "investor", NULL },
  { "bpifrance", "Bpifrance", "investor", NULL },
  { "blackrock", "BlackRock", "investor", NULL },
  { "jensen-huang", "Jensen Huang", "person", NULL },
  { "sam-altman", "Sam Altman", "person", NULL },
  { "satya-nadella", "Satya Nadella", "person", NULL },
  { "dario-amodei", "Dario Amodei", "person", NULL },
  { "reuters", "Reuters", "media", NULL },
  { "bloomberg", "Bloomberg", "media", NULL },
  { "wsj", "The Wall Street Journal", "media", NULL },
  { "ftc", "US Federal Trade Commission", "government", NULL },
  { "eu-commission", "European Commission", "government", NULL },
  { "doe", "US Department of Energy", "government", NULL },
  { "france-gov", "French government", "government", NULL },
};
const guint bench_n_actors = G_N_ELEMENTS (bench_actors);

const BenchPair bench_verbs[] = {
  { "raises", "lève" },
  { "announces", "annonce" },
  { "signs", "signe" },
  { "denies", "dément" },
  { "plans", "prévoit" },
  { "confirms", "confirme" },
  { "weighs", "envisage" },
  { "completes", "finalise" },
  { "unveils", "dévoile" },
  { "expands", "étend" },
  { "pauses", "suspend" },
  { "reports", "publie" },
};
const guint bench_n_verbs = G_N_ELEMENTS (bench_verbs);

const BenchPair bench_objects[] = {
  { "a funding round", "un tour de table" },
  { "a chip supply deal", "un accord d’approvisionnement en puces" },
  { "a cloud contract", "un contrat de cloud" },
  { "a data centre project", "un projet de centre de données" },
  { "a strategic partnership", "un partenariat stratégique" },
  { "an equity investment", "une prise de participation" },
  { "a multi-year compute agreement", "un accord de calcul pluriannuel" },
  { "a gigawatt campus", "un campus d’un gigawatt" },
  { "quarterly earnings", "ses résultats trimestriels" },
  { "a new accelerator", "un nouvel accélérateur" },
  { "a share sale", "une cession d’actions" },
  { "a debt financing", "un financement par la dette" },
  { "a joint venture", "une coentreprise" },
  { "a letter of intent", "une lettre d’intention" },
  { "a licensing deal", "un accord de licence" },
  { "an IPO filing", "un dossier d’introduction en Bourse" },
  { "a tender offer", "une offre de rachat" },
  { "a power purchase agreement", "un contrat d’achat d’électricité" },
  { "a sovereign AI fund", "un fonds souverain pour l’IA" },
  { "a frontier model", "un modèle de pointe" },
};
const guint bench_n_objects = G_N_ELEMENTS (bench_objects);

const BenchPair bench_places[] = {
  { " in Europe", " en Europe" },
  { " in Texas", " au Texas" },
  { " in Japan", " au Japon" },
  { " in the Gulf", " dans le Golfe" },
  { " in France", " en France" },
  { " in India", " en Inde" },
  { " for 2027", " pour 2027" },
  { " worth billions", " de plusieurs milliards" },
};
const guint bench_n_places = G_N_ELEMENTS (bench_places);

const BenchPair bench_sentences[] = {
  { "The deal ties payments to capacity coming online.",
    "L’accord lie les paiements à la mise en service des capacités." },
  { "People familiar with the talks said terms could still change.",
    "Selon des sources proches des discussions, les conditions pourraient encore évoluer." },
  { "The company declined to comment on the figures.",
    "L’entreprise n’a pas souhaité commenter ces chiffres." },
  { "Analysts see it as a bet on demand for inference.",
    "Les analystes y voient un pari sur la demande d’inférence." },
  { "The first systems are due to ship next year.",
    "Les premiers systèmes doivent être livrés l’an prochain." },
  { "Investors pushed the valuation higher during the round.",
    "Les investisseurs ont fait monter la valorisation pendant le tour." },
  { "A spokesperson called the report speculative.",
    "Un porte-parole a qualifié l’article de spéculatif." },
  { "Regulators are reviewing the transaction.",
    "Les régulateurs examinent l’opération." },
  { "The financing mixes equity and debt.",
    "Le financement mêle capital et dette." },
  { "Power supply remains the main constraint.",
    "L’alimentation électrique reste la principale contrainte." },
  { "The agreement runs for five years.",
    "L’accord court sur cinq ans." },
  { "Shares rose after the announcement.",
    "L’action a progressé après l’annonce." },
  { "Part of the money comes back as chip purchases.",
    "Une partie de l’argent revient sous forme d’achats de puces." },
  { "The round was oversubscribed.",
    "Le tour a été sursouscrit." },
};
const guint bench_n_sentences = G_N_ELEMENTS (bench_sentences);

const BenchPair bench_amount_labels[] = {
  { "equity ticket", "ticket en capital" },
  { "up to, in stages", "jusqu’à, par étapes" },
  { "total contract value", "valeur totale du contrat" },
  { "pre-money valuation", "valorisation pré-money" },
};
const guint bench_n_amount_labels = G_N_ELEMENTS (bench_amount_labels);

const BenchPair bench_lessons[] = {
  { "Tie money to milestones", "Liez l’argent aux étapes" },
  { "Read rumours as signals, not facts", "Lisez les rumeurs comme des signaux, pas des faits" },
  { "Compute is part of the round", "La puissance de calcul fait partie du tour" },
  { "Watch where the money comes back", "Regardez où l’argent revient" },
  { "Valuations follow capacity", "Les valorisations suivent les capacités" },
  { "Denials are not the end of a story", "Un démenti ne clôt pas une histoire" },
  { "Diversify suppliers early", "Diversifiez tôt vos fournisseurs" },
  { "Power is the new bottleneck", "L’énergie est le nouveau goulet d’étranglement" },
};
const guint bench_n_lessons = G_N_ELEMENTS (bench_lessons);

const BenchPublication bench_publications[] = {
  { "Reuters", "www.reuters.com" },
  { "Bloomberg", "www.bloomberg.com" },
  { "Financial Times", "www.ft.com" },
  { "The Wall Street Journal", "www.wsj.com" },
  { "The Information", "www.theinformation.com" },
  { "CNBC", "www.cnbc.com" },
  { "Les Echos", "www.lesechos.fr" },
  { "Le Monde", "www.lemonde.fr" },
  { "TechCrunch", "techcrunch.com" },
  { "Nikkei Asia", "asia.nikkei.com" },
  { "The New York Times", "www.nytimes.com" },
  { "Company filing", NULL },
};
const guint bench_n_publications = G_N_ELEMENTS (bench_publications);

const char * const bench_tags[] = {
  "gpu", "cloud", "energy", "europe", "ipo", "debt", "inference", "sovereign", "chips",
  "datacentre",
};
const guint bench_n_tags = G_N_ELEMENTS (bench_tags);
