/* signals.h — asynchronous interrupts: SIGINT sets a flag that the
 * evaluator polls (loop back-edges, calls) and turns into KeyboardInterrupt.
 * Nothing here runs Python code from a signal handler. */
#ifndef GARTER_SIGNALS_H
#define GARTER_SIGNALS_H

#include <signal.h>

/* Set to 1 by the SIGINT handler; cleared by rt_check_interrupt. */
extern volatile sig_atomic_t rt_pending_interrupt;

/* 0 when no interrupt is pending; otherwise clears the flag, raises
 * KeyboardInterrupt and returns -1.  Cheap enough for every loop iteration
 * when guarded by the flag: `if (rt_pending_interrupt && rt_check_interrupt() < 0)`. */
int rt_check_interrupt(void);
/* Forgets a pending interrupt (a line reader that handled it itself). */
void rt_clear_interrupt(void);
/* Installs the flag-setting SIGINT handler (without SA_RESTART, so a
 * blocking read returns EINTR).  0/-1 (errno set). */
int rt_signals_install(void);
/* Restores the SIGINT disposition saved by rt_signals_install. */
void rt_signals_restore(void);

/* Set when the main program (script, -c, -m, stdin) ended with an uncaught
 * KeyboardInterrupt: the process then ends the way CPython's does. */
extern int rt_unhandled_interrupt;
/* After finalization, for rt_unhandled_interrupt: restores SIGINT's
 * default action and sends it to the process itself (a shell sees status
 * 130, "killed by SIGINT"), as CPython's exit_sigint.  Returns 130 only
 * if the signal did not end the process. */
int rt_exit_sigint(void);

#endif
