/* dict.c — the dict type (stub: being implemented). */
#include "objects/dict.h"
#include "objects/type.h"
#include "runtime/errors.h"

TypeObject Dict_Type = { TYPE_HEAD_INIT, .name = "dict", .tpflags = TPF_GC | TPF_BASETYPE | TPF_DICT_SUB };
TypeObject DictIterKey_Type = { TYPE_HEAD_INIT, .name = "dict_keyiterator", .tpflags = TPF_GC };
TypeObject DictIterValue_Type = { TYPE_HEAD_INIT, .name = "dict_valueiterator", .tpflags = TPF_GC };
TypeObject DictIterItem_Type = { TYPE_HEAD_INIT, .name = "dict_itemiterator", .tpflags = TPF_GC };
TypeObject DictRevIterKey_Type = { TYPE_HEAD_INIT, .name = "dict_reversekeyiterator", .tpflags = TPF_GC };
TypeObject DictRevIterValue_Type = { TYPE_HEAD_INIT, .name = "dict_reversevalueiterator", .tpflags = TPF_GC };
TypeObject DictRevIterItem_Type = { TYPE_HEAD_INIT, .name = "dict_reverseitemiterator", .tpflags = TPF_GC };

Object *dict_new(void) { return err_set_string(&Exc_SystemError, "not implemented"); }
Object *dict_getitem(Object *d, Object *key) { (void)d; (void)key; return NULL; }
Object *dict_getitem_err(Object *d, Object *key) { (void)d; (void)key; return err_set_string(&Exc_SystemError, "not implemented"); }
Object *dict_getitem_hash(Object *d, Object *key, hash_t h) { (void)d; (void)key; (void)h; return err_set_string(&Exc_SystemError, "not implemented"); }
Object *dict_getitem_str(Object *d, const char *key) { (void)d; (void)key; return NULL; }
Object *dict_subscript(Object *d, Object *key) { (void)d; (void)key; return err_set_string(&Exc_SystemError, "not implemented"); }
int dict_setitem(Object *d, Object *k, Object *v) { (void)d; (void)k; (void)v; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int dict_setitem_hash(Object *d, Object *k, hash_t h, Object *v) { (void)d; (void)k; (void)h; (void)v; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int dict_setitem_str(Object *d, const char *k, Object *v) { (void)d; (void)k; (void)v; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int dict_delitem(Object *d, Object *k) { (void)d; (void)k; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int dict_delitem_str(Object *d, const char *k) { (void)d; (void)k; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int dict_contains(Object *d, Object *k) { (void)d; (void)k; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int dict_next(Object *d, intptr_t *pos, Object **k, Object **v) { (void)d; (void)pos; (void)k; (void)v; return 0; }
intptr_t dict_size(Object *d) { return ((DictObject *)d)->used; }
Object *dict_copy(Object *d) { (void)d; return err_set_string(&Exc_SystemError, "not implemented"); }
int dict_update(Object *d, Object *o) { (void)d; (void)o; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
int dict_merge(Object *a, Object *b, int ov) { (void)a; (void)b; (void)ov; err_set_string(&Exc_SystemError, "not implemented"); return -1; }
Object *dict_keys(Object *d) { (void)d; return err_set_string(&Exc_SystemError, "not implemented"); }
Object *dict_values(Object *d) { (void)d; return err_set_string(&Exc_SystemError, "not implemented"); }
Object *dict_items(Object *d) { (void)d; return err_set_string(&Exc_SystemError, "not implemented"); }
void dict_clear(Object *d) { (void)d; }
Object *dict_pop(Object *d, Object *k, Object *df) { (void)d; (void)k; (void)df; return err_set_string(&Exc_SystemError, "not implemented"); }
Object *dict_setdefault(Object *d, Object *k, Object *df) { (void)d; (void)k; (void)df; return err_set_string(&Exc_SystemError, "not implemented"); }
int dict_init(void) { return 0; }
void dict_fini(void) { }
