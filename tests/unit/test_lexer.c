/* test_lexer.c — the tokenizer: token streams for every token kind,
 * indentation, literal forms and escapes, f-string fields and nesting,
 * positions, and each error with CPython 3.11's message, place and
 * printed form. */
/* The lexer needs no runtime, and the parser headers' names clash with
 * object.h's, so this test uses check directly instead of testutil.h. */
#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "parse/lex.h"

/* Renders the token stream of src compactly: NAME/NUMBER/STRING as
 * N:text, #:text, S:text; f-string parts FS FM:text FE; NL IN DE; keywords
 * and operators as their source text; "ERR:msg" on an error. */
static char *toks(const char *src)
{
    static char out[8192];
    size_t o = 0;
    Lexer *lx = lex_new(src, strlen(src), "t.py");
    out[0] = '\0';
    for (int i = 0; i < 400; i++) {
        YYSTYPE v;
        YYLTYPE l;
        int t = lex_next(&v, &l, lx);
        char item[512];
        switch (t) {
        case 0: snprintf(item, sizeof item, "EOF"); break;
        case LEXERROR: snprintf(item, sizeof item, "ERR:%s", lex_error(lx)->msg); break;
        case NAME: snprintf(item, sizeof item, "N:%.*s", (int)v.tok.n, v.tok.s); break;
        case NUMBER: snprintf(item, sizeof item, "#%s:%.*s",
                              v.tok.flags & TOKF_FLOAT ? "f" : "", (int)v.tok.n, v.tok.s); break;
        case STRING: snprintf(item, sizeof item, "S%s%s%s:%.*s",
                              v.tok.flags & TOKF_BYTES ? "b" : "",
                              v.tok.flags & TOKF_RAW ? "r" : "",
                              v.tok.flags & TOKF_TRIPLE ? "3" : "",
                              (int)v.tok.n, v.tok.s); break;
        case FSTRING_START: snprintf(item, sizeof item, "FS"); break;
        case FSTRING_MIDDLE: snprintf(item, sizeof item, "FM:%.*s", (int)v.tok.n, v.tok.s); break;
        case FSTRING_END: snprintf(item, sizeof item, "FE"); break;
        case NEWLINE: snprintf(item, sizeof item, "NL"); break;
        case INDENT: snprintf(item, sizeof item, "IN"); break;
        case DEDENT: snprintf(item, sizeof item, "DE"); break;
        default:
            if (t == '{' && (v.tok.flags & TOKF_FIELD))
                snprintf(item, sizeof item, "{");
            else
                snprintf(item, sizeof item, "%.*s", (int)v.tok.n, v.tok.s);
            break;
        }
        o += (size_t)snprintf(out + o, sizeof out - o, "%s%s", o ? " " : "", item);
        if (t == 0 || t == LEXERROR)
            break;
    }
    lex_free(lx);
    return out;
}

/* The location of the n-th token (0-based) as "l:c-l:c". */
static char *loc(const char *src, int n)
{
    static char out[64];
    Lexer *lx = lex_new(src, strlen(src), "t.py");
    YYSTYPE v;
    YYLTYPE l;
    for (int i = 0; i <= n; i++)
        lex_next(&v, &l, lx);
    snprintf(out, sizeof out, "%d:%d-%d:%d", l.first_line, l.first_column, l.last_line,
             l.last_column);
    lex_free(lx);
    return out;
}

/* The error for src as CPython prints it (file "t.py"), or "" if none. */
static char *err_text(const char *src, size_t len, bool *incomplete)
{
    static char out[2048];
    Lexer *lx = lex_new(src, len, "t.py");
    out[0] = '\0';
    for (int i = 0; i < 100000; i++) {
        YYSTYPE v;
        YYLTYPE l;
        int t = lex_next(&v, &l, lx);
        if (t == LEXERROR) {
            FILE *f = fmemopen(out, sizeof out, "w");
            syntaxerr_print(lex_error(lx), "t.py", f);
            fclose(f);
            break;
        }
        if (t == 0)
            break;
    }
    if (incomplete)
        *incomplete = lex_hit_eof_incomplete(lx);
    lex_free(lx);
    return out;
}

#define ERR(src) err_text((src), strlen(src), NULL)

/* ---- token streams ---------------------------------------------------- */

