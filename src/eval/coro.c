/* coro.c — coroutine stacks (mmap'd, guard page, pooled) and the context
 * switch: hand-written for x86-64 and aarch64, ucontext elsewhere.  See
 * coro.h for the layout; generators (eval/gen.c) are the main user, and
 * main.c runs the whole interpreter on one large stack.  Under
 * ThreadSanitizer every stack in use is a TSan fiber and each switch says
 * so (the annotations live wholly in this file). */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "eval/coro.h"

#ifdef CORO_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#endif

#if defined(__SANITIZE_THREAD__)
#define CORO_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define CORO_TSAN 1
#endif
#endif

#ifdef CORO_TSAN
#include <sanitizer/tsan_interface.h>
#endif

#ifndef MAP_NORESERVE
#define MAP_NORESERVE 0
#endif
#ifndef MAP_STACK
#define MAP_STACK 0
#endif

/* ---- stacks ------------------------------------------------------------ */

#define POOL_MAX 32
/* Each guarded stack costs the kernel two mappings and a process may have
 * about 65,000, so past this many live stacks new ones come without a
 * guard page (adjacent unguarded stacks merge into one mapping); they still
 * have the walker's own stack check (eval_stack_limit). */
#define GUARDED_MAX 16384

static CoroStack *pool;
static int npool;
static long nlive;

/* The header at the top of each mapping: the public CoroStack first, then
 * what only this file needs (under TSan, the fiber the stack runs as). */
typedef struct StackHead {
    CoroStack s;
#ifdef CORO_TSAN
    void *fiber;
#endif
} StackHead;

static void coro_stack_put_raw(CoroStack *s);

#ifdef CORO_TSAN
/* A fiber lives from coro_stack_get to coro_stack_put, not as long as the
 * mapping: a coroutine never returns from its entry, so the frames it
 * leaves on TSan's shadow call stack would pile up over pooled reuses. */
static void *stack_fiber(CoroStack *s) { return ((StackHead *)s)->fiber; }
#endif

#ifdef CORO_ASAN
/* Clears the shadow of a whole stack (dead frames leave poisoned redzones)
 * by giving its pages back to the kernel: unpoisoning would write 1 MiB of
 * shadow per 8 MiB stack and keep it resident, so 8,000 live generators
 * cost 8 GB under ASan.  The unaligned ends are unpoisoned normally. */
static void asan_clear_stack_shadow(CoroStack *s)
{
    size_t scale, offset, page = (size_t)sysconf(_SC_PAGESIZE);
    __asan_get_shadow_mapping(&scale, &offset);
    uintptr_t lo = (uintptr_t)s->lo, hi = (uintptr_t)s->hi;
    uintptr_t sb = (lo >> scale) + offset, se = (hi >> scale) + offset;
    uintptr_t ab = (sb + page - 1) & ~(uintptr_t)(page - 1), ae = se & ~(uintptr_t)(page - 1);
    if (ab >= ae) {
        __asan_unpoison_memory_region(s->lo, (size_t)(hi - lo));
        return;
    }
    __asan_unpoison_memory_region(s->lo, (size_t)((ab - offset) << scale) - lo);
    madvise((void *)ab, ae - ab, MADV_DONTNEED);
    __asan_unpoison_memory_region((void *)((ae - offset) << scale), hi - ((ae - offset) << scale));
}
#endif

