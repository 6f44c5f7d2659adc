/* fuzz-common.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every Dealscope fuzz target shares: GLib set up so that a critical or a warning
 * (a g_return_if_fail() that fired, a json-glib complaint) is a crash libFuzzer keeps,
 * and checks that abort with a message when a property of the output does not hold.
 */

#pragma once

#include <glib.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* An invariant of the code under test, checked on every input. */
#define FUZZ_CHECK(cond, ...)                                                  \
  G_STMT_START {                                                               \
    if (G_UNLIKELY (!(cond)))                                                  \
      {                                                                        \
        fprintf (stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
        fprintf (stderr, __VA_ARGS__);                                         \
        fputc ('\n', stderr);                                                  \
        abort ();                                                              \
      }                                                                        \
  } G_STMT_END

static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   log_level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  /* Debug output and messages would only slow the fuzzer down. */
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    return g_log_writer_standard_streams (log_level, fields, n_fields, user_data);

  return G_LOG_WRITER_HANDLED;
}

static inline void
fuzz_init_glib (void)
{
  /* GSlice of GLib 2.74 would hide use-after-free and overflows from ASan. */
  g_setenv ("G_SLICE", "always-malloc", TRUE);
  g_setenv ("G_DEBUG", "gc-friendly", TRUE);
  g_setenv ("GIO_USE_VFS", "local", TRUE);
  g_setenv ("LANGUAGE", "", TRUE);
  setlocale (LC_ALL, "C.UTF-8");

  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
}

/* A NUL-terminated copy of the input: the parsers under test take C strings. */
static inline char *
fuzz_strndup (const uint8_t *data,
              size_t         size)
{
  char *text = g_malloc (size + 1);

  if (size > 0)
    memcpy (text, data, size);
  text[size] = '\0';

  return text;
}
