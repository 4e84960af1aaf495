/*
** fuzz_run.c — arbitrary programs, run to the end.
**
** Each input is a program run as a file named "<fuzz>" in a fresh
** interpreter, under an instruction budget (vm.c: safe points, i.e.
** backward jumps and calls) and a memory cap (mem.c), both of which end
** the program with an exception rather than a hang or the fuzzer's
** out-of-memory report.  Whatever the program does, it must end in
** output or a Python exception, with no sanitizer report and nothing left
** alive after the teardown.
**
** Inputs that may block or act on the whole process are skipped
** (fuzz_may_block in fuzz.h): nothing in the interpreter can end them.  Raising the recursion
** limit is fine: the C stack guard (lifecycle.c) ends deep recursion in
** RecursionError whatever the limit.
*/
#define _GNU_SOURCE
#include "fuzz.h"
#include "run.h"
#include "vm.h"

#define BUDGET 200000
#define MEMORY_CAP ((size_t)256 * 1024 * 1024)

static void run_program(const uint8_t *data, size_t size)
{
    tyMem_setLimit(MEMORY_CAP);
    tyVM_setBudget(BUDGET);
    tyRun_string((const char *)data, size, "<fuzz>");
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
    fuzz_run_input(run_program, data, size);
    return 0;
}
