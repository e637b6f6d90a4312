/* eval_import.c — the import statements: `import a.b as c` and
 * `from .m import x as y, *`.  The machinery (sys.modules, finding and
 * running files, relative names) is runtime/import.c; this file only binds
 * what it returns, as CPython's IMPORT_NAME / IMPORT_FROM / IMPORT_STAR. */
#include "eval/node.h"
#include "objects/dict.h"
#include "objects/exceptions.h"
#include "objects/str.h"
#include "runtime/errors.h"
#include "runtime/import.h"

int ex_import(SNode *s, Frame *f)
{
    ImportInfo *ii = s->e1->p;
    for (int i = 0; i < ii->n; i++) {
        /* `import a.b` binds the top package a; `import a.b as c` binds a.b */
        Object *m = ii->asname[i] ? rt_import(ii->names[i])
                                  : rt_import_name(ii->names[i], 1);
        if (m == NULL)
            return ST_ERROR;
        ENode *t = ii->targets[i];
        int r = t->st(t, f, m);
        DECREF(m);
        if (r < 0)
            return ST_ERROR;
    }
    return ST_OK;
}

int ex_importfrom(SNode *s, Frame *f)
{
    ImportInfo *ii = s->e1->p;
    Object *m = rt_import_level(ii->module, f->globals, ii->level, 0);
    if (m == NULL)
        return ST_ERROR;
    int r = 0;
    if (ii->star) {
        Object *into = f->locals ? f->locals : f->globals;
        r = rt_import_star(m, into);
    } else if (rt_import_fromlist(m, ii->names, ii->n) < 0) {
        r = -1;
    } else {
        for (int i = 0; i < ii->n && r == 0; i++) {
            Object *v = rt_import_from(m, ii->names[i]);
            if (v == NULL) {
                r = -1;
                break;
            }
            ENode *t = ii->targets[i];
            r = t->st(t, f, v);
            DECREF(v);
        }
    }
    DECREF(m);
    return r < 0 ? ST_ERROR : ST_OK;
}
