/* ds-event-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The strings and small arrays shared by the events of one load (ds-event-private.h).
 */

#define G_LOG_DOMAIN "ds-event"

#include "config.h"

#include "ds-event-private.h"

/* Strings in a chunk, arrays in blocks; freed together with the last event. */
struct _DsEventStore
{
  gatomicrefcount ref_count;
  GStringChunk *strings;
  GPtrArray *blocks;
  char *free_at;
  gsize free_left;
};

#define STORE_BLOCK_SIZE 16384

DsEventStore *
ds_event_store_new (void)
{
  DsEventStore *store = g_new0 (DsEventStore, 1);

  g_atomic_ref_count_init (&store->ref_count);
  store->strings = g_string_chunk_new (STORE_BLOCK_SIZE);
  store->blocks = g_ptr_array_new_with_free_func (g_free);

  return store;
}

DsEventStore *
ds_event_store_ref (DsEventStore *store)
{
  g_return_val_if_fail (store != NULL, NULL);

  g_atomic_ref_count_inc (&store->ref_count);

  return store;
}

void
ds_event_store_unref (DsEventStore *store)
{
  g_return_if_fail (store != NULL);

  if (g_atomic_ref_count_dec (&store->ref_count))
    {
      g_string_chunk_free (store->strings);
      g_ptr_array_unref (store->blocks);
      g_free (store);
    }
}

const char *
ds_event_store_add (DsEventStore *store,
                    const char   *string)
{
  g_return_val_if_fail (store != NULL, NULL);

  return string ? g_string_chunk_insert (store->strings, string) : NULL;
}

gpointer
ds_event_store_alloc (DsEventStore *store,
                      gsize         size)
{
  gpointer p;

  g_return_val_if_fail (store != NULL, NULL);

  size = (size + 7) & ~(gsize)7;
  if (size > STORE_BLOCK_SIZE / 4)
    {
      /* Big arrays get a block of their own, so that a block's rest is not lost. */
      p = g_malloc (size);
      g_ptr_array_add (store->blocks, p);
      return p;
    }

  if (size > store->free_left)
    {
      store->free_at = g_malloc (STORE_BLOCK_SIZE);
      store->free_left = STORE_BLOCK_SIZE;
      g_ptr_array_add (store->blocks, store->free_at);
    }

  p = store->free_at;
  store->free_at += size;
  store->free_left -= size;

  return p;
}
