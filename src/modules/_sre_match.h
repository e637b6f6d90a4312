/* _sre_match.h — the matcher loop, included twice by _sre_engine.c: once
 * for narrow text (SRE_CHAR uint8_t: ASCII str, bytes) and once for wide
 * text (uint32_t code points).  An iterative backtracking machine: choice
 * points and undo records share one explicit stack, so deep repetition uses
 * heap memory, never C stack. */

/* Pushes an entry; -1 (MemoryError) if the stack cannot grow. */
#define PUSH(K, A, B, C) do { \
        if (st->sp == st->cap && sre_grow(st) < 0) return -1; \
        SreEntry *e_ = &st->stack[st->sp++]; \
        e_->kind = (K); e_->a = (uint32_t)(A); e_->b = (B); e_->c = (C); \
    } while (0)

/* Greedy single-character repeat backing off: the largest n <= n0 (>= min)
 * where the literal that follows can match; -1 if none. */
static intptr_t SRE(settle)(const SRE_CHAR *T, intptr_t end, intptr_t start,
                            intptr_t n, intptr_t min, int lit, uint32_t c)
{
    if (lit)
        while (n >= min && (start + n >= end || T[start + n] != c))
            n--;
    return n >= min ? n : -1;
}

/* Runs the program from pc 0 at pos; 1, 0 or -1 (see sre_match). */
static int SRE(run)(SreState *st, intptr_t pos)
{
    const SRE_CHAR *T = (const SRE_CHAR *)st->text;
    const uint32_t *code = st->code;
    const intptr_t end = st->end;
    size_t pc = 0;
    st->sp = 0;
    for (;;) {
        if (++st->steps >= 4096) {
            st->steps = 0;
            if (rt_pending_interrupt && rt_check_interrupt() < 0)
                return -1;
        }
        const uint32_t *op = code + pc;
        switch (op[0]) {
        case SRE_OP_SUCCESS:
            if (st->fullmatch && pos != end)
                goto fail;
            if (st->must_advance && pos == st->start)
                goto fail;
            st->match_end = pos;
            return 1;
        case SRE_OP_ANY: case SRE_OP_ANY_ALL:
        case SRE_OP_LITERAL: case SRE_OP_NOT_LITERAL:
        case SRE_OP_LITERAL_I: case SRE_OP_NOT_LITERAL_I:
        case SRE_OP_IN: case SRE_OP_IN_I:
            if (pos >= end || !sre_char_ok(st, op, T[pos]))
                goto fail;
            pos++;
            pc += sre_oplen(op);
            break;
        case SRE_OP_AT:
            if (!SRE(at)(st, T, pos, op[1]))
                goto fail;
            pc += 2;
            break;
        case SRE_OP_MARK: {
            uint32_t i = op[1];
            PUSH(E_MARK, i, st->marks[i], st->lastindex);
            st->marks[i] = pos;
            if (i & 1)
                st->lastindex = i / 2 + 1;
            pc += 2;
            break;
        }
        case SRE_OP_JUMP:
            pc = op[1];
            break;
        case SRE_OP_SPLIT:
            PUSH(E_CHOICE, op[1], pos, 0);
            pc += 2;
            break;
        case SRE_OP_REPEAT_ONE: {
            /* [REPEAT_ONE next min max greedy <op>] */
            const uint32_t *body = op + 5;
            intptr_t min = op[2];
            intptr_t max = op[3] == SRE_MAXREPEAT ? INTPTR_MAX : (intptr_t)op[3];
            uint32_t next = op[1];
            int lit = code[next] == SRE_OP_LITERAL;
            uint32_t c = lit ? code[next + 1] : 0;
            intptr_t avail = end - pos, lim = max < avail ? max : avail;
            intptr_t n = 0;
            if (op[4]) {
                if (body[0] == SRE_OP_ANY_ALL)
                    n = lim;
                else
                    while (n < lim && sre_char_ok(st, body, T[pos + n]))
                        n++;
                n = SRE(settle)(T, end, pos, n, min, lit, c);
                if (n < 0)
                    goto fail;
                if (n > min)
                    PUSH(E_R1_GREEDY, pc, pos, n);
            } else {
                if (min > avail)
                    goto fail;
                while (n < min && sre_char_ok(st, body, T[pos + n]))
                    n++;
                if (n < min)
                    goto fail;
                if (lit)
                    while (n < lim && T[pos + n] != c && sre_char_ok(st, body, T[pos + n]))
                        n++;
                if (n < max)
                    PUSH(E_R1_LAZY, pc, pos, n);
            }
            pos += n;
            pc = next;
            break;
        }
        case SRE_OP_REPEAT: {
            /* [REPEAT id min max greedy next] body [UNTIL repeat_pc] */
            SreRep *r = &st->reps[op[1]];
            PUSH(E_REP, op[1], r->count, r->lastpos);
            r->count = 0;
            r->lastpos = -1;
            goto repeat_check;
        }
        case SRE_OP_UNTIL: {
            pc = op[1];
            op = code + pc;
            SreRep *r = &st->reps[op[1]];
            PUSH(E_REP, op[1], r->count, r->lastpos);
            r->count++;
            goto repeat_check;
        }
        repeat_check: {
            SreRep *r = &st->reps[op[1]];
            intptr_t min = op[2];
            intptr_t max = op[3] == SRE_MAXREPEAT ? INTPTR_MAX : (intptr_t)op[3];
            if (r->count < min) {
                r->lastpos = pos;
                pc += 6;
            } else if (pos == r->lastpos) {
                pc = op[5];                     /* an empty iteration ends the loop */
            } else if (op[4]) {
                if (r->count < max) {
                    PUSH(E_CHOICE, op[5], pos, 0);
                    r->lastpos = pos;
                    pc += 6;
                } else {
                    pc = op[5];
                }
            } else {
                if (r->count < max)
                    PUSH(E_LAZY_BODY, pc, pos, 0);
                pc = op[5];
            }
            break;
        }
        case SRE_OP_GROUPREF: case SRE_OP_GROUPREF_I: {
            intptr_t s = st->marks[2 * op[1]], e = st->marks[2 * op[1] + 1];
            if (s < 0 || e < s || e - s > end - pos)
                goto fail;
            if (op[0] == SRE_OP_GROUPREF) {
                for (intptr_t k = 0; k < e - s; k++)
                    if (T[s + k] != T[pos + k])
                        goto fail;
            } else {
                for (intptr_t k = 0; k < e - s; k++)
                    if (!sre_fold_eq(st, T[pos + k], T[s + k]))
                        goto fail;
            }
            pos += e - s;
            pc += 2;
            break;
        }
        case SRE_OP_GROUPREF_EXISTS: {
            intptr_t s = st->marks[2 * op[1]], e = st->marks[2 * op[1] + 1];
            pc = (s >= 0 && e >= s) ? pc + 3 : op[2];
            break;
        }
        case SRE_OP_ASSERT: {
            /* [ASSERT behind neg width next] body [ASSERT_END] */
            intptr_t p = pos;
            if (op[1]) {
                if (pos < (intptr_t)op[3]) {
                    if (op[2]) {
                        pc = op[4];
                        break;
                    }
                    goto fail;
                }
                p = pos - op[3];
            }
            PUSH(E_ASSERT, pc, pos, 0);
            pos = p;
            pc += 5;
            break;
        }
        case SRE_OP_ATOMIC:
            PUSH(E_ATOMIC, pc, pos, 0);
            pc += 2;
            break;
        case SRE_OP_ASSERT_END: {
            size_t bi = st->sp;
            while (bi > 0 && st->stack[bi - 1].kind != E_ASSERT && st->stack[bi - 1].kind != E_ATOMIC)
                bi--;
            if (bi == 0)
                goto fail;                      /* unreachable for valid code */
            bi--;
            SreEntry bar = st->stack[bi];
            const uint32_t *aop = code + bar.a;
            if (bar.kind == E_ASSERT && aop[2]) {
                /* a negative assertion's body matched: undo it and fail */
                while (st->sp > bi + 1)
                    sre_undo(st, &st->stack[--st->sp]);
                st->sp--;
                goto fail;
            }
            size_t w = bi;
            for (size_t j = bi + 1; j < st->sp; j++)
                if (st->stack[j].kind == E_MARK || st->stack[j].kind == E_REP)
                    st->stack[w++] = st->stack[j];
            st->sp = w;
            if (bar.kind == E_ASSERT) {
                pos = bar.b;
                pc = aop[4];
            } else {
                pc = aop[1];
            }
            break;
        }
        default:                                /* FAILURE */
            goto fail;
        }
        continue;
    fail:
        for (;;) {
            if (st->sp == 0)
                return 0;
            SreEntry *e = &st->stack[st->sp - 1];
            switch (e->kind) {
            case E_MARK: case E_REP:
                sre_undo(st, e);
                st->sp--;
                continue;
            case E_CHOICE:
                pc = e->a;
                pos = e->b;
                st->sp--;
                break;
            case E_R1_GREEDY: {
                const uint32_t *rop = code + e->a;
                uint32_t next = rop[1];
                int lit = code[next] == SRE_OP_LITERAL;
                intptr_t n = SRE(settle)(T, end, e->b, e->c - 1, rop[2], lit, lit ? code[next + 1] : 0);
                if (n < 0) {
                    st->sp--;
                    continue;
                }
                pos = e->b + n;
                pc = next;
                if (n == (intptr_t)rop[2])
                    st->sp--;
                else
                    e->c = n;
                break;
            }
            case E_R1_LAZY: {
                const uint32_t *rop = code + e->a;
                intptr_t max = rop[3] == SRE_MAXREPEAT ? INTPTR_MAX : (intptr_t)rop[3];
                intptr_t n = e->c, s = e->b;
                if (n >= max || s + n >= end || !sre_char_ok(st, rop + 5, T[s + n])) {
                    st->sp--;
                    continue;
                }
                n++;
                uint32_t next = rop[1];
                if (code[next] == SRE_OP_LITERAL) {
                    uint32_t c = code[next + 1];
                    while (n < max && s + n < end && T[s + n] != c && sre_char_ok(st, rop + 5, T[s + n]))
                        n++;
                }
                e->c = n;
                pos = s + n;
                pc = next;
                break;
            }
            case E_LAZY_BODY: {
                const uint32_t *rop = code + e->a;
                pc = e->a + 6;
                pos = e->b;
                st->sp--;
                SreRep *r = &st->reps[rop[1]];
                PUSH(E_REP, rop[1], r->count, r->lastpos);
                r->lastpos = pos;
                break;
            }
            case E_ASSERT: {
                const uint32_t *aop = code + e->a;
                intptr_t p = e->b;
                st->sp--;
                if (!aop[2])
                    continue;                   /* positive: its body failed */
                pos = p;
                pc = aop[4];
                break;
            }
            default:                            /* E_ATOMIC: its body failed */
                st->sp--;
                continue;
            }
            break;
        }
    }
}

