/* suggest.c — candidate names for the "Did you mean" hint of uncaught
 * NameError and AttributeError: CPython 3.11's Levenshtein distance with
 * case-only changes costing half a move, over at most 750 candidates of
 * up to 40 bytes, a match needing no more than a third of the characters
 * changed. */
#include <stdint.h>
#include <string.h>

#include "eval/eval.h"
#include "modules/builtins.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/suggest.h"
#include "runtime/traceback.h"

#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static size_t substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a += 'a' - 'A';
    if ('A' <= b && b <= 'Z') b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

/* Distance of a and b, or anything above max_cost once it must exceed it. */
static size_t levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost)
{
    size_t buffer[MAX_STRING_SIZE];
    if (a == b) return 0;
    while (an && bn && a[0] == b[0]) { a++; b++; an--; bn--; }
    while (an && bn && a[an - 1] == b[bn - 1]) { an--; bn--; }
    if (an == 0 || bn == 0) return (an + bn) * MOVE_COST;
    if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) return max_cost + 1;
    if (bn < an) {
        const char *t = a; a = b; b = t;
        size_t tn = an; an = bn; bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost) return max_cost + 1;
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < an; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + substitution_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* BORROWED: the best of n candidate strs for name, or NULL. */
static Object *best(Object *const *items, intptr_t n, Object *name)
{
    if (n >= MAX_CANDIDATE_ITEMS) return NULL;
    const char *ns = STR_UTF8(name);
    size_t nn = (size_t)STR_NBYTES(name);
    size_t best_dist = SIZE_MAX;
    Object *found = NULL;
    for (intptr_t i = 0; i < n; i++) {
        Object *it = items[i];
        if (!STR_CHECK(it)) continue;
        size_t in = (size_t)STR_NBYTES(it);
        if (in == nn && memcmp(STR_UTF8(it), ns, nn) == 0) continue;
        size_t max = (nn + in + 3) * MOVE_COST / 6;
        if (best_dist - 1 < max) max = best_dist - 1;
        size_t d = levenshtein(ns, nn, STR_UTF8(it), in, max);
        if (d > max) continue;
        if (!found || d < best_dist) {
            found = it;
            best_dist = d;
        }
    }
    return found;
}

/* NEW: best of a list's items (a copy, so the comparison is safe). */
static Object *best_in_list(Object *l, Object *name)
{
    Object *r = best(LIST_ITEMS(l), LIST_SIZE(l), name);
    return r ? NEWREF(r) : NULL;
}

/* NEW: best of a dict's keys, or NULL. */
static Object *best_in_dict(Object *d, Object *name)
{
    if (!d || !DICT_CHECK(d)) return NULL;
    Object *keys = dict_keys(d);
    if (!keys) { err_clear(); return NULL; }
    Object *r = best_in_list(keys, name);
    DECREF(keys);
    return r;
}

static Object *for_name_error(Object *exc)
{
    NameErrorObject *e = (NameErrorObject *)exc;
    Object *tb = exc_get_traceback(exc);
    if (!e->name || !STR_CHECK_EXACT(e->name) || !tb) return NULL;
    CodeObject *code = tb_innermost_code(tb);
    if (!code) return NULL;
    Object *r = best(code->slotnames, code->nlocals, e->name);
    if (r) return NEWREF(r);
    if ((r = best_in_dict(e->globals, e->name))) return r;
    return best_in_dict(e->builtins, e->name);
}

static Object *for_attribute_error(Object *exc)
{
    AttributeErrorObject *e = (AttributeErrorObject *)exc;
    if (!e->name || !e->obj || !STR_CHECK_EXACT(e->name)) return NULL;
    Object *dirf = dict_getitem_str(mod_builtins_dict(), "dir");
    if (!dirf) return NULL;
    Object *l = obj_call(dirf, &e->obj, 1, NULL);
    if (!l) { err_clear(); return NULL; }
    Object *r = LIST_CHECK(l) ? best_in_list(l, e->name) : NULL;
    DECREF(l);
    return r;
}

Object *rt_suggest(Object *exc)
{
    if (IS_TYPE(exc, &Exc_NameError)) return for_name_error(exc);
    if (IS_TYPE(exc, &Exc_AttributeError)) return for_attribute_error(exc);
    return NULL;
}
