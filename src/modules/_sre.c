/* _sre.c — the _sre module under lib/re: compile() turns a program built by
 * lib/re/_compiler.py into a code object whose match/search methods run the
 * matcher (_sre_engine.c) and return the match as a tuple of positions
 * (start, end, lastindex, group marks...); scanner() keeps the decoded text
 * and the position between the matches of findall/finditer/sub/split. */
#include <string.h>

#include "mem/alloc.h"
#include "modules/_sre.h"
#include "modules/mods.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/unicode.h"
#include "objects/type.h"
#include "runtime/errors.h"

#define PREFIX_MAX 64

typedef struct SreCodeObject {
    Object ob;
    uint32_t *code;
    size_t n;
    int groups, nreps, ascii_case, isbytes;
} SreCodeObject;

typedef struct SreScannerObject {
    Object ob;
    Object *code;               /* SreCodeObject */
    Object *string;
    uint32_t *wide;             /* decoded text of a non-ASCII str, or NULL */
    intptr_t pos;
    int must_advance;
    SreState st;
    char prefix[PREFIX_MAX];
} SreScannerObject;

extern TypeObject SreCode_Type;
extern TypeObject SreScanner_Type;

/* Checks the subject's type against the pattern's and finds its text:
 * narrow (ASCII str, bytes) in place, a non-ASCII str decoded into *wide
 * (mem_malloc'd, the caller frees).  Length in *len; 0 or -1. */
