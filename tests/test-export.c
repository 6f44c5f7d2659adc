/* test-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports without a display: every view in every format, the report, and what a
 * failing export must leave behind (nothing). PDFs are read back with poppler-utils
 * (pdftotext, pdfinfo), which the tests need: without them they fail and say so.
 * Set DS_TEST_KEEP=1 to keep the files (their directory is in the log).
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ds-dossier-loader.h"
#include "ds-export.h"
#include "ds-report.h"

#include "ds-test-data.h"
#define LOI_EVENT       "nvidia-openai-loi"

static DsDossier *bundled;

static gboolean
is_french (void)
{
  return g_strcmp0 (g_getenv ("DS_TEST_FRENCH"), "1") == 0;
}

/* --- Helpers --------------------------------------------------------------------------- */

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("ds-export-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_dir (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  g_chmod (path, 0700);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_dir (child);
      else
        g_unlink (child);
    }
  g_dir_close (dir);
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (g_strcmp0 (g_getenv ("DS_TEST_KEEP"), "1") == 0)
    g_test_message ("files kept in %s", fixture->dir);
  else
    remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* Runs an export with its messages captured. */
static int
run_export (const char  *out_path,
            const char  *view,
            const char  *size,
            double       scale,
            const char  *theme,
            const char  *dossier_path,
            char       **messages)
{
  char *buffer = NULL;
  size_t length = 0;
  FILE *err = open_memstream (&buffer, &length);
  int status;

  g_assert_nonnull (err);
  status = ds_export_run (out_path, view, size, scale, theme, NULL, dossier_path, err);
  fclose (err);
  if (buffer[0] != '\0')
    g_test_message ("export messages: %s", buffer);
  if (messages != NULL)
    *messages = g_strdup (buffer);
  free (buffer);

  return status;
}

static GBytes *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static gboolean
has_prefix (GBytes     *bytes,
            const char *prefix,
            gsize       length)
{
  return g_bytes_get_size (bytes) >= length && memcmp (g_bytes_get_data (bytes, NULL), prefix, length) == 0;
}

/* Only the files named: no temporary left behind. */
static void
assert_dir_holds (const char *path,
                  const char *only)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_strcmp0 (name, only) != 0)
      g_test_fail_printf ("%s: left behind in %s", name, path);
  g_dir_close (dir);
}

static void
check_png (const char *path,
           int         width,
           int         height)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  int stride;
  const guint8 *data;

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, height);

  /* Not blank: text, markers and axes make many colours. */
  cairo_surface_flush (surface);
  stride = cairo_image_surface_get_stride (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < height && g_hash_table_size (colours) < 20; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = ((const guint32 *) (data + (gsize) y * stride))[x] & 0xffffff;

        g_hash_table_add (colours, GUINT_TO_POINTER (pixel + 1));
      }
  g_assert_cmpuint (g_hash_table_size (colours), >=, 20);
  cairo_surface_destroy (surface);
}

static void
svg_start_cb (GMarkupParseContext  *context,
              const char           *element,
              const char          **names,
              const char          **values,
              gpointer              data,
              GError              **error)
{
  char **root = data;

  if (*root == NULL)
    *root = g_strdup (element);
}

