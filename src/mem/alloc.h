/* alloc.h — the small-object allocator (pymalloc-style pools and arenas).
 * Requests up to MEM_SMALL_MAX bytes come from 16-byte size classes carved
 * out of 16 KiB pools inside 1 MiB mmap'd arenas; larger ones go to malloc.
 * Not thread-safe by itself: callers hold the GIL. */
#ifndef GARTER_ALLOC_H
#define GARTER_ALLOC_H

#include <stddef.h>
#include <stdio.h>

#define MEM_ALIGNMENT   16
#define MEM_SMALL_MAX   512
#define MEM_NCLASSES    (MEM_SMALL_MAX / MEM_ALIGNMENT)
#define MEM_POOL_SIZE   (16 * 1024)
#define MEM_ARENA_SIZE  (1024 * 1024)

/* Memory with 16-byte alignment, or NULL when out of memory (no exception
 * is set: object-level callers raise MemoryError). */
void *mem_malloc(size_t n);
void *mem_calloc(size_t nelem, size_t elsize);
void *mem_realloc(void *p, size_t n);   /* p may be NULL; n == 0 frees-ish */
void mem_free(void *p);                 /* p may be NULL */

/* Prints the allocator state in the layout of CPython's
 * sys._debugmallocstats() (the pymalloc part). */
void mem_debug_stats(FILE *out);

/* Counters, for tests and the sys/gc modules. */
typedef struct MemStats {
    size_t arenas_allocated;    /* total ever mmap'd */
    size_t arenas_reclaimed;    /* total ever unmapped */
    size_t arenas_current;      /* mapped right now */
    size_t arenas_highwater;
    size_t blocks_in_use;       /* small blocks handed out and not freed */
    size_t large_in_use;        /* malloc-backed allocations not freed */
} MemStats;
void mem_get_stats(MemStats *st);

/* Releases every empty arena still held (called from rt_fini). */
void mem_trim(void);

#endif
