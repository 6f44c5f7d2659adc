/* fuzz-dossier-walk.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Walks a dossier that loaded the way the views walk it: every text, date, amount,
 * source and reference, the plain-text summary and the search index. Shared by the
 * targets that make dossiers (Dealscope JSON, TimelineJS JSON and CSV), so that what a
 * loader accepts is also checked to be safe to show.
 */

#pragma once

#include "fuzz-common.h"

#include <math.h>

#include "ds-dossier.h"
#include "ds-dossier-reader.h"
#include "ds-problem.h"
#include "ds-event-query.h"
#include "ds-summary.h"

static void
check_date (const DsDate *date)
{
  g_autofree char *text = NULL;
  g_autofree char *shown = NULL;
  DsDate again;

  FUZZ_CHECK (ds_date_is_valid (date), "the loader kept an invalid date");
  FUZZ_CHECK (ds_date_get_first_day (date) <= ds_date_get_last_day (date),
              "a date ends before it starts");

  text = ds_date_to_string (date);
  FUZZ_CHECK (ds_date_parse (text, &again, NULL), "\"%s\" does not parse back", text);
  FUZZ_CHECK (ds_date_compare (date, &again) == 0, "\"%s\" parses back to another date", text);
  shown = ds_date_format (date);
  FUZZ_CHECK (g_utf8_validate (shown, -1, NULL), "ds_date_format() made invalid UTF-8");
}

static void
check_money (const DsMoney *money)
{
  g_autofree char *shown = NULL;

  if (money == NULL)
    return;

  FUZZ_CHECK (isfinite (money->value), "the loader kept an amount that is not finite");
  FUZZ_CHECK (money->value >= 0, "the loader kept a negative amount");
  shown = ds_money_format (money);
  FUZZ_CHECK (shown != NULL && g_utf8_validate (shown, -1, NULL), "ds_money_format() failed");
}

static void
check_text (const char *text)
{
  FUZZ_CHECK (text != NULL, "a getter returned NULL for text");
  FUZZ_CHECK (g_utf8_validate (text, -1, NULL), "a text is not UTF-8");
}

static void
walk_events (DsDossier *dossier)
{
  GListModel *events = ds_dossier_get_events (dossier);
  DsEvent *previous = NULL;
  guint n_peeked;
  DsEvent * const *peeked = ds_dossier_peek_events (dossier, &n_peeked);

  FUZZ_CHECK (n_peeked == g_list_model_get_n_items (events),
              "the plain array and the list model count different events");
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DsEvent) event = g_list_model_get_item (events, i);
      const char * const *actors = ds_event_get_actors (event);

      FUZZ_CHECK (peeked[i] == event, "the plain array and the list model differ");

      check_text (ds_event_get_title (event));
      check_text (ds_event_get_summary (event));
      check_date (ds_event_get_date (event));
      if (ds_event_get_end (event) != NULL)
        {
          check_date (ds_event_get_end (event));
          FUZZ_CHECK (ds_date_get_last_day (ds_event_get_end (event)) >=
                      ds_date_get_first_day (ds_event_get_date (event)),
                      "event %s ends before it starts", ds_event_get_id (event));
        }
      check_money (ds_event_get_amount (event));
      if (ds_event_get_quote (event) != NULL)
        check_text (ds_event_get_quote (event));

      for (guint j = 0; actors != NULL && actors[j] != NULL; j++)
        FUZZ_CHECK (ds_dossier_lookup_actor (dossier, actors[j]) != NULL,
                    "event %s names a missing actor", ds_event_get_id (event));
      if (ds_event_get_phase (event) != NULL)
        FUZZ_CHECK (ds_dossier_lookup_phase (dossier, ds_event_get_phase (event)) != NULL,
                    "event %s names a missing phase", ds_event_get_id (event));

      for (guint j = 0; j < ds_event_get_n_sources (event); j++)
        {
          const DsSource *source = ds_event_get_source (event, j);

          check_text (source->publication);
          if (source->has_date)
            check_date (&source->date);
          if (source->url != NULL)
            {
              const char *scheme = g_uri_peek_scheme (source->url);

              FUZZ_CHECK (g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0,
                          "a source link that is not http(s) was accepted: %s", source->url);
            }
        }

      if (previous != NULL)
        FUZZ_CHECK (ds_date_compare (ds_event_get_date (previous), ds_event_get_date (event)) <= 0,
                    "events are not in date order");
      previous = event;
    }
}

