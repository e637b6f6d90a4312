/* float.h — the `float` type: an IEEE double in a 24-byte object, its
 * shortest round-trip repr, parsing of float(str), and Python's float
 * arithmetic rules.  Freed floats go to a free list. */
#ifndef GARTER_FLOAT_H
#define GARTER_FLOAT_H

#include <stddef.h>
#include "objects/object.h"

extern TypeObject Float_Type;

typedef struct FloatObject {
    Object ob;
    double value;
} FloatObject;

#define FLOAT_VALUE(o)        (((FloatObject *)(o))->value)
#define FLOAT_CHECK_EXACT(o)  IS_TYPE((o), &Float_Type)
#define FLOAT_CHECK(o)        (FLOAT_CHECK_EXACT(o) || float_check_sub(o))

int  float_init(void);
void float_fini(void);

/* 1 if o's type is a subclass of float. */
int float_check_sub(Object *o);

/* NEW: a float holding v. */
Object *float_from_double(double v);
/* NEW: float(str) with Python's rules; ValueError
 * "could not convert string to float: 'x'" (repr of the whole input). */
Object *float_from_string(const char *s, size_t n);
/* The C double of o: a float, an int, or anything with __float__ (or
 * __index__); -1.0 with an exception set on failure (check err_occurred). */
double float_as_double(Object *o);

/* Writes the shortest string that round-trips (repr(float)), e.g. "1e+16",
 * "0.0001", "-0.0", "inf", "nan" into buf (>= 32 bytes).  Returns its length. */
size_t float_repr_buf(double v, char *buf, size_t size);
/* The shortest round-trip decimal digits of |v| (finite, non-zero; David
 * Gay's mode 0): writes them without trailing zeros, NUL-terminated, to
 * digits (>= 24 bytes), their count to *ndigits, and returns decpt such
 * that |v| == 0.DIGITS * 10**decpt. */
int float_shortest_digits(double v, char *digits, int *ndigits);
/* Formats v like CPython's PyOS_double_to_string(v, code, prec, flags):
 * code is one of 'e' 'f' 'g' 'r' (r = repr; prec ignored); alt adds '#'-style
 * behaviour; add_dot_0 appends ".0" when the result looks like an int.
 * Returns the length written to buf. */
size_t float_format_buf(double v, char code, int prec, int alt, int add_dot_0,
                        char *buf, size_t size);

/* hash(float). */
hash_t float_hash(Object *o);

#endif
