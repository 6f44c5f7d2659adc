/* bench-synth.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Synthetic data shared by the dossier generator and the benchmarks: a small,
 * seedable random number generator, the word lists, and the points of a series, so
 * that a series drawn in bench-frame (built in memory: a 1M-point series of every
 * chart does not fit in a 64 MiB dossier) has the same shape as one written by
 * dealscope-gen-dossier.
 */

#pragma once

#include "ds-date.h"
#include "ds-enums.h"

G_BEGIN_DECLS

/* splitmix64: one 64-bit state, good enough statistically, identical everywhere. */
typedef struct
{
  guint64 state;
} BenchRng;

void     bench_rng_init   (BenchRng *rng,
                           guint64   seed);
guint64  bench_rng_next   (BenchRng *rng);
/* Uniform in [0, n); 0 when n is 0. */
guint32  bench_rng_below  (BenchRng *rng,
                           guint32   n);
/* Uniform in [0, 1). */
double   bench_rng_double (BenchRng *rng);
/* TRUE with probability @p. */
gboolean bench_rng_chance (BenchRng *rng,
                           double    p);
/* Standard normal (Box–Muller). */
double   bench_rng_normal (BenchRng *rng);

/* Dates span 2015-01-01 to 2030-12-31. */
#define BENCH_FIRST_YEAR 2015
#define BENCH_LAST_YEAR  2030

gint64   bench_first_day  (void);
gint64   bench_last_day   (void);

/* A date at @precision holding @day_number ("2021-03-14", "2021-03", "2021-Q1",
 * "2021-H1", "2021"), written into @buffer (at least 16 bytes). */
void     bench_format_date (gint64           day_number,
                            DsDatePrecision  precision,
                            char            *buffer);
/* The same as a DsDate. */
void     bench_make_date   (gint64           day_number,
                            DsDatePrecision  precision,
                            DsDate          *date);

/* --- Series ----------------------------------------------------------------------- */

typedef struct
{
  DsMetric    metric;
  const char *unit;       /* "currency" or a unit */
  const char *currency;   /* or NULL */
  const char *scale;      /* "B", "1"… */
  double      value;      /* the random walk */
  double      drift;
  double      volatility;
  guint       n_points;
} BenchSeriesGen;

typedef struct
{
  gint64          day;
  DsDatePrecision precision;
  double          value;
  double          low;       /* NAN when none */
  double          high;
  DsPointStatus   status;
  gboolean        has_source;
  gboolean        has_note;
} BenchPoint;

/* The metric of the @index-th series of a dossier: valuation, capex, revenue,
 * capacity, other, investment, then again. */
DsMetric bench_series_metric   (guint           index);
void     bench_series_gen_init (BenchSeriesGen *gen,
                                BenchRng       *rng,
                                guint           index,
                                guint           n_points);
/* Point @index of @gen->n_points, in date order: evenly over 2015–2030, day precision
 * for dense series, mixed precisions for short ones; a geometric random walk. */
void     bench_series_gen_point (BenchSeriesGen *gen,
                                 BenchRng       *rng,
                                 guint           index,
                                 BenchPoint     *point);

/* --- Word lists ------------------------------------------------------------------- */

typedef struct
{
  const char *en;
  const char *fr;
} BenchPair;

typedef struct
{
  const char *id;
  const char *name;
  const char *kind;
  const char *color;   /* or NULL */
} BenchActor;

extern const BenchActor bench_actors[];
extern const guint      bench_n_actors;
extern const BenchPair  bench_verbs[];
extern const guint      bench_n_verbs;
extern const BenchPair  bench_objects[];
extern const guint      bench_n_objects;
extern const BenchPair  bench_places[];
extern const guint      bench_n_places;
extern const BenchPair  bench_sentences[];
extern const guint      bench_n_sentences;
extern const BenchPair  bench_amount_labels[];
extern const guint      bench_n_amount_labels;
extern const BenchPair  bench_lessons[];
extern const guint      bench_n_lessons;

typedef struct
{
  const char *name;
  const char *domain;   /* or NULL: no URL */
} BenchPublication;

extern const BenchPublication bench_publications[];
extern const guint            bench_n_publications;
extern const char * const     bench_tags[];
extern const guint            bench_n_tags;

G_END_DECLS
