/* fastops.h — the walker's arithmetic and indexing fast paths: exact small
 * ints and floats computed in machine words without the number-protocol
 * dispatch of num_binop, and list[int] reads and writes without the
 * mapping/sequence protocol.  Each returns "not handled" for anything
 * else, and the caller takes the generic path, which raises the errors;
 * so a fast path never sets an exception and never changes a result. */
#ifndef GARTER_FASTOPS_H
#define GARTER_FASTOPS_H

#include <math.h>

#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"

/* An int converts to the same double as CPython's int.__float__ when its
 * magnitude is at most 2**53. */
#define FAST_EXACT_DBL(v) ((v) <= ((int64_t)1 << 53) && (v) >= -((int64_t)1 << 53))

/* Floats: +, -, *, / (nonzero divisor) and ** (positive finite base,
 * finite result), as float.c computes them.  NEW or NULL (not handled). */
static inline Object *fast_float_op(double x, double y, int op)
{
    switch (op) {
    case BINOP_ADD: return float_from_double(x + y);
    case BINOP_SUB: return float_from_double(x - y);
    case BINOP_MUL: return float_from_double(x * y);
    case BINOP_TRUEDIV:
        if (y == 0.0) return NULL;
        return float_from_double(x / y);
    case BINOP_POW:
        if (x > 0.0 && isfinite(x) && isfinite(y)) {
            double r = pow(x, y);
            if (isfinite(r)) return float_from_double(r);
        }
        return NULL;
    default:
        return NULL;
    }
}

/* NEW: a OP b for exact small ints and floats (mixed too); NULL with no
 * exception set when the pair or the operator is not covered. */
static inline Object *fast_binop(Object *a, Object *b, int op)
{
    if (FLOAT_CHECK_EXACT(a)) {
        if (FLOAT_CHECK_EXACT(b)) return fast_float_op(FLOAT_VALUE(a), FLOAT_VALUE(b), op);
        if (INT_CHECK_EXACT(b) && INT_IS_SMALL(b) && FAST_EXACT_DBL(INT_VALUE(b)))
            return fast_float_op(FLOAT_VALUE(a), (double)INT_VALUE(b), op);
        return NULL;
    }
    if (!INT_CHECK_EXACT(a) || !INT_IS_SMALL(a)) return NULL;
    int64_t x = INT_VALUE(a);
    if (FLOAT_CHECK_EXACT(b)) {
        if (!FAST_EXACT_DBL(x)) return NULL;
        return fast_float_op((double)x, FLOAT_VALUE(b), op);
    }
    if (!INT_CHECK_EXACT(b) || !INT_IS_SMALL(b)) return NULL;
    int64_t y = INT_VALUE(b), r;
    switch (op) {
    case BINOP_ADD: if (__builtin_add_overflow(x, y, &r)) return NULL; break;
    case BINOP_SUB: if (__builtin_sub_overflow(x, y, &r)) return NULL; break;
    case BINOP_MUL: if (__builtin_mul_overflow(x, y, &r)) return NULL; break;
    case BINOP_FLOORDIV:
        if (y == 0 || (y == -1 && x == INT64_MIN)) return NULL;
        r = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) r--;
        break;
    case BINOP_MOD:
        if (y == 0 || y == -1) return y == -1 ? int_from_i64(0) : NULL;
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        break;
    case BINOP_TRUEDIV:
        if (y == 0 || !FAST_EXACT_DBL(x) || !FAST_EXACT_DBL(y)) return NULL;
        return float_from_double((double)x / (double)y);
    case BINOP_AND: r = x & y; break;
    case BINOP_OR: r = x | y; break;
    case BINOP_XOR: r = x ^ y; break;
    default: return NULL;
    }
    return int_from_i64(r);
}

/* BORROWED: o[k] for an exact list and a small int index in range; NULL
 * otherwise (no exception). */
static inline Object *fast_list_get(Object *o, Object *k)
{
    if (!LIST_CHECK_EXACT(o) || !INT_CHECK_EXACT(k) || !INT_IS_SMALL(k)) return NULL;
    int64_t i = INT_VALUE(k);
    if (i < 0) i += LIST_SIZE(o);
    if (i < 0 || i >= LIST_SIZE(o)) return NULL;
    return LIST_GET(o, i);
}

/* o[k] = v (v BORROWED) for an exact list and a small int index in range:
 * 1 done, 0 not handled. */
static inline int fast_list_set(Object *o, Object *k, Object *v)
{
    if (!LIST_CHECK_EXACT(o) || !INT_CHECK_EXACT(k) || !INT_IS_SMALL(k)) return 0;
    int64_t i = INT_VALUE(k);
    if (i < 0) i += LIST_SIZE(o);
    if (i < 0 || i >= LIST_SIZE(o)) return 0;
    Object *old = LIST_GET(o, i);
    LIST_SET(o, i, NEWREF(v));
    DECREF(old);
    return 1;
}

#endif
