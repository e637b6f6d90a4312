/* test_alloc.c — the small-object allocator: size classes, block reuse,
 * arena release, large blocks, realloc across the small/large boundary and
 * the _debugmallocstats report. */
#include "testutil.h"

#include <stdint.h>

#include "mem/alloc.h"

START_TEST(test_alignment_and_classes)
{
    for (size_t n = 0; n <= 600; n += 7) {
        unsigned char *p = mem_malloc(n);
        ck_assert_ptr_nonnull(p);
        ck_assert_uint_eq((uintptr_t)p % MEM_ALIGNMENT, 0);
        memset(p, 0xab, n);
        mem_free(p);
    }
    /* Blocks of one class are a class size apart when carved in a row. */
    char *a = mem_malloc(20), *b = mem_malloc(30);
    ck_assert_int_eq((int)(b - a), 32);
    mem_free(a);
    mem_free(b);
}
END_TEST

START_TEST(test_reuse_freed_block)
{
    void *a = mem_malloc(100);
    void *keep = mem_malloc(100);
    mem_free(a);
    void *b = mem_malloc(97);               /* same 112-byte class */
    ck_assert_ptr_eq(a, b);
    mem_free(b);
    mem_free(keep);
}
END_TEST

START_TEST(test_calloc_zeroed)
{
    unsigned char *p = mem_malloc(64);
    memset(p, 0xff, 64);
    mem_free(p);
    unsigned char *q = mem_calloc(4, 16);
    for (int i = 0; i < 64; i++)
        ck_assert_uint_eq(q[i], 0);
    mem_free(q);
    ck_assert_ptr_null(mem_calloc(SIZE_MAX / 2, 4));
}
END_TEST

START_TEST(test_arena_release)
{
    MemStats before, mid, after;
    mem_trim();
    mem_get_stats(&before);
    enum { N = 40000 };                     /* 40000 * 256 B: ~10 MiB */
    void **v = malloc(N * sizeof *v);
    for (int i = 0; i < N; i++)
        v[i] = mem_malloc(256);
    mem_get_stats(&mid);
    ck_assert_uint_ge(mid.arenas_current, before.arenas_current + 9);
    ck_assert_uint_eq(mid.blocks_in_use, before.blocks_in_use + N);
    for (int i = 0; i < N; i++)
        mem_free(v[i]);
    free(v);
    mem_get_stats(&after);
    ck_assert_uint_eq(after.blocks_in_use, before.blocks_in_use);
    ck_assert_uint_ge(after.arenas_reclaimed, before.arenas_reclaimed + 8);
    ck_assert_uint_le(after.arenas_current, before.arenas_current + 1);
    mem_trim();
    mem_get_stats(&after);
    ck_assert_uint_le(after.arenas_current, before.arenas_current);
    ck_assert_uint_eq(after.arenas_highwater, mid.arenas_highwater);
}
END_TEST

START_TEST(test_fullest_arena_first)
{
    /* Fill two arenas, free most of the first one's blocks: new blocks come
     * from the fuller (second) arena. */
    enum { PER = (MEM_ARENA_SIZE / MEM_POOL_SIZE) * ((MEM_POOL_SIZE - 48) / 512) };
    void **v = malloc(2 * PER * sizeof *v);
    for (int i = 0; i < 2 * PER; i++)
        v[i] = mem_malloc(512);
    uintptr_t a0 = (uintptr_t)v[0] & ~((uintptr_t)MEM_ARENA_SIZE - 1);
    uintptr_t a1 = (uintptr_t)v[2 * PER - 1] & ~((uintptr_t)MEM_ARENA_SIZE - 1);
    ck_assert(a0 != a1);
    for (int i = 0; i < PER - 200; i++) {
        mem_free(v[i]);
        v[i] = NULL;
    }
    for (int i = PER; i < PER + 40; i++) {  /* make room in the fuller arena */
        mem_free(v[i]);
        v[i] = NULL;
    }
    void *x = mem_malloc(512);
    uintptr_t ax = (uintptr_t)x & ~((uintptr_t)MEM_ARENA_SIZE - 1);
    ck_assert_msg(ax != a0 || a1 == a0, "allocation went to the emptier arena");
    mem_free(x);
    for (int i = 0; i < 2 * PER; i++)
        mem_free(v[i]);
    free(v);
}
END_TEST

START_TEST(test_large_blocks)
{
    MemStats s0, s1;
    mem_get_stats(&s0);
    char *p = mem_malloc(513);
    ck_assert_ptr_nonnull(p);
    memset(p, 1, 513);
    char *q = mem_malloc(1 << 20);
    memset(q, 2, 1 << 20);
    mem_get_stats(&s1);
    ck_assert_uint_eq(s1.large_in_use, s0.large_in_use + 2);
    ck_assert_uint_eq(s1.blocks_in_use, s0.blocks_in_use);
    mem_free(p);
    mem_free(q);
    mem_get_stats(&s1);
    ck_assert_uint_eq(s1.large_in_use, s0.large_in_use);
}
END_TEST

