/* init.h — bringing the runtime up and down. */
#ifndef GARTER_INIT_H
#define GARTER_INIT_H

/* Initializes allocator, interning, every built-in type and the thread
 * state, in dependency order.  0 on success, -1 on failure (with a message
 * on stderr: there is no exception machinery to report through yet). */
int rt_init(void);
/* Releases every cache (small ints, interned strings, free lists) so that a
 * GARTER_DEBUG build ends with no live objects; in such a build any object
 * still alive is reported on stderr per type.  rt_init may run again. */
void rt_fini(void);
/* 1 between rt_init and rt_fini. */
int rt_is_initialized(void);

#endif
