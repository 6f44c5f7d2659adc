/* ds-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-export"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "ds-dossier-loader.h"
#include "ds-export.h"
#include "ds-report.h"

#define BUNDLED_DOSSIER RESOURCE_BASE_PATH "/dossiers/nvidia-openai.json"
#define DEFAULT_WIDTH            1600
#define DEFAULT_HEIGHT           900
#define DEFAULT_TAKEAWAYS_WIDTH  1200

typedef enum
{
  VIEW_TIMELINE,
  VIEW_CHART,
  VIEW_TAKEAWAYS,
  VIEW_REPORT,
} ViewKind;

/* The names on the command line; the chart views are the chart builder's ids. */
static const struct {
  const char *name;
  ViewKind    kind;
} views[] = {
  { "timeline", VIEW_TIMELINE },
  { "valuations", VIEW_CHART },
  { "capex", VIEW_CHART },
  { "deal", VIEW_CHART },
  { "revenue", VIEW_CHART },
  { "takeaways", VIEW_TAKEAWAYS },
  { "report", VIEW_REPORT },
};

typedef struct
{
  DsDossier *dossier;
  DsChart   *chart;
  DsTheme    theme;
} Job;

gboolean
ds_export_parse_size (const char *text,
                      guint      *width,
                      guint      *height)
{
  guint64 values[2];
  const char *p = text;

  if (text == NULL)
    return FALSE;

  for (guint i = 0; i < 2; i++)
    {
      const char *start = p;
      guint64 value = 0;

      while (g_ascii_isdigit (*p) && p - start < 6)
        value = value * 10 + (guint64) (*p++ - '0');
      if (p == start || g_ascii_isdigit (*p) || value < 1 || value > DS_EXPORT_MAX_SIZE)
        return FALSE;
      values[i] = value;
      if (i == 0 && *p++ != 'x')
        return FALSE;
    }
  if (*p != '\0')
    return FALSE;

  if (width != NULL)
    *width = (guint) values[0];
  if (height != NULL)
    *height = (guint) values[1];

  return TRUE;
}

/* Locales of @lang to try, best first; the first one installed is used. */
static void
apply_language (const char *lang)
{
  static const char * const french[] = {
    "fr_FR.UTF-8", "fr_FR.utf8", "fr_CA.UTF-8", "fr_BE.UTF-8", NULL
  };
  static const char * const english[] = {
    "en_US.UTF-8", "en_US.utf8", "en_GB.UTF-8", "C.UTF-8", "C.utf8", NULL
  };
  const char * const *candidates = g_str_equal (lang, "fr") ? french : english;
  const char *found = NULL;
  const char *messages;

  ds_text_set_content_language (lang);
  g_setenv ("LANGUAGE", lang, TRUE);

  for (guint i = 0; candidates[i] != NULL && found == NULL; i++)
    if (setlocale (LC_NUMERIC, candidates[i]) != NULL)
      found = candidates[i];

  if (found != NULL)
    {
      setlocale (LC_TIME, found);
      setlocale (LC_MESSAGES, found);
      return;
    }

  /* No locale of that language: gettext still follows LANGUAGE, except in the C
   * locale. Setting LC_MESSAGES again also makes gettext forget its cache. */
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    {
      if (setlocale (LC_MESSAGES, "C.UTF-8") == NULL)
        setlocale (LC_MESSAGES, "C.utf8");
    }
  else
    {
      g_autofree char *current = g_strdup (messages);

      setlocale (LC_MESSAGES, current);
    }
}

static void
print_problems (GPtrArray  *problems,
                const char *name,
                FILE       *err)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = ds_problem_to_string (g_ptr_array_index (problems, i), name);

      fprintf (err, "%s\n", line);
    }
}

static char *
list_views (void)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", views[i].name);

  return g_string_free (list, FALSE);
}

static void
draw_timeline_cb (cairo_t  *cr,
                  double    width,
                  double    height,
                  gpointer  data)
{
  Job *job = data;

  ds_report_draw_timeline (cr, job->dossier, NULL, width, height, job->theme);
}