CoroStack *coro_stack_get(void)
{
    CoroStack *s = pool;
    if (s) {
        pool = s->next;
        npool--;
    } else {
        size_t page = (size_t)sysconf(_SC_PAGESIZE);
        size_t head = (sizeof(StackHead) + 63) & ~(size_t)63;
        size_t size = page + CORO_STACK_BYTES + CORO_ARENA_BYTES + head;
        size = (size + page - 1) & ~(page - 1);
        char *m = mmap(NULL, size, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
        if (m == MAP_FAILED) return NULL;
        if (nlive < GUARDED_MAX && mprotect(m, page, PROT_NONE) < 0) {
            munmap(m, size);
            return NULL;
        }
        nlive++;
        s = &((StackHead *)(m + size - head))->s;
        s->map = m;
        s->mapsize = size;
        s->lo = m + page;
        s->hi = s->lo + CORO_STACK_BYTES;
        s->arena = s->hi;
        s->arena_end = (char *)s;
    }
    s->next = NULL;
#ifdef CORO_ASAN
    /* frames abandoned by the last coroutine leave poisoned redzones */
    asan_clear_stack_shadow(s);
#endif
#ifdef CORO_TSAN
    if (!(((StackHead *)s)->fiber = __tsan_create_fiber(0))) {
        coro_stack_put_raw(s);
        return NULL;
    }
#endif
    return s;
}

/* Pooled stacks keep the pages they touched.  A word this far below the
 * top is still zero unless the stack once grew past it; then the deep part
 * is given back to the kernel (and reads as zero again). */
#define SHALLOW_BYTES ((size_t)64 << 10)

/* Pools or unmaps s, whose fiber (under TSan) is already gone. */
static void coro_stack_put_raw(CoroStack *s)
{
    if (npool < POOL_MAX) {
#ifndef CORO_ASAN           /* the word may sit in a dead frame's redzone */
        size_t page = (size_t)sysconf(_SC_PAGESIZE);
        char *mark = s->hi - SHALLOW_BYTES;
        if (*(volatile uintptr_t *)mark != 0) {
            char *deep = (char *)((uintptr_t)mark & ~(uintptr_t)(page - 1));
            madvise(s->lo, (size_t)(deep + page - s->lo), MADV_DONTNEED);
        }
#endif
        s->next = pool;
        pool = s;
        npool++;
        return;
    }
    nlive--;
#ifdef CORO_ASAN
    asan_clear_stack_shadow(s);     /* the next mapping here starts clean */
#endif
    munmap(s->map, s->mapsize);
}

void coro_stack_put(CoroStack *s)
{
    if (!s) return;
#ifdef CORO_TSAN
    /* called by the resumer, never on s itself */
    __tsan_destroy_fiber(stack_fiber(s));
    ((StackHead *)s)->fiber = NULL;
#endif
    coro_stack_put_raw(s);
}

void coro_fini(void)
{
    while (pool) {
        CoroStack *s = pool;
        pool = s->next;
        nlive--;
#ifdef CORO_ASAN
        asan_clear_stack_shadow(s);
#endif
        munmap(s->map, s->mapsize);
    }
    npool = 0;
}

CoroStack *coro_stack_new_sized(size_t bytes)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t head = (sizeof(StackHead) + 63) & ~(size_t)63;
    /* the header shares the top page with the first frames */
    size_t size = (page + bytes + head + page - 1) & ~(page - 1);
    if (size < bytes) return NULL;
    char *m = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (m == MAP_FAILED) return NULL;
    if (mprotect(m, page, PROT_NONE) < 0) {
        munmap(m, size);
        return NULL;
    }
    CoroStack *s = &((StackHead *)(m + size - head))->s;
    s->map = m;
    s->mapsize = size;
    s->lo = m + page;
    s->hi = (char *)s;
    s->arena = s->arena_end = s->hi;    /* no arena */
    s->next = NULL;
#ifdef CORO_TSAN
    if (!(((StackHead *)s)->fiber = __tsan_create_fiber(0))) {
        munmap(m, size);
        return NULL;
    }
#endif
    return s;
}

void coro_stack_free(CoroStack *s)
{
    if (!s) return;
#ifdef CORO_TSAN
    __tsan_destroy_fiber(stack_fiber(s));
#endif
#ifdef CORO_ASAN
    asan_clear_stack_shadow(s);     /* the next mapping here starts clean */
#endif
    munmap(s->map, s->mapsize);
}

/* One read of /proc (Linux); elsewhere, or if it cannot be read, the
 * mapping itself is the test. */
int coro_big_stacks_ok(void)
{
    static int ok = -1;
    if (ok < 0) {
        ok = 1;
        int fd = open("/proc/sys/vm/overcommit_memory", O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            char c;
            if (read(fd, &c, 1) == 1 && c == '2') ok = 0;
            close(fd);
        }
    }
    return ok;
}

/* ---- AddressSanitizer fiber annotations ---------------------------------- */

#ifdef CORO_ASAN
void coro_asan_start(void **save, const void *bottom, size_t size)
{
    __sanitizer_start_switch_fiber(save, bottom, size);
}