START_TEST(test_realloc_boundary)
{
    unsigned char *p = mem_malloc(100);
    for (int i = 0; i < 100; i++)
        p[i] = (unsigned char)i;
    p = mem_realloc(p, 110);                /* same class: stays */
    p = mem_realloc(p, 500);
    for (int i = 0; i < 100; i++)
        ck_assert_uint_eq(p[i], (unsigned)i);
    p = mem_realloc(p, 5000);               /* small -> large */
    for (int i = 0; i < 100; i++)
        ck_assert_uint_eq(p[i], (unsigned)i);
    p = mem_realloc(p, 40);                 /* large stays with malloc */
    for (int i = 0; i < 40; i++)
        ck_assert_uint_eq(p[i], (unsigned)i);
    mem_free(p);
    void *z = mem_realloc(NULL, 24);
    ck_assert_ptr_nonnull(z);
    mem_free(z);
}
END_TEST

START_TEST(test_debug_stats_format)
{
    void *keep = mem_malloc(48);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    mem_debug_stats(f);
    fclose(f);
    const char *expect[] = {
        "Small block threshold = 512, in 32 size classes.\n",
        "\nclass   size   num pools   blocks in use  avail blocks\n"
        "-----   ----   ---------   -------------  ------------\n",
        "    2     48 ",
        "\n# arenas allocated total           =",
        "\n# arenas reclaimed                 =",
        "\n# arenas highwater mark            =",
        "\n# arenas allocated current         =",
        " bytes/arena     =",
        "\n# bytes in allocated blocks        =",
        "\n# bytes in available blocks        =",
        " unused pools * 16384 bytes",
        "\n# bytes lost to pool headers       =",
        "\n# bytes lost to quantization       =",
        "\n# bytes lost to arena alignment    =                    0\n",
        "\nTotal                              =",
    };
    for (size_t i = 0; i < sizeof expect / sizeof expect[0]; i++)
        ck_assert_msg(strstr(buf, expect[i]) != NULL, "missing: %s\n--- got:\n%s", expect[i], buf);
    /* The Total line equals the arenas line: every byte is accounted for. */
    const char *arl = strstr(buf, " bytes/arena");
    const char *tot = strstr(buf, "\nTotal");
    ck_assert(strncmp(strchr(arl, '=') + 1, strchr(tot, '=') + 1, 21) == 0);
    free(buf);
    mem_free(keep);
}
END_TEST

/* Random mix of sizes, frees and reallocs; each block carries a pattern
 * derived from its slot that must survive until it is freed. */
START_TEST(test_random_stress)
{
    enum { SLOTS = 20000, OPS = 400000 };
    unsigned char **p = calloc(SLOTS, sizeof *p);
    size_t *len = calloc(SLOTS, sizeof *len);
    uint64_t x = 88172645463325252ull;
    MemStats s0, s1;
    int bad = 0;
    mem_get_stats(&s0);
    for (int op = 0; op < OPS; op++) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        size_t i = (size_t)(x % SLOTS);
        if (p[i]) {
            for (size_t k = 0; k < len[i]; k++)
                bad |= p[i][k] != (unsigned char)(i + k);
            if ((x >> 20) % 4 == 0) {
                size_t n = (size_t)((x >> 24) % 700);
                p[i] = mem_realloc(p[i], n);
                size_t keep = n < len[i] ? n : len[i];
                for (size_t k = 0; k < keep; k++)
                    bad |= p[i][k] != (unsigned char)(i + k);
                for (size_t k = keep; k < n; k++)
                    p[i][k] = (unsigned char)(i + k);
                len[i] = n;
                continue;
            }
            mem_free(p[i]);
            p[i] = NULL;
        } else {
            len[i] = (size_t)((x >> 24) % 600);
            p[i] = mem_malloc(len[i]);
            ck_assert_ptr_nonnull(p[i]);
            for (size_t k = 0; k < len[i]; k++)
                p[i][k] = (unsigned char)(i + k);
        }
    }
    ck_assert_msg(!bad, "a block's contents changed while it was live");
    for (size_t i = 0; i < SLOTS; i++)
        mem_free(p[i]);
    free(p);
    free(len);
    mem_get_stats(&s1);
    ck_assert_uint_eq(s1.blocks_in_use, s0.blocks_in_use);
}
END_TEST

TU_MAIN("alloc", test_alignment_and_classes, test_reuse_freed_block, test_calloc_zeroed,
        test_arena_release, test_fullest_arena_first, test_large_blocks,
        test_realloc_boundary, test_debug_stats_format, test_random_stress)
