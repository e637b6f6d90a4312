/* repl_complete.c — Tab completion candidates for the REPL, after CPython's
 * rlcompleter: keywords (with the space or colon rlcompleter adds), names in
 * the session's globals and in builtins (callables get "("), module names
 * after `import` / `from`, and attributes after `name.attr.`: dir() of the
 * object reached by getattr along a plain dotted name.  Nothing but getattr
 * (and dir) is ever evaluated: no calls, no subscripts, no operators. */
#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "modules/builtins.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "repl.h"
#include "runtime/errors.h"
#include "runtime/run_interactive.h"

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
};

typedef struct Cands {
    char **v;
    int n, cap;
} Cands;

/* Adds prefix + word + suffix unless already present.  0/-1. */
static int cand_add(Cands *c, const char *prefix, const char *word, const char *suffix)
{
    size_t lp = strlen(prefix), lw = strlen(word), ls = strlen(suffix);
    char *s = malloc(lp + lw + ls + 1);
    if (!s)
        return -1;
    memcpy(s, prefix, lp);
    memcpy(s + lp, word, lw);
    memcpy(s + lp + lw, suffix, ls + 1);
    for (int i = 0; i < c->n; i++) {
        /* the same name with another suffix counts as present */
        if (!strncmp(c->v[i], s, lp + lw)
            && (c->v[i][lp + lw] == '\0' || c->v[i][lp + lw] == '(')) {
            free(s);
            return 0;
        }
    }
    if (c->n == c->cap) {
        int nc = c->cap ? c->cap * 2 : 32;
        char **nv = realloc(c->v, sizeof(char *) * (size_t)nc);
        if (!nv) {
            free(s);
            return -1;
        }
        c->v = nv;
        c->cap = nc;
    }
    c->v[c->n++] = s;
    return 0;
}

static int is_callable(Object *v)
{
    return v && TYPE(v)->call != NULL;
}

static int word_char(unsigned char ch)
{
    return isalnum(ch) || ch == '_' || ch == '.' || ch >= 0x80;
}

/* Names of a dict (BORROWED) starting with text[0..n). */
static void add_dict_names(Cands *c, Object *d, const char *text, size_t n)
{
    if (!d || !DICT_CHECK(d))
        return;
    intptr_t pos = 0;
    Object *k, *v;
    while (dict_next(d, &pos, &k, &v)) {
        if (!STR_CHECK(k))
            continue;
        const char *s = STR_UTF8(k);
        if (strncmp(s, text, n))
            continue;
        cand_add(c, "", s, is_callable(v) ? "(" : "");
    }
}

static void complete_global(Cands *c, Object *globals, const char *text, size_t n)
{
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++) {
        const char *w = keywords[i];
        if (strncmp(w, text, n))
            continue;
        const char *suffix = " ";
        if (!strcmp(w, "finally") || !strcmp(w, "try"))
            suffix = ":";
        else if (!strcmp(w, "False") || !strcmp(w, "None") || !strcmp(w, "True")
                 || !strcmp(w, "break") || !strcmp(w, "continue")
                 || !strcmp(w, "pass") || !strcmp(w, "else"))
            suffix = "";
        cand_add(c, "", w, suffix);
    }
    add_dict_names(c, globals, text, n);
    add_dict_names(c, mod_builtins_dict(), text, n);
}

/* NEW: the object a plain dotted name (expr[0..n)) names, or NULL. */
static Object *eval_dotted(Object *globals, const char *expr, size_t n)
{
    char *copy = strndup(expr, n);
    if (!copy)
        return NULL;
    Object *cur = NULL;
    char *save = NULL;
    for (char *part = strtok_r(copy, ".", &save); part; part = strtok_r(NULL, ".", &save)) {
        if (!*part || isdigit((unsigned char)*part)) {
            XDECREF(cur);
            cur = NULL;
            break;
        }
        if (!cur) {
            Object *v = globals ? dict_getitem_str(globals, part) : NULL;
            if (!v)
                v = dict_getitem_str(mod_builtins_dict(), part);
            if (!v)
                break;
            cur = NEWREF(v);
        } else {
            Object *v = obj_getattr_cstr(cur, part);
            DECREF(cur);
            cur = v;
            if (!cur)
                break;
        }
    }
    free(copy);
    err_clear();
    return cur;
}

/* NEW list of attribute names of o: dir(o) through the builtin when there
 * is one, else the instance and type dictionaries. */
static Object *attr_names(Object *o)
{
    Object *dirf = dict_getitem_str(mod_builtins_dict(), "dir");
    if (dirf) {
        Object *r = obj_call(dirf, &o, 1, NULL);
        if (r)
            return r;
        err_clear();
    }
    Object *l = list_new(0);
    if (!l)
        return NULL;
    Object *d = obj_getattr_cstr(o, "__dict__");
    if (d && DICT_CHECK(d)) {
        intptr_t pos = 0;
        Object *k, *v;
        while (dict_next(d, &pos, &k, &v))
            list_append(l, k);
    }
    XDECREF(d);
    err_clear();
    Object *mro = TYPE(o)->mro;
    if (mro && TUPLE_CHECK(mro)) {
        for (intptr_t i = 0; i < TUPLE_SIZE(mro); i++) {
            Object *td = ((TypeObject *)TUPLE_ITEMS(mro)[i])->dict;
            intptr_t pos = 0;
            Object *k, *v;
            while (td && dict_next(td, &pos, &k, &v))
                list_append(l, k);
        }
    }
    return l;
}

