/* bltin_init.c — installs the builtins of the bltin_*.c files, the
 * iterator types and open() into the builtins dict, readies the module and
 * file types and creates sys; tears them down at exit.
 * A name the dict already holds is kept, except the few listed in
 * `replaced`, whose versions here write through sys.stdout (print) or
 * follow CPython's messages more closely. */
#include <string.h>

#include "modules/sitebuiltins.h"
#include "modules/bltin.h"
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/file.h"
#include "objects/iter.h"
#include "objects/iterobjects.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/import.h"

int bltin_obj_add_quitters(Object *d);      /* bltin_obj.c */

static const char *const replaced[] = {
    "print", "sum", "min", "max", "sorted", "iter", "getattr", "setattr", "hasattr",
    "format", "chr", "next", NULL,
};

static int is_replaced(const char *name)
{
    for (int i = 0; replaced[i]; i++)
        if (!strcmp(replaced[i], name))
            return 1;
    return 0;
}

static Object *builtins_module_dict;     /* BORROWED: the dict given to us */

/* The `builtins` module: a module object whose namespace is the builtins
 * dict itself. */
static Object *mod_builtins_create(void)
{
    Object *m = module_new("builtins");
    if (m == NULL)
        return NULL;
    module_set_builtin(m);
    if (builtins_module_dict) {
        Object *d = builtins_module_dict;
        Object *own = module_get_dict(m);
        intptr_t pos = 0;
        Object *k, *v;
        while (dict_next(own, &pos, &k, &v))
            if (dict_getitem(d, k) == NULL && dict_setitem(d, k, v) < 0) {
                DECREF(m);
                return NULL;
            }
        SETREF(((ModuleObject *)m)->dict, NEWREF(d));
    }
    return m;
}

int bltin_register_all(Object *d)
{
    builtins_module_dict = d;
    if (module_init() < 0 || file_init() < 0 || iterobj_init() < 0)
        return -1;
    if (rt_import_init() < 0 || rt_import_register("builtins", mod_builtins_create) < 0)
        return -1;
    Object *sys = rt_import_cstr("sys");        /* creates sys and the std streams */
    if (sys == NULL)
        return -1;
    DECREF(sys);
    Object *modname = str_from_cstr("builtins");
    if (modname == NULL)
        return -1;
    MethodDef *tables[] = { bltin_io_defs, bltin_iter_defs, bltin_num_defs, bltin_obj_defs,
                            bltin_exec_defs };
    for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++)
        for (MethodDef *m = tables[t]; m->name; m++) {
            if (dict_getitem_str(d, m->name) && !is_replaced(m->name))
                continue;
            Object *f = cfunc_new(m, NULL, modname);
            if (f == NULL || dict_setitem_str(d, m->name, f) < 0) {
                XDECREF(f);
                DECREF(modname);
                return -1;
            }
            DECREF(f);
        }
    DECREF(modname);
    struct { const char *name; TypeObject *t; } types[] = {
        { "enumerate", &Enumerate_Type }, { "zip", &Zip_Type }, { "map", &Map_Type },
        { "filter", &Filter_Type }, { "reversed", &Reversed_Type },
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (dict_getitem_str(d, types[i].name) == NULL &&
            dict_setitem_str(d, types[i].name, (Object *)types[i].t) < 0)
            return -1;
    if (bltin_obj_add_quitters(d) < 0 || mod_sitebuiltins_add(d) < 0)
        return -1;
    if (dict_getitem_str(d, "__debug__") == NULL &&
        dict_setitem_str(d, "__debug__", GTrue) < 0)
        return -1;
    return 0;
}

void bltin_fini(void)
{
    if (file_flush_std() < 0)
        err_clear();
    sys_forget();
    rt_import_fini();
    builtins_module_dict = NULL;
}
