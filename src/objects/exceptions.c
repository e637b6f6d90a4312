/* exceptions.c — the built-in exception types (stub while the core lands). */
#include "objects/exceptions.h"
#include "objects/type.h"
#include "mem/gc.h"
#include "runtime/errors.h"

static void exc_dealloc(Object *o)
{
    BaseExcObject *e = (BaseExcObject *)o;
    gc_untrack(o);
    CLEAR(e->dict);
    CLEAR(e->args);
    CLEAR(e->notes);
    CLEAR(e->traceback);
    CLEAR(e->context);
    CLEAR(e->cause);
    obj_free(o);
}

#define EXC_DEFINE_(name_, base_, st_) \
    TypeObject Exc_##name_ = { TYPE_HEAD_INIT, .name = #name_, \
        .basicsize = sizeof(st_), .tpflags = TPF_GC | TPF_BASETYPE | TPF_EXC_SUB, \
        .dealloc = exc_dealloc };
EXC_FOREACH(EXC_DEFINE_)
#undef EXC_DEFINE_

#define EXC_LIST_(name_, base_, st_) &Exc_##name_,
TypeObject *const exc_all_types[] = { EXC_FOREACH(EXC_LIST_) NULL };
#undef EXC_LIST_

Object *exc_new(TypeObject *t, Object *args)
{
    BaseExcObject *e = (BaseExcObject *)obj_alloc(t);
    if (e == NULL)
        return NULL;
    e->args = args ? NEWREF(args) : NULL;
    gc_track((Object *)e);
    return (Object *)e;
}
Object *exc_new_cstr(TypeObject *t, const char *msg) { (void)msg; return exc_new(t, NULL); }
Object *exc_get_args(Object *e) { return ((BaseExcObject *)e)->args; }
Object *exc_get_traceback(Object *e) { return ((BaseExcObject *)e)->traceback; }
Object *exc_get_context(Object *e) { return ((BaseExcObject *)e)->context; }
Object *exc_get_cause(Object *e) { return ((BaseExcObject *)e)->cause; }
void exc_set_traceback(Object *e, Object *v) { SETREF(((BaseExcObject *)e)->traceback, v); }
void exc_set_context(Object *e, Object *v) { SETREF(((BaseExcObject *)e)->context, v); }
void exc_set_cause(Object *e, Object *v)
{
    SETREF(((BaseExcObject *)e)->cause, v);
    ((BaseExcObject *)e)->suppress_context = 1;
}
Object *exc_stopiteration_value(Object *e) { (void)e; return NULL; }
Object *exc_systemexit_code(Object *e) { (void)e; return NULL; }
int exc_init(void)
{
    for (size_t i = 0; exc_all_types[i]; i++)
        if (type_ready(exc_all_types[i]) < 0)
            return -1;
    return 0;
}
void exc_fini(void) {}
