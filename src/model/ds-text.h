/* ds-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A piece of dossier text in one or several languages.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DS_TYPE_TEXT (ds_text_get_type ())

typedef struct _DsText DsText;

GType        ds_text_get_type            (void) G_GNUC_CONST;
DsText      *ds_text_new                 (void);
DsText      *ds_text_new_plain           (const char   *string);
/* Up to 8 translations in a single allocation; ds_text_set() still works on it. */
DsText      *ds_text_new_packed          (guint         n,
                                          const char * const *languages,
                                          const char * const *strings);
DsText      *ds_text_ref                 (DsText       *text);
void         ds_text_unref               (DsText       *text);
void         ds_text_set                 (DsText       *text,
                                          const char   *language,
                                          const char   *string);
gboolean     ds_text_has                 (const DsText *text,
                                          const char   *language);
const char  *ds_text_get_for             (const DsText *text,
                                          const char   *language);
guint        ds_text_get_n_languages     (const DsText *text);
const char  *ds_text_get_language_at     (const DsText *text,
                                          guint         index);

/* In the content language (see below), else English, else any language present;
 * "" for a NULL or empty text, never NULL. */
const char  *ds_text_get                 (const DsText *text);

/* The content language follows the UI language; an export may override it. */
void         ds_text_set_content_language (const char  *language);
const char  *ds_text_get_content_language (void);

/* Lower case, accents removed, whitespace collapsed: "Économie  NONSENS" →
 * "economie nonsens". Safe to call from any thread. */
char        *ds_normalize_for_search     (const char   *text);
/* The same, appended to @out. */
void         ds_normalize_for_search_append (GString   *out,
                                             const char *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DsText, ds_text_unref)

G_END_DECLS
