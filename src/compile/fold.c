/* fold.c — constant folding and constant sharing for the compiler.
 * Folding follows CPython 3.11's Python/ast_opt.c: an operation on constants
 * is done at compile time unless it fails (the error is dropped and the
 * operation left to run time) or its result would pass the optimiser's
 * limits (ints of 128 bits from * ** <<, strings and bytes of 4096 items
 * and tuples of 256 items from *, no % on str/bytes).  Sharing follows
 * CPython's merge_consts_recursive over one compilation: constants with the
 * same _PyCode_ConstantKey are one object, so `a = 1000; b = 1000` binds
 * both names to it.  Must not touch: node layout (compile.c owns it). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compile/fold.h"
#include "mem/intern.h"
#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "parse/ast.h"
#include "runtime/errors.h"

#define MAX_INT_SIZE        128     /* bits */
#define MAX_COLLECTION_SIZE 256     /* items */
#define MAX_STR_SIZE        4096    /* characters */
#define MAX_TOTAL_ITEMS     1024    /* including nested collections */

struct FoldTable {
    Object **items;             /* BORROWED; NULL: empty slot */
    hash_t *hashes;
    size_t mask, used;
};

/* ---- the constant key ------------------------------------------------------ */

/* A hash consistent with const_eq; types mixed in so 1, 1.0 and True
 * mostly land apart. */
static hash_t const_hash(Object *o)
{
    uint64_t h = (uint64_t)(uintptr_t)TYPE(o) >> 4;
    if (TUPLE_CHECK_EXACT(o)) {
        for (intptr_t i = 0; i < TUPLE_SIZE(o); i++)
            h = (h ^ (uint64_t)const_hash(TUPLE_GET(o, i))) * 1000003u;
        return (hash_t)h;
    }
    if (INT_CHECK_EXACT(o) || FLOAT_CHECK_EXACT(o) || STR_CHECK_EXACT(o)
        || BYTES_CHECK_EXACT(o) || FROZENSET_CHECK_EXACT(o)) {
        hash_t v = obj_hash(o);
        if (v == -1) { err_clear(); v = 0; }
        return (hash_t)(h ^ (uint64_t)v);
    }
    return (hash_t)(h ^ ((uint64_t)(uintptr_t)o >> 4));   /* identity only */
}

static int const_eq(Object *a, Object *b);

/* CPython keys a frozenset by the frozenset of its items' keys: equal when
 * each item of a has a key-equal item in b (sizes equal, items distinct). */
static int frozenset_eq(Object *a, Object *b)
{
    if (SET_SIZE(a) != SET_SIZE(b) || SET_SIZE(a) > 64) return 0;
    intptr_t i = 0;
    Object *x;
    while (set_next(a, &i, &x, NULL)) {
        intptr_t j = 0;
        Object *y;
        int found = 0;
        while (!found && set_next(b, &j, &y, NULL)) found = const_eq(x, y);
        if (!found) return 0;
    }
    return 1;
}

/* Same type and same value, as _PyCode_ConstantKey compares: 0.0 and -0.0
 * differ, a NaN equals only itself, tuples compare item by item. */
static int const_eq(Object *a, Object *b)
{
    if (a == b) return 1;
    if (TYPE(a) != TYPE(b)) return 0;
    if (INT_CHECK_EXACT(a)) return int_compare(a, b) == 0;
    if (FLOAT_CHECK_EXACT(a)) {
        double x = FLOAT_VALUE(a), y = FLOAT_VALUE(b);
        return x == y && signbit(x) == signbit(y);
    }
    if (STR_CHECK_EXACT(a)) return str_eq(a, b);
    if (BYTES_CHECK_EXACT(a))
        return BYTES_SIZE(a) == BYTES_SIZE(b)
               && memcmp(BYTES_DATA(a), BYTES_DATA(b), (size_t)BYTES_SIZE(a)) == 0;
    if (TUPLE_CHECK_EXACT(a)) {
        if (TUPLE_SIZE(a) != TUPLE_SIZE(b)) return 0;
        for (intptr_t i = 0; i < TUPLE_SIZE(a); i++)
            if (!const_eq(TUPLE_GET(a, i), TUPLE_GET(b, i))) return 0;
        return 1;
    }
    if (FROZENSET_CHECK_EXACT(a)) return frozenset_eq(a, b);
    return 0;
}

