/* syntaxerr.c — printing syntax errors the way CPython 3.11's
 * print_exception()/print_error_text() do (Python/pythonrun.c). */
#include "parse/syntaxerr.h"

#include <string.h>

const char *syntaxerr_type_name(const SyntaxErr *e)
{
    switch (e->kind) {
    case SE_INDENT: return "IndentationError";
    case SE_TAB:    return "TabError";
    case SE_RECURSION: return "RecursionError";
    default:        return "SyntaxError";
    }
}

int syntaxerr_chars(const char *s, size_t n)
{
    int c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            c++;
    return c;
}

/* The source line and its caret line; offsets are 1-based characters. */
static void print_error_text(FILE *out, long offset, long end_offset,
                             const char *text)
{
    long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    long len = (long)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)           /* CPython clips with the byte length */
        offset = len;
    fputs("    ", out);
    fwrite(text, 1, (size_t)len, out);
    fputc('\n', out);
    if (offset < 0)
        return;
    fputs("    ", out);
    while (--offset >= 0)
        fputc(' ', out);
    for (long i = 0; i < carets; i++)
        fputc('^', out);
    fputc('\n', out);
}

void syntaxerr_print(const SyntaxErr *e, const char *filename, FILE *out)
{
    if (e->lineno > 0 && e->kind != SE_RECURSION) {    /* CPython: no location */
        fprintf(out, "  File \"%s\", line %d\n", filename ? filename : "<unknown>",
                e->lineno);
        if (e->text) {
            /* CPython reads the end only of an exact SyntaxError */
            long end = e->kind == SE_SYNTAX ? e->end_col_offset : -1;
            long size = (long)strlen(e->text);  /* bytes, as CPython uses */
            /* A span over several lines is shown up to the end of the first. */
            if (e->kind == SE_SYNTAX && e->end_lineno > e->lineno)
                end = size + 1;   /* CPython counts the newline */
            if (end > size + 1)
                end = size + 1;
            print_error_text(out, e->eof_offset ? 0 : e->col_offset, end, e->text);
        }
    }
    fprintf(out, "%s: %s\n", e->type_name ? e->type_name : syntaxerr_type_name(e), e->msg);
}
