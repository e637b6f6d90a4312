/* main.c — the command-line front end: moves onto a large C stack of its
 * own (so that deep recursion is bound by the recursion limit, not by the
 * stack rlimit), parses options and hands a script, a -c string or stdin
 * to the interpreter. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval/coro.h"
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

void eval_stack_guard_init(void *base, size_t avail);

#define GARTER_VERSION "0.1.0"

static void usage(FILE *out)
{
    fprintf(out, "usage: garter [option] ... [-c cmd | -m mod | file | -] [arg] ...\n");
}

/* -h: the options garter acts on; CPython's other options are accepted
 * and ignored so that command lines written for python3 still run. */
static void help(void)
{
    usage(stdout);
    fputs("Options (and corresponding environment variables):\n"
          "-c cmd : program passed in as string (terminates option list)\n"
          "-h     : print this help message and exit (also -? or --help)\n"
          "-i     : inspect interactively after running script; forces a prompt even\n"
          "         if stdin does not appear to be a terminal\n"
          "-m mod : run library module as a script (terminates option list)\n"
          "-q     : don't print version and copyright messages on interactive startup\n"
          "-u     : force the stdout and stderr streams to be unbuffered;\n"
          "         this option has no effect on stdin; also GARTERUNBUFFERED=x\n"
          "-V     : print the garter version number and exit (also --version)\n"
          "-X opt : set implementation-specific option: -X gcstress collects at\n"
          "         every allocation (also GARTER_GCSTRESS=1); others are ignored\n"
          "-b, -B, -d, -E, -I, -O, -OO, -P, -s, -S, -v, -x, -W arg:\n"
          "         accepted for compatibility with python3 and ignored\n"
          "--dump-ast file   : print the syntax tree of file and exit\n"
          "--parse-only file : check the syntax of file and exit\n"
          "Arguments:\n"
          "file   : program read from script file\n"
          "-      : program read from stdin (default; interactive mode if a tty)\n"
          "arg ...: arguments passed to program in sys.argv[1:]\n"
          "\n"
          "Other environment variables:\n"
          "GARTERPATH : ':'-separated list of directories prefixed to the\n"
          "             default module search path (sys.path)\n", stdout);
}

/* A command-line mistake: CPython's message, the usage line and the hint;
 * the caller exits with status 2. */
static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    usage(stderr);
    fputs("Try `garter -h' for more information.\n", stderr);
    return 2;
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
    if (rt_unhandled_interrupt)
        rc = rt_exit_sigint();      /* killed by SIGINT, as CPython */
    rt_threads_exit_frozen(rc);     /* only returns without daemon threads */
    return rc;
}

/* Everything main does, on whichever stack main chose. */
static int garter_main(int argc, char **argv)
{
    if (getenv("GARTERUNBUFFERED") && *getenv("GARTERUNBUFFERED"))
        sys_unbuffered = 1;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || !strcmp(a, "-"))
            break;                          /* the script, or - for stdin */
        if (!strcmp(a, "--"))
            { i++; break; }
        if (a[1] == '-') {                  /* long options */
            if (!strcmp(a, "--version")) { printf("garter %s\n", GARTER_VERSION); return 0; }
            if (!strcmp(a, "--help") || !strcmp(a, "--help-all")) { help(); return 0; }
            if ((!strcmp(a, "--dump-ast") || !strcmp(a, "--parse-only")) && i + 1 < argc)
                return parse_only(argv[i + 1], !strcmp(a, "--dump-ast"));
            if (!strcmp(a, "--check-hash-based-pycs")) {
                if (++i >= argc)
                    return usage_error("Argument expected for the %s option", a);
                continue;
            }
            return usage_error("unknown option %s", a);
        }
        /* a cluster of one-letter options, as in -uq or -cCODE */
        for (const char *p = a + 1; *p; p++) {
            char o = *p;
            if (strchr("cmWX", o)) {
                const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!val) {
                    char opt[3] = { '-', o, 0 };
                    return usage_error("Argument expected for the %s option", opt);
                }
                if (o == 'c') {
                    /* sys.argv: ['-c', args...] */
                    sys_set_argv(argc - i, argv + i);
                    argv[i] = "-c";
                    return run_main('c', val);
                }
                if (o == 'm') {
                    argv[i] = "-m";         /* becomes the module's path */
                    sys_set_argv(argc - i, argv + i);
                    return run_main('m', val);
                }
                if (o == 'X' && !strcmp(val, "gcstress"))
                    gc_stress = 1;
                break;                      /* -W and -X: value ignored */
            }
            switch (o) {
            case 'V': printf("garter %s\n", GARTER_VERSION); return 0;
            case 'h': case '?': help(); return 0;
            case 'q': repl_flags |= REPL_QUIET; break;
            case 'i': inspect = 1; break;
            case 'u': sys_unbuffered = 1; break;
            case 'b': case 'B': case 'd': case 'E': case 'I': case 'O': case 'P':
            case 's': case 'S': case 'v': case 'x': case 'R': case 't':
                break;
            default: {
                char opt[3] = { '-', o, 0 };
                return usage_error("Unknown option: %s", opt);
            }
            }
        }
    }
    if (i < argc && strcmp(argv[i], "-")) {
        sys_set_argv(argc - i, argv + i);
        return run_main(inspect ? 'r' : 'f', argv[i]);
    }
    if (i < argc) {
        sys_set_argv(argc - i, argv + i);
        return run_main(inspect ? 'r' : 's', NULL);
    }
    return run_main(inspect || isatty(0) ? 'r' : 's', NULL);
}

/* The interpreter's C stack: address space only, touched as recursion
 * goes deep.  The walker uses 0.3-0.9 KiB of C stack per Python call, so
 * 1 GiB holds a million-deep recursion, as CPython 3.11 (whose Python
 * calls use no C stack) allows with sys.setrecursionlimit. */
#define MAIN_STACK_BYTES ((size_t)1 << 30)

typedef struct BigStackRun {
    int argc;
    char **argv;
    int rc;
    CoroStack *stack;
    CoroCtx caller, ctx;
    const void *asan_bottom;        /* the original stack, for the way back */
    size_t asan_size;
} BigStackRun;

/* Runs garter_main on the large stack, then switches back for good. */
static void big_stack_entry(void *arg)
{
    BigStackRun *r = arg;
    coro_asan_finish(NULL, &r->asan_bottom, &r->asan_size);
    char base;
    eval_stack_guard_init(&base, (size_t)(&base - r->stack->lo));
    r->rc = garter_main(r->argc, r->argv);
    coro_asan_start(NULL, r->asan_bottom, r->asan_size);
    coro_switch(&r->ctx, &r->caller);
    abort();
}

int main(int argc, char **argv)
{
    static BigStackRun r;
    r.stack = coro_big_stacks_ok() ? coro_stack_new_sized(MAIN_STACK_BYTES) : NULL;
    if (!r.stack) {                 /* no room: the process stack, as it is */
        char base;
        eval_stack_guard_init(&base, 0);
        return garter_main(argc, argv);
    }
    r.argc = argc;
    r.argv = argv;
    coro_ctx_init(&r.ctx, r.stack, big_stack_entry, &r);
    void *fake;
    coro_asan_start(&fake, r.stack->lo, (size_t)(r.stack->hi - r.stack->lo));
    coro_switch(&r.caller, &r.ctx);
    coro_asan_finish(fake, NULL, NULL);
    coro_stack_free(r.stack);
    return r.rc;
}
