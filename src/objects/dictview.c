/* dictview.c — dict_keys / dict_values / dict_items views (stub). */
#include "objects/dict.h"
#include "objects/type.h"

TypeObject DictKeys_Type = { TYPE_HEAD_INIT, .name = "dict_keys", .tpflags = TPF_GC };
TypeObject DictValues_Type = { TYPE_HEAD_INIT, .name = "dict_values", .tpflags = TPF_GC };
TypeObject DictItems_Type = { TYPE_HEAD_INIT, .name = "dict_items", .tpflags = TPF_GC };