START_TEST(test_simple_statement)
{
    ck_assert_str_eq(toks("x = 1\n"), "N:x = #:1 NL EOF");
    ck_assert_str_eq(toks(""), "EOF");
    ck_assert_str_eq(toks("x"), "N:x NL EOF");
    ck_assert_str_eq(toks("\n\n  \n# c\n"), "EOF");
}
END_TEST

START_TEST(test_keywords_and_soft_keywords)
{
    ck_assert_str_eq(toks("if not a and b or c is None: pass\n"),
                     "if not N:a and N:b or N:c is None : pass NL EOF");
    ck_assert_str_eq(toks("match case _ iff True False"),
                     "N:match N:case N:_ N:iff True False NL EOF");
    Lexer *lx = lex_new("while lambda yield", 18, "t.py");
    YYSTYPE v;
    YYLTYPE l;
    ck_assert_int_eq(lex_next(&v, &l, lx), WHILE);
    ck_assert_int_eq(lex_next(&v, &l, lx), LAMBDA);
    ck_assert_int_eq(lex_next(&v, &l, lx), YIELD);
    lex_free(lx);
}
END_TEST

START_TEST(test_operators)
{
    static const struct { const char *s; int t; } ops[] = {
        {"->", ARROW}, {"**", POWER}, {"//", FLOORDIV}, {"<<", LSHIFT}, {">>", RSHIFT},
        {"<=", LE}, {">=", GE}, {"==", EQ}, {"!=", NE}, {":=", COLONEQ}, {"...", ELLIPSIS},
        {"+=", PLUSEQ}, {"-=", MINUSEQ}, {"*=", STAREQ}, {"/=", SLASHEQ}, {"//=", DSLASHEQ},
        {"%=", PERCENTEQ}, {"@=", ATEQ}, {"&=", AMPEQ}, {"|=", PIPEEQ}, {"^=", CARETEQ},
        {"<<=", LSHIFTEQ}, {">>=", RSHIFTEQ}, {"**=", POWEQ}, {"~", '~'}, {"!", '!'},
        {".", '.'}, {"@", '@'}, {";", ';'},
    };
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++) {
        Lexer *lx = lex_new(ops[i].s, strlen(ops[i].s), "t.py");
        YYSTYPE v;
        YYLTYPE l;
        ck_assert_int_eq(lex_next(&v, &l, lx), ops[i].t);
        ck_assert_int_eq(lex_next(&v, &l, lx), NEWLINE);
        lex_free(lx);
    }
    ck_assert_str_eq(toks("a.b..c"), "N:a . N:b . . N:c NL EOF");
}
END_TEST

START_TEST(test_indentation)
{
    ck_assert_str_eq(toks("if x:\n    y\n    z\nw\n"),
                     "if N:x : NL IN N:y NL N:z NL DE N:w NL EOF");
    ck_assert_str_eq(toks("if x:\n  if y:\n    z\n"),
                     "if N:x : NL IN if N:y : NL IN N:z NL DE DE EOF");
    /* blank and comment-only lines do not count */
    ck_assert_str_eq(toks("if x:\n\n      # c\n  y\n"), "if N:x : NL IN N:y NL DE EOF");
    /* tabs go to the next multiple of 8 */
    ck_assert_str_eq(toks("if x:\n\ty\n        z\n"), "if N:x : NL IN N:y NL ERR:inconsistent use of tabs and spaces in indentation");
    ck_assert_str_eq(toks("if x:\n\ty\n\tz\n"), "if N:x : NL IN N:y NL N:z NL DE EOF");
    /* no NEWLINE or indentation inside brackets */
    ck_assert_str_eq(toks("x = (1,\n      2)\ny\n"), "N:x = ( #:1 , #:2 ) NL N:y NL EOF");
}
END_TEST

START_TEST(test_continuation_and_line_endings)
{
    ck_assert_str_eq(toks("x = 1 + \\\n  2\n"), "N:x = #:1 + #:2 NL EOF");
    ck_assert_str_eq(toks("x = 1\r\ny = 2\rz\r\n"), "N:x = #:1 NL N:y = #:2 NL N:z NL EOF");
    ck_assert_str_eq(toks("\xEF\xBB\xBFx\n"), "N:x NL EOF");
    ck_assert_str_eq(toks("if a:\n  \\\n  b\n"), "if N:a : NL IN N:b NL DE EOF");
}
END_TEST