static void
check_svg (GBytes *bytes)
{
  static const GMarkupParser parser = { svg_start_cb, NULL, NULL, NULL, NULL };
  g_autofree char *root = NULL;
  g_autoptr(GError) error = NULL;
  GMarkupParseContext *context = g_markup_parse_context_new (&parser, 0, &root, NULL);
  gsize length;
  const char *text = g_bytes_get_data (bytes, &length);

  g_assert_true (has_prefix (bytes, "<?xml", 5) || has_prefix (bytes, "<svg", 4));
  g_markup_parse_context_parse (context, text, length, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  g_markup_parse_context_free (context);
  g_assert_cmpstr (root, ==, "svg");
}

/* Runs a poppler tool on @path: pdftotext writes the text, pdfinfo the document's
 * facts (with @option, e.g. "-url", what it asks). NULL (and the test failed) when
 * the tool is not installed. */
static char *
run_poppler (const char *tool,
             const char *path,
             const char *option)
{
  g_autofree char *program = g_find_program_in_path (tool);
  g_autoptr(GError) error = NULL;
  char *output = NULL;
  int status = 0;

  if (program == NULL)
    {
      g_test_fail_printf ("%s is not installed (poppler-utils)", tool);
      return NULL;
    }

  {
    const char *text_argv[] = { program, "-enc", "UTF-8", path, "-", NULL };
    const char *info_argv[] = { program, option != NULL ? option : path, path, NULL };

    if (option == NULL)
      info_argv[2] = NULL;
    g_spawn_sync (NULL, (char **) (g_str_equal (tool, "pdfinfo") ? info_argv : text_argv), NULL,
                  G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &output, NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return output;
}

static guint
pdf_page_count (const char *path)
{
  g_autofree char *info = run_poppler ("pdfinfo", path, NULL);
  const char *pages;

  if (info == NULL)
    return 0;
  pages = strstr (info, "\nPages:");
  g_assert_nonnull (pages);

  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

/* Without any white space: lines break anywhere in a PDF's text. */
static char *
squeeze (const char *text)
{
  GString *squeezed = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x00ad)
        g_string_append_unichar (squeezed, c);
    }

  return g_string_free (squeezed, FALSE);
}

static void
assert_text_has (const char *text,
                 const char *needle)
{
  g_autofree char *haystack = squeeze (text);
  g_autofree char *squeezed = squeeze (needle);

  if (strstr (haystack, squeezed) == NULL)
    g_test_fail_printf ("the PDF's text lacks “%s”", needle);
}

/* The text without the pages' footers (the title and "Page 2 of 9" lines), which
 * pdftotext puts in the middle of a paragraph cut by a page end. */
static char *
strip_footers (const char *text,
               guint       n_pages)
{
  g_auto(GStrv) lines = g_strsplit_set (text, "\n\f", -1);
  g_autoptr(GHashTable) footers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *body = g_string_new (NULL);

  g_hash_table_add (footers, g_strdup (ds_dossier_get_title (bundled)));
  for (guint page = 1; page <= n_pages; page++)
    g_hash_table_add (footers, g_strdup_printf (_("Page %1$u of %2$u"), page, n_pages));

  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_hash_table_contains (footers, g_strstrip (lines[i])))
      g_string_append_printf (body, "%s\n", lines[i]);

  return g_string_free (body, FALSE);
}

/* --- Formats and sizes ------------------------------------------------------------------- */

static void
test_format_from_path (void)
{
  static const struct { const char *path; gboolean ok; DsExportFormat format; } cases[] = {
    { "out.png", TRUE, DS_EXPORT_PNG },
    { "dir/OUT.PNG", TRUE, DS_EXPORT_PNG },
    { "a.b/out.svg", TRUE, DS_EXPORT_SVG },
    { "report.pdf", TRUE, DS_EXPORT_PDF },
    { "out.gif", FALSE, 0 },
    { "out", FALSE, 0 },
    { "dir.png/out", FALSE, 0 },
    { "out.pdf.txt", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DsExportFormat format = 99;

      g_assert_cmpint (ds_export_format_from_path (cases[i].path, &format), ==, cases[i].ok);
      if (cases[i].ok)
        g_assert_cmpint (format, ==, cases[i].format);
    }
  g_assert_cmpstr (ds_export_format_to_string (DS_EXPORT_SVG), ==, "svg");
}

static void
test_parse_size (void)
{
  static const struct { const char *text; gboolean ok; guint width, height; } cases[] = {
    { "1600x900", TRUE, 1600, 900 },
    { "1x1", TRUE, 1, 1 },
    { "20000x20000", TRUE, 20000, 20000 },
    { "20001x10", FALSE, 0, 0 },
    { "0x10", FALSE, 0, 0 },
    { "10x0", FALSE, 0, 0 },
    { "-5x10", FALSE, 0, 0 },
    { "10X10", FALSE, 0, 0 },
    { "10x10x10", FALSE, 0, 0 },
    { " 10x10", FALSE, 0, 0 },
    { "10x10 ", FALSE, 0, 0 },
    { "1e3x10", FALSE, 0, 0 },
    { "99999999999999999999x1", FALSE, 0, 0 },
    { "x", FALSE, 0, 0 },
    { "", FALSE, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint width = 0, height = 0;

      g_test_message ("size “%s”", cases[i].text);
      g_assert_cmpint (ds_export_parse_size (cases[i].text, &width, &height), ==, cases[i].ok);
      if (cases[i].ok)
        {
          g_assert_cmpuint (width, ==, cases[i].width);
          g_assert_cmpuint (height, ==, cases[i].height);
        }
    }
  g_assert_false (ds_export_parse_size (NULL, NULL, NULL));
}

static void
test_paper_size (void)
{
  double width = 0, height = 0;

  ds_report_get_paper_size (&width, &height);
  g_test_message ("paper: %.2f × %.2f pt", width, height);
  /* C, C.UTF-8 and fr_FR all use A4 */
  g_assert_cmpfloat_with_epsilon (width, 210 * 72 / 25.4, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 297 * 72 / 25.4, 0.01);
}

/* --- Views ------------------------------------------------------------------------------- */

typedef struct
{
  const char     *view;
  DsExportFormat  format;
  const char     *theme;
} ViewCase;

static const char *
view_text (const char *view,
           GPtrArray  *charts)
{
  if (g_str_equal (view, "takeaways"))
    return _("Takeaways for Founders");
  if (g_str_equal (view, "timeline"))
    return ds_status_to_label (DS_STATUS_CONFIRMED);   /* the legend */

  for (guint i = 0; i < charts->len; i++)
    if (g_str_equal (ds_chart_get_id (g_ptr_array_index (charts, i)), view))
      return ds_chart_get_title (g_ptr_array_index (charts, i));

  g_assert_not_reached ();
}

static void
test_view (Fixture       *fixture,
           gconstpointer  data)
{
  const ViewCase *test = data;
  g_autofree char *name = g_strdup_printf ("%s-%s.%s", test->view, test->theme,
                                           ds_export_format_to_string (test->format));
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GPtrArray) charts = ds_charts_from_dossier (bundled);
  g_autoptr(GBytes) bytes = NULL;
  int width = 1600, height = 900;

  g_assert_cmpint (run_export (path, test->view, NULL, 0, test->theme, NULL, NULL), ==, DS_EXPORT_OK);
  assert_dir_holds (fixture->dir, name);
  bytes = read_file (path);

  if (g_str_equal (test->view, "takeaways"))
    {
      width = 1200;
      height = (int) ds_report_get_takeaways_height (bundled, 1200);
      g_assert_cmpint (height, >, 1500);
    }

  switch (test->format)
    {
    case DS_EXPORT_PNG:
      g_assert_true (has_prefix (bytes, "\x89PNG\r\n\x1a\n", 8));
      check_png (path, width, height);
      break;

    case DS_EXPORT_SVG:
      check_svg (bytes);
      break;

    case DS_EXPORT_PDF:
      {
        g_autofree char *text = NULL;

        g_assert_true (has_prefix (bytes, "%PDF", 4));
        g_assert_cmpuint (pdf_page_count (path), ==, 1);
        text = run_poppler ("pdftotext", path, NULL);
        if (text != NULL)
          {
            assert_text_has (text, view_text (test->view, charts));
            if (g_str_equal (test->view, "takeaways"))
              {
                g_autoptr(DsTakeaway) first = g_list_model_get_item (ds_dossier_get_takeaways (bundled), 0);

                assert_text_has (text, ds_dossier_get_title (bundled));
                assert_text_has (text, ds_takeaway_get_title (first));
              }
          }
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
test_png_scale (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "scaled.png", NULL);

  g_assert_cmpint (run_export (path, "capex", "800x450", 2, "dark", NULL, NULL), ==, DS_EXPORT_OK);
  check_png (path, 1600, 900);

  g_assert_cmpint (run_export (path, "timeline", "333x222", 1.5, NULL, NULL, NULL), ==, DS_EXPORT_OK);
  check_png (path, 500, 333);
}

static void
test_takeaways_clipped (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "takeaways.png", NULL);

  /* A wide, short view: the column is centred and clipped at the bottom. */
  g_assert_cmpint (run_export (path, "takeaways", "2400x700", 1, "light", NULL, NULL), ==, DS_EXPORT_OK);
  check_png (path, 2400, 700);
  /* Narrow views still lay out. */
  g_assert_cmpfloat (ds_report_get_takeaways_height (bundled, 400), >, ds_report_get_takeaways_height (bundled, 1200));
}

/* --- The report -------------------------------------------------------------------------- */

static void
test_report (Fixture       *fixture,
             gconstpointer  data)
{
  const char *theme = data;
  g_autofree char *path = g_build_filename (fixture->dir, "report.pdf", NULL);
  DsEvent *loi = ds_dossier_lookup_event (bundled, LOI_EVENT);
  g_autofree char *text = NULL;
  g_autofree char *body = NULL;
  double width, height;
  guint n_pages;

  g_assert_nonnull (loi);
  g_assert_cmpint (run_export (path, NULL, NULL, 0, theme, NULL, NULL), ==, DS_EXPORT_OK);
  assert_dir_holds (fixture->dir, "report.pdf");
  {
    g_autoptr(GBytes) bytes = read_file (path);

    g_assert_true (has_prefix (bytes, "%PDF", 4));
  }

  ds_report_get_paper_size (&width, &height);
  n_pages = ds_report_get_n_pages (bundled, width, height);
  g_test_message ("%u pages", n_pages);
  g_assert_cmpuint (n_pages, >=, 8);
  g_assert_cmpuint (pdf_page_count (path), ==, n_pages);

  /* Every web source is a link. */
  {
    g_autofree char *links = run_poppler ("pdfinfo", path, "-url");
    GListModel *events = ds_dossier_get_events (bundled);
    guint n_urls = 0;

    for (guint i = 0; links != NULL && i < g_list_model_get_n_items (events); i++)
      {
        g_autoptr(DsEvent) event = g_list_model_get_item (events, i);

        for (guint s = 0; s < ds_event_get_n_sources (event); s++)
          {
            const char *url = ds_event_get_source (event, s)->url;

            if (url == NULL)
              continue;
            n_urls++;
            if (strstr (links, url) == NULL)
              g_test_fail_printf ("no link to %s", url);
          }
      }
    g_assert_cmpuint (n_urls, >, 0);
  }

  text = run_poppler ("pdftotext", path, NULL);
  if (text == NULL)
    return;
  body = strip_footers (text, n_pages);

  assert_text_has (text, ds_dossier_get_title (bundled));
  assert_text_has (text, ds_dossier_get_subtitle (bundled));
  assert_text_has (text, ds_event_get_title (loi));
  assert_text_has (text, _("Takeaways for Founders"));
  assert_text_has (text, _("Charts"));
  /* Every source's publication, and every section's title */
  for (guint i = 0; i < ds_event_get_n_sources (loi); i++)
    assert_text_has (text, ds_event_get_source (loi, i)->publication);
  for (guint i = 0; i < g_list_model_get_n_items (ds_dossier_get_sections (bundled)); i++)
    {
      g_autoptr(DsSection) section = g_list_model_get_item (ds_dossier_get_sections (bundled), i);

      assert_text_has (text, ds_section_get_title (section));
      for (guint p = 0; p < ds_section_get_n_paragraphs (section); p++)
        assert_text_has (body, ds_section_get_paragraph (section, p));
    }
  /* Paragraphs cut by a page end lose no line and repeat none. */
  for (guint i = 0; i < g_list_model_get_n_items (ds_dossier_get_events (bundled)); i++)
    {
      g_autoptr(DsEvent) event = g_list_model_get_item (ds_dossier_get_events (bundled), i);

      assert_text_has (body, ds_event_get_summary (event));
    }
  for (guint i = 0; i < g_list_model_get_n_items (ds_dossier_get_takeaways (bundled)); i++)
    {
      g_autoptr(DsTakeaway) takeaway = g_list_model_get_item (ds_dossier_get_takeaways (bundled), i);

      assert_text_has (body, ds_takeaway_get_body (takeaway));
    }

  if (is_french ())
    {
      assert_text_has (text, "Nvidia × OpenAI : la promesse à 100 milliards de dollars");
      assert_text_has (text, "Nvidia et OpenAI signent une lettre d’intention de 10 gigawatts");
      assert_text_has (text, "Enseignements pour les fondateurs");
      assert_text_has (text, "100 Md$");
    }
  else
    {
      assert_text_has (text, "Nvidia × OpenAI: the $100 billion promise");
      assert_text_has (text, "Nvidia and OpenAI sign a 10-gigawatt letter of intent");
      assert_text_has (text, "Page 2 of");
      assert_text_has (text, "$100B");
    }
}

/* Print… draws the same pages into its own cairo_t, at its own size. */
static void
test_report_pages (void)
{
  double width = 612, height = 792;   /* Letter */
  guint n_pages = ds_report_get_n_pages (bundled, width, height);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 153, 198);
  cairo_t *cr = cairo_create (surface);

  g_assert_cmpuint (n_pages, >=, 8);
  /* Cached: the same answer, and a different one for another size. */
  g_assert_cmpuint (ds_report_get_n_pages (bundled, width, height), ==, n_pages);
  g_assert_cmpuint (ds_report_get_n_pages (bundled, 2480, 3508), >=, 8);

  cairo_scale (cr, 0.25, 0.25);
  for (guint page = 0; page < n_pages; page++)
    {
      ds_report_draw_page (cr, bundled, page, width, height, DS_THEME_LIGHT);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_report_minimal (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "minimal.pdf", NULL);
  g_autofree char *dossier = g_build_filename (TEST_DATA_DIR, "valid", "minimal.json", NULL);
  g_autofree char *text = NULL;

  g_assert_cmpint (run_export (path, "report", NULL, 0, NULL, dossier, NULL), ==, DS_EXPORT_OK);
  g_assert_cmpuint (pdf_page_count (path), >=, 3);
  text = run_poppler ("pdftotext", path, NULL);
  if (text != NULL)
    assert_text_has (text, "Example News");

  g_free (path);
  path = g_build_filename (fixture->dir, "minimal.png", NULL);
  g_assert_cmpint (run_export (path, "takeaways", NULL, 0, NULL, dossier, NULL), ==, DS_EXPORT_OK);
  g_assert_cmpint (run_export (path, "timeline", "640x360", 0, NULL, dossier, NULL), ==, DS_EXPORT_OK);
  check_png (path, 640, 360);
}

/* --- Failures leave nothing behind ------------------------------------------------------- */

#define PRECIOUS "a file that was here before"

static char *
make_precious (const char *dir,
               const char *name)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, PRECIOUS, -1, &error);
  g_assert_no_error (error);

  return path;
}

static void
assert_precious (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, PRECIOUS);
}

