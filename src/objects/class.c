/* class.c — creating classes: type(name, bases, dict) and the class
 * statement end up in class_new, which picks the layout base, linearises
 * the bases with C3 (__mro__), lays out instances (the base's fields, then
 * __slots__ members, then a __dict__ pointer), builds the class dict and
 * installs the dunder-dispatching slots.  The slots themselves live in
 * classslots.c, instance lifetime in instance.c. */
#include <stdlib.h>
#include <string.h>

#include "objects/class.h"
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"
#include "eval/eval.h"
#include "mem/gc.h"
#include "mem/intern.h"
#include "modules/builtins.h"
#include "runtime/errors.h"

/* ---- C3 linearisation ------------------------------------------------------- */

/* CPython's message, listing the heads that could not be merged. */
static void mro_error(Object *lists[], intptr_t pos[], int n)
{
    char buf[1000];
    size_t off = (size_t)snprintf(buf, sizeof buf,
        "Cannot create a consistent method resolution\norder (MRO) for bases");
    Object *seen[64];
    int nseen = 0;
    for (int i = 0; i < n; i++) {
        if (pos[i] >= TUPLE_SIZE(lists[i]))
            continue;
        Object *c = TUPLE_GET(lists[i], pos[i]);
        int dup = 0;
        for (int k = 0; k < nseen; k++)
            dup |= seen[k] == c;
        if (!dup && nseen < 64)
            seen[nseen++] = c;
    }
    for (int k = 0; k < nseen && off < sizeof buf; k++)
        off += (size_t)snprintf(buf + off, sizeof buf - off, "%s %s", k ? "," : "",
                                ((TypeObject *)seen[k])->name);
    err_set_string(&Exc_TypeError, buf);
}

/* True if c appears in the tail (after pos) of any list. */
static int in_tail(Object *c, Object *lists[], intptr_t pos[], int n)
{
    for (int i = 0; i < n; i++)
        for (intptr_t j = pos[i] + 1; j < TUPLE_SIZE(lists[i]); j++)
            if (TUPLE_GET(lists[i], j) == c)
                return 1;
    return 0;
}

/* NEW: the C3 linearisation of t over bases (a tuple of readied types). */
static Object *mro_c3(TypeObject *t, Object *bases)
{
    intptr_t nb = TUPLE_SIZE(bases);
    for (intptr_t i = 0; i < nb; i++)
        for (intptr_t j = i + 1; j < nb; j++)
            if (TUPLE_GET(bases, i) == TUPLE_GET(bases, j))
                return err_format(&Exc_TypeError, "duplicate base class %s",
                                  ((TypeObject *)TUPLE_GET(bases, i))->name);
    int n = (int)nb + 1;
    Object **lists = malloc(sizeof(Object *) * (size_t)n);
    intptr_t *pos = calloc((size_t)n, sizeof(intptr_t));
    Object *out = list_new(0);
    if (!lists || !pos || !out) {
        free(lists);
        free(pos);
        XDECREF(out);
        return err_no_memory();
    }
    for (intptr_t i = 0; i < nb; i++)
        lists[i] = ((TypeObject *)TUPLE_GET(bases, i))->mro;
    lists[nb] = bases;
    if (list_append(out, (Object *)t) < 0)
        goto fail;
    for (;;) {
        int empty = 1;
        Object *cand = NULL;
        for (int i = 0; i < n; i++) {
            if (pos[i] >= TUPLE_SIZE(lists[i]))
                continue;
            empty = 0;
            Object *c = TUPLE_GET(lists[i], pos[i]);
            if (!in_tail(c, lists, pos, n)) {
                cand = c;
                break;
            }
        }
        if (empty)
            break;
        if (!cand) {
            mro_error(lists, pos, n);
            goto fail;
        }
        if (list_append(out, cand) < 0)
            goto fail;
        for (int i = 0; i < n; i++)
            if (pos[i] < TUPLE_SIZE(lists[i]) && TUPLE_GET(lists[i], pos[i]) == cand)
                pos[i]++;
    }
    free(lists);
    free(pos);
    Object *r = tuple_from_array(LIST_ITEMS(out), LIST_SIZE(out));
    DECREF(out);
    return r;
fail:
    free(lists);
    free(pos);
    DECREF(out);
    return NULL;
}

