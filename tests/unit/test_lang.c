/*
** The language test suite, driven from Criterion so that one report counts
** every program.
**
** Each tests/lang/NAME.py (names starting with "_" are helper modules, not
** programs) is run as `./tally-debug NAME.py ARGS...` from the directory
** tests/lang, exactly as scripts/regen-expected runs /usr/bin/python3.11:
** stdin from NAME.in (else /dev/null), one extra argument per line of
** NAME.args.  The run passes when
**   - stdout equals NAME.out byte for byte,
**   - the exit status equals NAME.status (0 when there is no such file),
**   - the last line of stderr equals NAME.err when that file exists,
**   - stderr holds no sanitizer report, no valgrind report ("==PID==",
**     make check-valgrind) and no "tally-debug:" line (the debug build's
**     leak and live-object accounting).
**
** Environment:
**   TALLY_LANG_FILTER=sub   only programs whose file name contains sub
**   TALLY_GC_STRESS=1       run every program a second time with -X gc-stress,
**                           except those marked "# tally-gc-stress: skip ..."
**   TALLY_GC_STRESS=only    only the -X gc-stress runs
**   TALLY_LANG_DIR=dir      another directory of programs (default tests/lang),
**                           e.g. tests/pending/issue4 while a feature lands
**   TALLY_LANG_BIN=path     the interpreter (default ./tally-debug)
**
** The test binary runs from the project root (make test does that).
*/
#define _GNU_SOURCE /* pipe2, memmem, strsignal */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#define NORMAL_TIMEOUT_MS 60000
#define STRESS_TIMEOUT_MS 180000
/* A program printing more than this is runaway output, not a result. */
#define OUTPUT_CAP (16u << 20)
#define REPORT_CAP 6000
#define STRESS_SKIP_MARK "# tally-gc-stress: skip"

/*
** One program to run.  Criterion runs each test in a separate worker
** process, so every pointer here is to memory from cr_malloc (shared with
** the workers); nothing may point into this process's own heap.
*/
typedef struct {
    char *dir;      /* directory of the program, relative to the project root */
    char *name;     /* NAME.py; NULL when the directory could not be read */
    char *bin;      /* the interpreter, relative to the project root */
    bool stress;    /* run with -X gc-stress */
} LangCase;

/* A growable byte buffer (worker-local heap). */
typedef struct {
    char *data;
    size_t len, cap;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n + 1)
            cap *= 2;
        b->data = realloc(b->data, cap);
        cr_assert_not_null(b->data, "out of memory");
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void buf_printf(Buf *b, const char *fmt, ...)
{
    char tmp[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0)
        buf_add(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* A copy of s in Criterion's shared arena; the caller frees it with cr_free. */
static char *shared_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = cr_malloc(n);
    if (p)
        memcpy(p, s, n);
    return p;
}

/* dst = a followed by b; a path that does not fit fails the test. */
static void join_path(char *dst, size_t size, const char *a, const char *b)
{
    int n = snprintf(dst, size, "%s%s", a, b);
    cr_assert(n >= 0 && (size_t)n < size, "path too long: %s%s", a, b);
}

/* dst = dir/NAME for the program dir/NAME.py. */
static void program_base(char *dst, size_t size, const char *dir, const char *name)
{
    int n = snprintf(dst, size, "%s/%.*s", dir, (int)(strlen(name) - 3), name);
    cr_assert(n >= 0 && (size_t)n < size, "path too long: %s/%s", dir, name);
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_program(const char *name)
{
    size_t n = strlen(name);
    return n > 3 && name[0] != '_' && strcmp(name + n - 3, ".py") == 0;
}

/*
** The sorted list of program names in dir that contain filter (all when
** filter is NULL).  Returns a malloc'd array of malloc'd names and stores
** its length; returns NULL when the directory cannot be read.
*/
static char **list_programs(const char *dir, const char *filter, size_t *count)
{
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!is_program(e->d_name) || (filter && !strstr(e->d_name, filter)))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            names = realloc(names, cap * sizeof *names);
            if (!names)
                abort();
        }
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    if (n == 0)
        names = calloc(1, sizeof *names);
    else
        qsort(names, n, sizeof *names, compare_names);
    *count = n;
    return names;
}

