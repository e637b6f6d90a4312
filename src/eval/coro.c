/* coro.c — coroutine stacks (mmap'd, guard page, pooled) and the context
 * switch: hand-written for x86-64 and aarch64, ucontext elsewhere.  See
 * coro.h for the layout; generators (eval/gen.c) are the only user. */
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
        size_t head = (sizeof(CoroStack) + 63) & ~(size_t)63;
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
        s = (CoroStack *)(m + size - head);
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
    return s;
}

/* Pooled stacks keep the pages they touched.  A word this far below the
 * top is still zero unless the stack once grew past it; then the deep part
 * is given back to the kernel (and reads as zero again). */
#define SHALLOW_BYTES ((size_t)64 << 10)

void coro_stack_put(CoroStack *s)
{
    if (!s) return;
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

void coro_switch(CoroCtx *from, CoroCtx *to)
{
    swapcontext(&from->uc, &to->uc);
}

#else

#if defined(__APPLE__)
#define CSYM(n) "_" #n
#define CSYM_DECL(n) ".globl _" #n "\n.private_extern _" #n "\n"
#define CSYM_END(n) ""
#else
#define CSYM(n) #n
#define CSYM_DECL(n) ".globl " #n "\n.hidden " #n "\n.type " #n ", @function\n"
#define CSYM_END(n) ".size " #n ", .-" #n "\n"
#endif

void coro_trampoline(void);

#if defined(__x86_64__)
/* coro_switch(from, to): push the six callee-saved registers, store rsp in
 * from->sp, load to->sp, pop and return into the other context.  A fresh
 * context "returns" into coro_trampoline, which calls entry(arg) from r13
 * and r12 with the stack 16-byte aligned. */
__asm__(
    ".text\n"
    ".p2align 4\n"
    CSYM_DECL(coro_switch)
    CSYM(coro_switch) ":\n"
    "    pushq %rbp\n"
    "    pushq %rbx\n"
    "    pushq %r12\n"
    "    pushq %r13\n"
    "    pushq %r14\n"
    "    pushq %r15\n"
    "    movq %rsp, (%rdi)\n"
    "    movq (%rsi), %rsp\n"
    "    popq %r15\n"
    "    popq %r14\n"
    "    popq %r13\n"
    "    popq %r12\n"
    "    popq %rbx\n"
    "    popq %rbp\n"
    "    ret\n"
    CSYM_END(coro_switch)
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
    /* 6 registers + return address; after the ret rsp is 16-aligned */
    void **sp = (void **)(top - 72);
    memset(sp, 0, 72);
    sp[2] = (void *)entry;                  /* r13 */
    sp[3] = arg;                            /* r12 */
    sp[6] = (void *)coro_trampoline;        /* return address */
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
    CSYM_DECL(coro_switch)
    CSYM(coro_switch) ":\n"
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
    "    mov x9, sp\n"
    "    str x9, [x0]\n"
    "    ldr x9, [x1]\n"
    "    mov sp, x9\n"
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
    CSYM_END(coro_switch)
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
    void **sp = (void **)(top - 160);
    memset(sp, 0, 160);
    sp[0] = arg;                            /* x19 */
    sp[1] = (void *)entry;                  /* x20 */
    sp[11] = (void *)coro_trampoline;       /* x30 */
    ctx->sp = sp;
}
#endif

#endif