static void
walk_lists (DsDossier *dossier)
{
  GListModel *list;

  list = ds_dossier_get_actors (dossier);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DsActor) actor = g_list_model_get_item (list, i);

      check_text (ds_actor_get_name (actor));
      FUZZ_CHECK (ds_actor_get_color (actor) <= 0xffffff, "a colour is out of range");
    }

  list = ds_dossier_get_phases (dossier);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DsPhase) phase = g_list_model_get_item (list, i);

      check_text (ds_phase_get_title (phase));
      check_date (ds_phase_get_start (phase));
      if (ds_phase_get_end (phase) != NULL)
        check_date (ds_phase_get_end (phase));
    }

  list = ds_dossier_get_series (dossier);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DsSeries) series = g_list_model_get_item (list, i);

      check_text (ds_series_get_title (series));
      for (guint j = 0; j < ds_series_get_n_points (series); j++)
        {
          const DsPoint *point = ds_series_get_point (series, j);

          check_date (&point->date);
          FUZZ_CHECK (isfinite (point->value), "a point value is not finite");
        }
    }

  list = ds_dossier_get_key_figures (dossier);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DsKeyFigure) figure = g_list_model_get_item (list, i);
      g_autofree char *shown = ds_key_figure_format (figure);

      check_text (ds_key_figure_get_label (figure));
      check_text (shown);
      check_money (ds_key_figure_get_amount (figure));
    }

  list = ds_dossier_get_takeaways (dossier);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DsTakeaway) takeaway = g_list_model_get_item (list, i);

      check_text (ds_takeaway_get_title (takeaway));
      check_text (ds_takeaway_get_body (takeaway));
      check_money (ds_takeaway_get_figure (takeaway));
    }

  list = ds_dossier_get_sections (dossier);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DsSection) section = g_list_model_get_item (list, i);

      check_text (ds_section_get_title (section));
      for (guint j = 0; j < ds_section_get_n_paragraphs (section); j++)
        check_text (ds_section_get_paragraph (section, j));
      for (guint j = 0; j < ds_section_get_n_bullets (section); j++)
        check_text (ds_section_get_bullet (section, j));
    }

  list = ds_dossier_get_claims (dossier);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DsClaim) claim = g_list_model_get_item (list, i);
      const char * const *statements = ds_claim_get_statements (claim);

      check_text (ds_claim_get_text (claim));
      for (guint j = 0; statements != NULL && statements[j] != NULL; j++)
        FUZZ_CHECK (ds_dossier_lookup_event (dossier, statements[j]) != NULL,
                    "claim %s names a missing event", ds_claim_get_id (claim));
    }

  if (ds_dossier_get_deal_model (dossier) != NULL)
    {
      const DsDealModel *model = ds_dossier_get_deal_model (dossier);
      double units = ds_deal_model_get_units_to_cap (model);

      check_money (&model->per_unit);
      check_money (&model->cap);
      FUZZ_CHECK (!isnan (units), "units to cap is NaN");
      FUZZ_CHECK (ds_deal_model_released (model, units) <= model->cap.value * (1 + 1e-9),
                  "more than the cap is released");
    }

  if (ds_dossier_get_stake_defaults (dossier) != NULL)
    {
      const DsStakeDefaults *stake = ds_dossier_get_stake_defaults (dossier);

      check_money (&stake->ticket);
      check_money (&stake->valuation);
    }
}

static void
fuzz_walk_dossier (DsDossier *dossier)
{
  g_autoptr(DsEventQuery) query = NULL;
  g_autofree char *summary = NULL;
  g_auto(GStrv) publications = NULL;
  GListModel *events;

  check_text (ds_dossier_get_title (dossier));
  check_text (ds_dossier_get_subtitle (dossier));
  check_text (ds_dossier_get_summary (dossier));
  if (ds_dossier_get_updated (dossier) != NULL)
    check_date (ds_dossier_get_updated (dossier));

  walk_events (dossier);
  walk_lists (dossier);

  summary = ds_summary_to_text (dossier);
  check_text (summary);
  publications = ds_dossier_dup_publications (dossier);

  /* Search: the title of the first event, normalised, must find that event. */
  query = ds_event_query_new (dossier);
  events = ds_dossier_get_events (dossier);
  if (g_list_model_get_n_items (events) > 0)
    {
      g_autoptr(DsEvent) first = g_list_model_get_item (events, 0);

      ds_event_query_set_text (query, ds_event_get_title (first));
      FUZZ_CHECK (ds_event_query_matches (query, first),
                  "searching for an event's own title does not find it");
    }
}

/* Every problem prints as valid UTF-8, and there are never more than the caps allow. */
static void
fuzz_check_problems (GPtrArray  *problems,
                     const char *file_name)
{
  FUZZ_CHECK (problems != NULL, "no problem list");

  for (guint i = 0; i < problems->len; i++)
    {
      const DsProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *line = ds_problem_to_string (problem, file_name);

      /* Problems are shown in labels and printed by --validate: UTF-8 only. (json-glib
       * 1.6 quotes a bad string cut at a fixed number of bytes, perhaps mid-character:
       * tests/data/hostile/json-error-cut-utf8.json, found here.) */
      FUZZ_CHECK (g_utf8_validate (line, -1, NULL), "a problem is not valid UTF-8: %s", line);
    }

  /* Warnings stop at 2 × the error cap, errors at the cap, plus one summary line:
   * a file cannot make the list grow without bound. */
  FUZZ_CHECK (problems->len <= 3 * DS_DOSSIER_MAX_ERRORS + 1, "%u problems", problems->len);
}
