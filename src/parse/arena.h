/* arena.h — a bump allocator for the front end.  The lexer allocates decoded
 * string literals from it and the parser allocates AST nodes from it; the
 * whole arena is released at once with arena_free(). */
#ifndef GARTER_ARENA_H
#define GARTER_ARENA_H

#include <stddef.h>

typedef struct Arena Arena;

/* A new empty arena, or NULL when out of memory. */
Arena *arena_new(void);
/* Zeroed memory of n bytes, aligned for any type, valid until arena_free();
 * NULL when out of memory. */
void *arena_alloc(Arena *a, size_t n);
/* A NUL-terminated copy of s[0..n) in the arena (NULL when out of memory). */
char *arena_strndup(Arena *a, const char *s, size_t n);
/* Releases every block of the arena (a may be NULL). */
void arena_free(Arena *a);

#endif
