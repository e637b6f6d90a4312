/* alloc.c — the small-object allocator, after CPython's pymalloc.
 *
 * Requests of 1..512 bytes are served from 32 size classes of 16 bytes.
 * Blocks of one class are carved from 16 KiB pools; pools are carved from
 * 1 MiB arenas obtained with mmap and aligned to 1 MiB, so the pool of any
 * block is found by masking the address.  Whether a pointer belongs to an
 * arena at all is answered by a two-level radix bitmap over the address
 * space (one bit per MiB), so free() never needs the block's size and never
 * reads memory it does not own.  Larger requests go to malloc.
 *
 *   usedpools[c]   pools of class c with at least one free block
 *   usable_arenas  arenas with free pools, sorted by ascending nfreepools,
 *                  so allocation fills the fullest arena first and nearly
 *                  empty arenas drain and get unmapped.
 *
 * Blocks inside a pool are handed out from its free list first, then by a
 * bump pointer over never-used space.  Not thread-safe: the GIL is held. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "mem/alloc.h"

/* Under AddressSanitizer, free blocks and uncarved space are poisoned so
 * use-after-free of small objects is caught even though they live in our
 * arenas rather than in malloc's heap. */
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define POISON(p, n)   ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define POISON(p, n)   ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define POOL_MASK       ((uintptr_t)MEM_POOL_SIZE - 1)
#define ARENA_MASK      ((uintptr_t)MEM_ARENA_SIZE - 1)
#define POOLS_PER_ARENA (MEM_ARENA_SIZE / MEM_POOL_SIZE)
#define POOL_OVERHEAD   48      /* sizeof(Pool) rounded to the alignment */

typedef struct Pool {
    uint32_t ref;               /* blocks in use */
    uint32_t szidx;             /* size class */
    uint8_t *freeblock;         /* free list threaded through the blocks */
    struct Pool *nextpool;      /* usedpools list, or the arena's free pools */
    struct Pool *prevpool;
    uint32_t arenaindex;
    uint32_t nextoffset;        /* bump pointer: first never-used block */
    uint32_t maxnextoffset;     /* last offset at which a block fits */
} Pool;

_Static_assert(sizeof(Pool) <= POOL_OVERHEAD, "pool header too large");

typedef struct Arena {
    uintptr_t address;          /* 0: this slot is unused */
    uintptr_t pool_address;     /* next never-carved pool */
    uint32_t nfreepools;        /* empty pools (carved or not) */
    uint32_t ntotalpools;
    Pool *freepools;            /* carved pools that are empty again */
    struct Arena *nextarena;    /* usable_arenas, or the unused-slot list */
    struct Arena *prevarena;
} Arena;

static Arena *arenas;
static uint32_t maxarenas;
static Arena *unused_arena_objects;
static Arena *usable_arenas;
static Pool *usedpools[MEM_NCLASSES];

static size_t narenas_allocated_total;
static size_t narenas_reclaimed;
static size_t narenas_current;
static size_t narenas_highwater;
static size_t nblocks_in_use;
static size_t nlarge_in_use;

/* ---- the arena map: one bit per MiB of address space ------------------------- */

#define MAP_BITS   14                     /* 2 levels x 14 bits + 20 = 48 bits */
#define MAP_SIZE   (1u << MAP_BITS)
typedef struct MapLeaf { uint64_t bits[MAP_SIZE / 64]; } MapLeaf;
static MapLeaf *arena_map[MAP_SIZE];
static size_t arena_map_leaves;

static inline int address_in_range(const void *p)
{
    uintptr_t a = (uintptr_t)p;
    if (a >> 48)
        return 0;
    MapLeaf *leaf = arena_map[(a >> (20 + MAP_BITS)) & (MAP_SIZE - 1)];
    if (leaf == NULL)
        return 0;
    uintptr_t bit = (a >> 20) & (MAP_SIZE - 1);
    return (leaf->bits[bit / 64] >> (bit % 64)) & 1;
}