START_TEST(test_numbers)
{
    ck_assert_str_eq(toks("0 7 1_000 0x1F 0XdE_aD 0o17 0b1_0 00 0_0"),
                     "#:0 #:7 #:1_000 #:0x1F #:0XdE_aD #:0o17 #:0b1_0 #:00 #:0_0 NL EOF");
    ck_assert_str_eq(toks("1.5 1. .5 1e10 1E-3 1_000.5e-3 0.0 09.5 0e0"),
                     "#f:1.5 #f:1. #f:.5 #f:1e10 #f:1E-3 #f:1_000.5e-3 #f:0.0 #f:09.5 #f:0e0 NL EOF");
    /* a keyword may follow a number directly */
    ck_assert_str_eq(toks("1if x else 2"), "#:1 if N:x else #:2 NL EOF");
    ck_assert_str_eq(toks("1else"), "#:1 else NL EOF");
    ck_assert_str_eq(toks("x[1:2]"), "N:x [ #:1 : #:2 ] NL EOF");
    ck_assert_str_eq(toks("1 .real"), "#:1 . N:real NL EOF");
}
END_TEST

START_TEST(test_string_forms)
{
    ck_assert_str_eq(toks("'a' \"b\" '''c\nd''' \"\"\"e\"\"\" ''"),
                     "S:a S:b S3:c\nd S3:e S: NL EOF");
    ck_assert_str_eq(toks("r'\\n' R\"\\t\" b'x' B'y' rb'\\x' Br'z' bR'w' u'v' U'q'"),
                     "Sr:\\n Sr:\\t Sb:x Sb:y Sbr:\\x Sbr:z Sbr:w S:v S:q NL EOF");
    /* ur and bu are not prefixes */
    ck_assert_str_eq(toks("ur'x'"), "N:ur S:x NL EOF");
    ck_assert_str_eq(toks("'it''s'"), "S:it S:s NL EOF");
    ck_assert_str_eq(toks("'a\\'b' \"q\\\"\""), "S:a'b S:q\" NL EOF");
    ck_assert_str_eq(toks("'a\\\nb'"), "S:ab NL EOF");
}
END_TEST

START_TEST(test_escapes)
{
    ck_assert_str_eq(toks("'\\\\\\'\\\"\\a\\b\\f\\v\\t\\r'"), "S:\\'\"\a\b\f\v\t\r NL EOF");
    ck_assert_str_eq(toks("'\\101\\7\\x41\\u00e9\\U0001F600'"),
                     "S:A\x07" "A\xC3\xA9\xF0\x9F\x98\x80 NL EOF");
    ck_assert_str_eq(toks("'\\N{EURO SIGN}\\N{bullet}\\N{LATIN SMALL LETTER Q}'"),
                     "S:\xE2\x82\xAC\xE2\x80\xA2q NL EOF");
    /* unknown escapes stay as they are */
    ck_assert_str_eq(toks("'\\d\\8\\ '"), "S:\\d\\8\\  NL EOF");
    ck_assert_str_eq(toks("'\\777'"), "S:\xC7\xBF NL EOF");
    ck_assert_str_eq(toks("b'\\x41\\101\\u0041\\N{x}'"), "Sb:AA\\u0041\\N{x} NL EOF");
    /* a NUL byte in a decoded literal keeps its length */
    Lexer *lx = lex_new("'a\\0b'", 6, "t.py");
    YYSTYPE v;
    YYLTYPE l;
    ck_assert_int_eq(lex_next(&v, &l, lx), STRING);
    ck_assert_uint_eq(v.tok.n, 3);
    ck_assert_int_eq(memcmp(v.tok.s, "a\0b", 3), 0);
    lex_free(lx);
}
END_TEST

START_TEST(test_non_ascii_names)
{
    ck_assert_str_eq(toks("café = π"), "N:café = N:π NL EOF");
    ck_assert_str_eq(toks("s = 'ñ€'"), "N:s = S:ñ€ NL EOF");
}
END_TEST

/* ---- f-strings -------------------------------------------------------- */

