/* ds-timelinejs-build.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The slides that both TimelineJS readers fill (ds-timelinejs-import.c for JSON,
 * ds-timelinejs-csv.c for CSV) and their mapping to the model: ids, actors made from
 * groups, phases from eras, sources from media. Kept apart from the readers so that
 * both forms give the same dossier for the same slides.
 */

#define G_LOG_DOMAIN "ds-timelinejs-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ds-html-text.h"
#include "ds-reader-private.h"
#include "ds-timelinejs-import.h"
#include "ds-url.h"

/* Lower-case ASCII letters and digits joined by "-", at most 64 characters. */
static char *
slugify (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text ? text : "", "C");
  GString *slug = g_string_new (NULL);
  gboolean dash = FALSE;

  for (const char *p = ascii; *p != '\0' && slug->len < 64; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash && slug->len > 0 && slug->len < 63)
            g_string_append_c (slug, '-');
          g_string_append_c (slug, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else
        {
          dash = TRUE;
        }
    }

  return g_string_free (slug, FALSE);
}

static gboolean
is_valid_id (const char *id)
{
  gsize len = strlen (id);

  if (len == 0 || len > 64)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (id[i]) && id[i] != '-' && id[i] != '_' && id[i] != '.')
      return FALSE;

  return TRUE;
}

/* @base, or @base-2, @base-3… whichever is free; claims it in @taken. */
static char *
claim_unique (GHashTable *taken,
              const char *base,
              const char *path)
{
  char *id = g_strdup (base);

  for (guint n = 2; g_hash_table_contains (taken, id); n++)
    {
      g_autofree char *suffix = g_strdup_printf ("-%u", n);
      g_autofree char *stem = g_strndup (base, 64 - strlen (suffix));

      g_free (id);
      id = g_strconcat (stem, suffix, NULL);
    }
  g_hash_table_insert (taken, g_strdup (id), g_strdup (path ? path : ""));

  return id;
}

/* Plain text on one line, or NULL when there is none. */
static char *
plain_line (const char *html)
{
  g_autofree char *text = ds_html_to_text (html, NULL);
  g_auto(GStrv) lines = NULL;

  if (*text == '\0')
    return NULL;

  lines = g_strsplit_set (text, "\n", -1);
  return g_strjoinv (" ", (char **)lines);
}

static char *
plain_text (const char *html)
{
  char *text = ds_html_to_text (html, NULL);

  if (*text == '\0')
    g_clear_pointer (&text, g_free);

  return text;
}

/* The headline, else the start of the text, else the media caption, else @fallback. */
static DsText *
slide_title (const DsTimelineSlide *slide,
             const char            *fallback)
{
  g_autofree char *title = plain_line (slide->headline);

  if (title == NULL)
    {
      g_autofree char *text = plain_text (slide->text);

      if (text != NULL)
        {
          char *newline = strchr (text, '\n');

          if (newline != NULL)
            *newline = '\0';
          title = ds_reader_shorten (text);
        }
    }
  if (title == NULL)
    title = plain_line (slide->media_caption);

  return ds_text_new_plain (title ? title : fallback);
}

static GArray *
slide_sources (const DsTimelineSlide *slide)
{
  g_autoptr(GArray) sources = g_array_new (FALSE, TRUE, sizeof (DsSource));
  g_autofree char *credit = plain_line (slide->media_credit);
  g_autofree char *caption = plain_line (slide->media_caption);
  g_autoptr(GUri) uri = NULL;
  DsSource source = { 0 };

  g_array_set_clear_func (sources, (GDestroyNotify)ds_source_clear);

  if (ds_url_is_web (slide->media_url))
    uri = g_uri_parse (slide->media_url, G_URI_FLAGS_NONE, NULL);

  if (credit != NULL)
    {
      source.publication = g_steal_pointer (&credit);
      if (caption != NULL)
        source.title = ds_text_new_plain (caption);
    }
  else if (caption != NULL)
    {
      source.publication = g_steal_pointer (&caption);
    }
  else if (uri != NULL)
    {
      const char *host = g_uri_get_host (uri);

      source.publication = g_strdup (g_str_has_prefix (host, "www.") ? host + 4 : host);
    }
  else
    {
      return NULL;
    }

  source.url = uri ? g_strdup (slide->media_url) : NULL;
  g_array_append_val (sources, source);

  return g_steal_pointer (&sources);
}

static char *
file_stem (const char *name)
{
  g_autofree char *base = name ? g_path_get_basename (name) : NULL;
  char *dot;

  if (base == NULL || *base == '\0' || strcmp (base, ".") == 0 || strcmp (base, "/") == 0)
    return NULL;
  if ((dot = strrchr (base, '.')) != NULL && dot != base)
    *dot = '\0';

  return g_steal_pointer (&base);
}