/*
** True when the program's leading comment lines include the marker
** "# tally-gc-stress: skip": a program that observes when collections run
** (gc callbacks, counts, stats) cannot print the same under -X gc-stress,
** which collects at every allocation.
*/
static bool skips_stress(const char *dir, const char *name)
{
    char path[PATH_MAX], line[512];
    if (snprintf(path, sizeof path, "%s/%s", dir, name) >= (int)sizeof path)
        return false;
    FILE *f = fopen(path, "r");
    if (!f)
        return false;
    bool skip = false;
    while (!skip && fgets(line, sizeof line, f) && line[0] == '#')
        skip = strncmp(line, STRESS_SKIP_MARK, strlen(STRESS_SKIP_MARK)) == 0;
    fclose(f);
    return skip;
}

static void free_cases(struct criterion_test_params *params)
{
    LangCase *cases = params->params;
    for (size_t i = 0; i < params->length; i++) {
        cr_free(cases[i].name);
        cr_free(cases[i].dir);
        cr_free(cases[i].bin);
    }
    cr_free(cases);
}

/*
** One case per program, and under TALLY_GC_STRESS=1 a second one with
** -X gc-stress for each program that does not opt out of it.
*/
ParameterizedTestParameters(lang, programs)
{
    const char *dir = getenv("TALLY_LANG_DIR");
    const char *bin = getenv("TALLY_LANG_BIN");
    const char *filter = getenv("TALLY_LANG_FILTER");
    const char *stress = getenv("TALLY_GC_STRESS");
    bool stress_only = stress && strcmp(stress, "only") == 0;
    bool with_stress = stress_only || (stress && strcmp(stress, "1") == 0);
    if (!dir || !*dir)
        dir = "tests/lang";
    if (!bin || !*bin)
        bin = "./tally-debug";
    if (filter && !*filter)
        filter = NULL;

    size_t count = 0;
    char **names = list_programs(dir, filter, &count);
    size_t ncases = names ? count : 1;
    LangCase *cases = cr_calloc(2 * ncases, sizeof *cases);
    if (stress_only && names)
        ncases = 0;
    for (size_t i = 0; i < ncases; i++) {
        cases[i].dir = shared_strdup(dir);
        cases[i].bin = shared_strdup(bin);
        cases[i].name = names ? shared_strdup(names[i]) : NULL;
    }
    for (size_t i = 0; with_stress && names && i < count; i++) {
        if (skips_stress(dir, names[i]))
            continue;
        cases[ncases].dir = shared_strdup(dir);
        cases[ncases].bin = shared_strdup(bin);
        cases[ncases].name = shared_strdup(names[i]);
        cases[ncases].stress = true;
        ncases++;
    }
    if (names) {
        for (size_t i = 0; i < count; i++)
            free(names[i]);
        free(names);
    }
    return cr_make_param_array(LangCase, cases, ncases, free_cases);
}

/*
** The whole content of a file, NUL-terminated, in *out (malloc'd).
** Returns false when the file does not exist.
*/
static bool read_file(const char *path, Buf *out)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    char tmp[8192];
    size_t n;
    buf_add(out, "", 0);
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        buf_add(out, tmp, n);
    fclose(f);
    return true;
}

/* The lines of NAME.args as a NULL-terminated argv tail (malloc'd). */
static char **read_args(const char *path)
{
    Buf text = {0};
    size_t n = 0;
    char **args = calloc(1, sizeof *args);
    if (!read_file(path, &text))
        return args;
    char *line = text.data, *end;
    while (line < text.data + text.len) {
        end = strchr(line, '\n');
        if (end)
            *end = '\0';
        args = realloc(args, (n + 2) * sizeof *args);
        args[n++] = strdup(line);
        args[n] = NULL;
        if (!end)
            break;
        line = end + 1;
    }
    free(text.data);
    return args;
}

static bool overridden_var(const char *entry)
{
    static const char *const names[] = {
        "ASAN_OPTIONS=", "UBSAN_OPTIONS=", "LSAN_OPTIONS=",
        "PYTHONHASHSEED=", "PYTHONIOENCODING=", NULL
    };
    for (int i = 0; names[i]; i++)
        if (strncmp(entry, names[i], strlen(names[i])) == 0)
            return true;
    return false;
}

