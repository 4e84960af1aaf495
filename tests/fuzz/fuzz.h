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

/* Inputs that can wait without end, or act on the whole fuzzer process,
** in a way no instruction budget reaches: a blocking call waits in C
** (sleep, a read of a pipe, select, a lock, waitpid), a signal handler
** replaces libFuzzer's own SIGALRM timer and the signal lands on a thread
** other than the interpreter's, fork copies the fuzzer, and sys.executable
** is the fuzzer binary, which a subprocess would start as a new campaign.
** Programs that name one of these are skipped. */
static const char *const fuzz_blocking_words[] = {
    "sleep", "signal", "alarm", "fork", "spawn", "subprocess", "executable",
    "system", "kill", "wait", "pipe", "select", "poll", "socket", "thread",
    "acquire", "lock", "Lock", "Event", "Queue", "asyncio", "fifo", "tty",
};

/* True when the input names something in fuzz_blocking_words. */
static inline bool fuzz_may_block(const uint8_t *data, size_t size)
{
    for (size_t i = 0; i < sizeof fuzz_blocking_words / sizeof *fuzz_blocking_words; i++)
        if (fuzz_contains(data, size, fuzz_blocking_words[i]))
            return true;
    return false;
}

#endif
