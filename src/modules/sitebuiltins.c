/* sitebuiltins.c — the builtins CPython's site module adds: help (which
 * hands its argument to lib/pydoc.py), copyright, credits and license
 * (garter's own texts: the repr shows the text or a hint, calling prints
 * it), and the _sitebuiltins module whose signature() gives pydoc the
 * parameter list of a Python function. */
#include <stdio.h>
#include <string.h>

#include "eval/eval.h"
#include "modules/builtins.h"
#include "modules/sitebuiltins.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/module.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/import.h"

static const char copyright_text[] =
    "Copyright (c) the garter authors.\n"
    "All Rights Reserved.\n"
    "\n"
    "garter implements a subset of the Python 3.11 language; Python is a\n"
    "trademark of the Python Software Foundation.";

static const char credits_text[] =
    "    Thanks to the CPython developers: CPython 3.11 defines every behaviour,\n"
    "    message and traceback that garter reproduces.";

static const char license_text[] =
    "garter is distributed under the terms stated in its source tree.\n"
    "\n"
    "It includes no code from CPython; its behaviour and messages follow\n"
    "CPython 3.11, which is distributed under the PSF License Agreement\n"
    "(https://docs.python.org/3/license.html).";

/* ---- copyright, credits, license ------------------------------------------ */

typedef struct PrinterObject {
    Object ob;
    const char *text;
    const char *hint;           /* the repr when the text is long (license) */
} PrinterObject;

static Object *printer_repr(Object *o)
{
    PrinterObject *p = (PrinterObject *)o;
    return str_from_cstr(p->hint ? p->hint : p->text);
}

/* Prints the text with print(), as CPython's _Printer.__call__ does. */
static Object *printer_call(Object *o, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("_Printer.__call__", kw) < 0)
        return NULL;
    if (nargs != 0)
        return err_format(&Exc_TypeError, "_Printer.__call__() takes 1 positional argument "
                          "but %zu were given", nargs + 1);
    Object *b = mod_builtins_dict();
    Object *print = b ? dict_getitem_str(b, "print") : NULL;
    if (print == NULL)
        return err_set_string(&Exc_RuntimeError, "lost builtins.print");
    Object *s = str_from_cstr(((PrinterObject *)o)->text);
    if (s == NULL)
        return NULL;
    Object *r = obj_call(print, &s, 1, NULL);
    DECREF(s);
    if (r == NULL)
        return NULL;
    DECREF(r);
    RETURN_NONE;
}

static TypeObject Printer_Type = {
    TYPE_HEAD_INIT,
    .name = "_sitebuiltins._Printer",
    .basicsize = sizeof(PrinterObject),
    .repr = printer_repr,
    .call = printer_call,
};

static PrinterObject copyright_obj = { OBJ_HEAD_INIT(&Printer_Type), copyright_text, NULL };
static PrinterObject credits_obj = { OBJ_HEAD_INIT(&Printer_Type), credits_text, NULL };
static PrinterObject license_obj = { OBJ_HEAD_INIT(&Printer_Type), license_text,
                                     "Type license() to see the full license text" };

/* ---- help ------------------------------------------------------------------ */

static Object *helper_repr(Object *o)
{
    (void)o;
    return str_from_cstr("Type help() for interactive help, or help(object) for help about object.");
}

/* help(*args, **kwds): pydoc.help(*args, **kwds), pydoc imported on the
 * first call so that startup does not pay for it. */
static Object *helper_call(Object *o, Object *const *args, size_t nargs, Object *kw)
{
    (void)o;
    Object *pydoc = rt_import_cstr("pydoc");
    if (pydoc == NULL)
        return NULL;
    Object *fn = obj_getattr_cstr(pydoc, "help");
    DECREF(pydoc);
    if (fn == NULL)
        return NULL;
    Object *r = obj_call(fn, args, nargs, kw);
    DECREF(fn);
    return r;
}

static TypeObject Helper_Type = {
    TYPE_HEAD_INIT,
    .name = "_sitebuiltins._Helper",
    .basicsize = sizeof(Object),
    .repr = helper_repr,
    .call = helper_call,
};

static Object help_obj = OBJ_HEAD_INIT(&Helper_Type);

/* ---- the _sitebuiltins module ------------------------------------------ */

/* Appends repr(v) to b; 0/-1. */
static int append_repr(StrBuf *b, Object *v)
{
    Object *r = obj_repr(v);
    if (r == NULL)
        return -1;
    int rc = str_buf_append_str(b, r);
    DECREF(r);
    return rc;
}