/*
** The child's environment: ours, with sanitizer settings that send every
** report to stderr, make a UBSan finding fatal and give sanitizer exits
** their own status, plus the variables regen-expected sets for CPython.
*/
static char **child_environment(void)
{
    static char *const extra[] = {
        "ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0:exitcode=86:"
        "detect_stack_use_after_return=0",
        "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:exitcode=87",
        "LSAN_OPTIONS=exitcode=86",
        "PYTHONHASHSEED=0",
        "PYTHONIOENCODING=utf-8",
        NULL
    };
    size_t n = 0;
    while (environ[n])
        n++;
    char **env = calloc(n + sizeof extra / sizeof *extra, sizeof *env);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!overridden_var(environ[i]))
            env[k++] = environ[i];
    for (size_t i = 0; extra[i]; i++)
        env[k++] = extra[i];
    env[k] = NULL;
    return env;
}

typedef struct {
    Buf out, err;
    int status;         /* from waitpid */
    bool timed_out;
    bool too_much;      /* output passed OUTPUT_CAP */
    int spawn_errno;    /* exec failed in the child (the errno), else 0 */
} RunResult;

static long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

/*
** Runs the case's program (bin and dir are absolute paths) and collects
** stdout, stderr and the status.
** Both pipes are drained together with poll so neither can fill up and
** stall the child; past the deadline the child is killed.
*/
static void run_program(const LangCase *c, char *bin, const char *dir, RunResult *r)
{
    char base[PATH_MAX], path[PATH_MAX];
    /* With one of fds 0-2 closed (CI may run us without stdin), a pipe or
    ** the .in file could land on it and be clobbered by the dup2 calls. */
    for (int fd = 0; fd <= 2; fd++)
        if (fcntl(fd, F_GETFD) < 0 && open("/dev/null", O_RDWR) != fd)
            cr_assert_fail("%s: cannot reopen fd %d", c->name, fd);
    program_base(base, sizeof base, dir, c->name);

    join_path(path, sizeof path, base, ".args");
    char **extra = read_args(path);
    size_t nextra = 0;
    while (extra[nextra])
        nextra++;
    char **argv = calloc(nextra + 5, sizeof *argv);
    size_t k = 0;
    argv[k++] = bin;
    if (c->stress) {
        argv[k++] = "-X";
        argv[k++] = "gc-stress";
    }
    argv[k++] = c->name;
    for (size_t i = 0; i < nextra; i++)
        argv[k++] = extra[i];
    argv[k] = NULL;
    char **env = child_environment();

    join_path(path, sizeof path, base, ".in");
    int in = open(path, O_RDONLY | O_CLOEXEC);
    if (in < 0)
        in = open("/dev/null", O_RDONLY | O_CLOEXEC);
    int outp[2], errp[2], execp[2];
    cr_assert(in >= 0 && pipe2(outp, O_CLOEXEC) == 0 && pipe2(errp, O_CLOEXEC) == 0 &&
              pipe2(execp, O_CLOEXEC) == 0, "%s: cannot set up pipes", c->name);

    pid_t pid = fork();
    cr_assert(pid >= 0, "%s: fork failed", c->name);
    if (pid == 0) {
        /* Only async-signal-safe calls between fork and exec. */
        if (chdir(dir) == 0 && dup2(in, 0) == 0 && dup2(outp[1], 1) == 1 &&
            dup2(errp[1], 2) == 2)
            execve(bin, argv, env);
        int e = errno;
        if (write(execp[1], &e, sizeof e) < 0)
            _exit(126);
        _exit(127);
    }
    close(in);
    close(outp[1]);
    close(errp[1]);
    close(execp[1]);
    if (read(execp[0], &r->spawn_errno, sizeof r->spawn_errno) != sizeof r->spawn_errno)
        r->spawn_errno = 0;
    close(execp[0]);

    long deadline = now_ms() + (c->stress ? STRESS_TIMEOUT_MS : NORMAL_TIMEOUT_MS);
    struct pollfd fds[2] = { { outp[0], POLLIN, 0 }, { errp[0], POLLIN, 0 } };
    Buf *bufs[2] = { &r->out, &r->err };
    buf_add(&r->out, "", 0);
    buf_add(&r->err, "", 0);
    int open_fds = 2;
    while (open_fds > 0) {
        long left = deadline - now_ms();
        if (left <= 0) {
            r->timed_out = true;
            break;
        }
        int ready = poll(fds, 2, (int)left);
        if (ready < 0 && errno == EINTR)
            continue;
        cr_assert(ready >= 0, "%s: poll failed", c->name);
        for (int i = 0; i < 2; i++) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            char tmp[16384];
            ssize_t n = read(fds[i].fd, tmp, sizeof tmp);
            if (n > 0) {
                buf_add(bufs[i], tmp, (size_t)n);
            } else if (n == 0 || errno != EINTR) {
                close(fds[i].fd);
                fds[i].fd = -1;
                open_fds--;
            }
        }
        if (r->out.len + r->err.len > OUTPUT_CAP) {
            r->too_much = true;
            break;
        }
    }
    if (r->timed_out || r->too_much)
        kill(pid, SIGKILL);
    for (int i = 0; i < 2; i++)
        if (fds[i].fd >= 0)
            close(fds[i].fd);
    while (waitpid(pid, &r->status, 0) < 0 && errno == EINTR)
        ;
    for (size_t i = 0; i < nextra; i++)
        free(extra[i]);
    free(extra);
    free(argv);
    free(env);
}

