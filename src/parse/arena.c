/* arena.c — bump allocation in chained blocks.  Requests larger than a block
 * get a block of their own, so one huge literal does not waste a chunk. */
#include "parse/arena.h"

#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK 65536
#define ARENA_ALIGN 16

typedef struct Block {
    struct Block *next;
    size_t used, size;
    _Alignas(ARENA_ALIGN) unsigned char data[];
} Block;

struct Arena {
    Block *head;
};

Arena *arena_new(void)
{
    return calloc(1, sizeof(Arena));
}

static Block *block_new(size_t size)
{
    Block *b = malloc(sizeof(Block) + size);
    if (!b)
        return NULL;
    b->next = NULL;
    b->used = 0;
    b->size = size;
    return b;
}

void *arena_alloc(Arena *a, size_t n)
{
    size_t need = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (need == 0)
        need = ARENA_ALIGN;
    Block *b = a->head;
    if (!b || b->size - b->used < need) {
        if (need > ARENA_BLOCK / 4) {
            /* A big request gets its own block behind the current one, so
             * the current block's free space stays usable. */
            Block *big = block_new(need);
            if (!big)
                return NULL;
            big->used = need;
            if (b) {
                big->next = b->next;
                b->next = big;
            } else {
                a->head = big;
            }
            memset(big->data, 0, need);
            return big->data;
        }
        Block *nb = block_new(ARENA_BLOCK);
        if (!nb)
            return NULL;
        nb->next = b;
        a->head = b = nb;
    }
    void *p = b->data + b->used;
    b->used += need;
    memset(p, 0, need);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void arena_free(Arena *a)
{
    if (!a)
        return;
    Block *b = a->head;
    while (b) {
        Block *next = b->next;
        free(b);
        b = next;
    }
    free(a);
}
