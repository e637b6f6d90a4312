/* _sre.h — the regular-expression engine under lib/re: the compiled program's
 * opcodes (lib/re/_compiler.py emits the same numbers), the matcher's state
 * and its entry points (_sre_engine.c).  The Python objects are in _sre.c. */
#ifndef GARTER_SRE_H
#define GARTER_SRE_H

#include <stddef.h>
#include <stdint.h>

/* Opcodes; operands follow each in the code array (see _sre_engine.c). */
enum {
    SRE_OP_FAILURE, SRE_OP_SUCCESS, SRE_OP_ANY, SRE_OP_ANY_ALL,
    SRE_OP_LITERAL, SRE_OP_NOT_LITERAL, SRE_OP_LITERAL_I, SRE_OP_NOT_LITERAL_I,
    SRE_OP_IN, SRE_OP_IN_I, SRE_OP_AT, SRE_OP_MARK, SRE_OP_JUMP, SRE_OP_SPLIT,
    SRE_OP_REPEAT_ONE, SRE_OP_REPEAT, SRE_OP_UNTIL, SRE_OP_GROUPREF,
    SRE_OP_GROUPREF_I, SRE_OP_ASSERT, SRE_OP_ASSERT_END, SRE_OP_GROUPREF_EXISTS,
    SRE_OP_ATOMIC, SRE_NOPS
};
/* Items of an IN set, ended by SRE_SET_END. */
enum { SRE_SET_END, SRE_SET_LIT, SRE_SET_RANGE, SRE_SET_CAT, SRE_SET_NEGATE };
/* Categories; | SRE_CAT_ASCII selects the ASCII definition. */
enum { SRE_CAT_DIGIT, SRE_CAT_NOT_DIGIT, SRE_CAT_SPACE, SRE_CAT_NOT_SPACE,
       SRE_CAT_WORD, SRE_CAT_NOT_WORD, SRE_CAT_ASCII = 8 };
/* AT positions. */
enum { SRE_AT_BEG, SRE_AT_BEG_LINE, SRE_AT_BEG_STR, SRE_AT_END, SRE_AT_END_LINE,
       SRE_AT_END_STR, SRE_AT_BOUND, SRE_AT_NON_BOUND, SRE_AT_BOUND_A,
       SRE_AT_NON_BOUND_A };
#define SRE_MAXREPEAT 0xFFFFFFFFu

/* A backtracking-stack entry: a choice point or an undo record. */
typedef struct SreEntry {
    uint32_t kind, a;
    intptr_t b, c;
} SreEntry;

typedef struct SreRep {
    intptr_t count, lastpos;
} SreRep;

typedef struct SreState {
    const uint32_t *code;
    const void *text;           /* uint8_t (ASCII str, bytes) or uint32_t */
    int wide;                   /* text is uint32_t */
    int ascii_case;             /* case-insensitive only within ASCII */
    intptr_t end;               /* endpos */
    intptr_t start;             /* where the current attempt began */
    intptr_t match_end;
    intptr_t *marks;            /* 2 per group, -1 unset */
    int nmarks;
    intptr_t lastindex;
    SreRep *reps;
    int nreps;
    SreEntry *stack;
    size_t sp, cap;
    int must_advance, fullmatch;
    unsigned steps;
    /* search helpers, from sre_prepare */
    const uint32_t *first;      /* a single-character op every match starts with, or NULL */
    const char *prefix;         /* literal prefix bytes (narrow text), or NULL */
    size_t prefix_len;
} SreState;

/* Checks the code's structure (every operand in range) so no program given
 * to _sre.compile can make the matcher read out of bounds.  0 ok, -1 bad. */
int sre_validate(const uint32_t *code, size_t n, int ngroups, int nreps);
/* One attempt anchored at pos: 1 matched (st->match_end, marks set), 0 no,
 * -1 error set (MemoryError, KeyboardInterrupt). */
int sre_match(SreState *st, intptr_t pos);
/* First match starting at pos or later: as sre_match, st->start = its start. */
int sre_search(SreState *st, intptr_t pos);
/* Finds the search helpers of a code array (first op, literal prefix). */
void sre_prepare(SreState *st, char *prefix_buf, size_t bufsize);
void sre_state_free(SreState *st);

#endif
