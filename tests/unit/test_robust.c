/*
** Robustness checks that need a whole process or a whole interpreter
** life (issue 6): SIGINT during a program, a closed stdout, script paths
** that cannot be run, the report of a SyntaxError, an allocation failure
** at every allocation of a program, and an interpreter started again
** after its teardown (as the fuzzers and an embedding program do).
**
** The subprocess tests run ./tally-debug (TALLY_LANG_BIN overrides it)
** from the project root; the expectations are CPython 3.11's, checked by
** hand with /usr/bin/python3.11 (docs/reliability.md).
*/
#define _GNU_SOURCE /* pipe2 */
#include <criterion/criterion.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "tally.h"
#include "lifecycle.h"
#include "run.h"

#define TIMEOUT_MS 60000

typedef struct {
    char out[1 << 16], err[1 << 16];
    size_t nout, nerr;
    int status;
} Result;

static const char *tally_bin(void)
{
    const char *bin = getenv("TALLY_LANG_BIN");
    return bin && *bin ? bin : "./tally-debug";
}

/*
** Runs argv with stdin from /dev/null and both outputs on pipes.  With
** `interrupt`, SIGINT is sent once the child has printed its first line;
** with `close_after_line`, the read end of stdout is closed after the
** first line (as `| head -1` does).  Output past the buffers is dropped.
*/
static void run(char *const argv[], bool interrupt, bool close_after_line, Result *r)
{
    int outp[2], errp[2];
    cr_assert(pipe2(outp, O_CLOEXEC) == 0 && pipe2(errp, O_CLOEXEC) == 0);
    pid_t pid = fork();
    cr_assert(pid >= 0);
    if (pid == 0) {
        int in = open("/dev/null", O_RDONLY);
        signal(SIGINT, SIG_DFL);
        signal(SIGPIPE, SIG_DFL);
        if (in >= 0 && dup2(in, 0) == 0 && dup2(outp[1], 1) == 1 && dup2(errp[1], 2) == 2)
            execv(argv[0], argv);
        _exit(127);
    }
    close(outp[1]);
    close(errp[1]);
    memset(r, 0, sizeof *r);
    struct pollfd fds[2] = { { outp[0], POLLIN, 0 }, { errp[0], POLLIN, 0 } };
    int open_fds = 2;
    bool line_seen = false;
    while (open_fds > 0) {
        int ready = poll(fds, 2, TIMEOUT_MS);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            kill(pid, SIGKILL);
            cr_assert_fail("%s did not finish", argv[1]);
        }
        for (int i = 0; i < 2; i++) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            char *buf = i ? r->err : r->out;
            size_t *n = i ? &r->nerr : &r->nout;
            char tmp[4096];
            ssize_t got = read(fds[i].fd, tmp, sizeof tmp);
            if (got <= 0) {
                close(fds[i].fd);
                fds[i].fd = -1;
                open_fds--;
                continue;
            }
            size_t keep = (size_t)got < sizeof r->out - 1 - *n ? (size_t)got : sizeof r->out - 1 - *n;
            memcpy(buf + *n, tmp, keep);
            *n += keep;
            buf[*n] = '\0';
            if (i == 0 && !line_seen && memchr(r->out, '\n', r->nout)) {
                line_seen = true;
                if (interrupt) {
                    /* Into the loop that follows the line. */
                    usleep(200 * 1000);
                    kill(pid, SIGINT);
                }
                if (close_after_line) {
                    close(fds[0].fd);
                    fds[0].fd = -1;
                    open_fds--;
                }
            }
        }
    }
    while (waitpid(pid, &r->status, 0) < 0 && errno == EINTR)
        ;
}

/* The last line of s (without its newline). */
static const char *last_line(const char *s, size_t n, size_t *len)
{
    while (n > 0 && s[n - 1] == '\n')
        n--;
    size_t start = n;
    while (start > 0 && s[start - 1] != '\n')
        start--;
    *len = n - start;
    return s + start;
}