static int map_mark(uintptr_t a, int on)
{
    MapLeaf **slot = &arena_map[(a >> (20 + MAP_BITS)) & (MAP_SIZE - 1)];
    if (*slot == NULL) {
        if (!on)
            return 0;
        *slot = calloc(1, sizeof(MapLeaf));
        if (*slot == NULL)
            return -1;
        arena_map_leaves++;
    }
    uintptr_t bit = (a >> 20) & (MAP_SIZE - 1);
    if (on)
        (*slot)->bits[bit / 64] |= (uint64_t)1 << (bit % 64);
    else
        (*slot)->bits[bit / 64] &= ~((uint64_t)1 << (bit % 64));
    return 0;
}

/* ---- arenas --------------------------------------------------------------------- */

/* mmap's an aligned MiB: map twice the size and trim both ends. */
static void *map_aligned_arena(void)
{
    size_t len = 2 * (size_t)MEM_ARENA_SIZE;
    uint8_t *raw = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return NULL;
    uintptr_t start = ((uintptr_t)raw + ARENA_MASK) & ~ARENA_MASK;
    size_t head = start - (uintptr_t)raw;
    size_t tail = len - head - MEM_ARENA_SIZE;
    if (head)
        munmap(raw, head);
    if (tail)
        munmap((void *)(start + MEM_ARENA_SIZE), tail);
    return (void *)start;
}

static Arena *new_arena(void)
{
    if (unused_arena_objects == NULL) {
        uint32_t n = maxarenas ? maxarenas * 2 : 16;
        uintptr_t old = (uintptr_t)arenas;
        Arena *na = realloc(arenas, n * sizeof(Arena));
        if (na == NULL)
            return NULL;
        /* Lists hold pointers into the array: rebase them after a move. */
        if ((uintptr_t)na != old && old) {
            ptrdiff_t d = (ptrdiff_t)((uintptr_t)na - old);
            for (uint32_t i = 0; i < maxarenas; i++) {
                if (na[i].nextarena)
                    na[i].nextarena = (Arena *)((char *)na[i].nextarena + d);
                if (na[i].prevarena)
                    na[i].prevarena = (Arena *)((char *)na[i].prevarena + d);
            }
            if (usable_arenas)
                usable_arenas = (Arena *)((char *)usable_arenas + d);
        }
        arenas = na;
        for (uint32_t i = maxarenas; i < n; i++) {
            arenas[i].address = 0;
            arenas[i].nextarena = i + 1 < n ? &arenas[i + 1] : NULL;
            arenas[i].prevarena = NULL;
        }
        unused_arena_objects = &arenas[maxarenas];
        maxarenas = n;
    }
    void *mem = map_aligned_arena();
    if (mem == NULL)
        return NULL;
    if (((uintptr_t)mem >> 48) || map_mark((uintptr_t)mem, 1) < 0) {
        munmap(mem, MEM_ARENA_SIZE);
        return NULL;
    }
    POISON(mem, MEM_ARENA_SIZE);
    Arena *a = unused_arena_objects;
    unused_arena_objects = a->nextarena;
    a->address = (uintptr_t)mem;
    a->pool_address = (uintptr_t)mem;
    a->nfreepools = a->ntotalpools = POOLS_PER_ARENA;
    a->freepools = NULL;
    a->nextarena = a->prevarena = NULL;
    narenas_allocated_total++;
    if (++narenas_current > narenas_highwater)
        narenas_highwater = narenas_current;
    return a;
}

static void free_arena(Arena *a)
{
    map_mark(a->address, 0);
    /* ASan keeps the shadow of unmapped memory: the next mmap at this
     * address (libc's, or the symbolizer's at exit) would read as poisoned */
    UNPOISON((void *)a->address, MEM_ARENA_SIZE);
    munmap((void *)a->address, MEM_ARENA_SIZE);
    a->address = 0;
    a->nextarena = unused_arena_objects;
    a->prevarena = NULL;
    unused_arena_objects = a;
    narenas_reclaimed++;
    narenas_current--;
}

static void usable_unlink(Arena *a)
{
    if (a->prevarena)
        a->prevarena->nextarena = a->nextarena;
    else
        usable_arenas = a->nextarena;
    if (a->nextarena)
        a->nextarena->prevarena = a->prevarena;
    a->nextarena = a->prevarena = NULL;
}