typedef struct
{
  const char *name;
  const char *view;
  const char *size;
  double      scale;
  const char *theme;
  const char *dossier;   /* in TEST_DATA_DIR */
  int         status;
  const char *message;   /* in English runs */
} FailureCase;

static const FailureCase failures[] = {
  { "out.png", "bogus", NULL, 0, NULL, NULL, DS_EXPORT_USAGE, "Unknown view “bogus”" },
  { "out.png", "report", NULL, 0, NULL, NULL, DS_EXPORT_USAGE, "The report is a PDF" },
  { "out.gif", NULL, NULL, 0, NULL, NULL, DS_EXPORT_USAGE, "Cannot tell the format" },
  { "out.png", NULL, "16x9x2", 0, NULL, NULL, DS_EXPORT_USAGE, "Invalid size “16x9x2”" },
  { "out.png", NULL, "0x900", 0, NULL, NULL, DS_EXPORT_USAGE, "Invalid size" },
  { "out.png", NULL, "20001x900", 0, NULL, NULL, DS_EXPORT_USAGE, "Invalid size" },
  { "out.png", NULL, "20000x20000", 1, NULL, NULL, DS_EXPORT_USAGE, "too large" },
  { "out.png", NULL, "10000x900", 4, NULL, NULL, DS_EXPORT_USAGE, "too large" },
  { "out.png", NULL, NULL, 5, NULL, NULL, DS_EXPORT_USAGE, "scale" },
  { "out.png", NULL, NULL, -1, NULL, NULL, DS_EXPORT_USAGE, "scale" },
  { "out.svg", NULL, NULL, 2, NULL, NULL, DS_EXPORT_USAGE, "PNG" },
  { "out.pdf", NULL, "800x600", 0, NULL, NULL, DS_EXPORT_USAGE, "paper" },
  { "out.png", NULL, NULL, 0, "sepia", NULL, DS_EXPORT_USAGE, "Unknown theme “sepia”" },
  { "out.png", "valuations", NULL, 0, NULL, "valid/minimal.json", DS_EXPORT_USAGE, "no “valuations” chart" },
  { "out.png", NULL, NULL, 0, NULL, "invalid/event-date-feb30.json", DS_EXPORT_INVALID, "event-date-feb30.json:" },
  { "out.pdf", NULL, NULL, 0, NULL, "invalid/truncated.json", DS_EXPORT_INVALID, "truncated.json:" },
  { "out.png", NULL, NULL, 0, NULL, "no-such-dossier.json", DS_EXPORT_USAGE, "no-such-dossier.json" },
};