static void
draw_chart_cb (cairo_t  *cr,
               double    width,
               double    height,
               gpointer  data)
{
  Job *job = data;

  ds_report_draw_chart (cr, job->chart, width, height, job->theme);
}

static void
draw_takeaways_cb (cairo_t  *cr,
                   double    width,
                   double    height,
                   gpointer  data)
{
  Job *job = data;

  ds_report_draw_takeaways (cr, job->dossier, width, height, job->theme);
}

static DsDossier *
load_dossier (const char  *path,
              FILE        *err,
              int         *status)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  DsDossier *dossier;

  if (path == NULL)
    {
      dossier = ds_dossier_load_resource (BUNDLED_DOSSIER, &problems, &error);
      if (dossier == NULL)
        {
          print_problems (problems, BUNDLED_DOSSIER, err);
          fprintf (err, "%s: %s\n", BUNDLED_DOSSIER, error->message);
          *status = DS_EXPORT_INVALID;
        }
      return dossier;
    }

  {
    g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

    dossier = ds_dossier_load_file (file, &problems, NULL, &error);
  }
  print_problems (problems, path, err);

  if (dossier == NULL)
    {
      if (!g_error_matches (error, DS_LOADER_ERROR, DS_LOADER_ERROR_INVALID))
        fprintf (err, "%s: %s\n", path, error->message);
      /* A file that could not be read is not an invalid dossier. */
      *status = error->domain == DS_LOADER_ERROR ? DS_EXPORT_INVALID : DS_EXPORT_USAGE;
    }

  return dossier;
}

static DsChart *
find_chart (GPtrArray  *charts,
            const char *id)
{
  for (guint i = 0; i < charts->len; i++)
    if (g_str_equal (ds_chart_get_id (g_ptr_array_index (charts, i)), id))
      return g_ptr_array_index (charts, i);

  return NULL;
}

