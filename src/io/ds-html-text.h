/* ds-html-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Turns the HTML of imported text (TimelineJS headlines and texts) into plain text for
 * the model. Nothing of the markup survives but its words and its paragraph breaks:
 * the result is shown with gtk_label_set_text(), never as markup.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Paragraphs (<p>, <div>, <blockquote>, headings…) are separated by a blank line, <br>
 * is a newline and list items start a line with "• ". Links keep their text, followed
 * by " (URL)" for http and https targets only. <script>, <style>, <iframe>, <noscript>,
 * <template> and <object> are dropped with their content; every other tag is dropped
 * and its text kept. Entities are decoded (invalid numeric ones become U+FFFD),
 * whitespace is collapsed and invalid UTF-8 in @html becomes U+FFFD.
 *
 * @html: NUL-terminated, may be NULL (gives "")
 * @links_out: (optional): a GPtrArray with g_free as its free function; each http or
 *   https link kept is appended once, in order of appearance
 *
 * Returns: (transfer full): valid UTF-8 without leading or trailing whitespace. */
char *ds_html_to_text (const char *html,
                       GPtrArray  *links_out);

G_END_DECLS
