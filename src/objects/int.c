/* int.c — the `int` type (word form + GMP big form), small-int cache,
 * parsing and formatting.  Stub: the API links; behaviour lands next. */
#include "objects/int.h"
#include "objects/hash.h"

IntObject int_small_ints[INT_SMALL_MAX - INT_SMALL_MIN + 1];
static int max_str_digits = INT_MAX_STR_DIGITS_DEFAULT;

TypeObject Int_Type = {
    .name = "int",
    .basicsize = sizeof(IntObject),
    .tpflags = TPF_BASETYPE | TPF_INT_SUB,
};

int int_get_max_str_digits(void) { return max_str_digits; }
int int_set_max_str_digits(int64_t n) { max_str_digits = (int)n; return 0; }
int int_init(void)
{
    for (int i = INT_SMALL_MIN; i <= INT_SMALL_MAX; i++) {
        IntObject *o = &int_small_ints[i - INT_SMALL_MIN];
        o->ob.refcnt = STATIC_REFCNT;
        o->ob.flags = OF_STATIC;
        o->ob.type = &Int_Type;
        o->value = i;
    }
    return 0;
}
void int_fini(void) {}
Object *int_from_i64(int64_t v) { (void)v; return NULL; }
Object *int_from_u64(uint64_t v) { (void)v; return NULL; }
Object *int_from_ssize(intptr_t v) { (void)v; return NULL; }
Object *int_from_double(double d) { (void)d; return NULL; }
Object *int_from_string(const char *s, size_t n, int base) { (void)s; (void)n; (void)base; return NULL; }
Object *int_from_literal(const char *s, size_t n) { (void)s; (void)n; return NULL; }
Object *int_from_bytes(const unsigned char *p, size_t n, int le, int sg) { (void)p; (void)n; (void)le; (void)sg; return NULL; }
int64_t int_as_i64(Object *o, int *ov) { *ov = 0; return INT_VALUE(o); }
intptr_t int_as_ssize(Object *o) { return (intptr_t)INT_VALUE(o); }
intptr_t int_as_ssize_clamped(Object *o) { return (intptr_t)INT_VALUE(o); }
double int_as_double(Object *o) { return (double)INT_VALUE(o); }
Object *int_to_decimal_string(Object *o) { (void)o; return NULL; }
Object *int_format_base(Object *o, int base) { (void)o; (void)base; return NULL; }
int int_sign(Object *o) { return INT_VALUE(o) > 0 ? 1 : INT_VALUE(o) < 0 ? -1 : 0; }
int int_compare(Object *a, Object *b) { return INT_VALUE(a) < INT_VALUE(b) ? -1 : INT_VALUE(a) > INT_VALUE(b); }
int int_compare_double(Object *a, double d) { return (double)INT_VALUE(a) < d ? -1 : (double)INT_VALUE(a) > d; }
Object *int_index(Object *o) { (void)o; return NULL; }
uint64_t int_bit_length(Object *o) { (void)o; return 0; }
hash_t int_hash(Object *o) { return hash_i64(INT_VALUE(o)); }
Object *int_add(Object *a, Object *b) { (void)a; (void)b; return NULL; }
Object *int_sub(Object *a, Object *b) { (void)a; (void)b; return NULL; }
Object *int_mul(Object *a, Object *b) { (void)a; (void)b; return NULL; }
Object *int_floordiv(Object *a, Object *b) { (void)a; (void)b; return NULL; }
Object *int_mod(Object *a, Object *b) { (void)a; (void)b; return NULL; }
Object *int_neg(Object *a) { (void)a; return NULL; }
