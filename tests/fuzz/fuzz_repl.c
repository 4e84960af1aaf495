/*
** fuzz_repl.c — arbitrary input typed at the REPL.
**
** The input is cut into lines and fed as repl.c feeds what readline
** returns: each line is added to the pending input, which tyRun_interactive
** compiles in 'single' mode; "incomplete" asks for the next line, anything
** else (it ran, or raised) starts a new input, and SystemExit ends the
** session.  No terminal is involved.  Budget, memory cap and skipped
** inputs are fuzz_run.c's.
*/
#define _GNU_SOURCE
#include "fuzz.h"
#include "run.h"
#include "vm.h"

#define BUDGET 200000
#define MEMORY_CAP ((size_t)256 * 1024 * 1024)

static void run_session(const uint8_t *data, size_t size)
{
    TyStrBuilder input;
    tyBuf_init(&input);
    tyMem_setLimit(MEMORY_CAP);
    tyVM_setBudget(BUDGET);
    const char *p = (const char *)data, *end = p + size;
    int exit_status = 0;
    while (p < end) {
        /* readline hands over a line without its newline, and the REPL
        ** puts one back. */
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        if (tyBuf_append(&input, p, n) < 0 || tyBuf_appendChar(&input, '\n') < 0) {
            tyErr_clear();
            break;
        }
        p += n + (nl != NULL);
        int r = tyRun_interactive(input.data, input.len, &exit_status);
        if (r == 1)
            continue;
        tyBuf_free(&input);
        tyBuf_init(&input);
        if (r == 2)
            break;
    }
    tyBuf_free(&input);
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
    if (fuzz_contains(data, size, "sleep"))
        return -1;
    fuzz_run_input(run_session, data, size);
    return 0;
}
