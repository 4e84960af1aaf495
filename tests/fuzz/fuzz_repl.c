/*
** fuzz_repl.c — arbitrary input typed at the REPL.
**
** The input is cut into lines and fed to a REPL session as repl.c feeds
** what readline returns (tyRepl_feed): "more" asks for the next line,
** anything else (it ran, or raised) starts a new statement, SystemExit
** ends the session, and the end of the input with lines pending is
** Ctrl-D at the secondary prompt.  An empty line followed by an indented
** one is fed as a paste's is.  No terminal is involved.  Budget, memory
** cap and skipped inputs are fuzz_run.c's.
*/
#define _GNU_SOURCE
#include "fuzz.h"
#include "repl.h"
#include "vm.h"

#define BUDGET 200000
#define MEMORY_CAP ((size_t)256 * 1024 * 1024)

static void run_session(const uint8_t *data, size_t size)
{
    TyReplSession s;
    tyRepl_begin(&s);
    tyMem_setLimit(MEMORY_CAP);
    tyVM_setBudget(BUDGET);
    const char *p = (const char *)data, *end = p + size;
    TyReplStep step = TY_REPL_DONE;
    while (p < end) {
        /* readline hands over a line without its newline. */
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        const char *next = p + n + (nl != NULL);
        bool indented_next = next < end && (*next == ' ' || *next == '\t');
        step = tyRepl_feed(&s, p, n, indented_next);
        p = next;
        if (step == TY_REPL_EXIT)
            break;
    }
    if (step != TY_REPL_EXIT && tyRepl_pending(&s))
        tyRepl_feedEOF(&s);
    tyRepl_end(&s);
    tyVM_setBudget(0);
    tyMem_setLimit(0);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz_detach_stdin();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (fuzz_may_block(data, size))
        return -1;
    fuzz_run_input(run_session, data, size);
    return 0;
}