/* The text of the n-th line (0-based) of s, or NULL past the end. */
static const char *nth_line(const char *s, size_t len, size_t n, size_t *linelen)
{
    const char *p = s, *end = s + len;
    while (n > 0 && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
        n--;
    }
    if (p >= end)
        return NULL;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *linelen = nl ? (size_t)(nl - p) : (size_t)(end - p);
    return p;
}

/*
** A short diff of stdout: the first differing line and a few after it,
** expected lines marked "-", actual lines "+".
*/
static void diff_output(Buf *report, const Buf *want, const Buf *got)
{
    size_t line = 0;
    for (;;) {
        size_t wl = 0, gl = 0;
        const char *w = nth_line(want->data, want->len, line, &wl);
        const char *g = nth_line(got->data, got->len, line, &gl);
        if (!w || !g || wl != gl || memcmp(w, g, wl) != 0)
            break;
        line++;
    }
    buf_printf(report, "  stdout differs from line %zu (%zu bytes expected, %zu got):\n",
               line + 1, want->len, got->len);
    for (int side = 0; side < 2; side++) {
        const Buf *b = side ? got : want;
        for (size_t i = line; i < line + 3; i++) {
            size_t len = 0;
            const char *s = nth_line(b->data, b->len, i, &len);
            if (!s)
                break;
            buf_printf(report, "    %c%.*s\n", side ? '+' : '-', (int)(len > 200 ? 200 : len), s);
        }
    }
    if (want->len > 0 && got->len > 0 && memcmp(want->data, got->data,
            want->len < got->len ? want->len : got->len) == 0)
        buf_printf(report, "    (one output is a prefix of the other%s)\n",
                   got->len > 0 && got->data[got->len - 1] != '\n' ? "; no final newline" : "");
}

/* The last line of stderr, without its newline, as (start, length). */
static const char *last_line(const Buf *b, size_t *len)
{
    size_t end = b->len;
    while (end > 0 && b->data[end - 1] == '\n')
        end--;
    size_t start = end;
    while (start > 0 && b->data[start - 1] != '\n')
        start--;
    *len = end - start;
    return b->data + start;
}

/* True for a line valgrind writes: "==PID== ..." (scripts/valgrind-tally
** runs it quiet, so it writes only errors and leaks). */
static bool valgrind_line(const char *p, size_t n)
{
    size_t i = 2;
    if (n < 5 || p[0] != '=' || p[1] != '=')
        return false;
    while (i < n && p[i] >= '0' && p[i] <= '9')
        i++;
    return i > 2 && i + 1 < n && p[i] == '=' && p[i + 1] == '=';
}

/* The first stderr line that is a sanitizer, valgrind or debug-build
** report, if any. */
static const char *report_line(const Buf *err, size_t *len)
{
    static const char *const marks[] = {
        "AddressSanitizer", "LeakSanitizer", "runtime error:", NULL
    };
    const char *p = err->data, *end = err->data + err->len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        bool hit = (n >= 12 && strncmp(p, "tally-debug:", 12) == 0) || valgrind_line(p, n);
        for (int i = 0; !hit && marks[i]; i++)
            hit = memmem(p, n, marks[i], strlen(marks[i])) != NULL;
        if (hit) {
            *len = n;
            return p;
        }
        p += n + 1;
    }
    return NULL;
}