/* Ids as written when they are usable and unused; generated otherwise. */
static char **
event_ids (GPtrArray *events,
           GPtrArray *problems)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  char **ids = g_new0 (char *, events->len + 1);

  for (guint i = 0; i < events->len; i++)
    {
      DsTimelineSlide *slide = g_ptr_array_index (events, i);
      g_autofree char *path = NULL;
      g_autofree char *id = NULL;
      const char *first;

      if (slide->unique_id == NULL)
        continue;
      id = is_valid_id (slide->unique_id) ? g_strdup (slide->unique_id) : slugify (slide->unique_id);
      if (*id == '\0')
        continue;

      path = g_strdup_printf ("%s.unique_id", slide->path ? slide->path : "");
      if ((first = g_hash_table_lookup (taken, id)) != NULL)
        {
          g_autofree char *generated = g_strdup_printf ("event-%u", i + 1);
          g_autofree char *shown = ds_reader_shorten (slide->unique_id);

          /* The generated id may still change below; this one says why it differs.
           * Warnings are capped as the reader caps them. */
          if (problems->len < DS_DOSSIER_MAX_ERRORS * 2)
            ds_problems_add (problems, DS_PROBLEM_WARNING, path,
                             _("duplicate unique_id \"%s\", already used at %s; this event gets a generated id such as \"%s\""),
                             shown, first, generated);
          continue;
        }
      ids[i] = claim_unique (taken, id, path);
    }

  for (guint i = 0; i < events->len; i++)
    {
      g_autofree char *base = g_strdup_printf ("event-%u", i + 1);

      if (ids[i] == NULL)
        ids[i] = claim_unique (taken, base, NULL);
    }

  return ids;
}

DsTimelineSlide *
ds_timeline_slide_new (void)
{
  return g_new0 (DsTimelineSlide, 1);
}

void
ds_timeline_slide_free (DsTimelineSlide *slide)
{
  if (slide == NULL)
    return;

  g_free (slide->path);
  g_free (slide->headline);
  g_free (slide->text);
  g_free (slide->media_url);
  g_free (slide->media_credit);
  g_free (slide->media_caption);
  g_free (slide->group);
  g_free (slide->unique_id);
  g_free (slide);
}

DsDossier *
ds_timeline_build (DsTimelineSlide *title_slide,
                   GPtrArray       *events,
                   GPtrArray       *eras,
                   const char      *name,
                   GPtrArray       *problems)
{
  g_autoptr(GHashTable) actor_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) taken_actor_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) phases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DsText) title = NULL;
  g_autoptr(DsText) summary = NULL;
  g_autoptr(DsDossier) dossier = NULL;
  g_autofree char *stem = file_stem (name);
  g_autofree char *headline = title_slide ? plain_line (title_slide->headline) : NULL;
  g_autofree char *summary_text = title_slide ? plain_text (title_slide->text) : NULL;
  g_autofree char *id = slugify (headline);
  g_auto(GStrv) ids = event_ids (events, problems);

  if (*id == '\0')
    {
      g_free (id);
      id = slugify (stem);
    }
  if (*id == '\0')
    {
      g_free (id);
      id = g_strdup ("timeline");
    }

  title = ds_text_new_plain (headline ? headline : stem ? stem : _("Untitled timeline"));
  summary = summary_text ? ds_text_new_plain (summary_text) : NULL;
  dossier = ds_dossier_new ("timelinejs/3", id, title);
  ds_dossier_set_texts (dossier, NULL, summary);

  for (guint i = 0; i < events->len; i++)
    {
      DsTimelineSlide *slide = g_ptr_array_index (events, i);
      g_autoptr(DsText) event_title = slide_title (slide, _("Untitled event"));
      g_autofree char *event_summary = plain_text (slide->text);
      g_autofree char *group = slide->group ? g_strstrip (g_strdup (slide->group)) : NULL;
      DsEvent *event;
      GArray *sources;

      g_assert (slide->has_start);
      event = ds_event_new (ids[i], &slide->start, event_title, DS_EVENT_MILESTONE, DS_STATUS_CONFIRMED);
      g_ptr_array_add (items, event);
      ds_event_set_end (event, slide->has_end ? &slide->end : NULL);
      if (event_summary != NULL)
        {
          g_autoptr(DsText) text = ds_text_new_plain (event_summary);
          ds_event_set_summary (event, text);
        }
      if ((sources = slide_sources (slide)) != NULL)
        ds_event_take_sources (event, sources);

      if (group != NULL && *group != '\0')
        {
          const char *actor_id = g_hash_table_lookup (actor_ids, group);
          char *event_actors[2] = { NULL, NULL };

          if (actor_id == NULL)
            {
              g_autofree char *slug = slugify (group);
              g_autofree char *new_id = claim_unique (taken_actor_ids, *slug ? slug : "group", NULL);
              g_autoptr(DsText) actor_name = ds_text_new_plain (group);

              g_ptr_array_add (actors, ds_actor_new (new_id, actor_name, DS_ACTOR_COMPANY));
              g_hash_table_insert (actor_ids, g_strdup (group), g_strdup (new_id));
              actor_id = g_hash_table_lookup (actor_ids, group);
            }
          event_actors[0] = (char *)actor_id;
          ds_event_set_actors (event, event_actors);
        }
    }

  for (guint i = 0; eras != NULL && i < eras->len; i++)
    {
      DsTimelineSlide *era = g_ptr_array_index (eras, i);
      g_autoptr(DsText) era_title = slide_title (era, _("Untitled era"));
      g_autofree char *era_id = g_strdup_printf ("era-%u", i + 1);

      g_assert (era->has_start);
      g_ptr_array_add (phases, ds_phase_new (era_id, era_title, &era->start,
                                             era->has_end ? &era->end : NULL));
    }

  ds_dossier_set_list (dossier, DS_TYPE_ACTOR, actors);
  ds_dossier_set_list (dossier, DS_TYPE_PHASE, phases);
  ds_dossier_set_list (dossier, DS_TYPE_EVENT, items);

  return g_steal_pointer (&dossier);
}