static void assert_last_err_line(const Result *r, const char *want)
{
    size_t len;
    const char *line = last_line(r->err, r->nerr, &len);
    cr_assert(len == strlen(want) && memcmp(line, want, len) == 0,
              "last stderr line %.*s, expected %s\nstderr:\n%s", (int)len, line, want, r->err);
}

Test(robust, uncaught_sigint_ends_the_process_by_sigint)
{
    char *argv[] = { (char *)tally_bin(), "tests/robust/sigint_loop.py", NULL };
    Result r;
    run(argv, true, false, &r);
    /* CPython re-raises SIGINT after printing the traceback. */
    cr_assert(WIFSIGNALED(r.status) && WTERMSIG(r.status) == SIGINT,
              "status %#x, stderr:\n%s", r.status, r.err);
    assert_last_err_line(&r, "KeyboardInterrupt");
    cr_assert(strstr(r.err, "sigint_loop.py\", line 3, in <module>\n    while True:\n"),
              "the traceback should point at the loop:\n%s", r.err);
}

Test(robust, sigint_raises_keyboardinterrupt_in_running_code)
{
    char *argv[] = { (char *)tally_bin(), "tests/robust/sigint_caught.py", NULL };
    Result r;
    run(argv, true, false, &r);
    cr_assert(WIFEXITED(r.status) && WEXITSTATUS(r.status) == 0, "status %#x, stderr:\n%s",
              r.status, r.err);
    cr_assert_str_eq(r.out, "ready\ncaught KeyboardInterrupt True\n");
    cr_assert_eq(r.nerr, 0, "stderr:\n%s", r.err);
}

Test(robust, closed_stdout_ends_in_brokenpipeerror)
{
    /* `tally -c ... | head -1`: CPython's exit status is 1, with the
    ** BrokenPipeError traceback on stderr. */
    char *argv[] = { (char *)tally_bin(), "-c", "for i in range(100000): print(i)", NULL };
    Result r;
    run(argv, false, true, &r);
    cr_assert(WIFEXITED(r.status) && WEXITSTATUS(r.status) == 1, "status %#x, stderr:\n%s",
              r.status, r.err);
    assert_last_err_line(&r, "BrokenPipeError: [Errno 32] Broken pipe");
}

/* The message after CPython's "PROGRAM: " prefix. */
static void assert_script_error(const Result *r, int status, const char *message)
{
    cr_assert(WIFEXITED(r->status) && WEXITSTATUS(r->status) == status,
              "status %#x, expected exit %d; stderr:\n%s", r->status, status, r->err);
    const char *colon = strstr(r->err, ": ");
    cr_assert(colon && strcmp(colon + 2, message) == 0, "stderr %s, expected PROGRAM: %s", r->err,
              message);
}

Test(robust, script_path_is_a_directory)
{
    /* Named by its absolute path, as CPython 3.11 names it. */
    char cwd[4096], want[8192];
    cr_assert(getcwd(cwd, sizeof cwd));
    char *argv[] = { (char *)tally_bin(), "tests/robust", NULL };
    Result r;
    run(argv, false, false, &r);
    snprintf(want, sizeof want, "can't find '__main__' module in '%s/tests/robust'\n", cwd);
    assert_script_error(&r, 1, want);
}

Test(robust, script_path_cannot_be_opened)
{
    char cwd[4096], want[8192];
    cr_assert(getcwd(cwd, sizeof cwd));
    char *missing[] = { (char *)tally_bin(), "tests/robust/missing.py", NULL };
    Result r;
    run(missing, false, false, &r);
    snprintf(want, sizeof want,
             "can't open file '%s/tests/robust/missing.py': [Errno 2] No such file or directory\n", cwd);
    assert_script_error(&r, 2, want);

    char *below_file[] = { (char *)tally_bin(), "tests/robust/alloc_small.py/x.py", NULL };
    run(below_file, false, false, &r);
    snprintf(want, sizeof want,
             "can't open file '%s/tests/robust/alloc_small.py/x.py': [Errno 20] Not a directory\n", cwd);
    assert_script_error(&r, 2, want);
}

