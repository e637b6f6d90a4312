/* string.c — the `string` module's constants (ascii_letters ... whitespace)
 * and capwords.  Formatter and Template are not provided. */
#include "modules/mods.h"
#include "objects/descr.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"

/* capwords(s, sep=None): (sep or ' ').join(w.capitalize() for w in s.split(sep)) */
static Object *s_capwords(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    static const char *const kwlist[] = { "s", "sep" };
    Object *a[2];
    if (str_parse_args("capwords", args, nargs, kw, kwlist, 2, 1, 2, a) < 0)
        return NULL;
    Object *sep = a[1] ? a[1] : NONE;
    Object *split = obj_getattr_cstr(a[0], "split");
    if (split == NULL)
        return NULL;
    Object *words = obj_call(split, &sep, 1, NULL);
    DECREF(split);
    if (words == NULL)
        return NULL;
    Object *res = NULL, *joiner = NULL;
    if (!LIST_CHECK(words)) {
        err_set_string(&Exc_TypeError, "split() did not return a list");
        goto done;
    }
    for (intptr_t i = 0; i < LIST_SIZE(words); i++) {
        Object *cap = obj_getattr_cstr(LIST_GET(words, i), "capitalize");
        Object *w = cap ? obj_call(cap, NULL, 0, NULL) : NULL;
        XDECREF(cap);
        if (w == NULL)
            goto done;
        SETREF(LIST_ITEMS(words)[i], w);
    }
    int truth = sep == NONE ? 0 : obj_is_true(sep);
    if (truth < 0)
        goto done;
    joiner = truth ? NEWREF(sep) : str_from_cstr(" ");
    if (joiner == NULL)
        goto done;
    if (!STR_CHECK(joiner)) {
        Object *join = obj_getattr_cstr(joiner, "join");
        res = join ? obj_call(join, &words, 1, NULL) : NULL;
        XDECREF(join);
    } else {
        res = str_join(joiner, words);
    }
done:
    XDECREF(joiner);
    DECREF(words);
    return res;
}

static MethodDef string_methods[] = {
    { "capwords", s_capwords, 0, "capwords(s [,sep]) -> string" },
    { NULL, NULL, 0, NULL },
};

Object *mod_string_create(void)
{
    static const struct { const char *name, *value; } consts[] = {
        { "whitespace", " \t\n\r\v\f" },
        { "ascii_lowercase", "abcdefghijklmnopqrstuvwxyz" },
        { "ascii_uppercase", "ABCDEFGHIJKLMNOPQRSTUVWXYZ" },
        { "ascii_letters", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" },
        { "digits", "0123456789" },
        { "hexdigits", "0123456789abcdefABCDEF" },
        { "octdigits", "01234567" },
        { "punctuation", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" },
        { "printable", "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                       "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\v\f" },
    };
    Object *m = module_new("string");
    if (m == NULL)
        return NULL;
    module_set_builtin(m);
    if (module_add_object(m, "__doc__", str_from_cstr("A collection of string constants.")) < 0 ||
        module_add_functions(m, string_methods) < 0)
        goto fail;
    for (size_t i = 0; i < sizeof consts / sizeof consts[0]; i++)
        if (module_add_object(m, consts[i].name, str_from_cstr(consts[i].value)) < 0)
            goto fail;
    return m;
fail:
    DECREF(m);
    return NULL;
}