START_TEST(test_fstring_basic)
{
    ck_assert_str_eq(toks("f'a{x}b'"), "FS FM:a { N:x } FM:b FE NL EOF");
    ck_assert_str_eq(toks("f''"), "FS FE NL EOF");
    ck_assert_str_eq(toks("F\"{{x}}\""), "FS FM:{x} FE NL EOF");
    ck_assert_str_eq(toks("f'{x!r}'"), "FS { N:x ! N:r } FE NL EOF");
    ck_assert_str_eq(toks("f'{x:>10}'"), "FS { N:x : FM:>10 } FE NL EOF");
    ck_assert_str_eq(toks("f'{x!s:{w}.{p}f}'"),
                     "FS { N:x ! N:s : { N:w } FM:. { N:p } FM:f } FE NL EOF");
    ck_assert_str_eq(toks("f'{a!=b} {a==b} {a<=b}'"),
                     "FS { N:a != N:b } FM:  { N:a == N:b } FM:  { N:a <= N:b } FE NL EOF");
    ck_assert_str_eq(toks("f'{x:=5}'"), "FS { N:x : FM:=5 } FE NL EOF");
    ck_assert_str_eq(toks("f'{(x:=5)}'"), "FS { ( N:x := #:5 ) } FE NL EOF");
    ck_assert_str_eq(toks("f'{d[\"k\"]}'"), "FS { N:d [ S:k ] } FE NL EOF");
    ck_assert_str_eq(toks("f'{\"}\"}'"), "FS { S:} } FE NL EOF");
    ck_assert_str_eq(toks("f'\\t{x}\\n'"), "FS FM:\t { N:x } FM:\n FE NL EOF");
    ck_assert_str_eq(toks("rf'\\t{x}'"), "FS FM:\\t { N:x } FE NL EOF");
    ck_assert_str_eq(toks("f'\\N{BULLET} {x}'"), "FS FM:\xE2\x80\xA2  { N:x } FE NL EOF");
}
END_TEST

START_TEST(test_fstring_debug_and_text)
{
    const char *src = "f'{x + 1 = !r}'";
    Lexer *lx = lex_new(src, strlen(src), "t.py");
    YYSTYPE v;
    YYLTYPE l;
    ck_assert_int_eq(lex_next(&v, &l, lx), FSTRING_START);
    ck_assert_int_eq(lex_next(&v, &l, lx), '{');
    ck_assert(v.tok.flags & TOKF_FIELD);
    ck_assert_int_eq((int)v.tok.n, 6);
    ck_assert_int_eq(strncmp(v.tok.s, "x + 1 ", 6), 0);
    const char *open = v.tok.s;
    lex_next(&v, &l, lx);           /* x */
    lex_next(&v, &l, lx);           /* + */
    lex_next(&v, &l, lx);           /* 1 */
    ck_assert_int_eq(lex_next(&v, &l, lx), '=');
    ck_assert(v.tok.flags & TOKF_FIELD);
    ck_assert_int_eq((int)(v.tok.s + v.tok.n - open), 8);   /* "x + 1 = " */
    ck_assert_int_eq(lex_next(&v, &l, lx), '!');
    ck_assert_int_eq(lex_next(&v, &l, lx), NAME);
    ck_assert_int_eq(lex_next(&v, &l, lx), '}');
    ck_assert_int_eq(lex_next(&v, &l, lx), FSTRING_END);
    lex_free(lx);
}
END_TEST

START_TEST(test_fstring_nesting)
{
    ck_assert_str_eq(toks("f\"{f'{x!r:>{w}}'}\""),
                     "FS { FS { N:x ! N:r : FM:> { N:w } } FE } FE NL EOF");
    ck_assert_str_eq(toks("f'''{f\"{f'{1}'}\"}'''"),
                     "FS { FS { FS { #:1 } FE } FE } FE NL EOF");
    ck_assert_str_eq(toks("f'''a{\nx\n}b'''"), "FS FM:a { N:x } FM:b FE NL EOF");
    ck_assert_str_eq(toks("x = (f'{a}'\n  f'{b}')\n"),
                     "N:x = ( FS { N:a } FE FS { N:b } FE ) NL EOF");
    ck_assert_str_eq(toks("f'{[1, {2: 3}][0]}'"),
                     "FS { [ #:1 , { #:2 : #:3 } ] [ #:0 ] } FE NL EOF");
    ck_assert_str_eq(toks("f'{lambda: 1}'"), "FS { lambda : FM: 1 } FE NL EOF");
}
END_TEST

/* ---- positions -------------------------------------------------------- */

