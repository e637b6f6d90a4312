/* mods.h — constructors of the C standard modules math, time, random and
 * string, for the built-in module registry (runtime/import.c), plus the
 * pieces of random's generator that unit tests reach directly. */
#ifndef GARTER_MODS_H
#define GARTER_MODS_H

#include <stddef.h>
#include <stdint.h>
#include "objects/object.h"

/* NEW: a fresh module object each; NULL with an exception on failure. */
Object *mod_math_create(void);
Object *mod_time_create(void);
Object *mod_random_create(void);
Object *mod_string_create(void);
Object *mod_os_create(void);            /* os.c: the _os module under lib/os.py */
Object *mod_gc_create(void);            /* gc.c: the cycle collector's interface */
Object *mod_weakref_create(void);       /* _weakref.c: under lib/weakref.py */
Object *mod_thread_create(void);        /* _thread.c: threads and locks */
Object *mod_signal_create(void);        /* signal.c: Python signal handlers */
Object *mod_sre_create(void);           /* _sre.c: the matcher under lib/re */
void mod_signal_fini(void);             /* drops the handler table at exit */

/* ---- random_mt.c: MT19937 as CPython's _random uses it ----------------- */
#define MT_N 624
typedef struct MTState {
    uint32_t mt[MT_N];
    int index;
} MTState;

void     mod_random_mt_init_genrand(MTState *s, uint32_t seed);
void     mod_random_mt_init_by_array(MTState *s, const uint32_t *key, size_t len);
uint32_t mod_random_mt_next(MTState *s);
/* random(): 53 bits from two draws, as CPython's random_random. */
double   mod_random_mt_double(MTState *s);

/* SHA-512 of data[0..n) into out[64] (random.seed of str/bytes). */
void mod_random_sha512(const unsigned char *data, size_t n, unsigned char out[64]);

/* The Random type (random.Random). */
extern TypeObject Random_Type;

#endif