static int subject_text(SreCodeObject *c, Object *s, const void **text, uint32_t **wide,
                        intptr_t *len)
{
    *wide = NULL;
    if (STR_CHECK(s)) {
        if (c->isbytes) {
            err_set_string(&Exc_TypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
        *len = STR_LEN(s);
        if (STR_IS_ASCII(s)) {
            *text = STR_UTF8(s);
            return 0;
        }
        uint32_t *w = mem_malloc((size_t)(*len + 1) * sizeof(uint32_t));
        if (w == NULL) {
            err_no_memory();
            return -1;
        }
        const char *p = STR_UTF8(s);
        for (intptr_t i = 0; i < *len; i++)
            w[i] = uni_utf8_next(&p);
        *wide = w;
        *text = w;
        return 0;
    }
    if (BYTES_CHECK(s)) {
        if (!c->isbytes) {
            err_set_string(&Exc_TypeError, "cannot use a string pattern on a bytes-like object");
            return -1;
        }
        *text = BYTES_DATA(s);
        *len = BYTES_SIZE(s);
        return 0;
    }
    err_format(&Exc_TypeError, "expected string or bytes-like object, got '%s'", TYPE(s)->name);
    return -1;
}

/* Sets up a state over the subject for code c: marks and repeat counters
 * are allocated; 0 or -1. */
static int state_init(SreState *st, SreCodeObject *c, const void *text, int wide,
                      intptr_t end, char *prefix_buf)
{
    memset(st, 0, sizeof *st);
    st->code = c->code;
    st->text = text;
    st->wide = wide;
    st->ascii_case = c->ascii_case;
    st->end = end;
    st->nmarks = 2 * c->groups;
    st->nreps = c->nreps;
    st->marks = mem_malloc(sizeof(intptr_t) * (size_t)(st->nmarks + 1));
    st->reps = mem_calloc((size_t)st->nreps + 1, sizeof(SreRep));
    if (st->marks == NULL || st->reps == NULL) {
        mem_free(st->marks);
        mem_free(st->reps);
        st->marks = NULL;
        st->reps = NULL;
        err_no_memory();
        return -1;
    }
    sre_prepare(st, prefix_buf, PREFIX_MAX);
    return 0;
}

static void state_release(SreState *st)
{
    sre_state_free(st);
    mem_free(st->marks);
    mem_free(st->reps);
    st->marks = NULL;
    st->reps = NULL;
}

/* NEW: (start, end, lastindex, marks...) of the state's match. */
static Object *match_tuple(SreState *st)
{
    Object *t = tuple_new(3 + st->nmarks);
    if (t == NULL)
        return NULL;
    intptr_t vals[3] = { st->start, st->match_end, st->lastindex };
    for (int i = 0; i < 3 + st->nmarks; i++) {
        intptr_t v;
        if (i < 3) {
            v = vals[i];
        } else {
            int g = (i - 3) & ~1;       /* a group counts only when both marks are set */
            v = st->marks[g] < 0 || st->marks[g + 1] < 0 ? -1 : st->marks[i - 3];
        }
        Object *o = int_from_ssize(v);
        if (o == NULL) {
            DECREF(t);
            return NULL;
        }
        TUPLE_SET(t, i, o);
    }
    return t;
}

/* Clamps pos/endpos as CPython's state_init does. */
static void clamp(intptr_t len, intptr_t *pos, intptr_t *endpos)
{
    if (*pos < 0)
        *pos = 0;
    else if (*pos > len)
        *pos = len;
    if (*endpos < 0)
        *endpos = 0;
    else if (*endpos > len)
        *endpos = len;
}

/* Parses (string, pos=0, endpos=maxsize[, mode]) of match/scanner. */
static int parse_subject(const char *fname, Object *const *args, size_t nargs, Object *kw,
                         size_t max, Object **s, intptr_t *pos, intptr_t *endpos, intptr_t *mode)
{
    static const char *const kwlist[] = { "string", "pos", "endpos", "mode" };
    Object *a[4] = { NULL, NULL, NULL, NULL };
    if (str_parse_args(fname, args, nargs, kw, kwlist, max, 1, max, a) < 0)
        return -1;
    *s = a[0];
    *pos = 0;
    *endpos = INTPTR_MAX;
    if (mode)
        *mode = 0;
    if (a[1] && (*pos = int_as_ssize_clamped(a[1])) == -1 && err_occurred())
        return -1;
    if (a[2] && (*endpos = int_as_ssize_clamped(a[2])) == -1 && err_occurred())
        return -1;
    if (mode && a[3] && (*mode = int_as_ssize_clamped(a[3])) == -1 && err_occurred())
        return -1;
    return 0;
}

/* code.match(string, pos, endpos, mode): mode 0 match, 1 fullmatch,
 * 2 search; the match tuple or None. */
static Object *code_match(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    SreCodeObject *c = (SreCodeObject *)self;
    Object *s;
    intptr_t pos, endpos, mode;
    if (parse_subject("match", args, nargs, kw, 4, &s, &pos, &endpos, &mode) < 0)
        return NULL;
    const void *text;
    uint32_t *wide;
    intptr_t len;
    if (subject_text(c, s, &text, &wide, &len) < 0)
        return NULL;
    clamp(len, &pos, &endpos);
    Object *res = NULL;
    SreState st;
    char prefix[PREFIX_MAX];
    if (state_init(&st, c, text, wide != NULL, endpos, prefix) < 0) {
        mem_free(wide);
        return NULL;
    }
    int r = 0;
    if (pos <= endpos) {
        st.fullmatch = mode == 1;
        r = mode == 2 ? sre_search(&st, pos) : sre_match(&st, pos);
    }
    if (r > 0)
        res = match_tuple(&st);
    else if (r == 0)
        res = NEWREF(NONE);
    state_release(&st);
    mem_free(wide);
    return res;
}

/* code.scanner(string, pos=0, endpos=maxsize): an iterator of matches. */
static Object *code_scanner(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    SreCodeObject *c = (SreCodeObject *)self;
    Object *s;
    intptr_t pos, endpos;
    if (parse_subject("scanner", args, nargs, kw, 3, &s, &pos, &endpos, NULL) < 0)
        return NULL;
    const void *text;
    uint32_t *wide;
    intptr_t len;
    if (subject_text(c, s, &text, &wide, &len) < 0)
        return NULL;
    clamp(len, &pos, &endpos);
    SreScannerObject *sc = (SreScannerObject *)obj_alloc(&SreScanner_Type);
    if (sc == NULL) {
        mem_free(wide);
        return NULL;
    }
    sc->code = NEWREF(self);
    sc->string = NEWREF(s);
    sc->wide = wide;
    sc->pos = pos;
    if (state_init(&sc->st, c, text, wide != NULL, endpos, sc->prefix) < 0) {
        DECREF_(sc);
        return NULL;
    }
    return (Object *)sc;
}

static void code_dealloc(Object *o)
{
    mem_free(((SreCodeObject *)o)->code);
    obj_free(o);
}

static MethodDef code_methods[] = {
    { "match", code_match, 0, "match(string, pos, endpos, mode) -> tuple or None" },
    { "scanner", code_scanner, 0, "scanner(string, pos, endpos) -> scanner" },
    { NULL, NULL, 0, NULL },
};

TypeObject SreCode_Type = {
    TYPE_HEAD_INIT,
    .name = "_sre.Code",
    .basicsize = sizeof(SreCodeObject),
    .dealloc = code_dealloc,
    .methods = code_methods,
};

/* scanner.search() / scanner.match(): the next match tuple, or None once
 * the text is exhausted.  An empty match moves the next attempt on by
 * forbidding another empty match at the same place (CPython's rule). */
static Object *scanner_next(Object *self, int search)
{
    SreScannerObject *sc = (SreScannerObject *)self;
    SreState *st = &sc->st;
    if (st->marks == NULL || sc->pos > st->end)
        return NEWREF(NONE);
    st->must_advance = sc->must_advance;
    int r = search ? sre_search(st, sc->pos) : sre_match(st, sc->pos);
    if (r < 0)
        return NULL;
    if (r == 0) {
        sc->pos = st->end + 1;
        return NEWREF(NONE);
    }
    sc->must_advance = st->match_end == st->start;
    sc->pos = st->match_end;
    return match_tuple(st);
}

static Object *scanner_search(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("search", nargs, kw) < 0)
        return NULL;
    return scanner_next(self, 1);
}

static Object *scanner_match(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_noargs("match", nargs, kw) < 0)
        return NULL;
    return scanner_next(self, 0);
}