START_TEST(test_positions)
{
    ck_assert_str_eq(loc("x = 12\n", 2), "1:4-1:6");
    ck_assert_str_eq(loc("x = 12\n", 3), "1:6-1:7");          /* NEWLINE */
    ck_assert_str_eq(loc("if a:\n    b\n", 4), "2:0-2:4");     /* INDENT */
    ck_assert_str_eq(loc("if a:\n    b\n", 5), "2:4-2:5");
    ck_assert_str_eq(loc("if a:\n    b\nc\n", 7), "3:0-3:0");  /* DEDENT */
    ck_assert_str_eq(loc("s = '''a\nbc''' + 1\n", 2), "1:4-2:5");
    ck_assert_str_eq(loc("s = '''a\nbc''' + 1\n", 3), "2:6-2:7");
    ck_assert_str_eq(loc("é = 1\n", 1), "1:3-1:4");            /* byte columns */
    ck_assert_str_eq(loc("x = \\\n  5\n", 2), "2:2-2:3");
    /* inside f-strings */
    const char *f = "v = f'ab{x + y!r:>{w}}c'\n";
    ck_assert_str_eq(loc(f, 2), "1:4-1:6");     /* f' */
    ck_assert_str_eq(loc(f, 3), "1:6-1:8");     /* ab */
    ck_assert_str_eq(loc(f, 4), "1:8-1:9");     /* { */
    ck_assert_str_eq(loc(f, 5), "1:9-1:10");    /* x */
    ck_assert_str_eq(loc(f, 7), "1:13-1:14");   /* y */
    ck_assert_str_eq(loc(f, 8), "1:14-1:15");   /* ! */
    ck_assert_str_eq(loc(f, 9), "1:15-1:16");   /* r */
    ck_assert_str_eq(loc(f, 12), "1:18-1:19");  /* { */
    ck_assert_str_eq(loc(f, 13), "1:19-1:20");  /* w */
    ck_assert_str_eq(loc(f, 16), "1:22-1:23");  /* c */
    ck_assert_str_eq(loc(f, 17), "1:23-1:24");  /* ' */
    ck_assert_str_eq(loc("f'''\n{\n  x}'''", 3), "3:2-3:3");
    ck_assert_str_eq(loc("f\"{f'{x}'}\"", 4), "1:6-1:7");
}
END_TEST

START_TEST(test_lex_line)
{
    Lexer *lx = lex_new("a\r\nbb\n\nccc", 10, "t.py");
    size_t n;
    const char *s = lex_line(lx, 2, &n);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(strncmp(s, "bb", 2), 0);
    s = lex_line(lx, 4, &n);
    ck_assert_uint_eq(n, 3);
    ck_assert_int_eq(strncmp(s, "ccc", 3), 0);
    ck_assert_ptr_null(lex_line(lx, 5, &n));
    ck_assert_ptr_null(lex_line(lx, 0, &n));
    void *p = lex_arena_alloc(lx, 100);
    ck_assert_ptr_nonnull(p);
    lex_free(lx);
}
END_TEST

/* ---- errors ----------------------------------------------------------- */

START_TEST(test_error_brackets)
{
    ck_assert_str_eq(ERR("x = (1,\n"),
        "  File \"t.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n");
    ck_assert_str_eq(ERR("x = 1)\n"),
        "  File \"t.py\", line 1\n    x = 1)\n         ^\nSyntaxError: unmatched ')'\n");
    ck_assert_str_eq(ERR("x = (1]\n"),
        "  File \"t.py\", line 1\n    x = (1]\n          ^\n"
        "SyntaxError: closing parenthesis ']' does not match opening parenthesis '('\n");
    ck_assert_str_eq(ERR("x = (1,\n2]\n"),
        "  File \"t.py\", line 2\n    2]\n     ^\n"
        "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1\n");
    char deep[1000];
    memset(deep, '(', 201);
    deep[201] = '\0';
    ck_assert_ptr_nonnull(strstr(ERR(deep), "SyntaxError: too many nested parentheses\n"));
    bool inc = false;
    err_text("f(1,\n", 5, &inc);
    ck_assert(inc);
}
END_TEST