static void
test_failure (Fixture       *fixture,
              gconstpointer  data)
{
  const FailureCase *test = data;
  g_autofree char *path = make_precious (fixture->dir, test->name);
  g_autofree char *dossier = test->dossier ? g_build_filename (TEST_DATA_DIR, test->dossier, NULL) : NULL;
  g_autofree char *messages = NULL;

  g_assert_cmpint (run_export (path, test->view, test->size, test->scale, test->theme, dossier, &messages),
                   ==, test->status);
  assert_precious (path);
  assert_dir_holds (fixture->dir, test->name);
  g_assert_cmpstr (messages, !=, "");
  if (!is_french () && strstr (messages, test->message) == NULL)
    g_test_fail_printf ("“%s” not in the messages: %s", test->message, messages);
}

/* cairo's writes fail half-way (the file size limit works even for root): the
 * temporary goes, the target stays. */
static void
test_write_failure (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = make_precious (fixture->dir, "big.pdf");
  g_autofree char *messages = NULL;
  struct rlimit saved, limit;
  void (*handler) (int);
  int status;

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  limit = saved;
  limit.rlim_cur = 16384;
  handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  status = run_export (path, NULL, NULL, 0, NULL, NULL, &messages);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, handler);

  g_assert_cmpint (status, ==, DS_EXPORT_USAGE);
  assert_precious (path);
  assert_dir_holds (fixture->dir, "big.pdf");
  if (!is_french ())
    g_assert_nonnull (strstr (messages, "Could not write"));
}

