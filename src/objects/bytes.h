/* bytes.h — the immutable bytes type: {header, size, hash, data[size]+NUL}. */
#ifndef GARTER_BYTES_H
#define GARTER_BYTES_H

#include <stddef.h>
#include "objects/object.h"

/* Layout keeps size where VarObject keeps it. */
typedef struct BytesObject {
    Object ob;
    intptr_t size;
    hash_t hash;                /* cached, -1 = not computed */
    char data[];                /* size bytes, then a NUL */
} BytesObject;

extern TypeObject Bytes_Type;
extern TypeObject BytesIter_Type;

#define BYTES_CHECK(o)        TYPE_HAS(TYPE(o), TPF_BYTES_SUB)
#define BYTES_CHECK_EXACT(o)  IS_TYPE((o), &Bytes_Type)
#define BYTES_DATA(o)         (((BytesObject *)(o))->data)
#define BYTES_SIZE(o)         (((BytesObject *)(o))->size)

/* NEW: bytes holding a copy of s[0..n). */
Object *bytes_from(const char *s, size_t n);
/* NEW: an uninitialised bytes object of n bytes for the caller to fill
 * (only before anybody else sees it). */
Object *bytes_new_raw(size_t n);
/* NEW: a + b (both bytes). */
Object *bytes_concat(Object *a, Object *b);
/* NEW: repr(b) as CPython prints it (b'...'). */
Object *bytes_repr(Object *b);
/* NEW: b.decode(encoding, errors); NULL means "utf-8"/"strict". */
Object *bytes_decode(Object *b, const char *encoding, const char *errors);
/* hash(b): equal to hash(s) for a str with the same (ASCII) bytes. */
hash_t bytes_hash(Object *b);

int bytes_init(void);
void bytes_fini(void);

#endif
