/* _sre_engine.c — the regular-expression matcher behind the _sre module:
 * character tests (literals, sets, categories, case folding), the program
 * validator, search helpers, and the backtracking loop instantiated for
 * narrow and wide text from _sre_match.h. */
#include <string.h>

#include "mem/alloc.h"
#include "modules/_sre.h"
#include "objects/unicode.h"
#include "runtime/errors.h"
#include "runtime/signals.h"

enum { E_CHOICE, E_MARK, E_REP, E_R1_GREEDY, E_R1_LAZY, E_LAZY_BODY, E_ASSERT, E_ATOMIC };

static inline int is_ascii_word(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

static inline int is_word(uint32_t c, int ascii)
{
    if (c < 128 || ascii)
        return c < 128 && is_ascii_word(c);
    return c == '_' || uni_isalnum(c);
}

static inline uint32_t ascii_lower(uint32_t c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Case-insensitive equality by simple case mapping (lower or upper). */
static inline int sre_fold_eq(const SreState *st, uint32_t a, uint32_t b)
{
    if (a == b)
        return 1;
    if (st->ascii_case || (a < 128 && b < 128))
        return a < 128 && b < 128 && ascii_lower(a) == ascii_lower(b);
    return uni_tolower(a) == uni_tolower(b) || uni_toupper(a) == uni_toupper(b);
}

static int category(uint32_t cat, uint32_t c)
{
    int ascii = (cat & SRE_CAT_ASCII) != 0;
    switch (cat & ~(uint32_t)SRE_CAT_ASCII) {
    case SRE_CAT_DIGIT: return ascii || c < 128 ? (c >= '0' && c <= '9') : uni_isdecimal(c);
    case SRE_CAT_NOT_DIGIT: return !category(cat - 1, c);
    case SRE_CAT_SPACE:
        if (ascii || c < 128)
            return c == ' ' || (c >= '\t' && c <= '\r') || (!ascii && c >= 0x1c && c <= 0x1f);
        return uni_isspace(c);
    case SRE_CAT_NOT_SPACE: return !category(cat - 1, c);
    case SRE_CAT_WORD: return is_word(c, ascii);
    default: return !is_word(c, ascii);
    }
}

/* Does c belong to the set whose items start at items? */
static int in_set(const uint32_t *items, uint32_t c)
{
    int neg = 0;
    if (items[0] == SRE_SET_NEGATE) {
        neg = 1;
        items++;
    }
    for (;;) {
        switch (items[0]) {
        case SRE_SET_END: return neg;
        case SRE_SET_LIT:
            if (items[1] == c)
                return !neg;
            items += 2;
            break;
        case SRE_SET_RANGE:
            if (items[1] <= c && c <= items[2])
                return !neg;
            items += 3;
            break;
        default:                        /* SRE_SET_CAT */
            if (category(items[1], c))
                return !neg;
            items += 2;
            break;
        }
    }
}

/* Does the single-character op at op accept c? */
static inline int sre_char_ok(const SreState *st, const uint32_t *op, uint32_t c)
{
    switch (op[0]) {
    case SRE_OP_ANY: return c != '\n';
    case SRE_OP_ANY_ALL: return 1;
    case SRE_OP_LITERAL: return c == op[1];
    case SRE_OP_NOT_LITERAL: return c != op[1];
    case SRE_OP_LITERAL_I: return sre_fold_eq(st, c, op[1]);
    case SRE_OP_NOT_LITERAL_I: return !sre_fold_eq(st, c, op[1]);
    case SRE_OP_IN: return in_set(op + 2, c);
    default:                            /* SRE_OP_IN_I */
        if (in_set(op + 2, c))
            return 1;
        if (st->ascii_case)
            return c < 128 && ((c >= 'A' && c <= 'Z') ? in_set(op + 2, c + 32)
                               : (c >= 'a' && c <= 'z') ? in_set(op + 2, c - 32) : 0);
        uint32_t l = uni_tolower(c), u = uni_toupper(c);
        return (l != c && in_set(op + 2, l)) || (u != c && in_set(op + 2, u));
    }
}

/* Length in words of a single-character op. */
static inline size_t sre_oplen(const uint32_t *op)
{
    switch (op[0]) {
    case SRE_OP_ANY: case SRE_OP_ANY_ALL: return 1;
    case SRE_OP_IN: case SRE_OP_IN_I: return op[1];
    default: return 2;
    }
}

/* Restores what an undo record saved. */
static inline void sre_undo(SreState *st, const SreEntry *e)
{
    if (e->kind == E_MARK) {
        st->marks[e->a] = e->b;
        st->lastindex = e->c;
    } else if (e->kind == E_REP) {
        st->reps[e->a].count = e->b;
        st->reps[e->a].lastpos = e->c;
    }
}

/* Doubles the backtracking stack; -1 with MemoryError. */
static int sre_grow(SreState *st)
{
    size_t cap = st->cap ? st->cap * 2 : 256;
    if (cap > ((size_t)1 << 40) / sizeof(SreEntry)) {
        err_no_memory();
        return -1;
    }
    SreEntry *s = mem_realloc(st->stack, cap * sizeof(SreEntry));
    if (s == NULL) {
        err_no_memory();
        return -1;
    }
    st->stack = s;
    st->cap = cap;
    return 0;
}

#define SRE_CHAR uint8_t
#define SRE(f) f##_narrow
#include "modules/_sre_at.h"
#include "modules/_sre_match.h"
#undef SRE_CHAR
#undef SRE
#define SRE_CHAR uint32_t
#define SRE(f) f##_wide
#include "modules/_sre_at.h"
#include "modules/_sre_match.h"
#undef SRE_CHAR
#undef SRE

int sre_match(SreState *st, intptr_t pos)
{
    return st->wide ? match_wide(st, pos) : match_narrow(st, pos);
}

int sre_search(SreState *st, intptr_t pos)
{
    return st->wide ? search_wide(st, pos) : search_narrow(st, pos);
}

void sre_state_free(SreState *st)
{
    mem_free(st->stack);
    st->stack = NULL;
    st->sp = st->cap = 0;
}

/* Length of a single-character op at code[pc] (0 if it is not one). */
static size_t single_len(const uint32_t *code, size_t n, size_t pc)
{
    switch (code[pc]) {
    case SRE_OP_ANY: case SRE_OP_ANY_ALL: return 1;
    case SRE_OP_LITERAL: case SRE_OP_NOT_LITERAL:
    case SRE_OP_LITERAL_I: case SRE_OP_NOT_LITERAL_I: return pc + 2 <= n ? 2 : 0;
    case SRE_OP_IN: case SRE_OP_IN_I: {
        if (pc + 3 > n)
            return 0;
        size_t len = code[pc + 1];
        if (len < 3 || pc + len > n || code[pc + len - 1] != SRE_SET_END)
            return 0;
        /* every set item must lie inside [pc+2, pc+len-1] */
        size_t i = pc + 2, stop = pc + len - 1;
        if (code[i] == SRE_SET_NEGATE)
            i++;
        while (i < stop) {
            switch (code[i]) {
            case SRE_SET_LIT: case SRE_SET_CAT: i += 2; break;
            case SRE_SET_RANGE: i += 3; break;
            default: return 0;
            }
        }
        return i == stop ? len : 0;
    }
    default: return 0;
    }
}

/* One pass of sre_validate: with starts NULL, records where each op
 * begins in mark; with starts given, also requires jump targets to be
 * op starts. */
static int walk(const uint32_t *code, size_t n, int ngroups, int nreps,
                const uint8_t *starts, uint8_t *mark)
{
    size_t pc = 0;
#define NEED(k) do { if (pc + (k) > n) return -1; } while (0)
/* jumps go forward (only UNTIL points back, at its REPEAT) */
#define TARGET(t) do { if ((t) >= n || (t) <= pc || (starts && !starts[t])) return -1; } while (0)
    while (pc < n) {
        uint32_t op = code[pc];
        if (mark)
            mark[pc] = 1;
        size_t len = single_len(code, n, pc);
        if (len) {
            pc += len;
            continue;
        }
        switch (op) {
        case SRE_OP_FAILURE: case SRE_OP_SUCCESS: case SRE_OP_ASSERT_END: pc++; break;
        case SRE_OP_AT: NEED(2); if (code[pc + 1] > SRE_AT_NON_BOUND_A) return -1; pc += 2; break;
        case SRE_OP_MARK: NEED(2); if (code[pc + 1] >= (uint32_t)ngroups * 2) return -1; pc += 2; break;
        case SRE_OP_JUMP: case SRE_OP_SPLIT: case SRE_OP_ATOMIC:
            NEED(2); TARGET(code[pc + 1]); pc += 2; break;
        case SRE_OP_GROUPREF: case SRE_OP_GROUPREF_I:
            NEED(2); if (code[pc + 1] >= (uint32_t)ngroups) return -1; pc += 2; break;
        case SRE_OP_GROUPREF_EXISTS:
            NEED(3); if (code[pc + 1] >= (uint32_t)ngroups) return -1;
            TARGET(code[pc + 2]); pc += 3; break;
        case SRE_OP_REPEAT_ONE:
            NEED(6); TARGET(code[pc + 1]);
            if (!single_len(code, n, pc + 5) || code[pc + 2] > code[pc + 3]) return -1;
            pc += 5;
            break;
        case SRE_OP_REPEAT:
            NEED(7); if (code[pc + 1] >= (uint32_t)nreps) return -1;
            TARGET(code[pc + 5]);
            if (code[pc + 2] > code[pc + 3]) return -1;
            pc += 6;
            break;
        case SRE_OP_UNTIL: {
            NEED(2);
            uint32_t r = code[pc + 1];
            if (r + 7 > n || r >= pc || (starts && !starts[r]) || code[r] != SRE_OP_REPEAT || code[r + 1] >= (uint32_t)nreps)
                return -1;
            pc += 2;
            break;
        }
        case SRE_OP_ASSERT:
            NEED(6); TARGET(code[pc + 4]); pc += 5; break;
        default:
            return -1;
        }
    }
    /* the last op must end the program so no path runs off the end */
    if ((starts && !starts[n - 1]) || (code[n - 1] != SRE_OP_SUCCESS && code[n - 1] != SRE_OP_FAILURE))
        return -1;
    return 0;
#undef NEED
#undef TARGET
}

int sre_validate(const uint32_t *code, size_t n, int ngroups, int nreps)
{
    if (n == 0)
        return -1;
    uint8_t *starts = mem_calloc(n, 1);
    if (starts == NULL)
        return -1;
    int r = walk(code, n, ngroups, nreps, NULL, starts);
    if (r == 0)
        r = walk(code, n, ngroups, nreps, starts, NULL);
    mem_free(starts);
    return r;
}

void sre_prepare(SreState *st, char *buf, size_t bufsize)
{
    const uint32_t *code = st->code;
    size_t pc = 0, k = 0;
    st->first = NULL;
    st->prefix = NULL;
    st->prefix_len = 0;
    while (code[pc] == SRE_OP_MARK)
        pc += 2;
    while (code[pc] == SRE_OP_LITERAL && code[pc + 1] < 256 && k < bufsize) {
        buf[k++] = (char)code[pc + 1];
        pc += 2;
        while (code[pc] == SRE_OP_MARK)
            pc += 2;
    }
    if (k > 0) {
        st->prefix = buf;
        st->prefix_len = st->wide ? 1 : k;
        return;
    }
    uint32_t op = code[pc];
    if (op == SRE_OP_REPEAT_ONE && code[pc + 2] >= 1)
        pc += 5, op = code[pc];
    if ((op >= SRE_OP_ANY && op <= SRE_OP_IN_I) && op != SRE_OP_ANY_ALL)
        st->first = code + pc;
}