static void
test_unwritable (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = make_precious (fixture->dir, "locked.png");
  g_autofree char *missing = g_build_filename (fixture->dir, "no", "such", "dir", "out.png", NULL);
  g_autofree char *messages = NULL;

  g_assert_cmpint (run_export (missing, NULL, NULL, 0, NULL, NULL, &messages), ==, DS_EXPORT_USAGE);
  if (!is_french ())
    g_assert_nonnull (strstr (messages, "Could not write"));

  /* Permissions bind everyone but root, whom test_write_failure covers. */
  if (geteuid () != 0)
    {
      g_assert_cmpint (g_chmod (fixture->dir, 0500), ==, 0);
      g_assert_cmpint (run_export (path, NULL, NULL, 0, NULL, NULL, NULL), ==, DS_EXPORT_USAGE);
      g_assert_cmpint (g_chmod (fixture->dir, 0700), ==, 0);
      assert_precious (path);
    }
  else
    g_test_message ("running as root: a read-only directory is writable, see write-failure");
  assert_dir_holds (fixture->dir, "locked.png");

  /* A directory is not replaced by a file. */
  {
    g_autofree char *dir = g_build_filename (fixture->dir, "a-dir.png", NULL);

    g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
    g_assert_cmpint (run_export (dir, "capex", "64x64", 0, NULL, NULL, NULL), ==, DS_EXPORT_USAGE);
    g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
    g_rmdir (dir);
  }
}

