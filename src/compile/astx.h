/* astx.h — includes parse/ast.h for code that also includes objects/object.h.
 * ast.h's comparison-operator enumerators (CMP_EQ ...) share names with
 * object.h's rich-compare operators; inside src/compile and src/eval the AST
 * ones are renamed ACMP_* by macro so both headers can be used together.
 * The enum values are unchanged, so the renaming is ABI-neutral. */
#ifndef GARTER_ASTX_H
#define GARTER_ASTX_H

#ifdef GARTER_AST_H
#error "include compile/astx.h instead of parse/ast.h here"
#endif

#define CMP_EQ    ACMP_EQ
#define CMP_NOTEQ ACMP_NOTEQ
#define CMP_LT    ACMP_LT
#define CMP_LTE   ACMP_LTE
#define CMP_GT    ACMP_GT
#define CMP_GTE   ACMP_GTE
#define CMP_IS    ACMP_IS
#define CMP_ISNOT ACMP_ISNOT
#define CMP_IN    ACMP_IN
#define CMP_NOTIN ACMP_NOTIN
#include "parse/ast.h"
#undef CMP_EQ
#undef CMP_NOTEQ
#undef CMP_LT
#undef CMP_LTE
#undef CMP_GT
#undef CMP_GTE
#undef CMP_IS
#undef CMP_ISNOT
#undef CMP_IN
#undef CMP_NOTIN

#endif
