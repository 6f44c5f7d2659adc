/* bench-load.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One load per process, so that the peak resident size (getrusage ru_maxrss) belongs
 * to that load alone: bench/run.sh spawns it once per file, mode and repetition.
 *
 *   bench-load --mode dealscope FILE    ds_dossier_load_bytes(): the whole loader
 *   bench-load --mode json-glib FILE    json-glib parsing the same bytes into a
 *                                       JsonNode tree, and nothing more
 *
 * Prints one tab-separated line:
 *   load <mode> <file> <seconds> <cpu-seconds> <peak-rss-kB> <rss-before-kB> <bytes>
 * The file is read into memory before the clock starts, in both modes.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "bench-util.h"
#include "ds-dossier-loader.h"

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);

  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *mode = NULL;
  const GOptionEntry entries[] = {
    { "mode", 'm', 0, G_OPTION_ARG_STRING, &mode, "dealscope or json-glib", "MODE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents = NULL;
  gsize length = 0;
  glong rss_before;
  double cpu_start;
  double seconds;
  double cpu;
  gint64 start;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 || mode == NULL)
    bench_fail ("usage: bench-load --mode dealscope|json-glib FILE");

  if (!g_file_get_contents (argv[1], &contents, &length, &error))
    bench_fail ("%s", error->message);
  bytes = g_bytes_new_take (contents, length);
  rss_before = bench_maxrss_kb ();

  if (g_str_equal (mode, "dealscope"))
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(DsDossier) dossier = NULL;

      cpu_start = cpu_seconds ();
      start = bench_now_ns ();
      dossier = ds_dossier_load_bytes (bytes, &problems, NULL, &error);
      seconds = (bench_now_ns () - start) / 1e9;
      cpu = cpu_seconds () - cpu_start;
      if (dossier == NULL)
        bench_fail ("%s: %s", argv[1], error->message);
    }
  else if (g_str_equal (mode, "json-glib"))
    {
      g_autoptr(JsonParser) parser = NULL;
      g_autoptr(JsonNode) root = NULL;

      cpu_start = cpu_seconds ();
      start = bench_now_ns ();
      parser = json_parser_new ();
      if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), (gssize) length, &error))
        bench_fail ("%s: %s", argv[1], error->message);
      root = json_parser_steal_root (parser);
      seconds = (bench_now_ns () - start) / 1e9;
      cpu = cpu_seconds () - cpu_start;
      if (root == NULL)
        bench_fail ("%s: empty document", argv[1]);
    }
  else
    {
      bench_fail ("unknown mode %s", mode);
    }

  printf ("load\t%s\t%s\t%.6f\t%.6f\t%ld\t%ld\t%" G_GSIZE_FORMAT "\n",
          mode, argv[1], seconds, cpu, bench_maxrss_kb (), rss_before, length);

  return 0;
}
