/* float.c — the `float` type.  Stub: the API links; behaviour lands next. */
#include <stdio.h>
#include "objects/float.h"
#include "objects/hash.h"

TypeObject Float_Type = {
    .name = "float",
    .basicsize = sizeof(FloatObject),
    .tpflags = TPF_BASETYPE,
};

int float_init(void) { return 0; }
void float_fini(void) {}
int float_check_sub(Object *o)
{
    for (TypeObject *t = TYPE(o); t; t = t->base)
        if (t == &Float_Type)
            return 1;
    return 0;
}
Object *float_from_double(double v) { (void)v; return NULL; }
Object *float_from_string(const char *s, size_t n) { (void)s; (void)n; return NULL; }
double float_as_double(Object *o) { return FLOAT_VALUE(o); }
size_t float_repr_buf(double v, char *buf, size_t size) { return (size_t)snprintf(buf, size, "%.17g", v); }
size_t float_format_buf(double v, char code, int prec, int alt, int add_dot_0, char *buf, size_t size)
{
    (void)code; (void)alt; (void)add_dot_0;
    return (size_t)snprintf(buf, size, "%.*g", prec, v);
}
hash_t float_hash(Object *o) { return hash_double(o, FLOAT_VALUE(o)); }