/* ---- the table --------------------------------------------------------------- */

FoldTable *fold_table_new(void)
{
    FoldTable *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    t->mask = 63;
    t->items = calloc(t->mask + 1, sizeof(Object *));
    t->hashes = calloc(t->mask + 1, sizeof(hash_t));
    if (!t->items || !t->hashes) { fold_table_free(t); return NULL; }
    return t;
}

void fold_table_free(FoldTable *t)
{
    if (!t) return;
    free(t->items);
    free(t->hashes);
    free(t);
}

static int table_grow(FoldTable *t)
{
    size_t nmask = t->mask * 2 + 1;
    Object **items = calloc(nmask + 1, sizeof(Object *));
    hash_t *hashes = calloc(nmask + 1, sizeof(hash_t));
    if (!items || !hashes) { free(items); free(hashes); return -1; }
    for (size_t i = 0; i <= t->mask; i++) {
        if (!t->items[i]) continue;
        size_t j = (size_t)t->hashes[i] & nmask;
        while (items[j]) j = (j + 1) & nmask;
        items[j] = t->items[i];
        hashes[j] = t->hashes[i];
    }
    free(t->items);
    free(t->hashes);
    t->items = items;
    t->hashes = hashes;
    t->mask = nmask;
    return 0;
}

int fold_is_name_chars(Object *s)
{
    const unsigned char *p = (const unsigned char *)STR_UTF8(s);
    for (size_t i = 0; i < (size_t)STR_NBYTES(s); i++) {
        unsigned char ch = p[i];
        if (!(ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z')
              || (ch >= 'A' && ch <= 'Z')))
            return 0;
    }
    return 1;
}

Object *fold_share(FoldTable *t, Object *o)
{
    if (!o || !t) return o;
    if (TUPLE_CHECK_EXACT(o) && o->refcnt == 1) {
        /* a tuple only the compiler holds: its items become the shared ones */
        for (intptr_t i = 0; i < TUPLE_SIZE(o); i++) {
            Object *x = fold_share(t, TUPLE_GET(o, i));
            if (!x) {                   /* the slot's reference went with it */
                TUPLE_SET(o, i, NEWREF(NONE));
                DECREF(o);
                return NULL;
            }
            TUPLE_SET(o, i, x);
        }
    }
    if (STR_CHECK_EXACT(o) && !(o->flags & OF_INTERNED) && fold_is_name_chars(o)) {
        o = intern_str(o);
        if (!o) return NULL;
    }
    hash_t h = const_hash(o);
    size_t i = (size_t)h & t->mask;
    for (; t->items[i]; i = (i + 1) & t->mask) {
        if (t->hashes[i] == h && const_eq(t->items[i], o)) {
            Object *found = NEWREF(t->items[i]);
            DECREF(o);
            return found;
        }
    }
    t->items[i] = o;
    t->hashes[i] = h;
    if (++t->used * 3 >= (t->mask + 1) * 2 && table_grow(t) < 0) {
        t->items[i] = NULL;             /* not shared, still valid */
        t->used--;
    }
    return o;
}

/* ---- folding ------------------------------------------------------------------ */

/* Items of a tuple or frozenset, nested ones included, checked against a
 * budget: the budget left (negative: over it), as CPython's check_complexity. */
static intptr_t check_complexity(Object *o, intptr_t limit)
{
    if (TUPLE_CHECK(o)) {
        limit -= TUPLE_SIZE(o);
        for (intptr_t i = 0; limit >= 0 && i < TUPLE_SIZE(o); i++)
            limit = check_complexity(TUPLE_GET(o, i), limit);
    } else if (FROZENSET_CHECK(o)) {
        limit -= SET_SIZE(o);
        intptr_t pos = 0;
        Object *x;
        while (limit >= 0 && set_next(o, &pos, &x, NULL))
            limit = check_complexity(x, limit);
    }
    return limit;
}