/* Inserts a into usable_arenas keeping the ascending nfreepools order. */
static void usable_insert(Arena *a)
{
    Arena *prev = NULL, *cur = usable_arenas;
    while (cur && cur->nfreepools < a->nfreepools) {
        prev = cur;
        cur = cur->nextarena;
    }
    a->prevarena = prev;
    a->nextarena = cur;
    if (prev)
        prev->nextarena = a;
    else
        usable_arenas = a;
    if (cur)
        cur->prevarena = a;
}

/* ---- pools ------------------------------------------------------------------------ */

static inline Pool *pool_of(const void *p)
{
    return (Pool *)((uintptr_t)p & ~POOL_MASK);
}

static inline size_t class_size(uint32_t idx) { return (size_t)(idx + 1) * MEM_ALIGNMENT; }

static inline int pool_full(const Pool *p)
{
    return p->freeblock == NULL && p->nextoffset > p->maxnextoffset;
}

static void used_link(Pool *p)
{
    Pool **head = &usedpools[p->szidx];
    p->prevpool = NULL;
    p->nextpool = *head;
    if (*head)
        (*head)->prevpool = p;
    *head = p;
}

static void used_unlink(Pool *p)
{
    if (p->prevpool)
        p->prevpool->nextpool = p->nextpool;
    else
        usedpools[p->szidx] = p->nextpool;
    if (p->nextpool)
        p->nextpool->prevpool = p->prevpool;
    p->nextpool = p->prevpool = NULL;
}

/* A fresh pool for class idx from the fullest usable arena. */
static Pool *new_pool(uint32_t idx)
{
    if (usable_arenas == NULL) {
        Arena *a = new_arena();
        if (a == NULL)
            return NULL;
        usable_insert(a);
    }
    Arena *a = usable_arenas;
    Pool *p;
    if (a->freepools) {
        p = a->freepools;
        a->freepools = p->nextpool;
    } else {
        p = (Pool *)a->pool_address;
        UNPOISON(p, POOL_OVERHEAD);
        a->pool_address += MEM_POOL_SIZE;
    }
    p->arenaindex = (uint32_t)(a - arenas);
    a->nfreepools--;
    if (a->nfreepools == 0)
        usable_unlink(a);
    /* The arena got fuller; it stays at or before its old place. */
    else if (a->prevarena && a->prevarena->nfreepools > a->nfreepools) {
        usable_unlink(a);
        usable_insert(a);
    }
    size_t size = class_size(idx);
    p->ref = 0;
    p->szidx = idx;
    p->freeblock = NULL;
    p->nextoffset = POOL_OVERHEAD;
    p->maxnextoffset = (uint32_t)(MEM_POOL_SIZE - size);
    used_link(p);
    return p;
}

/* The slow half of small_alloc: class idx has no pool with a free-list
 * block, so carve from the bump pointer, taking a fresh pool if needed.
 * Kept out of line so the fast path needs no saved registers. */
static __attribute__((noinline)) void *small_alloc_slow(uint32_t idx)
{
    Pool *p = usedpools[idx];
    if (p == NULL && (p = new_pool(idx)) == NULL)
        return NULL;
    uint8_t *b;
    if (p->freeblock) {
        b = p->freeblock;
        UNPOISON(b, class_size(idx));
        p->freeblock = *(uint8_t **)b;
    } else {
        b = (uint8_t *)p + p->nextoffset;
        UNPOISON(b, class_size(idx));
        p->nextoffset += (uint32_t)class_size(idx);
    }
    p->ref++;
    if (pool_full(p))
        used_unlink(p);
    nblocks_in_use++;
    return b;
}

/* Fast path: the first block of the free list of the class's first pool. */
static inline void *small_alloc(size_t n)
{
    uint32_t idx = n ? (uint32_t)((n - 1) / MEM_ALIGNMENT) : 0;
    Pool *p = usedpools[idx];
    uint8_t *b;
    if (p == NULL || (b = p->freeblock) == NULL)
        return small_alloc_slow(idx);
    UNPOISON(b, class_size(idx));
    uint8_t *next = *(uint8_t **)b;
    p->freeblock = next;
    p->ref++;
    nblocks_in_use++;
    if (next == NULL && p->nextoffset > p->maxnextoffset)
        used_unlink(p);     /* that was its last block */
    return b;
}

