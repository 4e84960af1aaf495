/*
** fuzz.h — what the libFuzzer harnesses (tests/fuzz/fuzz_*.c) share.
**
** Every input runs against a freshly started interpreter (tyLife_init)
** that is torn down afterwards (tyLife_fini): inputs cannot influence one
** another, and the debug build's accounting turns any object still alive
** after the teardown into a finding (a leak), like a sanitizer report.
**
** The interpreter needs a deep C stack (see main.c), so inputs run on a
** thread with the same stack size as the tally binary's.
*/
#ifndef TY_FUZZ_H
#define TY_FUZZ_H

#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "tally.h"
#include "lifecycle.h"

#define FUZZ_STACK_SIZE ((size_t)512 * 1024 * 1024)

/* An input's work, run by fuzz_run_input on the big-stack thread. */
typedef void (*FuzzBody)(const uint8_t *data, size_t size);

typedef struct {
    FuzzBody body;
    const uint8_t *data;
    size_t size;
} FuzzJob;

static void *fuzz_thread(void *p)
{
    FuzzJob *job = p;
    static char *argv[] = { (char *)"fuzz", NULL };
    if (tyLife_init(1, argv) < 0)
        abort();
    job->body(job->data, job->size);
    tyErr_clear();
    ssize_t live = tyLife_fini();
    if (live != 0) {
        /* tyLife_fini has listed the leaked objects on stderr. */
        fprintf(stderr, "fuzz: %zd objects alive after the teardown\n", live);
        abort();
    }
    return NULL;
}

/* Run fn(arg) on a thread with the interpreter's stack size: the parser,
** the compiler and C-level recursion go as deep as in the tally binary. */
static inline void fuzz_on_big_stack(void *(*fn)(void *), void *arg)
{
    pthread_attr_t attr;
    pthread_t thread;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, FUZZ_STACK_SIZE);
    if (pthread_create(&thread, &attr, fn, arg) != 0)
        abort();
    pthread_join(thread, NULL);
    pthread_attr_destroy(&attr);
}

/* Start an interpreter, run body(data, size) in it, tear it down, and
** abort (a finding) when anything it allocated is still alive. */
static inline void fuzz_run_input(FuzzBody body, const uint8_t *data, size_t size)
{
    FuzzJob job = { body, data, size };
    fuzz_on_big_stack(fuzz_thread, &job);
}

/* Standard input from /dev/null: input() and sys.stdin see end of file
** rather than waiting on a terminal. */
static inline void fuzz_detach_stdin(void)
{
    int fd = open("/dev/null", O_RDONLY);
    if (fd >= 0 && fd != STDIN_FILENO) {
        dup2(fd, STDIN_FILENO);
        close(fd);
    }
}

/* True when the input contains the text `word`. */
static inline bool fuzz_contains(const uint8_t *data, size_t size, const char *word)
{
    return memmem(data, size, word, strlen(word)) != NULL;
}

#endif
