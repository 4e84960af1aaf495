/*
** run.h — running source: files, strings, and the REPL's single inputs.
*/
#ifndef TY_RUN_H
#define TY_RUN_H

#include <stdio.h>
#include "object.h"

/* Run the program in `path` as __main__; returns the process exit status
** CPython would use (0, 1 for an uncaught exception, SystemExit's code). */
int tyRun_file(const char *path);
/* The absolute directory of a script path (sys.path[0]). */
void tyRun_scriptDirectory(const char *path, char *out, size_t size);
/* Run source text as __main__ under `filename` ("<string>", "<stdin>"). */
int tyRun_string(const char *source, size_t len, const char *filename);
/*
** Compile and run one interactive input (TY_MODE_SINGLE) in __main__.
** Returns 0 when it ran (errors printed as tracebacks), 1 when the input
** is incomplete (the REPL should read another line), or an exit status
** >= 2 encoded as 2 + status when the input raised SystemExit (the
** caller exits with *exit_status).
*/
int tyRun_interactive(const char *source, size_t len, int *exit_status);
/* Print an exception that ended the program and return the exit status:
** SystemExit's code, else 1 after printing the traceback, or
** TY_RUN_INTERRUPTED for KeyboardInterrupt. */
int tyRun_handleException(void);
/* The status of a program ended by an uncaught KeyboardInterrupt (a
** tyRun_file / tyRun_string result): the process should then end by
** SIGINT, as CPython's does, so that its parent sees the interrupt. */
#define TY_RUN_INTERRUPTED (-2)

#endif
