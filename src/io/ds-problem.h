/* ds-problem.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One thing wrong (or worth a warning) in a dossier: where it is and what it is.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DS_PROBLEM_ERROR,
  DS_PROBLEM_WARNING,
} DsProblemSeverity;

typedef struct
{
  DsProblemSeverity  severity;
  guint              line;     /* 1-based; 0 when unknown */
  guint              column;   /* 1-based, in characters; 0 when unknown */
  char              *path;     /* "events[3].date", or "" for the whole file */
  char              *message;
} DsProblem;

/* A GPtrArray of DsProblem that frees its elements. */
GPtrArray *ds_problems_new       (void);
DsProblem *ds_problems_add       (GPtrArray         *problems,
                                  DsProblemSeverity  severity,
                                  const char        *path,
                                  const char        *format,
                                  ...) G_GNUC_PRINTF (4, 5);
guint      ds_problems_count     (GPtrArray         *problems,
                                  DsProblemSeverity  severity);

/* GNU style: "FILE:LINE:COLUMN: PATH: MESSAGE", with "warning: " before warnings. */
char      *ds_problem_to_string  (const DsProblem   *problem,
                                  const char        *file_name);

G_END_DECLS