/* ---- the layout base ----------------------------------------------------------- */

/* The type that decides the memory layout of t's instances: heap types
 * without __slots__ only add a dict, so they share their base's. */
static TypeObject *solid_base(TypeObject *t)
{
    while (t->base) {
        if (TYPE_HAS(t, TPF_HEAPTYPE)) {
            Object *s = ((HeapTypeObject *)t)->ht_slots;
            if (s && TUPLE_SIZE(s))
                return t;
        } else if (t->basicsize != t->base->basicsize || t->itemsize != t->base->itemsize) {
            return t;
        }
        t = t->base;
    }
    return t;
}

/* BORROWED: the base whose layout the new class extends (CPython's
 * best_base), or NULL with TypeError. */
static TypeObject *best_base(Object *bases)
{
    TypeObject *base = NULL, *winner = NULL;
    for (intptr_t i = 0; i < TUPLE_SIZE(bases); i++) {
        Object *b = TUPLE_GET(bases, i);
        if (!TYPE_CHECK(b)) {
            err_format(&Exc_TypeError, "bases must be types");
            return NULL;
        }
        TypeObject *bt = (TypeObject *)b;
        if (!TYPE_HAS(bt, TPF_READY) && type_ready(bt) < 0)
            return NULL;
        if (!TYPE_HAS(bt, TPF_BASETYPE)) {
            err_format(&Exc_TypeError, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        TypeObject *cand = solid_base(bt);
        if (winner == NULL) {
            winner = cand;
            base = bt;
        } else if (type_is_subtype(winner, cand)) {
            ;
        } else if (type_is_subtype(cand, winner)) {
            winner = cand;
            base = bt;
        } else {
            err_set_string(&Exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

TypeObject *class_calc_meta(TypeObject *meta, Object *bases)
{
    TypeObject *winner = meta;
    for (intptr_t i = 0; i < TUPLE_SIZE(bases); i++) {
        TypeObject *bt = TYPE(TUPLE_GET(bases, i));
        if (type_is_subtype(winner, bt))
            continue;
        if (type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        err_set_string(&Exc_TypeError,
                       "metaclass conflict: the metaclass of a derived class must be a "
                       "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* ---- __dict__ and __weakref__ of instances --------------------------------------- */

static Object *inst_get_dict(Object *o, void *c)
{
    Object **dp = obj_dict_ptr(o);
    if (dp == NULL)
        return err_format(&Exc_AttributeError, "'%s' object has no attribute '__dict__'",
                          TYPE(o)->name);
    if (*dp == NULL && (*dp = dict_new()) == NULL)
        return NULL;
    return NEWREF(*dp);
}

static int inst_set_dict(Object *o, Object *v, void *c)
{
    Object **dp = obj_dict_ptr(o);
    if (dp == NULL) {
        err_format(&Exc_AttributeError, "'%s' object has no attribute '__dict__'", TYPE(o)->name);
        return -1;
    }
    if (v && !DICT_CHECK(v)) {
        err_format(&Exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                   TYPE(v)->name);
        return -1;
    }
    SETREF(*dp, v ? NEWREF(v) : NULL);
    return 0;
}

static Object *inst_get_weakref(Object *o, void *c)
{
    Object *w = (Object *)weakref_first(o);
    return NEWREF(w ? w : NONE);
}

static GetSetDef dict_getset = {
    "__dict__", inst_get_dict, inst_set_dict, "dictionary for instance variables", NULL };
static GetSetDef weakref_getset = {
    "__weakref__", inst_get_weakref, NULL, "list of weak references to the object", NULL };

/* ---- __slots__ --------------------------------------------------------------------- */

static int valid_identifier(Object *s)
{
    const unsigned char *p = (const unsigned char *)STR_UTF8(s);
    if (STR_NBYTES(s) == 0 || (*p >= '0' && *p <= '9'))
        return 0;
    for (; *p; p++)
        if (!(*p == '_' || *p >= 0x80 || (*p >= '0' && *p <= '9') ||
              (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
            return 0;
    return 1;
}

/* NEW tuple of the member names in __slots__ (without __dict__ and
 * __weakref__); *want_dict is set when __dict__ is listed. */
/* NEW: a slot name __x of class C as its member is named, _C__x (CPython's
 * _Py_Mangle: leading underscores of C dropped, dunders and an all-underscore
 * C left alone). */
static Object *mangle_slot(Object *cls, Object *s)
{
    const char *n = STR_UTF8(s), *c = STR_UTF8(cls);
    size_t len = (size_t)STR_NBYTES(s);
    if (len < 3 || n[0] != '_' || n[1] != '_' || (n[len - 1] == '_' && n[len - 2] == '_'))
        return NEWREF(s);
    while (*c == '_')
        c++;
    if (*c == '\0')
        return NEWREF(s);
    return str_from_format("_%s%U", c, s);
}

/* Variable-size in CPython (its ints are too, garter's are not): such a base
 * takes no nonempty __slots__ and gives no weak references. */
static int cpython_var_sized(TypeObject *base)
{
    return base->itemsize != 0 || TYPE_HAS(base, TPF_INT_SUB);
}

static Object *parse_slots(Object *slots, Object *ns, Object *cls, int *want_dict)
{
    Object *seq = STR_CHECK(slots) ? tuple_pack(1, slots) : tuple_from_iterable(slots);
    if (seq == NULL)
        return NULL;
    Object *names = list_new(0);
    if (names == NULL)
        goto fail;
    for (intptr_t i = 0; i < TUPLE_SIZE(seq); i++) {
        Object *s = TUPLE_GET(seq, i);
        if (!STR_CHECK(s)) {
            err_format(&Exc_TypeError, "__slots__ items must be strings, not '%s'", TYPE(s)->name);
            goto fail;
        }
        if (!valid_identifier(s)) {
            err_set_string(&Exc_TypeError, "__slots__ must be identifiers");
            goto fail;
        }
        if (str_eq_cstr(s, "__dict__")) {
            if (*want_dict) {
                err_set_string(&Exc_TypeError, "__dict__ slot disallowed: we already got one");
                goto fail;
            }
            *want_dict = 1;
            continue;
        }
        if (str_eq_cstr(s, "__weakref__"))
            continue;
        if (dict_getitem(ns, s)) {
            err_format(&Exc_ValueError, "%R in __slots__ conflicts with class variable", s);
            goto fail;
        }
        Object *in = mangle_slot(cls, s);
        if (in)
            in = intern_str(in);
        if (in == NULL || list_append(names, in) < 0) {
            XDECREF(in);
            goto fail;
        }
        DECREF(in);
    }
    DECREF(seq);
    Object *r = tuple_from_array(LIST_ITEMS(names), LIST_SIZE(names));
    DECREF(names);
    return r;
fail:
    DECREF(seq);
    XDECREF(names);
    return NULL;
}

/* ---- the class dict ----------------------------------------------------------------- */

/* Wraps a plain function found under name in ns with wrapper_type
 * (__new__ is a staticmethod, __init_subclass__ a classmethod). */
static int wrap_implicit(Object *d, const char *name, TypeObject *wrapper_type)
{
    Object *f = dict_getitem_str(d, name);
    if (f == NULL || !FUNC_CHECK(f))
        return 0;
    Object *w = obj_call((Object *)wrapper_type, &f, 1, NULL);
    if (w == NULL)
        return -1;
    int r = dict_setitem_str(d, name, w);
    DECREF(w);
    return r;
}

static int set_module(Object *d)
{
    if (dict_getitem_str(d, "__module__"))
        return 0;
    Frame *f = eval_current_frame();
    Object *g = f ? f->globals : NULL;
    Object *m = g ? dict_getitem_str(g, "__name__") : NULL;
    return m ? dict_setitem_str(d, "__module__", m) : 0;
}

/* Calls __set_name__(owner, name) on every attribute that has one. */
static int call_set_names(TypeObject *t)
{
    Object *items = dict_items(t->dict);
    if (items == NULL)
        return -1;
    Object *lst = list_new(0);
    int r = lst ? list_extend(lst, items) : -1;
    DECREF(items);
    for (intptr_t i = 0; r == 0 && i < LIST_SIZE(lst); i++) {
        Object *kv = LIST_GET(lst, i);
        Object *v = TUPLE_GET(kv, 1);
        Object *sn = type_lookup_cstr(TYPE(v), "__set_name__");
        if (sn == NULL)
            continue;
        Object *m = obj_getattr_cstr(v, "__set_name__");
        if (m == NULL) {
            r = -1;
            break;
        }
        Object *args[2] = { (Object *)t, TUPLE_GET(kv, 0) };
        Object *res = obj_call(m, args, 2, NULL);
        DECREF(m);
        if (res == NULL) {
            r = -1;
            break;
        }
        DECREF(res);
    }
    XDECREF(lst);
    return r;
}

/* super(t, t).__init_subclass__(**kw) */
static int call_init_subclass(TypeObject *t, Object *kw)
{
    Object *name = intern_cstr("__init_subclass__");
    if (name == NULL)
        return -1;
    Object *descr = NULL;
    for (intptr_t i = 1; i < TUPLE_SIZE(t->mro) && !descr; i++) {
        TypeObject *b = (TypeObject *)TUPLE_GET(t->mro, i);
        if (b->dict)
            descr = dict_getitem(b->dict, name);
    }
    DECREF(name);
    if (descr == NULL)
        return 0;
    INCREF(descr);
    Object *f = TYPE(descr)->descr_get ? TYPE(descr)->descr_get(descr, NULL, (Object *)t)
                                       : NEWREF(descr);
    DECREF(descr);
    if (f == NULL)
        return -1;
    intptr_t nkw = kw ? dict_size(kw) : 0;
    Object *vals[64], *kwnames = NULL;
    if (nkw > 64) {
        DECREF(f);
        err_set_string(&Exc_TypeError, "too many class keywords");
        return -1;
    }
    if (nkw) {
        if ((kwnames = tuple_new(nkw)) == NULL) {
            DECREF(f);
            return -1;
        }
        intptr_t p = 0, j = 0;
        Object *k, *v;
        while (dict_next(kw, &p, &k, &v)) {
            TUPLE_SET(kwnames, j, NEWREF(k));
            vals[j++] = v;
        }
    }
    Object *r = obj_call(f, vals, 0, kwnames);
    XDECREF(kwnames);
    DECREF(f);
    if (r == NULL)
        return -1;
    DECREF(r);
    return 0;
}

/* ---- creation ------------------------------------------------------------------------ */

Object *class_new(TypeObject *meta, Object *name, Object *bases, Object *ns, Object *kw)
{
    if (!STR_CHECK(name))
        return err_format(&Exc_TypeError, "type.__new__() argument 1 must be str, not %s",
                          TYPE(name)->name);
    if (!TUPLE_CHECK(bases))
        return err_format(&Exc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                          TYPE(bases)->name);
    if (!DICT_CHECK(ns))
        return err_format(&Exc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                          TYPE(ns)->name);
    Object *own_bases = NULL;
    if (TUPLE_SIZE(bases) == 0) {
        own_bases = tuple_pack(1, (Object *)&BaseObject_Type);
        if (own_bases == NULL)
            return NULL;
        bases = own_bases;
    } else {
        INCREF(bases);
        own_bases = bases;
    }
    /* type.__new__ checks the metaclass first, so a non-type base is a conflict */
    TypeObject *base = class_calc_meta(&Type_Type, bases) ? best_base(bases) : NULL;
    if (base == NULL) {
        DECREF(own_bases);
        return NULL;
    }
    Object *d = dict_copy(ns);
    if (d == NULL) {
        DECREF(own_bases);
        return NULL;
    }
    HeapTypeObject *ht = (HeapTypeObject *)obj_alloc(meta);
    if (ht == NULL) {
        DECREF(d);
        DECREF(own_bases);
        return NULL;
    }
    TypeObject *t = &ht->type;
    t->dict = d;
    t->bases = own_bases;
    t->base = base;
    INCREF((Object *)base);
    t->tpflags = TPF_HEAPTYPE | TPF_BASETYPE | TPF_GC;
    t->num = &ht->as_number;
    ht->ht_name = NEWREF(name);
    t->name = STR_UTF8(name);

    /* __qualname__ comes out of the namespace */
    Object *qual = dict_getitem_str(d, "__qualname__");
    if (qual) {
        if (!STR_CHECK(qual)) {
            err_format(&Exc_TypeError, "type __qualname__ must be a str, not %s", TYPE(qual)->name);
            goto fail;
        }
        ht->ht_qualname = NEWREF(qual);
        if (dict_delitem_str(d, "__qualname__") < 0)
            goto fail;
    } else {
        ht->ht_qualname = NEWREF(name);
    }
    if (set_module(d) < 0)
        goto fail;

    /* layout: base fields, __slots__ members, then the dict pointer */
    int want_dict = 0;
    Object *slots = dict_getitem_str(d, "__slots__");
    size_t size = base->basicsize;
    if (slots) {
        int already = base->dictoffset != 0;
        want_dict = 0;
        Object *names = parse_slots(slots, d, name, &want_dict);
        if (names == NULL)
            goto fail;
        ht->ht_slots = names;
        if (want_dict && already) {
            err_set_string(&Exc_TypeError, "__dict__ slot disallowed: we already got one");
            goto fail;
        }
        if (TUPLE_SIZE(names) && cpython_var_sized(base)) {
            err_format(&Exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                       base->name);
            goto fail;
        }
        for (intptr_t i = 0; i < TUPLE_SIZE(names); i++) {
            Object *m = member_descr_new(t, TUPLE_GET(names, i), size);
            if (m == NULL || dict_setitem(d, TUPLE_GET(names, i), m) < 0) {
                XDECREF(m);
                goto fail;
            }
            DECREF(m);
            size += sizeof(Object *);
        }
    } else {
        want_dict = base->dictoffset == 0;
    }
    t->dictoffset = base->dictoffset;
    if (want_dict && base->dictoffset == 0 && base->itemsize == 0) {
        t->dictoffset = (intptr_t)size;
        size += sizeof(Object *);
    } else if (want_dict && base->dictoffset == 0) {
        t->dictoffset = DICT_PREFIX;        /* items end the object */
    }
    t->basicsize = size;
    t->itemsize = base->itemsize;
    /* weak references (CPython's may_add_weak): a marker, the lists live
     * in objects/weakref.c's side table */
    if (base->weaklistoffset == 0 && !cpython_var_sized(base)) {
        int w = slots == NULL;
        if (!w) {
            Object *n = str_from_cstr("__weakref__");
            w = n ? obj_contains(slots, n) : -1;
            XDECREF(n);
            if (w < 0)
                err_clear();
        }
        if (w > 0)
            t->weaklistoffset = 1;
    }
    if (t->dictoffset && base->dictoffset == 0) {
        Object *gs = descr_new_getset(t, &dict_getset);
        if (gs == NULL || dict_setitem_str(d, "__dict__", gs) < 0) {
            XDECREF(gs);
            goto fail;
        }
        DECREF(gs);
    }
    if ((want_dict || !slots) && TYPE_HAS(base, TPF_HEAPTYPE) == 0 &&
        base == &BaseObject_Type && dict_getitem_str(d, "__weakref__") == NULL) {
        Object *gs = descr_new_getset(t, &weakref_getset);
        if (gs == NULL || dict_setitem_str(d, "__weakref__", gs) < 0) {
            XDECREF(gs);
            goto fail;
        }
        DECREF(gs);
    }
    if (dict_getitem_str(d, "__doc__") == NULL && dict_setitem_str(d, "__doc__", NONE) < 0)
        goto fail;
    if (wrap_implicit(d, "__new__", &StaticMethod_Type) < 0 ||
        wrap_implicit(d, "__init_subclass__", &ClassMethod_Type) < 0 ||
        wrap_implicit(d, "__class_getitem__", &ClassMethod_Type) < 0)
        goto fail;
    /* defining __eq__ without __hash__ makes instances unhashable */
    if (dict_getitem_str(d, "__eq__") && !dict_getitem_str(d, "__hash__") &&
        dict_setitem_str(d, "__hash__", NONE) < 0)
        goto fail;

    t->dealloc = instance_dealloc;
    t->traverse = instance_traverse;
    t->clear = instance_clear;
    t->new_ = base->new_;
    t->mro = mro_c3(t, t->bases);
    if (t->mro == NULL)
        goto fail;
    if (type_ready(t) < 0 || class_fixup_slots(t) < 0)
        goto fail;
    gc_track((Object *)t);
    if (call_set_names(t) < 0 || call_init_subclass(t, kw) < 0) {
        DECREF((Object *)t);
        return NULL;
    }
    return (Object *)t;
fail:
    /* a half-built class: type_dealloc releases what was filled in */
    DECREF((Object *)t);
    return NULL;
}

/* type(x) or type(name, bases, dict, **kw) */
static Object *type_new_entry(TypeObject *meta, Object *const *args, size_t nargs, Object *kwnames)
{
    size_t nkw = kwnames ? (size_t)TUPLE_SIZE(kwnames) : 0;
    if (meta == &Type_Type && nargs == 1 && nkw == 0)
        return NEWREF((Object *)TYPE(args[0]));
    if (nargs != 3)
        return err_set_string(&Exc_TypeError, "type() takes 1 or 3 arguments");
    Object *kw = NULL;
    if (nkw) {
        if ((kw = dict_new()) == NULL)
            return NULL;
        for (size_t i = 0; i < nkw; i++)
            if (dict_setitem(kw, TUPLE_GET(kwnames, i), args[nargs + i]) < 0) {
                DECREF(kw);
                return NULL;
            }
    }
    Object *r = class_new(meta, args[0], args[1], args[2], kw);
    XDECREF(kw);
    return r;
}

int class_update_slot(TypeObject *t, Object *name)
{
    const char *s = STR_UTF8(name);
    size_t n = (size_t)STR_NBYTES(name);
    if (n < 5 || s[0] != '_' || s[1] != '_' || s[n - 1] != '_' || s[n - 2] != '_')
        return 0;
    return class_fixup_slots(t);
}

/* ---- object.__init_subclass__ and init ------------------------------------------------ */

static Object *object_init_subclass(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    if (kw && TUPLE_SIZE(kw))
        return err_format(&Exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                          ((TypeObject *)cls)->name);
    if (nargs)
        return err_format(&Exc_TypeError, "%s.__init_subclass__() takes no arguments (%zu given)",
                          ((TypeObject *)cls)->name, nargs);
    RETURN_NONE;
}

static MethodDef init_subclass_def = {
    "__init_subclass__", object_init_subclass, METH_CLASS,
    "This method is called when a class is subclassed.",
};

int class_slots_init(void);     /* classslots.c */

int class_init(void)
{
    TypeObject *types[] = { &Method_Type, &Property_Type, &StaticMethod_Type,
                            &ClassMethod_Type, &Super_Type, &MemberDescr_Type };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (type_ready(types[i]) < 0)
            return -1;
    Type_Type.new_ = type_new_entry;
    if (class_slots_init() < 0)
        return -1;
    if (BaseObject_Type.dict && !dict_getitem_str(BaseObject_Type.dict, "__init_subclass__")) {
        Object *m = descr_new_classmethod(&BaseObject_Type, &init_subclass_def);
        if (m == NULL || dict_setitem_str(BaseObject_Type.dict, "__init_subclass__", m) < 0) {
            XDECREF(m);
            return -1;
        }
        DECREF(m);
        type_modified(&BaseObject_Type);
    }
    Object *b = mod_builtins_dict();
    struct { const char *name; TypeObject *t; } names[] = {
        { "property", &Property_Type }, { "staticmethod", &StaticMethod_Type },
        { "classmethod", &ClassMethod_Type }, { "super", &Super_Type },
    };
    for (size_t i = 0; b && i < sizeof names / sizeof names[0]; i++)
        if (dict_setitem_str(b, names[i].name, (Object *)names[i].t) < 0)
            return -1;
    return 0;
}
