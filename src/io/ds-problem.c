/* ds-problem.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ds-problem"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ds-problem.h"

static void
ds_problem_free (gpointer data)
{
  DsProblem *problem = data;

  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

GPtrArray *
ds_problems_new (void)
{
  return g_ptr_array_new_with_free_func (ds_problem_free);
}

DsProblem *
ds_problems_add (GPtrArray         *problems,
                 DsProblemSeverity  severity,
                 const char        *path,
                 const char        *format,
                 ...)
{
  DsProblem *problem;
  va_list args;

  g_return_val_if_fail (problems != NULL, NULL);

  problem = g_new0 (DsProblem, 1);
  problem->severity = severity;
  problem->path = g_strdup (path ? path : "");
  va_start (args, format);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (problems, problem);

  return problem;
}

guint
ds_problems_count (GPtrArray         *problems,
                   DsProblemSeverity  severity)
{
  guint count = 0;

  if (problems == NULL)
    return 0;

  for (guint i = 0; i < problems->len; i++)
    {
      const DsProblem *problem = g_ptr_array_index (problems, i);

      if (problem->severity == severity)
        count++;
    }

  return count;
}

char *
ds_problem_to_string (const DsProblem *problem,
                      const char      *file_name)
{
  GString *str;

  g_return_val_if_fail (problem != NULL, NULL);

  str = g_string_new (file_name ? file_name : "");
  if (problem->line > 0)
    g_string_append_printf (str, ":%u:%u", problem->line, problem->column);
  g_string_append (str, ": ");
  if (problem->severity == DS_PROBLEM_WARNING)
    {
      /* Translators: the GNU convention prefixes warnings with this word */
      g_string_append (str, _("warning"));
      g_string_append (str, ": ");
    }
  if (problem->path[0] != '\0')
    {
      g_string_append (str, problem->path);
      g_string_append (str, ": ");
    }
  g_string_append (str, problem->message);

  return g_string_free (str, FALSE);
}