static void scanner_dealloc(Object *o)
{
    SreScannerObject *sc = (SreScannerObject *)o;
    state_release(&sc->st);
    mem_free(sc->wide);
    XDECREF(sc->code);
    XDECREF(sc->string);
    obj_free(o);
}

static MethodDef scanner_methods[] = {
    { "search", scanner_search, 0, "the next match found by searching, or None" },
    { "match", scanner_match, 0, "the next match anchored where the last one ended, or None" },
    { NULL, NULL, 0, NULL },
};

TypeObject SreScanner_Type = {
    TYPE_HEAD_INIT,
    .name = "_sre.SRE_Scanner",
    .basicsize = sizeof(SreScannerObject),
    .dealloc = scanner_dealloc,
    .methods = scanner_methods,
};

/* _sre.compile(code, groups, nreps, ascii_case, isbytes): a code object
 * for a program (a list of ints) after checking its structure. */
static Object *sre_compile(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (arg_nokw("compile", kw) < 0 || arg_range("compile", nargs, 5, 5) < 0)
        return NULL;
    Object *list = args[0];
    if (!LIST_CHECK(list))
        return err_set_string(&Exc_TypeError, "compile() code must be a list");
    intptr_t vals[4];
    for (int i = 0; i < 4; i++)
        if ((vals[i] = int_as_ssize(args[i + 1])) == -1 && err_occurred())
            return NULL;
    if (vals[0] < 0 || vals[0] > 100000 || vals[1] < 0 || vals[1] > 1000000)
        return err_set_string(&Exc_ValueError, "invalid SRE code");
    size_t n = (size_t)LIST_SIZE(list);
    uint32_t *code = mem_malloc((n + 1) * sizeof(uint32_t));
    if (code == NULL)
        return err_no_memory();
    for (size_t i = 0; i < n; i++) {
        Object *v = LIST_GET(list, i);
        int ovf = 0;
        int64_t x = INT_CHECK(v) ? int_as_i64(v, &ovf) : -1;
        if (ovf || x < 0 || x > 0xFFFFFFFFLL) {
            mem_free(code);
            return err_set_string(&Exc_ValueError, "invalid SRE code");
        }
        code[i] = (uint32_t)x;
    }
    if (sre_validate(code, n, (int)vals[0], (int)vals[1]) < 0) {
        mem_free(code);
        return err_set_string(&Exc_RuntimeError, "invalid SRE code");
    }
    SreCodeObject *c = (SreCodeObject *)obj_alloc(&SreCode_Type);
    if (c == NULL) {
        mem_free(code);
        return NULL;
    }
    c->code = code;
    c->n = n;
    c->groups = (int)vals[0];
    c->nreps = (int)vals[1];
    c->ascii_case = vals[2] != 0;
    c->isbytes = vals[3] != 0;
    return (Object *)c;
}

static MethodDef sre_methods[] = {
    { "compile", sre_compile, 0, "compile(code, groups, nreps, ascii_case, isbytes) -> code object" },
    { NULL, NULL, 0, NULL },
};

Object *mod_sre_create(void)
{
    if (!(SreCode_Type.tpflags & TPF_READY) && type_ready(&SreCode_Type) < 0)
        return NULL;
    if (!(SreScanner_Type.tpflags & TPF_READY) && type_ready(&SreScanner_Type) < 0)
        return NULL;
    Object *m = module_new("_sre");
    if (m == NULL)
        return NULL;
    module_set_builtin(m);
    if (module_add_functions(m, sre_methods) < 0 ||
        module_add_object(m, "MAXREPEAT", int_from_i64(SRE_MAXREPEAT)) < 0 ||
        module_add_object(m, "MAXGROUPS", int_from_i64(100000)) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