void coro_asan_finish(void *save, const void **bottom, size_t *size)
{
    __sanitizer_finish_switch_fiber(save, bottom, size);
}
#endif

/* ---- the switch ---------------------------------------------------------- */

#ifdef GARTER_CORO_UCONTEXT

/* makecontext passes only ints, so the entry's arguments go through here;
 * they are read at once by the first switch into the new context. */
static void (*pending_entry)(void *);
static void *pending_arg;

static void uc_trampoline(void)
{
    void (*entry)(void *) = pending_entry;
    void *arg = pending_arg;
    entry(arg);
    abort();
}

void coro_ctx_init(CoroCtx *ctx, CoroStack *s, void (*entry)(void *), void *arg)
{
    getcontext(&ctx->uc);
    ctx->uc.uc_stack.ss_sp = s->lo;
    ctx->uc.uc_stack.ss_size = (size_t)(s->hi - s->lo);
    ctx->uc.uc_link = NULL;
    makecontext(&ctx->uc, uc_trampoline, 0);
    pending_entry = entry;
    pending_arg = arg;
}

/* (A ucontext build is not annotated for TSan: CoroCtx has no room to
 * tell which fiber a context runs as.) */
void coro_switch(CoroCtx *from, CoroCtx *to)
{
    swapcontext(&from->uc, &to->uc);
}

#else

/* Under TSan the assembly switch is coro_switch_raw(from, to, fiber): it
 * also pushes the running fiber as the lowest word of the saved context,
 * so the C coro_switch below can read the destination's fiber at to->sp
 * and announce it just before switching.  CTX_EXTRA is that word. */
#ifdef CORO_TSAN
#define CTX_EXTRA 1
#define SWITCH_NAME coro_switch_raw
void coro_switch_raw(CoroCtx *from, CoroCtx *to, void *fiber);

void coro_switch(CoroCtx *from, CoroCtx *to)
{
    void *self = __tsan_get_current_fiber();
    void *dest = *(void **)to->sp;
    __tsan_switch_to_fiber(dest, 0);
    coro_switch_raw(from, to, self);
}
#else
#define CTX_EXTRA 0
#define SWITCH_NAME coro_switch
#endif

#if defined(__APPLE__)
#define CSYM_(n) "_" #n
#define CSYM_DECL_(n) ".globl _" #n "\n.private_extern _" #n "\n"
#define CSYM_END_(n) ""
#else
#define CSYM_(n) #n
#define CSYM_DECL_(n) ".globl " #n "\n.hidden " #n "\n.type " #n ", @function\n"
#define CSYM_END_(n) ".size " #n ", .-" #n "\n"
#endif
/* expand the argument first, so SWITCH_NAME names the right symbol */
#define CSYM(n) CSYM_(n)
#define CSYM_DECL(n) CSYM_DECL_(n)
#define CSYM_END(n) CSYM_END_(n)

void coro_trampoline(void);

#if defined(__x86_64__)
/* coro_switch(from, to): push the six callee-saved registers, store rsp in
 * from->sp, load to->sp, pop and return into the other context.  A fresh
 * context "returns" into coro_trampoline, which calls entry(arg) from r13
 * and r12 with the stack 16-byte aligned. */
__asm__(
    ".text\n"
    ".p2align 4\n"
    CSYM_DECL(SWITCH_NAME)
    CSYM(SWITCH_NAME) ":\n"
    "    pushq %rbp\n"
    "    pushq %rbx\n"
    "    pushq %r12\n"
    "    pushq %r13\n"
    "    pushq %r14\n"
    "    pushq %r15\n"
#if CTX_EXTRA
    "    pushq %rdx\n"
#endif
    "    movq %rsp, (%rdi)\n"
    "    movq (%rsi), %rsp\n"
#if CTX_EXTRA
    "    addq $8, %rsp\n"
#endif
    "    popq %r15\n"
    "    popq %r14\n"
    "    popq %r13\n"
    "    popq %r12\n"
    "    popq %rbx\n"
    "    popq %rbp\n"
    "    ret\n"
    CSYM_END(SWITCH_NAME)
    ".p2align 4\n"
    CSYM_DECL(coro_trampoline)
    CSYM(coro_trampoline) ":\n"
    "    movq %r12, %rdi\n"
    "    callq *%r13\n"
    "    ud2\n"
    CSYM_END(coro_trampoline)
);