/* The repeat count of a sequence repetition within limit/size, as
 * PyLong_AsLong then the range check: 0 when the fold is refused. */
static int repeat_ok(Object *n, intptr_t size, intptr_t limit)
{
    int overflow;
    int64_t v = int_as_i64(n, &overflow);
    return !overflow && v >= 0 && v <= limit / size;
}

static int int_nonzero(Object *o) { return int_sign(o) != 0; }

/* safe_multiply: 1 when CPython would compute l * r at compile time. */
static int mul_ok(Object *l, Object *r)
{
    if (INT_CHECK(l) && INT_CHECK(r)) {
        if (int_nonzero(l) && int_nonzero(r))
            return int_bit_length(l) + int_bit_length(r) <= MAX_INT_SIZE;
        return 1;
    }
    if (INT_CHECK(r) && (TUPLE_CHECK(l) || FROZENSET_CHECK(l) || STR_CHECK(l) || BYTES_CHECK(l))) {
        Object *x = l; l = r; r = x;
    }
    if (INT_CHECK(l) && (TUPLE_CHECK(r) || FROZENSET_CHECK(r))) {
        intptr_t size = TUPLE_CHECK(r) ? TUPLE_SIZE(r) : SET_SIZE(r);
        if (!size) return 1;
        if (!repeat_ok(l, size, MAX_COLLECTION_SIZE)) return 0;
        int overflow;
        int64_t n = int_as_i64(l, &overflow);
        return !n || check_complexity(r, MAX_TOTAL_ITEMS / n) >= 0;
    }
    if (INT_CHECK(l) && (STR_CHECK(r) || BYTES_CHECK(r))) {
        intptr_t size = STR_CHECK(r) ? STR_LEN(r) : BYTES_SIZE(r);
        return !size || repeat_ok(l, size, MAX_STR_SIZE);
    }
    return 1;
}

/* safe_power: positive int exponents only while the result fits 128 bits. */
static int pow_ok(Object *l, Object *r)
{
    if (INT_CHECK(l) && INT_CHECK(r) && int_nonzero(l) && int_sign(r) > 0) {
        int overflow;
        int64_t w = int_as_i64(r, &overflow);
        if (overflow) return 0;
        return int_bit_length(l) <= (uint64_t)(MAX_INT_SIZE / w);
    }
    return 1;
}

/* safe_lshift: the shifted int stays within 128 bits. */
static int lshift_ok(Object *l, Object *r)
{
    if (INT_CHECK(l) && INT_CHECK(r) && int_nonzero(l) && int_nonzero(r)) {
        int overflow;
        int64_t w = int_as_i64(r, &overflow);
        if (overflow || w < 0) return 0;    /* PyLong_AsSize_t refuses */
        uint64_t vbits = int_bit_length(l);
        return (uint64_t)w <= MAX_INT_SIZE && vbits <= MAX_INT_SIZE - (uint64_t)w;
    }
    return 1;
}

/* Folding is tried on the built-in constant types only, so the operators
 * below never reach user code. */
static int foldable(Object *o)
{
    return o == NONE || o == ELLIPSIS || o == GTrue || o == GFalse
           || INT_CHECK_EXACT(o) || FLOAT_CHECK_EXACT(o) || STR_CHECK_EXACT(o)
           || BYTES_CHECK_EXACT(o) || TUPLE_CHECK_EXACT(o) || FROZENSET_CHECK_EXACT(o);
}

/* A failed fold leaves no exception behind (make_const clears it). */
static Object *done(Object *r)
{
    if (!r) err_clear();
    return r;
}

Object *fold_binop(Object *l, Object *r, int op)
{
    if (!foldable(l) || !foldable(r)) return NULL;
    switch (op) {
    case BINOP_MATMUL: return NULL;
    case BINOP_MUL: if (!mul_ok(l, r)) return NULL; break;
    case BINOP_POW:
        if (!pow_ok(l, r)) return NULL;
        return done(num_power(l, r, NULL));
    case BINOP_LSHIFT: if (!lshift_ok(l, r)) return NULL; break;
    case BINOP_MOD: if (STR_CHECK(l) || BYTES_CHECK(l)) return NULL; break;
    default: break;
    }
    return done(num_binop(l, r, op));
}

