/* test_coro.c — the coroutine layer under generators: stacks (guard page,
 * alignment, pooling), the context switch (ping-pong, nesting, callee-saved
 * state, floating point across switches) and deep C recursion on a
 * coroutine stack. */
#include "testutil.h"

#include <stdint.h>

#include "eval/coro.h"

typedef struct Ping {
    CoroCtx self, back;
    long n;
    long sum;
    double f;
    int done;
} Ping;

static void ping_entry(void *arg)
{
    Ping *p = arg;
    double local = 0.5;
    for (long i = 0; i < p->n; i++) {
        p->sum += i;
        local *= 1.0000001;
        coro_switch(&p->self, &p->back);
    }
    p->f = local;
    p->done = 1;
    coro_switch(&p->self, &p->back);
    abort();
}

START_TEST(test_ping_pong)
{
    CoroStack *s = coro_stack_get();
    ck_assert_ptr_nonnull(s);
    Ping p = { .n = 100000 };
    coro_ctx_init(&p.self, s, ping_entry, &p);
    long turns = 0;
    volatile long keep = 12345;         /* callee-saved state across switches */
    while (!p.done) {
        coro_switch(&p.back, &p.self);
        turns++;
    }
    ck_assert_int_eq(turns, 100001);
    ck_assert_int_eq(p.sum, 100000L * 99999L / 2);
    ck_assert(p.f > 0.5 && p.f < 0.6);
    ck_assert_int_eq(keep, 12345);
    coro_stack_put(s);
}
END_TEST

/* The stack handed to an entry is 16-byte aligned at the call, as the ABI
 * wants (a misaligned stack breaks SSE spills). */
static uintptr_t seen_sp;
static CoroCtx outer_ctx, inner_ctx;

static void __attribute__((noinline)) probe_sp(void)
{
    char c __attribute__((aligned(16)));
    seen_sp = (uintptr_t)&c;
}

static void align_entry(void *arg)
{
    probe_sp();
    coro_switch(&inner_ctx, &outer_ctx);
    abort();
}

START_TEST(test_alignment_and_bounds)
{
    CoroStack *s = coro_stack_get();
    ck_assert_ptr_nonnull(s);
    ck_assert(s->lo < s->hi);
    ck_assert(s->hi <= s->arena && s->arena < s->arena_end);
    ck_assert_uint_ge((size_t)(s->hi - s->lo), CORO_STACK_BYTES);
    coro_ctx_init(&inner_ctx, s, align_entry, NULL);
    coro_switch(&outer_ctx, &inner_ctx);
    ck_assert(seen_sp % 16 == 0);
    ck_assert(seen_sp > (uintptr_t)s->lo && seen_sp < (uintptr_t)s->hi);
    coro_stack_put(s);
}
END_TEST

/* Nested coroutines: A resumes B which yields back to A which yields back
 * to the main context, many times. */
typedef struct Nest {
    CoroCtx a, b, main_;
    int trace[64];
    int ntrace;
} Nest;
static Nest nest;

static void b_entry(void *arg)
{
    for (int i = 0; i < 3; i++) {
        nest.trace[nest.ntrace++] = 20 + i;
        coro_switch(&nest.b, &nest.a);
    }
    abort();
}

static void a_entry(void *arg)
{
    CoroStack *sb = arg;
    coro_ctx_init(&nest.b, sb, b_entry, NULL);
    for (int i = 0; i < 3; i++) {
        nest.trace[nest.ntrace++] = 10 + i;
        coro_switch(&nest.a, &nest.b);
        coro_switch(&nest.a, &nest.main_);
    }
    abort();
}

START_TEST(test_nested)
{
    CoroStack *sa = coro_stack_get(), *sb = coro_stack_get();
    ck_assert_ptr_nonnull(sa);
    ck_assert_ptr_nonnull(sb);
    ck_assert_ptr_ne(sa, sb);
    memset(&nest, 0, sizeof nest);
    coro_ctx_init(&nest.a, sa, a_entry, sb);
    for (int i = 0; i < 3; i++) {
        nest.trace[nest.ntrace++] = i;
        coro_switch(&nest.main_, &nest.a);
    }
    int want[] = { 0, 10, 20, 1, 11, 21, 2, 12, 22 };
    ck_assert_int_eq(nest.ntrace, 9);
    for (int i = 0; i < 9; i++) ck_assert_int_eq(nest.trace[i], want[i]);
    coro_stack_put(sb);
    coro_stack_put(sa);
}
END_TEST

/* Deep C recursion fits: a few hundred KiB of frames. */
static CoroCtx deep_self, deep_back;
static long deep_result;

static long __attribute__((noinline)) recurse(long n, volatile char *pad)
{
    volatile char buf[256];
    buf[0] = (char)n;
    if (n == 0) return pad[0];
    return recurse(n - 1, buf) + 1;
}

static void deep_entry(void *arg)
{
    volatile char b = 0;
    deep_result = recurse(2000, &b);
    coro_switch(&deep_self, &deep_back);
    abort();
}

START_TEST(test_deep_recursion)
{
    CoroStack *s = coro_stack_get();
    ck_assert_ptr_nonnull(s);
    coro_ctx_init(&deep_self, s, deep_entry, NULL);
    coro_switch(&deep_back, &deep_self);
    ck_assert_int_eq(deep_result, 2001);     /* 2000 levels + buf[0] of level 1 */
    coro_stack_put(s);
}
END_TEST

/* Stacks come back from the pool: put then get returns the same one. */
START_TEST(test_pool_reuse)
{
    CoroStack *s = coro_stack_get();
    ck_assert_ptr_nonnull(s);
    coro_stack_put(s);
    CoroStack *t = coro_stack_get();
    ck_assert_ptr_eq(s, t);
    /* many live at once */
    CoroStack *v[100];
    for (int i = 0; i < 100; i++) {
        v[i] = coro_stack_get();
        ck_assert_ptr_nonnull(v[i]);
    }
    for (int i = 0; i < 100; i++) coro_stack_put(v[i]);
    coro_stack_put(t);
    coro_fini();
}
END_TEST

TU_MAIN("coro", test_ping_pong, test_alignment_and_bounds, test_nested,
        test_deep_recursion, test_pool_reuse)