void coro_ctx_init(CoroCtx *ctx, CoroStack *s, void (*entry)(void *), void *arg)
{
    uintptr_t top = (uintptr_t)s->hi & ~(uintptr_t)15;
    /* [fiber,] 6 registers + return address; after the ret rsp is
     * 16-aligned (the fiber word keeps the parity: 72 + 8 is popped too) */
    size_t bytes = 72 + 8 * CTX_EXTRA;
    void **sp = (void **)(top - bytes);
    memset(sp, 0, bytes);
#ifdef CORO_TSAN
    sp[0] = stack_fiber(s);
#endif
    sp[CTX_EXTRA + 2] = (void *)entry;      /* r13 */
    sp[CTX_EXTRA + 3] = arg;                /* r12 */
    sp[CTX_EXTRA + 6] = (void *)coro_trampoline;    /* return address */
    ctx->sp = sp;
}

#elif defined(__aarch64__)
/* coro_switch(from, to): x19-x30 and d8-d15 saved below sp, sp stored in
 * from->sp, the other context's registers loaded, ret through x30.  A fresh
 * context returns into coro_trampoline, which calls entry (x20) with arg
 * (x19). */
__asm__(
    ".text\n"
    ".p2align 4\n"
    CSYM_DECL(SWITCH_NAME)
    CSYM(SWITCH_NAME) ":\n"
    "    sub sp, sp, #160\n"
    "    stp x19, x20, [sp, #0]\n"
    "    stp x21, x22, [sp, #16]\n"
    "    stp x23, x24, [sp, #32]\n"
    "    stp x25, x26, [sp, #48]\n"
    "    stp x27, x28, [sp, #64]\n"
    "    stp x29, x30, [sp, #80]\n"
    "    stp d8, d9, [sp, #96]\n"
    "    stp d10, d11, [sp, #112]\n"
    "    stp d12, d13, [sp, #128]\n"
    "    stp d14, d15, [sp, #144]\n"
#if CTX_EXTRA
    "    str x2, [sp, #-16]!\n"
#endif
    "    mov x9, sp\n"
    "    str x9, [x0]\n"
    "    ldr x9, [x1]\n"
    "    mov sp, x9\n"
#if CTX_EXTRA
    "    add sp, sp, #16\n"
#endif
    "    ldp x19, x20, [sp, #0]\n"
    "    ldp x21, x22, [sp, #16]\n"
    "    ldp x23, x24, [sp, #32]\n"
    "    ldp x25, x26, [sp, #48]\n"
    "    ldp x27, x28, [sp, #64]\n"
    "    ldp x29, x30, [sp, #80]\n"
    "    ldp d8, d9, [sp, #96]\n"
    "    ldp d10, d11, [sp, #112]\n"
    "    ldp d12, d13, [sp, #128]\n"
    "    ldp d14, d15, [sp, #144]\n"
    "    add sp, sp, #160\n"
    "    ret\n"
    CSYM_END(SWITCH_NAME)
    ".p2align 4\n"
    CSYM_DECL(coro_trampoline)
    CSYM(coro_trampoline) ":\n"
    "    mov x0, x19\n"
    "    blr x20\n"
    "    brk #0\n"
    CSYM_END(coro_trampoline)
);

void coro_ctx_init(CoroCtx *ctx, CoroStack *s, void (*entry)(void *), void *arg)
{
    uintptr_t top = (uintptr_t)s->hi & ~(uintptr_t)15;
    size_t bytes = 160 + 16 * CTX_EXTRA;    /* [fiber, pad,] registers */
    void **sp = (void **)(top - bytes);
    memset(sp, 0, bytes);
#ifdef CORO_TSAN
    sp[0] = stack_fiber(s);
#endif
    sp[2 * CTX_EXTRA + 0] = arg;                        /* x19 */
    sp[2 * CTX_EXTRA + 1] = (void *)entry;              /* x20 */
    sp[2 * CTX_EXTRA + 11] = (void *)coro_trampoline;   /* x30 */
    ctx->sp = sp;
}
#endif

#endif