static void complete_attr(Cands *c, Object *globals, const char *text, size_t n)
{
    const char *dot = memrchr(text, '.', n);
    size_t elen = (size_t)(dot - text);
    const char *attr = dot + 1;
    size_t alen = n - elen - 1;
    Object *o = eval_dotted(globals, text, elen);
    if (!o)
        return;
    Object *names = attr_names(o);
    char *prefix = strndup(text, elen + 1);
    if (names && prefix) {
        Object *it = obj_iter(names);
        Object *k;
        while (it && (k = obj_next(it))) {
            if (STR_CHECK(k)) {
                const char *s = STR_UTF8(k);
                int hidden = (alen == 0 && s[0] == '_')
                             || (alen == 1 && attr[0] == '_' && s[0] == '_' && s[1] == '_');
                if (!hidden && !strncmp(s, attr, alen)) {
                    Object *v = obj_getattr(o, k);
                    err_clear();
                    cand_add(c, prefix, s, is_callable(v) ? "(" : "");
                    XDECREF(v);
                }
            }
            DECREF(k);
        }
        XDECREF(it);
    }
    free(prefix);
    XDECREF(names);
    DECREF(o);
    err_clear();
}

/* Module names: sys.builtin_module_names, top-level names in sys.modules,
 * and the .py files and package directories on sys.path. */
static void complete_module(Cands *c, const char *text, size_t n)
{
    Object *names = rt_sys_attr("builtin_module_names");
    if (names && TUPLE_CHECK(names)) {
        for (intptr_t i = 0; i < TUPLE_SIZE(names); i++) {
            Object *k = TUPLE_ITEMS(names)[i];
            if (STR_CHECK(k) && !strncmp(STR_UTF8(k), text, n))
                cand_add(c, "", STR_UTF8(k), "");
        }
    }
    XDECREF(names);
    Object *mods = rt_sys_attr("modules");
    if (mods && DICT_CHECK(mods)) {
        intptr_t pos = 0;
        Object *k, *v;
        while (dict_next(mods, &pos, &k, &v))
            if (STR_CHECK(k) && !strchr(STR_UTF8(k), '.') && !strncmp(STR_UTF8(k), text, n))
                cand_add(c, "", STR_UTF8(k), "");
    }
    XDECREF(mods);
    Object *path = rt_sys_attr("path");
    if (path && LIST_CHECK(path)) {
        for (intptr_t i = 0; i < LIST_SIZE(path); i++) {
            Object *p = LIST_ITEMS(path)[i];
            if (!STR_CHECK(p))
                continue;
            DIR *d = opendir(STR_NBYTES(p) ? STR_UTF8(p) : ".");
            struct dirent *de;
            while (d && (de = readdir(d))) {
                const char *nm = de->d_name;
                size_t l = strlen(nm);
                if (nm[0] == '.' || strncmp(nm, text, n))
                    continue;
                if (l > 3 && !strcmp(nm + l - 3, ".py")) {
                    char *base = strndup(nm, l - 3);
                    if (base) {
                        cand_add(c, "", base, "");
                        free(base);
                    }
                } else if (de->d_type == DT_DIR && !strchr(nm, '-') && strcmp(nm, "__pycache__")) {
                    cand_add(c, "", nm, "");
                }
            }
            if (d)
                closedir(d);
        }
    }
    XDECREF(path);
    err_clear();
}

/* True when line[0..start) is "import a, " or "from " (a module name is
 * expected at start). */
static int wants_module(const char *line, size_t start)
{
    size_t i = strspn(line, " \t");
    if (!strncmp(line + i, "import", 6) && (line[i + 6] == ' ' || line[i + 6] == '\t')) {
        for (size_t k = i + 6; k < start; k++)
            if (!word_char((unsigned char)line[k]) && !strchr(" \t,", line[k]))
                return 0;
        return 1;
    }
    if (!strncmp(line + i, "from", 4) && (line[i + 4] == ' ' || line[i + 4] == '\t')) {
        for (size_t k = i + 4; k < start; k++)
            if (line[k] != ' ' && line[k] != '\t')
                return 0;
        return 1;
    }
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int repl_complete(Object *globals, const char *line, size_t cursor,
                  size_t *start, char ***out)
{
    size_t s = cursor;
    while (s > 0 && word_char((unsigned char)line[s - 1]))
        s--;
    *start = s;
    *out = NULL;
    const char *text = line + s;
    size_t n = cursor - s;
    Cands c = { NULL, 0, 0 };
    if (wants_module(line, s) && !memchr(text, '.', n))
        complete_module(&c, text, n);
    else if (memchr(text, '.', n))
        complete_attr(&c, globals, text, n);
    else
        complete_global(&c, globals, text, n);
    err_clear();
    if (c.n > 1)
        qsort(c.v, (size_t)c.n, sizeof(char *), cmp_str);
    *out = c.v;
    return c.n;
}

void repl_free_candidates(char **c, int n)
{
    for (int i = 0; i < n; i++)
        free(c[i]);
    free(c);
}
