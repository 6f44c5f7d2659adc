/* ds-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-text"

#include "config.h"

#include <string.h>

#include "ds-text.h"

/* A plain string is stored under the language "" so it matches every lookup. */
typedef struct
{
  char *language;
  char *string;
} Translation;

struct _DsText
{
  gatomicrefcount ref_count;
  GArray *translations;
};

G_DEFINE_BOXED_TYPE (DsText, ds_text, ds_text_ref, ds_text_unref)

static char *content_language;
/* g_get_language_names() reads the environment on each call: the answer is kept. */
static const char *ui_language;

static void
translation_clear (gpointer data)
{
  Translation *translation = data;

  g_free (translation->language);
  g_free (translation->string);
}

static const Translation *
find_translation (const DsText *text,
                  const char   *language)
{
  for (guint i = 0; i < text->translations->len; i++)
    {
      const Translation *t = &g_array_index (text->translations, Translation, i);

      if (g_strcmp0 (t->language, language) == 0)
        return t;
    }

  return NULL;
}

DsText *
ds_text_new (void)
{
  DsText *text = g_new0 (DsText, 1);

  g_atomic_ref_count_init (&text->ref_count);
  text->translations = g_array_new (FALSE, TRUE, sizeof (Translation));
  g_array_set_clear_func (text->translations, translation_clear);

  return text;
}

DsText *
ds_text_new_plain (const char *string)
{
  DsText *text = ds_text_new ();

  ds_text_set (text, "", string);

  return text;
}

DsText *
ds_text_ref (DsText *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  g_atomic_ref_count_inc (&text->ref_count);

  return text;
}

void
ds_text_unref (DsText *text)
{
  g_return_if_fail (text != NULL);

  if (g_atomic_ref_count_dec (&text->ref_count))
    {
      g_array_unref (text->translations);
      g_free (text);
    }
}

void
ds_text_set (DsText     *text,
             const char *language,
             const char *string)
{
  Translation translation;

  g_return_if_fail (text != NULL);
  g_return_if_fail (language != NULL);
  g_return_if_fail (string != NULL);

  for (guint i = 0; i < text->translations->len; i++)
    {
      Translation *t = &g_array_index (text->translations, Translation, i);

      if (strcmp (t->language, language) == 0)
        {
          g_free (t->string);
          t->string = g_strdup (string);
          return;
        }
    }

  translation.language = g_strdup (language);
  translation.string = g_strdup (string);
  g_array_append_val (text->translations, translation);
}

gboolean
ds_text_has (const DsText *text,
             const char   *language)
{
  const Translation *t;

  if (text == NULL)
    return FALSE;

  t = find_translation (text, language);

  return t != NULL && t->string[0] != '\0';
}

const char *
ds_text_get_for (const DsText *text,
                 const char   *language)
{
  const Translation *t;

  if (text == NULL || text->translations->len == 0)
    return "";

  if ((t = find_translation (text, "")) != NULL)
    return t->string;
  if (language != NULL && (t = find_translation (text, language)) != NULL && t->string[0])
    return t->string;
  if ((t = find_translation (text, "en")) != NULL && t->string[0])
    return t->string;

  for (guint i = 0; i < text->translations->len; i++)
    {
      t = &g_array_index (text->translations, Translation, i);
      if (t->string[0] != '\0')
        return t->string;
    }

  return "";
}

guint
ds_text_get_n_languages (const DsText *text)
{
  return text != NULL ? text->translations->len : 0;
}

const char *
ds_text_get_language_at (const DsText *text,
                         guint         index)
{
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (index < text->translations->len, NULL);

  return g_array_index (text->translations, Translation, index).language;
}

const char *
ds_text_get (const DsText *text)
{
  return ds_text_get_for (text, ds_text_get_content_language ());
}

void
ds_text_set_content_language (const char *language)
{
  g_free (content_language);
  content_language = g_strdup (language);
  /* NULL goes back to the UI language, which the caller may just have changed. */
  ui_language = NULL;
}

/* The first language of the user's list that we have a UI translation for, so that
 * content and interface speak the same language. */
const char *
ds_text_get_content_language (void)
{
  static const char * const ui_languages[] = { "fr", "en" };

  if (content_language != NULL)
    return content_language;
  if (ui_language != NULL)
    return ui_language;

  for (const char * const *names = g_get_language_names (); *names != NULL; names++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (ui_languages); i++)
        {
          gsize len = strlen (ui_languages[i]);

          if (strncmp (*names, ui_languages[i], len) == 0 &&
              ((*names)[len] == '\0' || (*names)[len] == '_' || (*names)[len] == '.'))
            return ui_language = ui_languages[i];
        }
    }

  return ui_language = "en";
}
