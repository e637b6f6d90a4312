/* test_parse.c — the parser driver: the three input modes, error results
 * (message, kind, 1-based character columns), the REPL's "incomplete input"
 * answer, and robustness on deeply nested or hostile input. */
#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Not testutil.h: the parser needs no runtime, and objects/object.h's
 * comparison enum (CMP_LT...) clashes with the AST's (parse/ast.h). */
#include "parse/parse.h"

/* Parses src in mode; returns the module or NULL with *e filled. */
static Module *parse(const char *src, int mode, Arena *a, SyntaxErr *e, bool *inc)
{
    return parse_source_ex(src, strlen(src), "<test>", mode, a, e, inc);
}

START_TEST(test_file_mode)
{
    Arena *a = arena_new();
    SyntaxErr e;
    Module *m = parse("x = 1\nif x:\n    y = [i for i in x]\n", PARSE_FILE, a, &e, NULL);
    ck_assert_ptr_nonnull(m);
    ck_assert_int_eq(m->kind, MOD_MODULE);
    ck_assert_int_eq(m->body.n, 2);
    ck_assert_int_eq(m->body.items[0]->kind, STMT_ASSIGN);
    ck_assert_int_eq(m->body.items[1]->kind, STMT_IF);
    ck_assert_int_eq(m->body.items[1]->end_lineno, 3);
    ck_assert_ptr_null(m->body.items[0]->ann);
    arena_free(a);
}
END_TEST

START_TEST(test_eval_and_single)
{
    Arena *a = arena_new();
    SyntaxErr e;
    Module *m = parse("1 + 2, x", PARSE_EVAL, a, &e, NULL);
    ck_assert_ptr_nonnull(m);
    ck_assert_int_eq(m->kind, MOD_EXPRESSION);
    ck_assert_int_eq(m->expr->kind, EXPR_TUPLE);
    m = parse("for i in x:\n    pass\n\n", PARSE_SINGLE, a, &e, NULL);
    ck_assert_ptr_nonnull(m);
    ck_assert_int_eq(m->kind, MOD_INTERACTIVE);
    ck_assert_int_eq(m->body.n, 1);
    ck_assert_ptr_null(parse("x = 1", PARSE_EVAL, a, &e, NULL));
    arena_free(a);
}
END_TEST

START_TEST(test_error_fields)
{
    Arena *a = arena_new();
    SyntaxErr e;
    ck_assert_ptr_null(parse("é = f() = 1\n", PARSE_FILE, a, &e, NULL));
    ck_assert_int_eq(e.kind, SE_SYNTAX);
    ck_assert_str_eq(e.msg, "cannot assign to function call");
    ck_assert_int_eq(e.lineno, 1);
    ck_assert_int_eq(e.col_offset, 5);          /* characters, 1-based */
    ck_assert_int_eq(e.end_col_offset, 8);
    ck_assert_str_eq(e.text, "é = f() = 1");
    ck_assert_ptr_null(parse("x = 1\n  y = 2\n", PARSE_FILE, a, &e, NULL));
    ck_assert_int_eq(e.kind, SE_INDENT);
    ck_assert_str_eq(e.msg, "unexpected indent");
    ck_assert_int_eq(e.lineno, 2);
    ck_assert_ptr_null(parse("if x:\npass\n", PARSE_FILE, a, &e, NULL));
    ck_assert_int_eq(e.kind, SE_INDENT);
    ck_assert_str_eq(e.msg, "expected an indented block after 'if' statement on line 1");
    arena_free(a);
}
END_TEST

START_TEST(test_incomplete)
{
    Arena *a = arena_new();
    SyntaxErr e;
    bool inc;
    ck_assert_ptr_null(parse("if x:\n", PARSE_SINGLE, a, &e, &inc));
    ck_assert(inc);
    ck_assert_ptr_null(parse("f(1,\n", PARSE_SINGLE, a, &e, &inc));
    ck_assert(inc);
    ck_assert_ptr_null(parse("x = '''abc\n", PARSE_SINGLE, a, &e, &inc));
    ck_assert(inc);
    ck_assert_ptr_null(parse("x = = 1\n", PARSE_SINGLE, a, &e, &inc));
    ck_assert(!inc);
    ck_assert_ptr_null(parse("f(1 2)\n", PARSE_SINGLE, a, &e, &inc));
    ck_assert(!inc);
    arena_free(a);
}
END_TEST

START_TEST(test_deep_input)
{
    Arena *a = arena_new();
    SyntaxErr e;
    size_t n = 200000;
    char *s = malloc(n * 2 + 16);
    ck_assert_ptr_nonnull(s);
    if (!s)
        return;
    /* unary chain: bison's stack is capped, not the C stack */
    strcpy(s, "x = ");
    memset(s + 4, '-', n);
    strcpy(s + 4 + n, "1\n");
    ck_assert_ptr_null(parse(s, PARSE_FILE, a, &e, NULL));
    /* long left-nested chain: the checker bounds the tree depth */
    strcpy(s, "x = 1");
    for (size_t i = 0; i < 50000; i++)
        strcat(s + 4 + i * 2, "+1");
    ck_assert_ptr_null(parse(s, PARSE_FILE, a, &e, NULL));
    ck_assert_str_eq(e.msg, "maximum recursion depth exceeded during compilation");
    /* 10,000 parentheses: the lexer's limit */
    strcpy(s, "x = ");
    memset(s + 4, '(', 10000);
    memset(s + 10004, ')', 10000);
    strcpy(s + 20004, "\n");
    ck_assert_ptr_null(parse(s, PARSE_FILE, a, &e, NULL));
    ck_assert_str_eq(e.msg, "too many nested parentheses");
    free(s);
    arena_free(a);
}
END_TEST

START_TEST(test_garbage)
{
    /* random token soup must never crash, only fail or succeed */
    static const char *const pieces[] = {
        "x", "1", "(", ")", "[", "]", "{", "}", ",", ":", "=", "+", "*", "**",
        "if ", "else ", "for ", "in ", "lambda ", "yield ", "not ", "\n",
        "    ", "def ", "class ", "'s'", "f'{", "}'", ".", ";", "@", ":=",
        "import ", "from ", "with ", "as ", "try", "except ", "return ",
    };
    unsigned x = 12345;
    char buf[256];
    for (int round = 0; round < 3000; round++) {
        buf[0] = '\0';
        int len = 0;
        for (int k = 0; k < 20; k++) {
            x = x * 1103515245u + 12345u;
            const char *p = pieces[(x >> 16) % (sizeof pieces / sizeof *pieces)];
            if (len + (int)strlen(p) + 2 >= (int)sizeof buf)
                break;
            strcat(buf, p);
            len += (int)strlen(p);
        }
        Arena *a = arena_new();
        SyntaxErr e;
        bool inc;
        (void)parse(buf, (int)(round % 3), a, &e, &inc);
        arena_free(a);
    }
}
END_TEST

int main(void)
{
    Suite *s = suite_create("parse");
    TCase *tc = tcase_create("parse");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_file_mode);
    tcase_add_test(tc, test_eval_and_single);
    tcase_add_test(tc, test_error_fields);
    tcase_add_test(tc, test_incomplete);
    tcase_add_test(tc, test_deep_input);
    tcase_add_test(tc, test_garbage);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