int
ds_export_run (const char *out_path,
               const char *view,
               const char *size,
               double      scale,
               const char *theme,
               const char *lang,
               const char *dossier_path,
               FILE       *err)
{
  g_autoptr(DsDossier) dossier = NULL;
  g_autoptr(GPtrArray) charts = NULL;
  g_autoptr(GError) error = NULL;
  DsExportFormat format;
  ViewKind kind = VIEW_TIMELINE;
  Job job = { NULL, NULL, DS_THEME_LIGHT };
  guint width = DEFAULT_WIDTH;
  guint height = DEFAULT_HEIGHT;
  int status = DS_EXPORT_OK;
  gboolean ok;

  if (err == NULL)
    err = stderr;

  /* First of all, before any string is translated. */
  if (lang != NULL && !g_str_equal (lang, "en") && !g_str_equal (lang, "fr"))
    {
      /* Translators: %s is what was given after --lang */
      fprintf (err, _("Unknown language “%s”: use en or fr"), lang);
      fputc ('\n', err);
      return DS_EXPORT_USAGE;
    }
  if (lang != NULL)
    apply_language (lang);

  if (out_path == NULL || *out_path == '\0')
    {
      fprintf (err, "%s\n", _("--export needs an output FILE ending in .png, .svg or .pdf"));
      return DS_EXPORT_USAGE;
    }

  if (!ds_export_format_from_path (out_path, &format))
    {
      /* Translators: %s is a file name */
      fprintf (err, _("Cannot tell the format of “%s”: use a name ending in .png, .svg or .pdf"),
               out_path);
      fputc ('\n', err);
      return DS_EXPORT_USAGE;
    }

  if (view == NULL)
    view = format == DS_EXPORT_PDF ? "report" : "timeline";
  {
    gboolean known = FALSE;

    for (guint i = 0; i < G_N_ELEMENTS (views) && !known; i++)
      if (g_str_equal (view, views[i].name))
        {
          kind = views[i].kind;
          known = TRUE;
        }
    if (!known)
      {
        g_autofree char *list = list_views ();

        /* Translators: %1$s is what was given after --view, %2$s the list of views */
        fprintf (err, _("Unknown view “%1$s”: use one of %2$s"), view, list);
        fputc ('\n', err);
        return DS_EXPORT_USAGE;
      }
  }
  if (kind == VIEW_REPORT && format != DS_EXPORT_PDF)
    {
      fprintf (err, "%s\n", _("The report is a PDF: use a name ending in .pdf"));
      return DS_EXPORT_USAGE;
    }

  if (theme == NULL || g_str_equal (theme, "light"))
    job.theme = DS_THEME_LIGHT;
  else if (g_str_equal (theme, "dark"))
    job.theme = DS_THEME_DARK;
  else
    {
      /* Translators: %s is what was given after --theme */
      fprintf (err, _("Unknown theme “%s”: use light or dark"), theme);
      fputc ('\n', err);
      return DS_EXPORT_USAGE;
    }

  if (scale == 0)
    scale = 1;
  if (!(scale >= 1 && scale <= 4))
    {
      fprintf (err, "%s\n", _("The scale must be between 1 and 4"));
      return DS_EXPORT_USAGE;
    }
  if (scale != 1 && format != DS_EXPORT_PNG)
    {
      fprintf (err, "%s\n", _("The scale applies to PNG images only"));
      return DS_EXPORT_USAGE;
    }

  if (size != NULL && kind == VIEW_REPORT)
    {
      fprintf (err, "%s\n", _("The report’s pages follow the paper size of the locale: do not give a size"));
      return DS_EXPORT_USAGE;
    }
  if (size != NULL && !ds_export_parse_size (size, &width, &height))
    {
      /* Translators: %1$s is what was given after --size, %2$u the largest side */
      fprintf (err, _("Invalid size “%1$s”: use WIDTHxHEIGHT, as in 1600x900, each from 1 to %2$u"),
               size, DS_EXPORT_MAX_SIZE);
      fputc ('\n', err);
      return DS_EXPORT_USAGE;
    }
  if (format == DS_EXPORT_PNG &&
      ((double) width * scale > DS_EXPORT_MAX_PNG_SIDE || (double) height * scale > DS_EXPORT_MAX_PNG_SIDE ||
       (double) width * height * scale * scale > DS_EXPORT_MAX_PNG_PIXELS))
    {
      fprintf (err, "%s\n", _("The image would be too large: use a smaller size or scale"));
      return DS_EXPORT_USAGE;
    }

  dossier = load_dossier (dossier_path, err, &status);
  if (dossier == NULL)
    return status;
  job.dossier = dossier;

  switch (kind)
    {
    case VIEW_REPORT:
      ok = ds_report_write_pdf (out_path, dossier, job.theme, &error);
      break;

    case VIEW_TAKEAWAYS:
      if (size == NULL)
        {
          width = DEFAULT_TAKEAWAYS_WIDTH;
          height = (guint) CLAMP (ds_report_get_takeaways_height (dossier, width), 1,
                                  DS_EXPORT_MAX_SIZE);
          if (format == DS_EXPORT_PNG && (double) height * scale > DS_EXPORT_MAX_PNG_SIDE)
            height = (guint) (DS_EXPORT_MAX_PNG_SIDE / scale);
        }
      ok = ds_export_view_to_file (out_path, format, width, height, scale, draw_takeaways_cb, &job, &error);
      break;

    case VIEW_CHART:
      charts = ds_charts_from_dossier (dossier);
      job.chart = find_chart (charts, view);
      if (job.chart == NULL)
        {
          /* Translators: %s is a chart's name on the command line, as in "capex" */
          fprintf (err, _("This dossier has no “%s” chart"), view);
          fputc ('\n', err);
          return DS_EXPORT_USAGE;
        }
      ok = ds_export_view_to_file (out_path, format, width, height, scale, draw_chart_cb, &job, &error);
      break;

    case VIEW_TIMELINE:
    default:
      ok = ds_export_view_to_file (out_path, format, width, height, scale, draw_timeline_cb, &job, &error);
      break;
    }

  if (!ok)
    {
      fprintf (err, "%s\n", error->message);
      status = DS_EXPORT_USAGE;
    }

  fflush (err);

  return status;
}