static void
test_replace (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *path = make_precious (fixture->dir, "replaced.png");
  g_autoptr(GBytes) bytes = NULL;
  GStatBuf info;

  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_cmpint (run_export (path, "revenue", "320x200", 0, NULL, NULL, NULL), ==, DS_EXPORT_OK);
  bytes = read_file (path);
  g_assert_true (has_prefix (bytes, "\x89PNG", 4));
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_mode & 0777, ==, 0640);
  assert_dir_holds (fixture->dir, "replaced.png");
}

static void
draw_nothing (cairo_t  *cr,
              double    width,
              double    height,
              gpointer  data)
{
  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_paint (cr);
}

static void
test_view_to_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = make_precious (fixture->dir, "api.png");
  g_autoptr(GError) error = NULL;

  /* Sizes are checked before anything is written. */
  g_assert_false (ds_export_view_to_file (path, DS_EXPORT_PNG, 0, 10, 1, draw_nothing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (ds_export_view_to_file (path, DS_EXPORT_PNG, 100, 100, 0.5, draw_nothing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  assert_precious (path);

  g_assert_true (ds_export_view_to_file (path, DS_EXPORT_PNG, 10, 7, 3, draw_nothing, NULL, &error));
  g_assert_no_error (error);
  {
    cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

    g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 30);
    g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 21);
    cairo_surface_destroy (surface);
  }
  assert_dir_holds (fixture->dir, "api.png");
}

/* --- Main ------------------------------------------------------------------------------- */

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("DS_LOCALEDIR");
  static const char * const views[] = { "timeline", "valuations", "capex", "deal", "revenue", "takeaways" };
  static const DsExportFormat formats[] = { DS_EXPORT_PNG, DS_EXPORT_SVG, DS_EXPORT_PDF };
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  bundled = ds_test_load_bundled ();

  g_test_add_func ("/dealscope/export/format-from-path", test_format_from_path);
  g_test_add_func ("/dealscope/export/parse-size", test_parse_size);
  g_test_add_func ("/dealscope/export/paper-size", test_paper_size);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      for (guint t = 0; t < 2; t++)
        {
          ViewCase *test;
          g_autofree char *path = NULL;

          /* Dark runs for PNG only: the same drawing, other colours. */
          if (t == 1 && formats[f] != DS_EXPORT_PNG)
            continue;
          test = g_new (ViewCase, 1);
          *test = (ViewCase) { views[v], formats[f], t == 0 ? "light" : "dark" };
          g_ptr_array_add (cases, test);
          path = g_strdup_printf ("/dealscope/export/view/%s/%s-%s", views[v],
                                  ds_export_format_to_string (formats[f]), test->theme);
          g_test_add (path, Fixture, test, fixture_set_up, test_view, fixture_tear_down);
        }

  g_test_add ("/dealscope/export/png-scale", Fixture, NULL, fixture_set_up, test_png_scale, fixture_tear_down);
  g_test_add ("/dealscope/export/takeaways-clipped", Fixture, NULL,
              fixture_set_up, test_takeaways_clipped, fixture_tear_down);
  g_test_add ("/dealscope/export/report/light", Fixture, "light", fixture_set_up, test_report, fixture_tear_down);
  g_test_add ("/dealscope/export/report/dark", Fixture, "dark", fixture_set_up, test_report, fixture_tear_down);
  g_test_add_func ("/dealscope/export/report/pages", test_report_pages);
  g_test_add ("/dealscope/export/report/minimal", Fixture, NULL,
              fixture_set_up, test_report_minimal, fixture_tear_down);

  for (guint i = 0; i < G_N_ELEMENTS (failures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/dealscope/export/failure/%u", i);

      g_test_add (path, Fixture, &failures[i], fixture_set_up, test_failure, fixture_tear_down);
    }
  g_test_add ("/dealscope/export/atomic/write-failure", Fixture, NULL,
              fixture_set_up, test_write_failure, fixture_tear_down);
  g_test_add ("/dealscope/export/atomic/unwritable", Fixture, NULL,
              fixture_set_up, test_unwritable, fixture_tear_down);
  g_test_add ("/dealscope/export/atomic/replace", Fixture, NULL, fixture_set_up, test_replace, fixture_tear_down);
  g_test_add ("/dealscope/export/atomic/view-to-file", Fixture, NULL,
              fixture_set_up, test_view_to_file, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&bundled);

  return status;
}
