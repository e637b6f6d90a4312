/* alloc.c — the small-object allocator.  (Being replaced by pools and
 * arenas; for now a thin layer over malloc.) */
#include <stdlib.h>
#include <string.h>

#include "mem/alloc.h"

void *mem_malloc(size_t n) { return malloc(n ? n : 1); }
void *mem_calloc(size_t a, size_t b) { return calloc(a ? a : 1, b ? b : 1); }
void *mem_realloc(void *p, size_t n) { return realloc(p, n ? n : 1); }
void mem_free(void *p) { free(p); }
void mem_debug_stats(FILE *out) { (void)out; }
void mem_get_stats(MemStats *st) { memset(st, 0, sizeof *st); }
void mem_trim(void) {}