/* The last few lines of stderr, indented, for context in a failure. */
static void stderr_tail(Buf *report, const Buf *err, int lines)
{
    size_t start = err->len;
    while (start > 0 && err->data[start - 1] == '\n')
        start--;
    size_t stop = start;
    for (int seen = 0; start > 0; start--)
        if (err->data[start - 1] == '\n' && ++seen == lines)
            break;
    if (stop == 0)
        return;
    buf_printf(report, "  stderr ends with:\n");
    const char *p = err->data + start, *end = err->data + stop;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        buf_printf(report, "    %.*s\n", (int)(n > 200 ? 200 : n), p);
        p += n + 1;
    }
}

static void trim_newlines(Buf *b)
{
    while (b->len > 0 && b->data[b->len - 1] == '\n')
        b->data[--b->len] = '\0';
}

/*
** Checks one run against the expectations; every problem found goes into
** one failure message so a single report says all that is wrong.
*/
ParameterizedTest(LangCase *c, lang, programs, .timeout = 240)
{
    cr_assert_not_null(c->name, "cannot read the directory %s (run the tests from the "
                       "project root)", c->dir);
    const char *mode = c->stress ? " [-X gc-stress]" : "";
    char bin[PATH_MAX], dir[PATH_MAX], base[PATH_MAX], path[PATH_MAX];
    cr_assert_not_null(realpath(c->bin, bin), "%s: the interpreter %s is missing (make debug)",
                       c->name, c->bin);
    cr_assert_not_null(realpath(c->dir, dir), "%s: no directory %s", c->name, c->dir);
    program_base(base, sizeof base, c->dir, c->name);
    join_path(path, sizeof path, base, ".out");
    cr_assert(access(path, R_OK) == 0, "%s: no %s (run scripts/regen-expected %s.py)",
              c->name, path, base);

    Buf want_out = {0}, want_err = {0}, status_text = {0}, report = {0};
    read_file(path, &want_out);
    join_path(path, sizeof path, base, ".status");
    int want_status = read_file(path, &status_text) ? atoi(status_text.data) : 0;
    join_path(path, sizeof path, base, ".err");
    bool has_err = read_file(path, &want_err);

    RunResult r = {0};
    run_program(c, bin, dir, &r);
    buf_printf(&report, "%s%s failed:\n", c->name, mode);
    size_t header = report.len;

    if (r.spawn_errno)
        buf_printf(&report, "  cannot run %s: %s\n", c->bin, strerror(r.spawn_errno));
    if (r.timed_out)
        buf_printf(&report, "  killed after %d s without finishing\n",
                   (c->stress ? STRESS_TIMEOUT_MS : NORMAL_TIMEOUT_MS) / 1000);
    if (r.too_much)
        buf_printf(&report, "  killed after printing more than %u bytes\n", OUTPUT_CAP);
    if (!r.timed_out && !r.too_much) {
        if (WIFSIGNALED(r.status))
            buf_printf(&report, "  killed by signal %d (%s)\n", WTERMSIG(r.status),
                       strsignal(WTERMSIG(r.status)));
        else if (WEXITSTATUS(r.status) != want_status)
            buf_printf(&report, "  exit status %d, expected %d\n", WEXITSTATUS(r.status),
                       want_status);
    }
    if (want_out.len != r.out.len || memcmp(want_out.data, r.out.data, r.out.len) != 0)
        diff_output(&report, &want_out, &r.out);
    if (has_err) {
        size_t len;
        const char *last = last_line(&r.err, &len);
        trim_newlines(&want_err);
        if (len != want_err.len || memcmp(last, want_err.data, len) != 0)
            buf_printf(&report, "  last stderr line:\n    -%s\n    +%.*s\n", want_err.data,
                       (int)(len > 300 ? 300 : len), last);
    }
    size_t replen;
    const char *rep = report_line(&r.err, &replen);
    if (rep)
        buf_printf(&report, "  sanitizer or leak report: %.*s\n",
                   (int)(replen > 300 ? 300 : replen), rep);
    if (report.len > header)
        stderr_tail(&report, &r.err, rep ? 12 : 4);

    /* Everything is released before failing: the failure ends the test
    ** at once, and the worker's leak check would report what was left. */
    char message[REPORT_CAP + 1];
    bool failed = report.len > header;
    snprintf(message, sizeof message, "%s", report.data);
    free(want_out.data);
    free(want_err.data);
    free(status_text.data);
    free(report.data);
    free(r.out.data);
    free(r.err.data);
    if (failed)
        cr_assert_fail("%s", message);
}
