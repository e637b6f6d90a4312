/* int.h — the `int` type: arbitrary-precision integers.
 *
 * One type, two representations chosen by a per-object flag bit:
 *   - word form  (INT_IS_SMALL): the value is an int64_t; an exact int in
 *     this form is 24 bytes (16-byte header + int64);
 *   - big form: a GMP mpz_t lives in the payload (exact big ints are 32
 *     bytes plus their limbs).
 * Every result that fits in int64 is normalised back to the word form, so a
 * big-form int is always outside [INT64_MIN, INT64_MAX].
 * Ints in -5..256 are preallocated and shared: every constructor returning a
 * value in that range returns the cached object. */
#ifndef GARTER_INT_H
#define GARTER_INT_H

#include <stddef.h>
#include <stdint.h>
#include "objects/object.h"

extern TypeObject Int_Type;

/* The word form.  Big ints reuse the same header; their payload is private
 * to int.c (an mpz_t). */
typedef struct IntObject {
    Object ob;
    int64_t value;
} IntObject;

#define OF_INT_BIG      (1u << 16)      /* payload is an mpz_t */

#define INT_CHECK(o)        TYPE_HAS(TYPE(o), TPF_INT_SUB)
#define INT_CHECK_EXACT(o)  IS_TYPE((o), &Int_Type)
/* True when the value is held as an int64 (INT_VALUE is then valid). */
#define INT_IS_SMALL(o)     ((((Object *)(o))->flags & OF_INT_BIG) == 0)
#define INT_VALUE(o)        (((IntObject *)(o))->value)

#define INT_SMALL_MIN   (-5)
#define INT_SMALL_MAX   256
extern IntObject int_small_ints[INT_SMALL_MAX - INT_SMALL_MIN + 1];
/* BORROWED: the shared int for v in INT_SMALL_MIN..INT_SMALL_MAX. */
#define INT_SMALL(v)    ((Object *)&int_small_ints[(v) - INT_SMALL_MIN])

/* CPython 3.11's limit on decimal int<->str conversions (sys.int_info). */
#define INT_MAX_STR_DIGITS_DEFAULT   4300
#define INT_MAX_STR_DIGITS_THRESHOLD  640
int  int_get_max_str_digits(void);
/* 0 = unlimited, else >= 640; -1 with ValueError on a bad value. */
int  int_set_max_str_digits(int64_t n);

int  int_init(void);
void int_fini(void);

/* ---- construction (all NEW) -------------------------------------------- */
Object *int_from_i64(int64_t v);
Object *int_from_u64(uint64_t v);
Object *int_from_ssize(intptr_t v);
/* int(float): truncates; OverflowError for inf, ValueError for NaN. */
Object *int_from_double(double d);
/* int(str, base): Python's rules (whitespace, sign, '_' between digits,
 * base 0 = literal prefixes, 2..36); ValueError with repr of the input. */
Object *int_from_string(const char *s, size_t n, int base);
/* A source literal (0x/0o/0b prefixes, underscores), for the compiler.  A
 * decimal literal over the digit limit raises ValueError with CPython's
 * message (ending "... decimal conversion limits."); the compiler reports
 * it as a SyntaxError at the literal. */
Object *int_from_literal(const char *text, size_t n);
/* int.from_bytes: n bytes, little_endian or big, two's complement if signed. */
Object *int_from_bytes(const unsigned char *p, size_t n, int little_endian,
                       int is_signed);

/* ---- conversion ---------------------------------------------------------- */
/* The value of an int (no __index__): on overflow sets *overflow to +1/-1 and
 * returns -1 without raising; *overflow = 0 otherwise.  o must be an int. */
int64_t  int_as_i64(Object *o, int *overflow);
/* Accepts any object with __index__; -1 with OverflowError
 * "Python int too large to convert to C ssize_t" or TypeError. */
intptr_t int_as_ssize(Object *o);
/* Like int_as_ssize but clamps to INTPTR_MIN/MAX instead of raising
 * OverflowError (slice indices). */
intptr_t int_as_ssize_clamped(Object *o);
/* o must be an int; -1.0 with OverflowError "int too large to convert to float". */
double   int_as_double(Object *o);
/* NEW str: decimal digits (respects the 4300-digit limit). */
Object  *int_to_decimal_string(Object *o);
/* NEW str: '0b'/'0o'/'0x' prefixed digits for base 2/8/16; 10 as decimal. */
Object  *int_format_base(Object *o, int base);
/* -1, 0 or 1. */
int      int_sign(Object *o);
/* -1, 0, 1 comparing two ints. */
int      int_compare(Object *a, Object *b);
/* -1, 0, 1 comparing int a with a non-NaN double d exactly. */
int      int_compare_double(Object *a, double d);
/* NEW: operator.index(o) as an exact int; TypeError
 * "'T' object cannot be interpreted as an integer". */
Object  *int_index(Object *o);
/* Number of bits in |o| (0 for 0). */
uint64_t int_bit_length(Object *o);
/* hash(int). */
hash_t   int_hash(Object *o);

/* ---- arithmetic on two ints (NEW; both arguments must be ints) ------------ */
Object *int_add(Object *a, Object *b);
Object *int_sub(Object *a, Object *b);
Object *int_mul(Object *a, Object *b);
Object *int_floordiv(Object *a, Object *b);
Object *int_mod(Object *a, Object *b);
Object *int_neg(Object *a);

#endif