START_TEST(test_error_strings)
{
    ck_assert_str_eq(ERR("x = \"abc\ny=1\n"),
        "  File \"t.py\", line 1\n    x = \"abc\n        ^\n"
        "SyntaxError: unterminated string literal (detected at line 1)\n");
    bool inc = false;
    ck_assert_str_eq(err_text("x = \"\"\"abc\ny=1\n", 14, &inc),
        "  File \"t.py\", line 1\n    x = \"\"\"abc\n        ^\n"
        "SyntaxError: unterminated triple-quoted string literal (detected at line 2)\n");
    ck_assert(inc);
    ck_assert_str_eq(ERR("x = 1\ny = \"ab\\x4\"\n"),
        "  File \"t.py\", line 2\n    y = \"ab\\x4\"\n               ^\n"
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in "
        "position 2-4: truncated \\xXX escape\n");
    ck_assert_str_eq(ERR("y = b\"ab\\x4\"\n"),
        "  File \"t.py\", line 1\n    y = b\"ab\\x4\"\n                ^\n"
        "SyntaxError: (value error) invalid \\x escape at position 2\n");
    ck_assert_str_eq(ERR("y = \"ab\\N{foo}\"\n"),
        "  File \"t.py\", line 1\n    y = \"ab\\N{foo}\"\n                   ^\n"
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in "
        "position 2-8: unknown Unicode character name\n");
    ck_assert_str_eq(ERR("y = b\"ab\xC3\xA9\"\n"),
        "  File \"t.py\", line 1\n    y = b\"ab\xC3\xA9\"\n        ^^^^^^^\n"
        "SyntaxError: bytes can only contain ASCII literal characters\n");
    ck_assert_str_eq(ERR("y = (1 +\n  \"a\\x4\"\n)\n"),
        "  File \"t.py\", line 3\n    )\n    ^\n"
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in "
        "position 1-3: truncated \\xXX escape\n");
    ck_assert_ptr_nonnull(strstr(ERR("'\\U00110000'"), "illegal Unicode character"));
    ck_assert_ptr_nonnull(strstr(ERR("'\\u12'"), "truncated \\uXXXX escape"));
}
END_TEST

START_TEST(test_error_numbers)
{
    ck_assert_str_eq(ERR("x = 1_\n"),
        "  File \"t.py\", line 1\n    x = 1_\n         ^\nSyntaxError: invalid decimal literal\n");
    ck_assert_str_eq(ERR("x = 0x\n"),
        "  File \"t.py\", line 1\n    x = 0x\n         ^\nSyntaxError: invalid hexadecimal literal\n");
    ck_assert_str_eq(ERR("x = 0o8\n"),
        "  File \"t.py\", line 1\n    x = 0o8\n          ^\nSyntaxError: invalid digit '8' in octal literal\n");
    ck_assert_str_eq(ERR("x = 0b2\n"),
        "  File \"t.py\", line 1\n    x = 0b2\n          ^\nSyntaxError: invalid digit '2' in binary literal\n");
    ck_assert_str_eq(ERR("x = 012\n"),
        "  File \"t.py\", line 1\n    x = 012\n        ^\nSyntaxError: leading zeros in decimal "
        "integer literals are not permitted; use an 0o prefix for octal integers\n");
    ck_assert_str_eq(ERR("x = 1abc\n"),
        "  File \"t.py\", line 1\n    x = 1abc\n        ^\nSyntaxError: invalid decimal literal\n");
    ck_assert_str_eq(ERR("x = 1.e+\n"),
        "  File \"t.py\", line 1\n    x = 1.e+\n           ^\nSyntaxError: invalid decimal literal\n");
    ck_assert_str_eq(ERR("x = 0o\n"),
        "  File \"t.py\", line 1\n    x = 0o\n         ^\nSyntaxError: invalid octal literal\n");
    ck_assert_str_eq(ERR("x = 1__0\n"),
        "  File \"t.py\", line 1\n    x = 1__0\n         ^\nSyntaxError: invalid decimal literal\n");
    ck_assert_str_eq(ERR("x = 1e\n"),
        "  File \"t.py\", line 1\n    x = 1e\n        ^\nSyntaxError: invalid decimal literal\n");
    ck_assert_str_eq(ERR("x = 1j\n"),
        "  File \"t.py\", line 1\n    x = 1j\n        ^^\nSyntaxError: imaginary literals are not supported\n");
    ck_assert_str_eq(ERR("x = 1.5j2\n"),
        "  File \"t.py\", line 1\n    x = 1.5j2\n           ^\nSyntaxError: invalid imaginary literal\n");
}
END_TEST