static void small_free(void *block)
{
    Pool *p = pool_of(block);
    int was_full = pool_full(p);
    *(uint8_t **)block = p->freeblock;
    POISON(block, class_size(p->szidx));
    p->freeblock = block;
    p->ref--;
    nblocks_in_use--;
    if (p->ref > 0) {
        if (was_full)
            used_link(p);
        return;
    }
    /* The pool is empty: give it back to its arena. */
    if (!was_full)
        used_unlink(p);
    Arena *a = &arenas[p->arenaindex];
    p->nextpool = a->freepools;
    a->freepools = p;
    a->nfreepools++;
    if (a->nfreepools == a->ntotalpools && usable_arenas &&
        (usable_arenas != a || a->nextarena)) {
        /* Entirely free, and not the only arena with room: unmap it. */
        if (a->nfreepools != 1)
            usable_unlink(a);
        free_arena(a);
        return;
    }
    if (a->nfreepools == 1) {
        usable_insert(a);           /* was full, not on the list */
    } else if (a->nextarena && a->nextarena->nfreepools < a->nfreepools) {
        usable_unlink(a);
        usable_insert(a);
    }
}

/* ---- public interface ------------------------------------------------------------ */

void *mem_malloc(size_t n)
{
    if (n <= MEM_SMALL_MAX) {
        void *b = small_alloc(n);
        if (b)
            return b;
    }
    void *p = malloc(n ? n : 1);
    if (p)
        nlarge_in_use++;
    return p;
}

void *mem_calloc(size_t nelem, size_t elsize)
{
    if (elsize && nelem > SIZE_MAX / elsize)
        return NULL;
    size_t n = nelem * elsize;
    if (n <= MEM_SMALL_MAX) {
        void *b = small_alloc(n);
        if (b) {
            /* Most objects are a few 16-byte units: clear whole units
             * (blocks are rounded up to them) with plain stores.  A
             * variable-length memset is compiled to `rep stos` under
             * profile-guided optimisation, whose start-up cost made this
             * function a fifth of a list comprehension's time. */
            if (n <= 64) {
                uint64_t *w = b;
                w[0] = w[1] = 0;
                if (n > 16) w[2] = w[3] = 0;
                if (n > 32) w[4] = w[5] = 0;
                if (n > 48) w[6] = w[7] = 0;
            } else {
                memset(b, 0, n);
            }
            return b;
        }
    }
    void *p = calloc(n ? n : 1, 1);
    if (p)
        nlarge_in_use++;
    return p;
}

void mem_free(void *p)
{
    if (p == NULL)
        return;
    if (address_in_range(p)) {
        small_free(p);
        return;
    }
    nlarge_in_use--;
    free(p);
}

void *mem_realloc(void *p, size_t n)
{
    if (p == NULL)
        return mem_malloc(n);
    if (!address_in_range(p))
        return realloc(p, n ? n : 1);       /* large stays with malloc */
    size_t size = class_size(pool_of(p)->szidx);
    /* Keep the block if it fits and would not waste more than a quarter. */
    if (n <= size && 4 * n > 3 * size)
        return p;
    void *q = mem_malloc(n);
    if (q == NULL)
        return NULL;
    memcpy(q, p, n < size ? n : size);
    small_free(p);
    return q;
}

void mem_get_stats(MemStats *st)
{
    st->arenas_allocated = narenas_allocated_total;
    st->arenas_reclaimed = narenas_reclaimed;
    st->arenas_current = narenas_current;
    st->arenas_highwater = narenas_highwater;
    st->blocks_in_use = nblocks_in_use;
    st->large_in_use = nlarge_in_use;
}

void mem_trim(void)
{
    Arena *a = usable_arenas;
    while (a) {
        Arena *next = a->nextarena;
        if (a->nfreepools == a->ntotalpools) {
            usable_unlink(a);
            free_arena(a);
        }
        a = next;
    }
}

/* ---- sys._debugmallocstats ------------------------------------------------------ */