Test(robust, source_that_is_not_utf8)
{
    char cwd[4096], want[8192];
    cr_assert(getcwd(cwd, sizeof cwd));
    char *argv[] = { (char *)tally_bin(), "tests/robust/bad_utf8.py", NULL };
    Result r;
    run(argv, false, false, &r);
    cr_assert(WIFEXITED(r.status) && WEXITSTATUS(r.status) == 1, "status %#x", r.status);
    snprintf(want, sizeof want,
             "SyntaxError: Non-UTF-8 code starting with '\\xff' in file %s/tests/robust/bad_utf8.py "
             "on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
             cwd);
    assert_last_err_line(&r, want);
}

typedef struct { const char *source, *err; } Report;

/* Each source run as `tally -c SOURCE` ends with status 1 and exactly err
** on stderr. */
static void check_reports(const Report *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char *argv[] = { (char *)tally_bin(), "-c", (char *)cases[i].source, NULL };
        Result r;
        run(argv, false, false, &r);
        cr_assert(WIFEXITED(r.status) && WEXITSTATUS(r.status) == 1, "status %#x", r.status);
        cr_assert_str_eq(r.err, cases[i].err, "for source %s", cases[i].source);
    }
}

/* The whole stderr of a SyntaxError, caret line included, as CPython 3.11
** prints it for `-c SOURCE`: a caret that would point left of the
** stripped line (an unexpected indent, a TabError) is left out. */
Test(robust, syntax_error_reports)
{
    static const Report cases[] = {
        { "  x=1\n",
          "  File \"<string>\", line 1\n    x=1\nIndentationError: unexpected indent\n" },
        { "if x:\n\tpass\n        pass\n",
          "  File \"<string>\", line 3\n    pass\n"
          "TabError: inconsistent use of tabs and spaces in indentation\n" },
        { "if 1:\n        a\n    b\n",
          "  File \"<string>\", line 3\n    b\n     ^\n"
          "IndentationError: unindent does not match any outer indentation level\n" },
        { "if 1:\npass\n",
          "  File \"<string>\", line 2\n    pass\n    ^\n"
          "IndentationError: expected an indented block after 'if' statement on line 1\n" },
        { "print(1 +* 2)\n",
          "  File \"<string>\", line 1\n    print(1 +* 2)\n             ^\nSyntaxError: invalid syntax\n" },
        { "x = (1,\n 2\ny = 3\n",
          "  File \"<string>\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n" },
    };
    check_reports(cases, sizeof cases / sizeof cases[0]);
}

