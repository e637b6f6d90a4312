/* main.c — the command-line front end: parses options and hands a script,
 * a -c string or stdin to the interpreter. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/ast.h"
#include "parse/parse.h"
#include "eval/eval.h"
#include "mem/gc.h"
#include "modules/bltin.h"
#include "modules/builtins.h"
#include "objects/file.h"
#include "runtime/gil.h"
#include "runtime/init.h"
#include "runtime/signals.h"
#include "runtime/run.h"
#include "runtime/shutdown.h"
#include "repl.h"
#include <unistd.h>

void eval_stack_guard_init(void *base);

#define GARTER_VERSION "0.1.0"

static void usage(FILE *out)
{
    fprintf(out, "usage: garter [option] ... [-c cmd | -m mod | file | -] [arg] ...\n");
}

/* Reads a whole file; NULL (message printed) on failure. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "garter: can't open file '%s'\n", path);
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); buf = NULL; }
            else buf = nb;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

/* --dump-ast / --parse-only FILE: parse, print the tree or the syntax error. */
static int parse_only(const char *path, int dump)
{
    size_t len;
    char *src = read_file(path, &len);
    if (!src)
        return 2;
    Arena *arena = arena_new();
    SyntaxErr err;
    Module *m = parse_source(src, len, path, PARSE_FILE, arena, &err);
    int rc = 0;
    if (!m) {
        fflush(stdout);
        syntaxerr_print(&err, path, stderr);
        rc = 1;
    } else if (dump)
        ast_dump(m, stdout);
    arena_free(arena);
    free(src);
    return rc;
}

static int repl_flags, inspect;     /* -q, -i */

/* Brings the runtime up, runs one of script / -c / stdin, tears down. */
static int run_main(int mode, const char *arg)
{
    if (rt_init() < 0 || mod_builtins_init() < 0 || eval_init() < 0 ||
        rt_finalize_prepare() < 0) {
        fprintf(stderr, "garter: initialization failed\n");
        return 1;
    }
    int rc;
    if (mode != 'r')
        rt_signals_install();   /* SIGINT -> KeyboardInterrupt, as CPython */
    if (mode == 'm') rc = rt_run_module(arg);
    else if (mode == 'c') rc = rt_run_string(arg, strlen(arg), "<string>");
    else if (mode == 'r') rc = repl_run(arg, repl_flags);   /* -i or a tty */
    else if (mode == 'f') rc = rt_run_file(arg);
    else rc = rt_run_stdin();
    rt_threads_shutdown();      /* the REPL's threads; no-op once done */
    rc = rt_finalize(rc);       /* atexit, flushing, modules cleared; 120 if stdout fails */
    mod_builtins_fini();
    rt_fini();
    rt_threads_exit_frozen(rc);     /* only returns without daemon threads */
    return rc;
}

int main(int argc, char **argv)
{
    char base;
    eval_stack_guard_init(&base);
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-V") || !strcmp(argv[i], "--version")) {
            printf("garter %s\n", GARTER_VERSION);
            return 0;
        }
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage(stdout);
            return 0;
        }
        if ((!strcmp(argv[i], "--dump-ast") || !strcmp(argv[i], "--parse-only")) && i + 1 < argc)
            return parse_only(argv[i + 1], !strcmp(argv[i], "--dump-ast"));
        if (!strcmp(argv[i], "-c")) {
            const char *cmd = i + 1 < argc ? argv[i + 1] : NULL;
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -c option\n");
                usage(stderr);
                return 2;
            }
            sys_set_argv(argc - i - 1, argv + i + 1);
            argv[i + 1] = "-c";             /* sys.argv: ['-c', args...] */
            return run_main('c', cmd);
        }
        if (!strcmp(argv[i], "-m")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -m option\n");
                usage(stderr);
                return 2;
            }
            const char *mod = argv[i + 1];
            argv[i + 1] = "-m";             /* becomes the module's path */
            sys_set_argv(argc - i - 1, argv + i + 1);
            return run_main('m', mod);
        }
        if (!strncmp(argv[i], "-X", 2)) {   /* -X gcstress; other -X options are ignored */
            const char *opt = argv[i][2] ? argv[i] + 2 : (i + 1 < argc ? argv[++i] : "");
            if (!strcmp(opt, "gcstress"))
                gc_stress = 1;
            continue;
        }
        if (!strcmp(argv[i], "-q")) { repl_flags |= REPL_QUIET; continue; }
        if (!strcmp(argv[i], "-i")) { inspect = 1; continue; }
        if (!strcmp(argv[i], "-")) {
            sys_set_argv(argc - i, argv + i);
            return run_main(inspect ? 'r' : 's', NULL);
        }
        if (argv[i][0] != '-') {
            sys_set_argv(argc - i, argv + i);
            return run_main(inspect ? 'r' : 'f', argv[i]);
        }
    }
    return run_main(inspect || isatty(0) ? 'r' : 's', NULL);
}
