/* bltin_num.c — numeric builtins: round, divmod, pow, hex, oct, bin, chr. */
#include "modules/bltin.h"
#include "objects/descr.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"

/* round(number, ndigits=None) through the type's __round__. */
static Object *b_round(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const kwlist[] = { "number", "ndigits" };
    Object *a[2];
    if (str_parse_args("round", args, nargs, kw, kwlist, 2, 0, 2, a) < 0)
        return NULL;
    if (a[0] == NULL)
        return err_set_string(&Exc_TypeError, "round() missing required argument 'number' (pos 1)");
    Object *m = type_lookup_cstr(TYPE(a[0]), "__round__");
    if (m == NULL)
        return err_format(&Exc_TypeError, "type %s doesn't define __round__ method",
                          TYPE(a[0])->name);
    INCREF(m);
    Object *bound = TYPE(m)->descr_get ? TYPE(m)->descr_get(m, a[0], (Object *)TYPE(a[0]))
                                       : NEWREF(m);
    DECREF(m);
    if (bound == NULL)
        return NULL;
    Object *r = (a[1] == NULL || IS_NONE(a[1])) ? obj_call(bound, NULL, 0, NULL)
                                                 : obj_call(bound, &a[1], 1, NULL);
    DECREF(bound);
    return r;
}

static Object *b_divmod(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("divmod", kw) < 0)
        return NULL;
    if (nargs != 2)
        return err_format(&Exc_TypeError, "divmod expected 2 arguments, got %zu", nargs);
    return num_binop(args[0], args[1], BINOP_DIVMOD);
}

/* pow(base, exp, mod=None) */
static Object *b_pow(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const kwlist[] = { "base", "exp", "mod" };
    Object *a[3];
    if (str_parse_args("pow", args, nargs, kw, kwlist, 3, 0, 3, a) < 0)
        return NULL;
    if (a[0] == NULL)
        return err_set_string(&Exc_TypeError, "pow() missing required argument 'base' (pos 1)");
    if (a[1] == NULL)
        return err_set_string(&Exc_TypeError, "pow() missing required argument 'exp' (pos 2)");
    return num_power(a[0], a[1], a[2] ? a[2] : NONE);
}

static Object *base_conv(Object *const *args, size_t nargs, Object *kw, const char *name, int base)
{
    if (arg_nokw(name, kw) < 0)
        return NULL;
    if (nargs != 1)
        return err_format(&Exc_TypeError, "%s() takes exactly one argument (%zu given)", name, nargs);
    Object *i = num_index(args[0]);
    if (i == NULL)
        return NULL;
    Object *r = int_format_base(i, base);
    DECREF(i);
    return r;
}

static Object *b_hex(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return base_conv(args, nargs, kw, "hex", 16);
}

static Object *b_oct(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return base_conv(args, nargs, kw, "oct", 8);
}

static Object *b_bin(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return base_conv(args, nargs, kw, "bin", 2);
}

/* chr(i): OverflowError "Python int too large to convert to C int" past
 * the C int range, ValueError outside range(0x110000). */
static Object *b_chr(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (arg_nokw("chr", kw) < 0)
        return NULL;
    if (nargs != 1)
        return err_format(&Exc_TypeError, "chr() takes exactly one argument (%zu given)", nargs);
    Object *i = num_index(args[0]);
    if (i == NULL)
        return NULL;
    int overflow;
    int64_t v = int_as_i64(i, &overflow);
    DECREF(i);
    if (overflow || v > INT32_MAX || v < INT32_MIN)
        return err_set_string(&Exc_OverflowError, "Python int too large to convert to C int");
    if (v < 0 || v > 0x10FFFF)
        return err_set_string(&Exc_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint((uint32_t)v);
}

MethodDef bltin_num_defs[] = {
    { "round", b_round, 0, "Round a number to a given precision in decimal digits." },
    { "divmod", b_divmod, 0, "Return the tuple (x//y, x%y)." },
    { "pow", b_pow, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3." },
    { "hex", b_hex, 0, "Return the hexadecimal representation of an integer." },
    { "oct", b_oct, 0, "Return the octal representation of an integer." },
    { "bin", b_bin, 0, "Return the binary representation of an integer." },
    { "chr", b_chr, 0, "Return a Unicode string of one character with ordinal i." },
    { NULL }
};