/* Uncaught exception groups, reported as CPython 3.11 reports them: the
** nested boxes, chains inside a box, notes, the width and depth limits,
** what except* lets out. */
Test(robust, exception_group_reports)
{
    static const Report cases[] = {
        { "def f():\n"
          "    raise ValueError(\"v\")\n"
          "try:\n"
          "    f()\n"
          "except ValueError as e:\n"
          "    cause = e\n"
          "t = TypeError(\"t\")\n"
          "t.__cause__ = cause\n"
          "k = KeyError(\"k\")\n"
          "k.add_note(\"note on k\\nsecond line\")\n"
          "eg = ExceptionGroup(\"outer\", [t, ExceptionGroup(\"inner\", [OSError(3), k]), BaseExceptionGrou"
          "p(\"b\", [ValueError(1)])])\n"
          "eg.add_note(\"group note\")\n"
          "raise eg\n",
          "  + Exception Group Traceback (most recent call last):\n"
          "  |   File \"<string>\", line 13, in <module>\n"
          "  | ExceptionGroup: outer (3 sub-exceptions)\n"
          "  | group note\n"
          "  +-+---------------- 1 ----------------\n"
          "    | Traceback (most recent call last):\n"
          "    |   File \"<string>\", line 4, in <module>\n"
          "    |   File \"<string>\", line 2, in f\n"
          "    | ValueError: v\n"
          "    | \n"
          "    | The above exception was the direct cause of the following exception:\n"
          "    | \n"
          "    | TypeError: t\n"
          "    +---------------- 2 ----------------\n"
          "    | ExceptionGroup: inner (2 sub-exceptions)\n"
          "    +-+---------------- 1 ----------------\n"
          "      | OSError: 3\n"
          "      +---------------- 2 ----------------\n"
          "      | KeyError: 'k'\n"
          "      | note on k\n"
          "      | second line\n"
          "      +------------------------------------\n"
          "    +---------------- 3 ----------------\n"
          "    | ExceptionGroup: b (1 sub-exception)\n"
          "    +-+---------------- 1 ----------------\n"
          "      | ValueError: 1\n"
          "      +------------------------------------\n" },
        { "def f():\n"
          "    try:\n"
          "        raise ExceptionGroup(\"eg\", [ValueError(1), TypeError(2), KeyError(3)])\n"
          "    except* ValueError:\n"
          "        raise OSError(\"raised in a clause\")\n"
          "    except* KeyError:\n"
          "        raise\n"
          "f()\n",
          "  + Exception Group Traceback (most recent call last):\n"
          "  |   File \"<string>\", line 8, in <module>\n"
          "  | ExceptionGroup:  (2 sub-exceptions)\n"
          "  +-+---------------- 1 ----------------\n"
          "    | Exception Group Traceback (most recent call last):\n"
          "    |   File \"<string>\", line 3, in f\n"
          "    | ExceptionGroup: eg (1 sub-exception)\n"
          "    +-+---------------- 1 ----------------\n"
          "      | ValueError: 1\n"
          "      +------------------------------------\n"
          "    | \n"
          "    | During handling of the above exception, another exception occurred:\n"
          "    | \n"
          "    | Traceback (most recent call last):\n"
          "    |   File \"<string>\", line 5, in f\n"
          "    | OSError: raised in a clause\n"
          "    +---------------- 2 ----------------\n"
          "    | Exception Group Traceback (most recent call last):\n"
          "    |   File \"<string>\", line 3, in f\n"
          "    | ExceptionGroup: eg (2 sub-exceptions)\n"
          "    +-+---------------- 1 ----------------\n"
          "      | TypeError: 2\n"
          "      +---------------- 2 ----------------\n"
          "      | KeyError: 3\n"
          "      +------------------------------------\n" },
        { "try:\n"
          "    raise ValueError(5)\n"
          "except* ValueError:\n"
          "    raise\n",
          "  | ExceptionGroup:  (1 sub-exception)\n"
          "  +-+---------------- 1 ----------------\n"
          "    | Traceback (most recent call last):\n"
          "    |   File \"<string>\", line 2, in <module>\n"
          "    | ValueError: 5\n"
          "    +------------------------------------\n" },
        { "def deep(n):\n"
          "    if n == 0:\n"
          "        return ValueError(\"leaf\")\n"
          "    return ExceptionGroup(f\"level {n}\", [deep(n - 1)])\n"
          "raise ExceptionGroup(\"wide\", [ValueError(i) for i in range(17)] + [deep(11)])\n",
          "  + Exception Group Traceback (most recent call last):\n"
          "  |   File \"<string>\", line 5, in <module>\n"
          "  | ExceptionGroup: wide (18 sub-exceptions)\n"
          "  +-+---------------- 1 ----------------\n"
          "    | ValueError: 0\n"
          "    +---------------- 2 ----------------\n"
          "    | ValueError: 1\n"
          "    +---------------- 3 ----------------\n"
          "    | ValueError: 2\n"
          "    +---------------- 4 ----------------\n"
          "    | ValueError: 3\n"
          "    +---------------- 5 ----------------\n"
          "    | ValueError: 4\n"
          "    +---------------- 6 ----------------\n"
          "    | ValueError: 5\n"
          "    +---------------- 7 ----------------\n"
          "    | ValueError: 6\n"
          "    +---------------- 8 ----------------\n"
          "    | ValueError: 7\n"
          "    +---------------- 9 ----------------\n"
          "    | ValueError: 8\n"
          "    +---------------- 10 ----------------\n"
          "    | ValueError: 9\n"
          "    +---------------- 11 ----------------\n"
          "    | ValueError: 10\n"
          "    +---------------- 12 ----------------\n"
          "    | ValueError: 11\n"
          "    +---------------- 13 ----------------\n"
          "    | ValueError: 12\n"
          "    +---------------- 14 ----------------\n"
          "    | ValueError: 13\n"
          "    +---------------- 15 ----------------\n"
          "    | ValueError: 14\n"
          "    +---------------- ... ----------------\n"
          "    | and 3 more exceptions\n"
          "    +------------------------------------\n" },
        { "try:\n"
          "    raise KeyError(\"first\")\n"
          "except KeyError as k:\n"
          "    raise ExceptionGroup(\"during\", [ValueError(1)]) from ExceptionGroup(\"cause\", [k])\n",
          "  | ExceptionGroup: cause (1 sub-exception)\n"
          "  +-+---------------- 1 ----------------\n"
          "    | Traceback (most recent call last):\n"
          "    |   File \"<string>\", line 2, in <module>\n"
          "    | KeyError: 'first'\n"
          "    +------------------------------------\n"
          "\n"
          "The above exception was the direct cause of the following exception:\n"
          "\n"
          "  + Exception Group Traceback (most recent call last):\n"
          "  |   File \"<string>\", line 4, in <module>\n"
          "  | ExceptionGroup: during (1 sub-exception)\n"
          "  +-+---------------- 1 ----------------\n"
          "    | ValueError: 1\n"
          "    +------------------------------------\n" },
    };
    check_reports(cases, sizeof cases / sizeof cases[0]);
}

