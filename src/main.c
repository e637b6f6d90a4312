/* main.c — the command-line front end: parses options and hands a script,
 * a -c string or stdin to the interpreter. */
#include <stdio.h>
#include <string.h>

#define GARTER_VERSION "0.1.0"

static void usage(FILE *out)
{
    fprintf(out, "usage: garter [option] ... [-c cmd | file | -] [arg] ...\n");
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-V") || !strcmp(argv[i], "--version")) {
            printf("garter %s\n", GARTER_VERSION);
            return 0;
        }
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage(stdout);
            return 0;
        }
    }
    return 0;
}