/* Anchored attempt at pos with marks reset. */
static int SRE(match)(SreState *st, intptr_t pos)
{
    for (int i = 0; i < st->nmarks; i++)
        st->marks[i] = -1;
    st->lastindex = -1;
    st->start = pos;
    return SRE(run)(st, pos);
}

/* Tries each start from pos on, skipping starts the first op or the
 * literal prefix rules out. */
static int SRE(search)(SreState *st, intptr_t pos)
{
    const SRE_CHAR *T = (const SRE_CHAR *)st->text;
    intptr_t end = st->end;
    const uint32_t *first = st->first;
    for (intptr_t p = pos; p <= end; p++) {
        if (st->prefix_len > 0) {
            if (sizeof(SRE_CHAR) == 1) {
                if ((size_t)(end - p) < st->prefix_len)
                    return 0;
                const void *hit = st->prefix_len == 1
                    ? memchr(T + p, (unsigned char)st->prefix[0], end - p)
                    : memmem(T + p, end - p, st->prefix, st->prefix_len);
                if (hit == NULL)
                    return 0;
                p = (const SRE_CHAR *)hit - T;
            } else {
                uint32_t c = (unsigned char)st->prefix[0];
                while (p < end && T[p] != c)
                    p++;
                if (p >= end)
                    return 0;
            }
        } else if (first) {
            while (p < end && !sre_char_ok(st, first, T[p]))
                p++;
            if (p >= end)
                return 0;
        }
        int r = SRE(match)(st, p);
        if (r != 0) {
            st->start = p;
            return r;
        }
        st->must_advance = 0;
    }
    return 0;
}

#undef PUSH
