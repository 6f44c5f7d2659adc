/* fuzz-html-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ds_html_to_text() on arbitrary text (TimelineJS headlines and texts are HTML written
 * by strangers). Whatever the input, the output is valid UTF-8 without leading or
 * trailing whitespace, the same whether links are asked for or not; every link it
 * reports is http or https, and reported once.
 */

#include "config.h"

#include "fuzz-common.h"

#include "ds-html-text.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init_glib ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *html = fuzz_strndup (data, size);
  g_autoptr(GPtrArray) links = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  gsize length;

  text = ds_html_to_text (html, links);
  FUZZ_CHECK (text != NULL, "NULL result");
  length = strlen (text);
  FUZZ_CHECK (g_utf8_validate (text, length, NULL), "the text is not valid UTF-8");
  FUZZ_CHECK (length == 0 || (!g_ascii_isspace (text[0]) && !g_ascii_isspace (text[length - 1])),
              "the text starts or ends with whitespace");

  for (guint i = 0; i < links->len; i++)
    {
      const char *link = g_ptr_array_index (links, i);
      const char *scheme = g_uri_peek_scheme (link);

      FUZZ_CHECK (g_utf8_validate (link, -1, NULL), "a link is not valid UTF-8");
      FUZZ_CHECK (g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0,
                  "a link that is not http(s) was kept: %s", link);
      for (guint j = 0; j < i; j++)
        FUZZ_CHECK (strcmp (link, g_ptr_array_index (links, j)) != 0, "link %s kept twice", link);
    }

  /* NULL gives "", and links are optional. */
  if (size == 0)
    {
      g_autofree char *empty = ds_html_to_text (NULL, NULL);

      FUZZ_CHECK (empty != NULL && *empty == '\0', "NULL does not give \"\"");
    }
  again = ds_html_to_text (html, NULL);
  FUZZ_CHECK (strcmp (again, text) == 0, "the text depends on whether links are asked for");

  return 0;
}
