/* ds-report-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing a drawing to PNG, SVG or PDF, atomically: cairo streams into a temporary
 * file next to the target, which replaces the target only once cairo said that all
 * went well. A half-written export never takes the place of a good file.
 */

#define G_LOG_DOMAIN "ds-report"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ds-report-private.h"

typedef struct
{
  int fd;
  int error;   /* errno of the first failed write, or 0 */
} Sink;

static const char * const extensions[] = {
  [DS_EXPORT_PNG] = "png",
  [DS_EXPORT_SVG] = "svg",
  [DS_EXPORT_PDF] = "pdf",
};

gboolean
ds_export_format_from_path (const char     *path,
                            DsExportFormat *format)
{
  const char *dot;

  g_return_val_if_fail (path != NULL, FALSE);

  dot = strrchr (path, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    if (g_ascii_strcasecmp (dot + 1, extensions[i]) == 0)
      {
        if (format != NULL)
          *format = (DsExportFormat) i;
        return TRUE;
      }

  return FALSE;
}

const char *
ds_export_format_to_string (DsExportFormat format)
{
  g_return_val_if_fail (format <= DS_EXPORT_PDF, NULL);

  return extensions[format];
}

static cairo_status_t
sink_write (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error != 0)
    return CAIRO_STATUS_WRITE_ERROR;

  while (length > 0)
    {
      ssize_t written = write (sink->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          sink->error = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= (unsigned int) written;
    }

  return CAIRO_STATUS_SUCCESS;
}

static gboolean
set_cairo_error (cairo_status_t   status,
                 const Sink      *sink,
                 const char      *path,
                 GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS && sink->error == 0)
    return TRUE;

  if (sink->error != 0)
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (sink->error),
                 /* Translators: %1$s is a file name, %2$s why it failed */
                 _("Could not write “%1$s”: %2$s"), path, g_strerror (sink->error));
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                 _("Could not write “%1$s”: %2$s"), path, cairo_status_to_string (status));

  return FALSE;
}

static gboolean
write_png (Sink             *sink,
           const char       *path,
           double            width,
           double            height,
           double            scale,
           DsExportDrawFunc  draw,
           gpointer          data,
           GError          **error)
{
  int pixel_width = (int) round (width * scale);
  int pixel_height = (int) round (height * scale);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    {
      cairo_t *cr = cairo_create (surface);

      cairo_scale (cr, pixel_width / width, pixel_height / height);
      draw (cr, width, height, data);
      status = cairo_status (cr);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png_stream (surface, sink_write, sink);
    }
  cairo_surface_destroy (surface);

  return set_cairo_error (status, sink, path, error);
}

static gboolean
write_vector (Sink             *sink,
              DsExportFormat    format,
              const char       *path,
              double            width,
              double            height,
              DsExportDrawFunc  draw,
              gpointer          data,
              GError          **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;

  if (format == DS_EXPORT_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (sink_write, sink, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }
  else
    {
      surface = cairo_pdf_surface_create_for_stream (sink_write, sink, width, height);
    }

  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    {
      cairo_t *cr = cairo_create (surface);

      draw (cr, width, height, data);
      status = cairo_status (cr);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  return set_cairo_error (status, sink, path, error);
}

static gboolean
check_size (double           width,
            double           height,
            double           scale,
            DsExportFormat   format,
            GError         **error)
{
  if (!(width >= 1 && width <= DS_EXPORT_MAX_SIZE && height >= 1 && height <= DS_EXPORT_MAX_SIZE))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %u is the largest width or height allowed */
                   _("The size must be between 1 and %u pixels on each side"), DS_EXPORT_MAX_SIZE);
      return FALSE;
    }

  if (format == DS_EXPORT_PNG &&
      (!(scale >= 1 && scale <= 4) ||
       round (width * scale) > DS_EXPORT_MAX_PNG_SIDE || round (height * scale) > DS_EXPORT_MAX_PNG_SIDE ||
       round (width * scale) * round (height * scale) > DS_EXPORT_MAX_PNG_PIXELS))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %1$u is the largest side in pixels, %2$u the largest
                      number of megapixels */
                   _("The image would be too large: at most %1$u pixels on a side and %2$u megapixels, "
                     "scale 1 to 4"),
                   DS_EXPORT_MAX_PNG_SIDE, DS_EXPORT_MAX_PNG_PIXELS / 1000000);
      return FALSE;
    }

  return TRUE;
}

gboolean
ds_export_view_to_file (const char        *path,
                        DsExportFormat     format,
                        double             width,
                        double             height,
                        double             scale,
                        DsExportDrawFunc   draw,
                        gpointer           data,
                        GError           **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *temporary = NULL;
  Sink sink = { -1, 0 };
  struct stat target;
  gboolean ok;
  int saved;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (format <= DS_EXPORT_PDF, FALSE);
  g_return_val_if_fail (draw != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_size (width, height, scale, format, error))
    return FALSE;

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  name = g_strdup_printf (".%s.XXXXXX", base);
  temporary = g_build_filename (dir, name, NULL);

  /* 0666 less the umask, as any new file; a replaced file keeps its mode below. */
  sink.fd = g_mkstemp_full (temporary, O_WRONLY | O_CLOEXEC, 0666);
  if (sink.fd < 0)
    {
      saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write “%1$s”: %2$s"), path, g_strerror (saved));
      return FALSE;
    }
  if (g_stat (path, &target) == 0 && S_ISREG (target.st_mode))
    (void) fchmod (sink.fd, target.st_mode & 07777);

  if (format == DS_EXPORT_PNG)
    ok = write_png (&sink, path, width, height, scale, draw, data, error);
  else
    ok = write_vector (&sink, format, path, width, height, draw, data, error);

  if (ok && fsync (sink.fd) != 0)
    {
      saved = errno;
      ok = FALSE;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write “%1$s”: %2$s"), path, g_strerror (saved));
    }
  if (close (sink.fd) != 0 && ok)
    {
      saved = errno;
      ok = FALSE;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write “%1$s”: %2$s"), path, g_strerror (saved));
    }
  if (ok && g_rename (temporary, path) != 0)
    {
      saved = errno;
      ok = FALSE;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write “%1$s”: %2$s"), path, g_strerror (saved));
    }

  if (!ok)
    g_unlink (temporary);

  return ok;
}