/* The same from a file: each source line, caret and recursion summary of a
** part's traceback inside its box (the summary without the margin, as in
** CPython). */
Test(robust, exception_group_report_from_file)
{
    static char cwd[4096], want[1 << 16];
    cr_assert(getcwd(cwd, sizeof cwd));
    snprintf(want, sizeof want,
             "  + Exception Group Traceback (most recent call last):\n"
             "  |   File \"%1$s/tests/robust/excgroup_report.py\", line 18, in <module>\n"
             "  |     g()\n"
             "  | ExceptionGroup:  (2 sub-exceptions)\n"
             "  +-+---------------- 1 ----------------\n"
             "    | Exception Group Traceback (most recent call last):\n"
             "    |   File \"%1$s/tests/robust/excgroup_report.py\", line 12, in g\n"
             "    |     rec(6)\n"
             "    |   File \"%1$s/tests/robust/excgroup_report.py\", line 7, in rec\n"
             "    |     rec(n - 1)\n"
             "    |   File \"%1$s/tests/robust/excgroup_report.py\", line 7, in rec\n"
             "    |     rec(n - 1)\n"
             "    |   File \"%1$s/tests/robust/excgroup_report.py\", line 7, in rec\n"
             "    |     rec(n - 1)\n"
             "  [Previous line repeated 3 more times]\n"
             "    |   File \"%1$s/tests/robust/excgroup_report.py\", line 6, in rec\n"
             "    |     raise ExceptionGroup(\"rec\", [ValueError(1), TypeError(2)])\n"
             "    | ExceptionGroup: rec (1 sub-exception)\n"
             "    +-+---------------- 1 ----------------\n"
             "      | ValueError: 1\n"
             "      +------------------------------------\n"
             "    | \n"
             "    | During handling of the above exception, another exception occurred:\n"
             "    | \n"
             "    | Traceback (most recent call last):\n"
             "    |   File \"%1$s/tests/robust/excgroup_report.py\", line 15, in g\n"
             "    |     table[\"missing\"] += 1\n"
             "    |     ~~~~~^^^^^^^^^^^\n"
             "    | KeyError: 'missing'\n"
             "    +---------------- 2 ----------------\n"
             "    | Exception Group Traceback (most recent call last):\n"
             "    |   File \"%1$s/tests/robust/excgroup_report.py\", line 12, in g\n"
             "    |     rec(6)\n"
             "    |   File \"%1$s/tests/robust/excgroup_report.py\", line 7, in rec\n"
             "    |     rec(n - 1)\n"
             "    |   File \"%1$s/tests/robust/excgroup_report.py\", line 7, in rec\n"
             "    |     rec(n - 1)\n"
             "    |   File \"%1$s/tests/robust/excgroup_report.py\", line 7, in rec\n"
             "    |     rec(n - 1)\n"
             "  [Previous line repeated 3 more times]\n"
             "    |   File \"%1$s/tests/robust/excgroup_report.py\", line 6, in rec\n"
             "    |     raise ExceptionGroup(\"rec\", [ValueError(1), TypeError(2)])\n"
             "    | ExceptionGroup: rec (1 sub-exception)\n"
             "    +-+---------------- 1 ----------------\n"
             "      | TypeError: 2\n"
             "      +------------------------------------\n",
             cwd);
    char *argv[] = { (char *)tally_bin(), "tests/robust/excgroup_report.py", NULL };
    Result r;
    run(argv, false, false, &r);
    cr_assert(WIFEXITED(r.status) && WEXITSTATUS(r.status) == 1, "status %#x", r.status);
    cr_assert_str_eq(r.err, want);
}

