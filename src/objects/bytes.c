/* bytes.c — the bytes type (stub: filled in next). */
#include "objects/bytes.h"

TypeObject Bytes_Type;
TypeObject BytesIter_Type;

Object *bytes_from(const char *s, size_t n) { (void)s; (void)n; return NULL; }
Object *bytes_new_raw(size_t n) { (void)n; return NULL; }
Object *bytes_concat(Object *a, Object *b) { (void)a; (void)b; return NULL; }
Object *bytes_repr(Object *b) { (void)b; return NULL; }
Object *bytes_decode(Object *b, const char *e, const char *r) { (void)b; (void)e; (void)r; return NULL; }
hash_t bytes_hash(Object *b) { (void)b; return 0; }
int bytes_init(void) { return 0; }
void bytes_fini(void) { }
