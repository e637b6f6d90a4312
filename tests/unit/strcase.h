/* strcase.h — the table-driven method tests shared by test_str.c and
 * test_bytes.c: arguments built from short specs, results rendered without
 * the generic object layer (so these tests exercise str/bytes alone), and
 * run_cases() comparing each call's outcome with CPython's. */
#ifndef GARTER_STRCASE_H
#define GARTER_STRCASE_H

#include <stdlib.h>
#include <string.h>

#include "objects/bool.h"
#include "objects/bytes.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/none.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"

static Object *mk(const char *spec)
{
    switch (spec[0]) {
    case 'n': return NEWREF(NONE);
    case 'b': return bool_from(spec[1] == '1');
    case 'i': return int_from_i64(strtoll(spec + 1, NULL, 10));
    case 's': return str_from_cstr(spec + 1);
    case 'y': return bytes_from(spec + 1, strlen(spec + 1));
    case 'f': return list_new(0);
    case 't': {
        const char *parts[8];
        size_t lens[8];
        intptr_t n = 0;
        const char *p = spec + 1;
        if (*p) {
            for (;;) {
                const char *q = strchr(p, '\001');
                parts[n] = p;
                lens[n] = q ? (size_t)(q - p) : strlen(p);
                n++;
                if (!q) break;
                p = q + 1;
            }
        }
        Object *t = tuple_new(n);
        for (intptr_t i = 0; i < n; i++) {
            char buf[256];
            memcpy(buf, parts[i], lens[i]);
            buf[lens[i]] = 0;
            TUPLE_SET(t, i, mk(buf));
        }
        return t;
    }
    }
    return NULL;
}

static char tu_out[4096];

static void render(Object *o, char *out);

static void render_seq(Object *const *items, intptr_t n, const char *open,
                       const char *close, int one_comma, char *out)
{
    strcat(out, open);
    for (intptr_t i = 0; i < n; i++) {
        if (i) strcat(out, ", ");
        render(items[i], out);
    }
    if (one_comma && n == 1) strcat(out, ",");
    strcat(out, close);
}

/* Appends repr(o) to out, for the few types the tests meet. */
static void render(Object *o, char *out)
{
    if (o == NONE) { strcat(out, "None"); return; }
    if (o == GTrue) { strcat(out, "True"); return; }
    if (o == GFalse) { strcat(out, "False"); return; }
    if (INT_CHECK_EXACT(o)) {
        char b[32];
        snprintf(b, sizeof b, "%lld", (long long)int_as_ssize(o));
        strcat(out, b);
        return;
    }
    if (LIST_CHECK_EXACT(o)) { render_seq(LIST_ITEMS(o), LIST_SIZE(o), "[", "]", 0, out); return; }
    if (TUPLE_CHECK_EXACT(o)) { render_seq(TUPLE_ITEMS(o), TUPLE_SIZE(o), "(", ")", 1, out); return; }
    Object *r = STR_CHECK(o) ? str_repr(o) : BYTES_CHECK(o) ? bytes_repr(o) : NULL;
    ck_assert_msg(r != NULL, "cannot render a %s", TYPE(o)->name);
    strcat(out, STR_UTF8(r));
    DECREF(r);
}

/* "TypeName: message" of the current exception, which is cleared. */
static const char *tu_err_text(void)
{
    Object *e = err_occurred();
    ck_assert_msg(e != NULL, "no exception set");
    Object *msg = TYPE(e)->str ? TYPE(e)->str(e) : NULL;
    snprintf(tu_out, sizeof tu_out, "%s: %s", TYPE(e)->name,
             msg && STR_CHECK(msg) ? STR_UTF8(msg) : "?");
    XDECREF(msg);
    err_clear();
    return tu_out;
}

/* "repr(result)" or "!TypeName: message". */
static const char *outcome(Object *r)
{
    if (!r) {
        static char buf[4200];
        snprintf(buf, sizeof buf, "!%s", tu_err_text());
        return buf;
    }
    tu_out[0] = 0;
    render(r, tu_out);
    DECREF(r);
    return tu_out;
}

/* Calls the built-in method `name` of o's type directly through its
 * MethodDef, with positional args. */
static Object *call_method(Object *self, const char *name, Object *const *args, size_t n)
{
    for (MethodDef *m = TYPE(self)->methods; m && m->name; m++)
        if (strcmp(m->name, name) == 0)
            return m->fn(m->flags & METH_CLASS ? (Object *)TYPE(self) : self, args, n, NULL);
    ck_abort_msg("no method %s", name);
    return NULL;
}

typedef struct MethodCase {
    const char *recv;
    size_t nrecv;
    const char *meth;
    const char *args[4];
    const char *expect;
} MethodCase;

/* Runs a table of method cases on str (is_bytes 0) or bytes receivers,
 * checking results and that every reference count is balanced. */
static int run_cases(const MethodCase *cases, size_t n, int is_bytes)
{
    int checks = 0;
    for (size_t i = 0; i < n; i++) {
        const MethodCase *c = &cases[i];
        Object *recv = is_bytes ? bytes_from(c->recv, c->nrecv) : str_from_utf8(c->recv, c->nrecv);
        ck_assert_ptr_nonnull(recv);
        Object *args[4];
        size_t na = 0;
        while (na < 4 && c->args[na]) {
            args[na] = mk(c->args[na]);
            na++;
        }
        uint32_t before = REFCNT(recv);
        Object *r = call_method(recv, c->meth, args, na);
        const char *got = outcome(r);
        ck_assert_msg(strcmp(got, c->expect) == 0, "case %zu: %s.%s: got %s, expected %s",
                      i, c->recv, c->meth, got, c->expect);
        ck_assert_msg(REFCNT(recv) == before, "case %zu: refcount of receiver %u -> %u",
                      i, before, REFCNT(recv));
        for (size_t k = 0; k < na; k++)
            DECREF(args[k]);
        DECREF(recv);
        checks++;
    }
    return checks;
}

#endif