START_TEST(test_error_indentation)
{
    ck_assert_str_eq(ERR("if x:\n        a\n    b\n"),
        "  File \"t.py\", line 3\n    b\n     ^\n"
        "IndentationError: unindent does not match any outer indentation level\n");
    ck_assert_str_eq(ERR("if x:\n\ta\n        b\n"),
        "  File \"t.py\", line 3\n    b\n"
        "TabError: inconsistent use of tabs and spaces in indentation\n");
    char deep[20000];
    size_t o = 0;
    for (int i = 0; i < 101; i++) {
        o += (size_t)sprintf(deep + o, "%*sif x:\n", i, "");
    }
    sprintf(deep + o, "%*spass\n", 101, "");
    ck_assert_ptr_nonnull(strstr(ERR(deep), "IndentationError: too many levels of indentation\n"));
}
END_TEST

START_TEST(test_error_characters)
{
    ck_assert_str_eq(ERR("x = a\xE2\x82\xAC" "b\n"),
        "  File \"t.py\", line 1\n    x = a\xE2\x82\xAC" "b\n         ^\n"
        "SyntaxError: invalid character '\xE2\x82\xAC' (U+20AC)\n");
    ck_assert_str_eq(ERR("x = \x01\n"),
        "  File \"t.py\", line 1\n    x = \x01\n        ^\n"
        "SyntaxError: invalid non-printable character U+0001\n");
    ck_assert_str_eq(err_text("x = 1\ny = 2\nz = 3\0\nw=4\n", 20, NULL),
        "  File \"t.py\", line 3\n    z = 3\nSyntaxError: source code cannot contain null bytes\n");
    ck_assert_str_eq(ERR("x = 1\ny = 2\nz = \"\xff\"\n"),
        "SyntaxError: Non-UTF-8 code starting with '\\xff' in file t.py on line 3, but no "
        "encoding declared; see https://peps.python.org/pep-0263/ for details\n");
    ck_assert_str_eq(ERR("x = 1 + \\ 2\n"),
        "  File \"t.py\", line 1\n    x = 1 + \\ 2\n             ^\n"
        "SyntaxError: unexpected character after line continuation character\n");
    bool inc = false;
    ck_assert_str_eq(err_text("x = 1 + \\\n", 10, &inc),
        "  File \"t.py\", line 1\n    x = 1 + \\\n             ^\n"
        "SyntaxError: unexpected EOF while parsing\n");
    ck_assert(inc);
    ck_assert_str_eq(ERR("y = 1 +\\\n  2 \\ 3\n"),
        "  File \"t.py\", line 2\n    2 \\ 3\n         ^\n"
        "SyntaxError: unexpected character after line continuation character\n");
}
END_TEST

START_TEST(test_error_fstrings)
{
    ck_assert_str_eq(ERR("x = f\"{}\"\n"),
        "  File \"t.py\", line 1\n    x = f\"{}\"\n             ^\n"
        "SyntaxError: f-string: empty expression not allowed\n");
    ck_assert_str_eq(ERR("x = f\"{a!x}\"\n"),
        "  File \"t.py\", line 1\n    x = f\"{a!x}\"\n                ^\n"
        "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'\n");
    ck_assert_str_eq(ERR("x = f\"{a!r x}\"\n"),
        "  File \"t.py\", line 1\n    x = f\"{a!r x}\"\n                  ^\n"
        "SyntaxError: f-string: expecting '}'\n");
    ck_assert_str_eq(ERR("x = f\"a}b\"\n"),
        "  File \"t.py\", line 1\n    x = f\"a}b\"\n              ^\n"
        "SyntaxError: f-string: single '}' is not allowed\n");
    ck_assert_ptr_nonnull(strstr(ERR("x = f\"{a\"\n"), "f-string: expecting '}'"));
    ck_assert_ptr_nonnull(strstr(ERR("f\"{a\\n}\""),
                                 "f-string expression part cannot include a backslash"));
    ck_assert_ptr_nonnull(strstr(ERR("f\"{a#}\""), "f-string expression part cannot include '#'"));
    ck_assert_ptr_nonnull(strstr(ERR("f\"{a(}\""),
        "f-string: closing parenthesis '}' does not match opening parenthesis '('"));
    ck_assert_ptr_nonnull(strstr(ERR("f\"{a)}\""), "f-string: unmatched ')'"));
    ck_assert_ptr_nonnull(strstr(ERR("f\"{a(\"\n"), "f-string: unmatched '('"));
    ck_assert_ptr_nonnull(strstr(ERR("f\"{'a}\""), "f-string: unterminated string"));
    ck_assert_ptr_nonnull(strstr(ERR("f\"{x:{y:{z}}}\""), "f-string: expressions nested too deeply"));
    ck_assert_ptr_nonnull(strstr(ERR("f\"{!r}\""), "f-string: expression required before '!'"));
    ck_assert_ptr_nonnull(strstr(ERR("f\"{x:{y}\""), "f-string: expecting '}'"));
    ck_assert_ptr_nonnull(strstr(ERR("f\"\\x4{a}\""), "position 0-2: truncated \\xXX escape"));
}
END_TEST