/* signature(func): "(a, b=2, /, *args, c, d=4, **kw)" for a Python
 * function (names from its code's slots, defaults by repr), None for
 * anything else. */
static Object *site_signature(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (arg_one("signature", nargs, kw) < 0)
        return NULL;
    if (!FUNC_CHECK(args[0]))
        RETURN_NONE;
    FuncObject *f = (FuncObject *)args[0];
    CodeObject *co = f->code;
    int npos = co->argcount, nkw = co->kwonlyargcount;
    int nvar = (co->flags & CO_VARARGS) != 0, nvkw = (co->flags & CO_VARKEYWORDS) != 0;
    if (co->slotnames == NULL || npos + nkw + nvar + nvkw > co->nlocals)
        RETURN_NONE;
    intptr_t ndef = f->defaults ? TUPLE_SIZE(f->defaults) : 0;
    StrBuf b;
    str_buf_init(&b);
    if (str_buf_append_cstr(&b, "(") < 0)
        return NULL;
    int first = 1;
#define SEP() do { if (!first && str_buf_append_cstr(&b, ", ") < 0) goto fail; first = 0; } while (0)
    for (int i = 0; i < npos; i++) {
        SEP();
        if (str_buf_append_str(&b, co->slotnames[i]) < 0)
            goto fail;
        int d = i - (npos - (int)ndef);
        if (d >= 0 && (str_buf_append_cstr(&b, "=") < 0
                       || append_repr(&b, TUPLE_GET(f->defaults, d)) < 0))
            goto fail;
        if (i == co->posonlyargcount - 1) {
            SEP();
            if (str_buf_append_cstr(&b, "/") < 0)
                goto fail;
        }
    }
    if (nvar) {
        SEP();
        if (str_buf_append_cstr(&b, "*") < 0
            || str_buf_append_str(&b, co->slotnames[npos + nkw]) < 0)
            goto fail;
    } else if (nkw) {
        SEP();
        if (str_buf_append_cstr(&b, "*") < 0)
            goto fail;
    }
    for (int i = npos; i < npos + nkw; i++) {
        SEP();
        Object *name = co->slotnames[i];
        if (str_buf_append_str(&b, name) < 0)
            goto fail;
        Object *d = f->kwdefaults ? dict_getitem(f->kwdefaults, name) : NULL;
        if (d && (str_buf_append_cstr(&b, "=") < 0 || append_repr(&b, d) < 0))
            goto fail;
    }
    if (nvkw) {
        SEP();
        if (str_buf_append_cstr(&b, "**") < 0
            || str_buf_append_str(&b, co->slotnames[npos + nkw + nvar]) < 0)
            goto fail;
    }
#undef SEP
    if (str_buf_append_cstr(&b, ")") < 0)
        return NULL;
    return str_buf_finish(&b);
fail:
    str_buf_free(&b);
    return NULL;
}

static MethodDef site_defs[] = {
    { "signature", site_signature, 0,
      "Return the parameter list of a Python function as text, or None." },
    { NULL }
};

Object *mod_sitebuiltins_create(void)
{
    if (type_ready(&Printer_Type) < 0 || type_ready(&Helper_Type) < 0)
        return NULL;
    Object *m = module_new("_sitebuiltins");
    if (m == NULL)
        return NULL;
    module_set_builtin(m);
    if (module_add_functions(m, site_defs) < 0
        || module_add_object(m, "_Printer", NEWREF((Object *)&Printer_Type)) < 0
        || module_add_object(m, "_Helper", NEWREF((Object *)&Helper_Type)) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}

int mod_sitebuiltins_add(Object *d)
{
    if (type_ready(&Printer_Type) < 0 || type_ready(&Helper_Type) < 0)
        return -1;
    struct { const char *name; Object *o; } objs[] = {
        { "help", &help_obj }, { "copyright", (Object *)&copyright_obj },
        { "credits", (Object *)&credits_obj }, { "license", (Object *)&license_obj },
    };
    for (size_t i = 0; i < sizeof objs / sizeof objs[0]; i++)
        if (dict_getitem_str(d, objs[i].name) == NULL
            && dict_setitem_str(d, objs[i].name, objs[i].o) < 0)
            return -1;
    return rt_import_register("_sitebuiltins", mod_sitebuiltins_create);
}
