/* iter.c — generic iterators: the sequence iterator for objects that only
 * define __getitem__, the callable iterator iter(f, sentinel), and the
 * `reversed` type for sequences without __reversed__. */
#include "objects/iter.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "mem/gc.h"
#include "runtime/errors.h"

typedef struct SeqIterObject {
    Object ob;
    intptr_t index;             /* reversed: next index, counting down */
    Object *seq;                /* NULL once exhausted */
} SeqIterObject;

typedef struct CallIterObject {
    Object ob;
    Object *callable;           /* NULL once exhausted */
    Object *sentinel;
} CallIterObject;

static Object *seqiter_make(TypeObject *t, Object *seq, intptr_t index)
{
    SeqIterObject *it = (SeqIterObject *)obj_alloc(t);
    if (it == NULL)
        return NULL;
    it->index = index;
    it->seq = NEWREF(seq);
    gc_track((Object *)it);
    return (Object *)it;
}

Object *iter_seqiter_new(Object *seq)
{
    return seqiter_make(&SeqIter_Type, seq, 0);
}

Object *iter_calliter_new(Object *callable, Object *sentinel)
{
    CallIterObject *it = (CallIterObject *)obj_alloc(&CallIter_Type);
    if (it == NULL)
        return NULL;
    it->callable = NEWREF(callable);
    it->sentinel = NEWREF(sentinel);
    gc_track((Object *)it);
    return (Object *)it;
}

Object *iter_reversed(Object *seq)
{
    Object *m = type_lookup_cstr(TYPE(seq), "__reversed__");
    if (m && !IS_NONE(m))
        return obj_call(m, &seq, 1, NULL);
    if (m == NULL && TYPE(seq)->getitem && TYPE(seq)->len
        && !type_lookup_cstr(TYPE(seq), "keys")) {
        intptr_t n = obj_length(seq);
        if (n < 0)
            return NULL;
        return seqiter_make(&Reversed_Type, seq, n - 1);
    }
    return err_format(&Exc_TypeError, "'%T' object is not reversible", seq);
}

static Object *self_iter(Object *o)
{
    return NEWREF(o);
}

static void seqiter_dealloc(Object *o)
{
    gc_untrack(o);
    XDECREF(((SeqIterObject *)o)->seq);
    obj_free(o);
}

static int seqiter_traverse(Object *o, visitproc visit, void *arg)
{
    Object *s = ((SeqIterObject *)o)->seq;
    return s ? visit(s, arg) : 0;
}

/* seq[i]; IndexError or StopIteration end the iteration. */
static Object *seqiter_next(Object *o)
{
    SeqIterObject *it = (SeqIterObject *)o;
    if (it->seq == NULL)
        return NULL;
    int rev = IS_TYPE(o, &Reversed_Type);
    if (rev && it->index < 0) {
        CLEAR(it->seq);
        return NULL;
    }
    Object *i = int_from_ssize(it->index);
    if (i == NULL)
        return NULL;
    Object *r = obj_getitem(it->seq, i);
    DECREF(i);
    if (r) {
        it->index += rev ? -1 : 1;
        return r;
    }
    if (err_matches_type(&Exc_IndexError) || err_matches_type(&Exc_StopIteration)) {
        err_clear();
        CLEAR(it->seq);
    }
    return NULL;
}

static void calliter_dealloc(Object *o)
{
    CallIterObject *it = (CallIterObject *)o;
    gc_untrack(o);
    XDECREF(it->callable);
    XDECREF(it->sentinel);
    obj_free(o);
}

static int calliter_traverse(Object *o, visitproc visit, void *arg)
{
    CallIterObject *it = (CallIterObject *)o;
    int r;
    if (it->callable && (r = visit(it->callable, arg)))
        return r;
    return it->sentinel ? visit(it->sentinel, arg) : 0;
}

static Object *calliter_next(Object *o)
{
    CallIterObject *it = (CallIterObject *)o;
    if (it->callable == NULL)
        return NULL;
    Object *r = obj_call(it->callable, NULL, 0, NULL);
    if (r == NULL) {
        if (err_matches_type(&Exc_StopIteration)) {
            err_clear();
            CLEAR(it->callable);
            CLEAR(it->sentinel);
        }
        return NULL;
    }
    int eq = obj_richcompare_bool(it->sentinel, r, CMP_EQ);
    if (eq == 0)
        return r;
    DECREF(r);
    if (eq > 0) {
        CLEAR(it->callable);
        CLEAR(it->sentinel);
    }
    return NULL;
}

static Object *reversed_vnew(TypeObject *t, Object *const *args, size_t nargs, Object *kwnames)
{
    (void)t;
    if (kwnames && TUPLE_SIZE(kwnames) > 0)
        return err_set_string(&Exc_TypeError, "reversed() takes no keyword arguments");
    if (nargs != 1)
        return err_format(&Exc_TypeError, "reversed expected 1 argument, got %zu", nargs);
    return iter_reversed(args[0]);
}

TypeObject SeqIter_Type = {
    TYPE_HEAD_INIT,
    .name = "iterator",
    .basicsize = sizeof(SeqIterObject),
    .tpflags = TPF_GC,
    .dealloc = seqiter_dealloc,
    .iter = self_iter,
    .iternext = seqiter_next,
    .traverse = seqiter_traverse,
};

TypeObject CallIter_Type = {
    TYPE_HEAD_INIT,
    .name = "callable_iterator",
    .basicsize = sizeof(CallIterObject),
    .tpflags = TPF_GC,
    .dealloc = calliter_dealloc,
    .iter = self_iter,
    .iternext = calliter_next,
    .traverse = calliter_traverse,
};

TypeObject Reversed_Type = {
    TYPE_HEAD_INIT,
    .name = "reversed",
    .basicsize = sizeof(SeqIterObject),
    .tpflags = TPF_GC | TPF_BASETYPE,
    .dealloc = seqiter_dealloc,
    .iter = self_iter,
    .iternext = seqiter_next,
    .traverse = seqiter_traverse,
    .new_ = reversed_vnew,
};

int iter_init(void)
{
    if (type_ready(&SeqIter_Type) < 0 || type_ready(&CallIter_Type) < 0
        || type_ready(&Reversed_Type) < 0)
        return -1;
    return 0;
}