/* A coroutine that was never awaited warns as CPython's warnings module
** does by default: once per line, with the tracemalloc hint, and as
** "sys:1" when it is freed at exit. */
Test(robust, never_awaited_coroutine_warnings)
{
    const char *source = "async def f(): pass\nf()\nfor i in range(2):\n    f()\nx = f()\ny = f()\n";
    const char *err = "<string>:2: RuntimeWarning: coroutine 'f' was never awaited\n"
                      "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
                      "<string>:4: RuntimeWarning: coroutine 'f' was never awaited\n"
                      "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
                      "sys:1: RuntimeWarning: coroutine 'f' was never awaited\n";
    char *argv[] = { (char *)tally_bin(), "-c", (char *)source, NULL };
    Result r;
    run(argv, false, false, &r);
    cr_assert(WIFEXITED(r.status) && WEXITSTATUS(r.status) == 0, "status %#x", r.status);
    cr_assert_str_eq(r.err, err);
}

/* A million levels of nesting, on the optimised build (the sanitizer
** build takes too long): no C recursion in building, freeing or the
** RecursionError of == and repr. */
Test(robust, million_deep_structures)
{
    char *argv[] = { "./tally", "tests/robust/deep_million.py", NULL };
    Result r;
    run(argv, false, false, &r);
    cr_assert(WIFEXITED(r.status) && WEXITSTATUS(r.status) == 0, "status %#x, stderr:\n%s",
              r.status, r.err);
    cr_assert_str_eq(r.out,
                     "eq maximum recursion depth exceeded in comparison\n"
                     "repr maximum recursion depth exceeded while getting the repr of an object\n"
                     "dict eq maximum recursion depth exceeded in comparison\n"
                     "dict str maximum recursion depth exceeded while getting the repr of an object\n"
                     "freed\n");
}

/* Every `step`-th allocation of a small program fails in turn: each run
** ends in output or MemoryError, sanitizer-clean and leak-free
** (scripts/fail-after). */
static void assert_allocations_may_fail(const char *program, int step)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "scripts/fail-after --strict --step %d --tally %s %s", step, tally_bin(),
             program);
    int status = system(cmd);
    cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "scripts/fail-after reported failures for %s",
              program);
}

Test(robust, allocation_failure_at_every_allocation)
{
    assert_allocations_may_fail("tests/robust/alloc_small.py", 1);
}

/* The same for file objects (src/objects/fileio.c): open, read, write,
** iterate and close with any allocation failing. */
Test(robust, allocation_failure_in_file_objects)
{
    assert_allocations_may_fail("tests/robust/alloc_file.py", 1);
}

/* The collections module: every seventh allocation, as its import alone
** compiles a few hundred lines of Python (about 2,900 allocations). */
Test(robust, allocation_failure_in_collections)
{
    assert_allocations_may_fail("tests/robust/alloc_collections.py", 7);
}

