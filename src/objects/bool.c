/* bool.c — the `bool` type: a subclass of int with exactly two static
 * instances.  & | ^ between bools give bools; every other int operation is
 * inherited and gives ints. */
#include "objects/bool.h"
#include "objects/descr.h"
#include "objects/none.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/errors.h"

IntObject True_Obj = { OBJ_HEAD_INIT(&Bool_Type), 1 };
IntObject False_Obj = { OBJ_HEAD_INIT(&Bool_Type), 0 };

Object *bool_from(int v) { return NEWREF(v ? GTrue : GFalse); }

static Object *bool_repr(Object *o)
{
    return str_from_cstr(o == GTrue ? "True" : "False");
}

/* Bitwise operators keep bool-ness only when both sides are bools. */
static Object *bool_and(Object *a, Object *b)
{
    if (BOOL_CHECK(a) && BOOL_CHECK(b))
        return bool_from(a == GTrue && b == GTrue);
    return Int_Type.num->and_(a, b);
}

static Object *bool_or(Object *a, Object *b)
{
    if (BOOL_CHECK(a) && BOOL_CHECK(b))
        return bool_from(a == GTrue || b == GTrue);
    return Int_Type.num->or_(a, b);
}

static Object *bool_xor(Object *a, Object *b)
{
    if (BOOL_CHECK(a) && BOOL_CHECK(b))
        return bool_from((a == GTrue) != (b == GTrue));
    return Int_Type.num->xor(a, b);
}

/* bool(x): truth value; no keyword arguments. */
static Object *bool_new(TypeObject *t, Object *const *args, size_t nargs, Object *kwnames)
{
    if (arg_nokw("bool", kwnames) < 0 || arg_range("bool", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        RETURN_FALSE;
    int r = obj_is_true(args[0]);
    if (r < 0)
        return NULL;
    return bool_from(r);
}

static NumberMethods bool_as_number;

TypeObject Bool_Type = {
    TYPE_HEAD_INIT,
    .name = "bool",
    .basicsize = sizeof(IntObject),
    .tpflags = TPF_INT_SUB,
    .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n"
           "The builtins True and False are the only two instances of the class bool.\n"
           "The class bool is a subclass of the class int, and cannot be subclassed.",
    .repr = bool_repr,
    .num = &bool_as_number,
    .base = &Int_Type,
    .new_ = bool_new,
};

int bool_init(void)
{
    /* Start from int's number slots and override the bitwise ones. */
    bool_as_number = *Int_Type.num;
    bool_as_number.and_ = bool_and;
    bool_as_number.or_ = bool_or;
    bool_as_number.xor = bool_xor;
    return type_ready(&Bool_Type);
}
