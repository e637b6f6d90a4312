/* signals.c — the SIGINT flag and its conversion into KeyboardInterrupt.
 * The handler only stores to a sig_atomic_t; raising happens when the
 * evaluator (or a blocking reader such as the REPL) polls the flag.  Also
 * the exit by SIGINT after an uncaught KeyboardInterrupt. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "objects/exceptions.h"
#include "runtime/breaker.h"
#include "runtime/errors.h"
#include "runtime/signals.h"

volatile sig_atomic_t rt_pending_interrupt;

static struct sigaction saved_int;
static int installed;

static volatile sig_atomic_t unanswered;   /* SIGINTs nobody polled yet */

/* Sets the flag.  When three interrupts in a row go unanswered (code that
 * never polls, such as a long C computation), the default action ends the
 * process rather than leave the user stuck. */
static void on_sigint(int sig)
{
    rt_pending_interrupt = 1;
    rt_breaker_set(BRK_INTERRUPT);      /* polled at the next safe point */
    if (++unanswered >= 3) {
        signal(sig, SIG_DFL);
        raise(sig);
    }
}

void rt_clear_interrupt(void)
{
    rt_pending_interrupt = 0;
    unanswered = 0;
}

int rt_check_interrupt(void)
{
    if (!rt_pending_interrupt)
        return 0;
    rt_clear_interrupt();
    err_raise((Object *)&Exc_KeyboardInterrupt);
    return -1;
}

int rt_signals_install(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;            /* no SA_RESTART: reads see EINTR */
    if (sigaction(SIGINT, &sa, installed ? NULL : &saved_int) < 0)
        return -1;
    installed = 1;
    return 0;
}

void rt_signals_restore(void)
{
    if (!installed)
        return;
    sigaction(SIGINT, &saved_int, NULL);
    installed = 0;
}

int rt_unhandled_interrupt;

int rt_exit_sigint(void)
{
    fflush(stdout);
    fflush(stderr);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGINT);
    if (sigaction(SIGINT, &sa, NULL) == 0
        && pthread_sigmask(SIG_UNBLOCK, &unblock, NULL) == 0)
        kill(getpid(), SIGINT);
    return 130;
}