Object *fold_unary(Object *v, int uop)
{
    if (!foldable(v)) return NULL;
    switch (uop) {
    case 0: return done(num_neg(v));
    case 1: return done(num_pos(v));
    case 2: return done(num_invert(v));
    default: {
        int t = obj_is_true(v);
        return t < 0 ? done(NULL) : NEWREF(t ? GFalse : GTrue);
    }
    }
}

Object *fold_subscript(Object *v, Object *k)
{
    if (!foldable(v) || !foldable(k)) return NULL;
    return done(obj_getitem(v, k));
}

/* ---- folding an AST expression (for warnings) --------------------------- */

static int binop_of(BinOpKind k)
{
    switch (k) {
    case OP_ADD: return BINOP_ADD; case OP_SUB: return BINOP_SUB;
    case OP_MULT: return BINOP_MUL; case OP_MATMULT: return BINOP_MATMUL;
    case OP_DIV: return BINOP_TRUEDIV; case OP_MOD: return BINOP_MOD;
    case OP_POW: return BINOP_POW; case OP_LSHIFT: return BINOP_LSHIFT;
    case OP_RSHIFT: return BINOP_RSHIFT; case OP_BITOR: return BINOP_OR;
    case OP_BITXOR: return BINOP_XOR; case OP_BITAND: return BINOP_AND;
    case OP_FLOORDIV: return BINOP_FLOORDIV;
    default: return BINOP_MATMUL;       /* never folded */
    }
}

static Object *literal(Expr *e)
{
    const char *s = e->v.constant.s;
    size_t n = e->v.constant.n;
    switch (e->v.constant.kind) {
    case CONST_NONE: return NEWREF(NONE);
    case CONST_TRUE: return NEWREF(GTrue);
    case CONST_FALSE: return NEWREF(GFalse);
    case CONST_ELLIPSIS: return NEWREF(ELLIPSIS);
    case CONST_INT: return int_from_literal(s, n);
    case CONST_FLOAT: return float_from_string(s, n);
    case CONST_STR: return str_from_utf8(s, n);
    case CONST_BYTES: return bytes_from(s, n);
    case CONST_COMPLEX: return NULL;
    }
    return NULL;
}

Object *fold_expr_value(Expr *e)
{
    Object *r = NULL, *a, *b;
    switch (e->kind) {
    case EXPR_CONSTANT:
        return done(literal(e));
    case EXPR_UNARYOP: {
        if (!(a = fold_expr_value(e->v.unaryop.operand))) return NULL;
        UnaryOpKind k = e->v.unaryop.op;
        r = fold_unary(a, k == UOP_USUB ? 0 : k == UOP_UADD ? 1 : k == UOP_INVERT ? 2 : 3);
        DECREF(a);
        return r;
    }
    case EXPR_BINOP:
        if (!(a = fold_expr_value(e->v.binop.left))) return NULL;
        if ((b = fold_expr_value(e->v.binop.right)) != NULL) {
            r = fold_binop(a, b, binop_of(e->v.binop.op));
            DECREF(b);
        }
        DECREF(a);
        return r;
    case EXPR_SUBSCRIPT:
        if (!(a = fold_expr_value(e->v.subscript.value))) return NULL;
        if ((b = fold_expr_value(e->v.subscript.slice)) != NULL) {
            r = fold_subscript(a, b);
            DECREF(b);
        }
        DECREF(a);
        return r;
    case EXPR_TUPLE: {
        ExprSeq *elts = &e->v.seq.elts;
        if (!(r = tuple_new(elts->n))) return done(NULL);
        for (int i = 0; i < elts->n; i++) {
            Object *x = elts->items[i]->kind == EXPR_STARRED ? NULL : fold_expr_value(elts->items[i]);
            if (!x) {
                for (int j = i; j < elts->n; j++) TUPLE_SET(r, j, NEWREF(NONE));
                DECREF(r);
                return NULL;
            }
            TUPLE_SET(r, i, x);
        }
        return r;
    }
    default:
        return NULL;
    }
}