START_TEST(test_coding_cookie)
{
    ck_assert_str_eq(toks("# -*- coding: latin-1 -*-\ns = '\xe9'\n"), "N:s = S:\xC3\xA9 NL EOF");
    ck_assert_str_eq(toks("#!/usr/bin/python\n# coding=utf-8\nx\n"), "N:x NL EOF");
    ck_assert_str_eq(toks("# coding: foo\nx=1\n"), "ERR:encoding problem: foo");
    /* a cookie on line 3 does not count */
    ck_assert_ptr_nonnull(strstr(ERR("\n\n# coding: latin-1\ns = '\xe9'\n"), "Non-UTF-8 code"));
}
END_TEST

START_TEST(test_deep_nesting_no_overflow)
{
    /* 199 levels are fine; long lines and many tokens are fine */
    char buf[1000];
    memset(buf, '[', 199);
    memset(buf + 199, ']', 199);
    buf[398] = '\0';
    ck_assert_str_eq(ERR(buf), "");
    size_t n = 200000;
    char *big = malloc(n + 1);
    for (size_t i = 0; i < n; i += 2) {
        big[i] = 'x';
        big[i + 1] = i % 100 == 98 ? '\n' : ' ';
    }
    big[n] = '\0';
    ck_assert_str_eq(err_text(big, n, NULL), "");
    free(big);
}
END_TEST

START_TEST(test_syntaxerr_print)
{
    SyntaxErr e = {0};
    e.kind = SE_SYNTAX;
    strcpy(e.msg, "invalid syntax");
    e.lineno = 4;
    e.col_offset = 7;
    e.end_lineno = 4;
    e.end_col_offset = 10;
    e.text = "    foo bar baz";
    char out[512];
    FILE *f = fmemopen(out, sizeof out, "w");
    syntaxerr_print(&e, "m.py", f);
    fclose(f);
    ck_assert_str_eq(out, "  File \"m.py\", line 4\n    foo bar baz\n      ^^^\nSyntaxError: invalid syntax\n");
    e.kind = SE_INDENT;
    e.col_offset = 0;
    f = fmemopen(out, sizeof out, "w");
    syntaxerr_print(&e, "m.py", f);
    fclose(f);
    ck_assert_str_eq(out, "  File \"m.py\", line 4\n    foo bar baz\nIndentationError: invalid syntax\n");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("lexer");
    TCase *tc = tcase_create("lexer");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_simple_statement);
    tcase_add_test(tc, test_keywords_and_soft_keywords);
    tcase_add_test(tc, test_operators);
    tcase_add_test(tc, test_indentation);
    tcase_add_test(tc, test_continuation_and_line_endings);
    tcase_add_test(tc, test_numbers);
    tcase_add_test(tc, test_string_forms);
    tcase_add_test(tc, test_escapes);
    tcase_add_test(tc, test_non_ascii_names);
    tcase_add_test(tc, test_fstring_basic);
    tcase_add_test(tc, test_fstring_debug_and_text);
    tcase_add_test(tc, test_fstring_nesting);
    tcase_add_test(tc, test_positions);
    tcase_add_test(tc, test_lex_line);
    tcase_add_test(tc, test_error_brackets);
    tcase_add_test(tc, test_error_strings);
    tcase_add_test(tc, test_error_numbers);
    tcase_add_test(tc, test_error_indentation);
    tcase_add_test(tc, test_error_characters);
    tcase_add_test(tc, test_error_fstrings);
    tcase_add_test(tc, test_coding_cookie);
    tcase_add_test(tc, test_deep_nesting_no_overflow);
    tcase_add_test(tc, test_syntaxerr_print);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
