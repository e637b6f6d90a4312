/* random_impl.h — private to random.c and random_dist.c: the Random
 * instance layout, argument parsing with Python-method messages, and the
 * distribution methods random.c lists in its method table. */
#ifndef GARTER_RANDOM_IMPL_H
#define GARTER_RANDOM_IMPL_H

#include "modules/mods.h"

typedef struct RandomObject {
    Object ob;
    MTState st;
    int has_gauss;              /* gauss_next is not None */
    double gauss_next;
} RandomObject;

#define RND(o) ((RandomObject *)(o))

/* Parses (self, names...) where names[0..npos) are positional-or-keyword
 * and the rest keyword-only; the first nreq are required.  BORROWED
 * results in out (NULL when absent).  0 or -1 with CPython's TypeError
 * ("Random.f() missing 1 required positional argument: 'b'" ...). */
int mod_random_parse_args(const char *fname, Object *const *args, size_t nargs, Object *kw,
                          const char *const *names, size_t nnames, size_t npos, size_t nreq,
                          Object **out);
/* self.random() as a double (a subclass's override is honoured).  0/-1. */
int mod_random_next_double(Object *self, double *out);

/* Methods of random_dist.c (vector-call signature; NEW results). */
Object *mod_random_uniform(Object *self, Object *const *args, size_t nargs, Object *kw);
Object *mod_random_triangular(Object *self, Object *const *args, size_t nargs, Object *kw);
Object *mod_random_normalvariate(Object *self, Object *const *args, size_t nargs, Object *kw);
Object *mod_random_lognormvariate(Object *self, Object *const *args, size_t nargs, Object *kw);
Object *mod_random_gauss(Object *self, Object *const *args, size_t nargs, Object *kw);
Object *mod_random_expovariate(Object *self, Object *const *args, size_t nargs, Object *kw);
Object *mod_random_vonmisesvariate(Object *self, Object *const *args, size_t nargs, Object *kw);
Object *mod_random_gammavariate(Object *self, Object *const *args, size_t nargs, Object *kw);
Object *mod_random_betavariate(Object *self, Object *const *args, size_t nargs, Object *kw);
Object *mod_random_paretovariate(Object *self, Object *const *args, size_t nargs, Object *kw);
Object *mod_random_weibullvariate(Object *self, Object *const *args, size_t nargs, Object *kw);

#endif
