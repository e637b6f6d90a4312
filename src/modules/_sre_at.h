/* _sre_at.h — the zero-width position tests (^ $ \A \Z \b \B), included by
 * _sre_engine.c for narrow and wide text. */
static int SRE(at)(const SreState *st, const SRE_CHAR *T, intptr_t pos, uint32_t kind)
{
    intptr_t end = st->end;
    switch (kind) {
    case SRE_AT_BEG: case SRE_AT_BEG_STR: return pos == 0;
    case SRE_AT_BEG_LINE: return pos == 0 || T[pos - 1] == '\n';
    case SRE_AT_END: return pos == end || (pos == end - 1 && T[pos] == '\n');
    case SRE_AT_END_LINE: return pos == end || T[pos] == '\n';
    case SRE_AT_END_STR: return pos == end;
    default: {
        int ascii = kind >= SRE_AT_BOUND_A;
        if (end == 0)
            return 0;
        int before = pos > 0 && is_word(T[pos - 1], ascii);
        int here = pos < end && is_word(T[pos], ascii);
        return (kind == SRE_AT_BOUND || kind == SRE_AT_BOUND_A) ? before != here : before == here;
    }
    }
}
