/* intern.c — the interned-string table (stub until str lands). */
#include "mem/intern.h"
#include "runtime/errors.h"

Object *intern_str(Object *s) { return s; }
Object *intern_cstr(const char *s)
{
    (void)s;
    return err_set_string(&Exc_SystemError, "intern_cstr: not implemented");
}
Object *intern_lookup(Object *s) { (void)s; return NULL; }
size_t intern_count(void) { return 0; }
int intern_init(void) { return 0; }
void intern_fini(void) {}
