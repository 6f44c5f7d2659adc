/* ds-url.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-url"

#include "config.h"

#include <string.h>

#include "ds-url.h"

/* g_uri_peek_scheme() interns every scheme it sees, and dossiers come from strangers:
 * a file full of made-up schemes would grow the quark table for good. */
gboolean
ds_url_is_web (const char *url)
{
  g_autofree char *scheme = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *host;

  if (url == NULL || (scheme = g_uri_parse_scheme (url)) == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    return FALSE;
  if ((uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL)) == NULL)
    return FALSE;

  host = g_uri_get_host (uri);
  if (host == NULL || *host == '\0')
    return FALSE;

  /* GUri takes any byte in a host name; no real host has these ("e.example<script>"). */
  for (const char *p = host; *p != '\0'; p++)
    if ((guchar)*p <= ' ' || *p == 0x7F || strchr ("<>\"{}|\\^`%", *p) != NULL)
      return FALSE;

  return TRUE;
}