/* itertools and functools: every ninth allocation, functools' import
** compiling Python too (about 4,800 allocations). */
Test(robust, allocation_failure_in_itertools_functools)
{
    assert_allocations_may_fail("tests/robust/alloc_iterfunc.py", 9);
}

/* Exception groups and except*: making, splitting, matching, combining and
** reporting groups with any allocation failing. */
Test(robust, allocation_failure_in_exception_groups)
{
    assert_allocations_may_fail("tests/robust/alloc_excgroup.py", 1);
}

/* list.sort's allocations (src/objects/listsort.c): the merge room and
** the key array, each failing in turn. */
Test(robust, allocation_failure_in_list_sort)
{
    assert_allocations_may_fail("tests/robust/alloc_sort.py", 1);
}

/* Zip archives: reading the directory, finding and inflating members, and
** the errors of a damaged member, with any allocation failing (every
** second one: about 200 allocations, each run a process). */
Test(robust, allocation_failure_in_zip_imports)
{
    assert_allocations_may_fail("tests/robust/alloc_zip.py", 2);
}

/* _datetime (src/modules/datetime*.c): its import (types, class attributes,
** the Python half), constructors, arithmetic, formatting, ISO parsing,
** pickle state and time zones, with each allocation failing in turn
** (about 900 allocations). */
Test(robust, allocation_failure_in_datetime)
{
    assert_allocations_may_fail("tests/robust/alloc_datetime.py", 1);
}

/* _symtable, _lsprof, marshal's containers, faulthandler's file arguments
** and _thread._local (session 8), with each allocation failing in turn
** (about 600 allocations). */
Test(robust, allocation_failure_in_import8_modules)
{
    assert_allocations_may_fail("tests/robust/alloc_import8.py", 1);
}

/* fcntl, resource and syslog (session 8): bytes results, limit tuples,
** struct_rusage, the syslog ident, with every seventh allocation failing
** (about 9,000 allocations, most of them the start-up's). */
Test(robust, allocation_failure_in_mods8_modules)
{
    assert_allocations_may_fail("tests/robust/alloc_mods8.py", 7);
}

/* _pickle (src/modules/pickle*.c): its buffers, memo tables, stack and
** marks.  Importing it compiles pickle.py's neighbours (copyreg,
** _compat_pickle, functools: about 21,000 allocations), so the runs start
** past most of that and take every 23rd allocation of the rest. */
Test(robust, allocation_failure_in_pickle)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "scripts/fail-after --strict --from 18000 --step 23 --tally %s %s", tally_bin(),
             "tests/robust/alloc_pickle.py");
    int status = system(cmd);
    cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "scripts/fail-after reported failures for %s",
              "tests/robust/alloc_pickle.py");
}

/* ---- an interpreter started again in the same process ---------------- */

static const char restart_program[] =
    "import gc\n"
    "class K:\n"
    "    def __init__(self, v): self.v = v\n"
    "    def __eq__(self, o): return isinstance(o, K) and self.v == o.v\n"
    "    def __hash__(self): return hash(self.v)\n"
    "    def __repr__(self): return 'K(%r)' % self.v\n"
    "d = {K(1): 'one', K(2): 'two'}\n"
    "assert d[K(2)] == 'two' and K(1) in d and sorted(map(repr, d)) == ['K(1)', 'K(2)']\n"
    "gc.set_debug(gc.DEBUG_SAVEALL)\n"
    "a = [d]\n"
    "a.append(a)\n"
    "del a\n";

Test(lifecycle, interpreter_restarts_cleanly)
{
    static char *argv[] = { "unit-tests", NULL };
    for (int life = 0; life < 3; life++) {
        cr_assert_eq(tyLife_init(1, argv), 0, "start %d failed", life);
        int status = tyRun_string(restart_program, sizeof restart_program - 1, "<string>");
        cr_assert_eq(status, 0, "the program failed in life %d", life);
        cr_assert_eq(tyLife_fini(), 0, "objects left alive after life %d", life);
    }
}