/* One "label = value" line as CPython prints it: the label padded to 35
 * columns, the value right-aligned in 21 with thousands separators. */
static size_t printone(FILE *out, const char *msg, size_t value)
{
    char buf[32];
    int i = 22, k = 3;
    size_t v = value;
    fputs(msg, out);
    for (size_t j = strlen(msg); j < 35; j++)
        fputc(' ', out);
    fputc('=', out);
    buf[i--] = '\0';
    buf[i--] = '\n';
    do {
        buf[i--] = (char)('0' + v % 10);
        v /= 10;
        if (--k == 0 && v && i >= 0) {
            k = 3;
            buf[i--] = ',';
        }
    } while (v && i >= 0);
    while (i >= 0)
        buf[i--] = ' ';
    fputs(buf, out);
    return value;
}

void mem_debug_stats(FILE *out)
{
    size_t numpools[MEM_NCLASSES] = { 0 }, numblocks[MEM_NCLASSES] = { 0 };
    size_t numfree[MEM_NCLASSES] = { 0 };
    size_t numfreepools = 0, narenas = 0;
    for (uint32_t i = 0; i < maxarenas; i++) {
        Arena *a = &arenas[i];
        if (a->address == 0)
            continue;
        narenas++;
        numfreepools += a->nfreepools;
        for (uintptr_t base = a->address; base < a->pool_address; base += MEM_POOL_SIZE) {
            Pool *p = (Pool *)base;
            if (p->ref == 0)
                continue;
            size_t nb = (MEM_POOL_SIZE - POOL_OVERHEAD) / class_size(p->szidx);
            numpools[p->szidx]++;
            numblocks[p->szidx] += p->ref;
            numfree[p->szidx] += nb - p->ref;
        }
    }
    fprintf(out, "Small block threshold = %d, in %d size classes.\n",
            MEM_SMALL_MAX, MEM_NCLASSES);
    fputs("\nclass   size   num pools   blocks in use  avail blocks\n"
          "-----   ----   ---------   -------------  ------------\n", out);
    size_t allocated = 0, available = 0, headers = 0, quant = 0;
    for (uint32_t i = 0; i < MEM_NCLASSES; i++) {
        if (numpools[i] == 0)
            continue;
        size_t size = class_size(i);
        fprintf(out, "%5u %6zu %11zu %15zu %13zu\n", i, size, numpools[i], numblocks[i],
                numfree[i]);
        allocated += numblocks[i] * size;
        available += numfree[i] * size;
        headers += numpools[i] * POOL_OVERHEAD;
        quant += numpools[i] * ((MEM_POOL_SIZE - POOL_OVERHEAD) % size);
    }
    fputc('\n', out);
    char buf[128];
    printone(out, "# arenas allocated total", narenas_allocated_total);
    printone(out, "# arenas reclaimed", narenas_reclaimed);
    printone(out, "# arenas highwater mark", narenas_highwater);
    printone(out, "# arenas allocated current", narenas);
    snprintf(buf, sizeof buf, "%zu arenas * %d bytes/arena", narenas, MEM_ARENA_SIZE);
    printone(out, buf, narenas * MEM_ARENA_SIZE);
    fputc('\n', out);
    size_t total = printone(out, "# bytes in allocated blocks", allocated);
    total += printone(out, "# bytes in available blocks", available);
    snprintf(buf, sizeof buf, "%zu unused pools * %d bytes", numfreepools, MEM_POOL_SIZE);
    total += printone(out, buf, numfreepools * MEM_POOL_SIZE);
    total += printone(out, "# bytes lost to pool headers", headers);
    total += printone(out, "# bytes lost to quantization", quant);
    total += printone(out, "# bytes lost to arena alignment", 0);
    printone(out, "Total", total);
    fputs("\narena map counts\n", out);
    printone(out, "# arena map bot nodes", arena_map_leaves);
    fputc('\n', out);
    total = printone(out, "# bytes lost to arena map root", sizeof arena_map);
    total += printone(out, "# bytes lost to arena map bot", arena_map_leaves * sizeof(MapLeaf));
    printone(out, "Total", total);
}
