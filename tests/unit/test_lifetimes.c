/*
** Unit tests of the lifetime tools' C pieces: the collector's pause
** accounting and its -X gcstats report (gc.c, main.c), and the dealloc
** hook of tally.watch (watch.c), which must give a type its own dealloc
** back once nothing of that type is watched.
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include "tally.h"
#include "container_test.h"
#include "watch.h"

TestSuite(lifetimes, .init = ct_setup, .fini = ct_teardown);

Test(lifetimes, a_collection_adds_its_objects_and_pause)
{
    TyGCStats before = ty_state.gc.stats[2];
    TyObject *l = ct_take(tyList_new(0));
    cr_assert_eq(tyList_append(l, l), 0);
    tyGC_collect(2);
    TyGCStats after = ty_state.gc.stats[2];
    cr_assert_eq(after.collections, before.collections + 1);
    cr_assert_geq(after.examined, before.examined + 1, "the list was examined");
    cr_assert_geq(after.total_pause_ns, before.total_pause_ns);
    cr_assert_leq(after.longest_pause_ns, after.total_pause_ns);
}

Test(lifetimes, the_report_has_a_line_per_generation)
{
    char buf[2048] = { 0 };
    FILE *f = fmemopen(buf, sizeof buf - 1, "w");
    cr_assert_not_null(f);
    tyGC_collect(2);
    tyGC_printStats(f);
    fclose(f);
    cr_assert_not_null(strstr(buf, "gc: generation collections  examined"), "header: %s", buf);
    char expect[64];
    snprintf(expect, sizeof expect, "gc: 2 %20zd", ty_state.gc.stats[2].collections);
    cr_assert_not_null(strstr(buf, expect), "generation 2's line in:\n%s", buf);
}

Test(lifetimes, the_flag_prints_the_report_at_exit)
{
    FILE *p = popen("./tally-debug -X gcstats -c 'import gc; gc.collect(); print(\"ran\")' 2>&1", "r");
    cr_assert_not_null(p);
    char out[4096] = { 0 };
    size_t n = fread(out, 1, sizeof out - 1, p);
    out[n] = 0;
    cr_assert_eq(pclose(p), 0, "%s", out);
    cr_assert_not_null(strstr(out, "ran\ngc: generation"), "%s", out);
    cr_assert_not_null(strstr(out, "gc: 2                    1 "), "one full collection in:\n%s", out);
}

Test(lifetimes, watching_hooks_a_type_only_while_watched)
{
    void (*own)(TyObject *) = TyList_Type.dealloc;
    TyObject *l = tyList_new(0);
    cr_assert_eq(tyWatch_add(l), 0);
    cr_assert_neq((void *)TyList_Type.dealloc, (void *)own, "list's dealloc is hooked");
    cr_assert_eq(tyWatch_remove(l), 1);
    cr_assert_eq((void *)TyList_Type.dealloc, (void *)own, "and given back");
    cr_assert_eq(tyWatch_add(l), 0);
    TY_DECREF(l);
    cr_assert_eq((void *)TyList_Type.dealloc, (void *)own, "given back when the object dies");
    cr_assert_eq(tyWatch_remove(l), 0, "a freed object is no longer watched");
    tyWatch_fini();
    cr_assert_null(ty_state.watch);
}

Test(lifetimes, immortals_cannot_be_watched)
{
    cr_assert_eq(tyWatch_add(TY_NONE), -1);
    cr_assert(tyErr_occurred());
    tyErr_clear();
}

/* ---- docs/lifetimes.md replays its programs ------------------------------ */

/* The whole file, NUL-terminated (malloc'd), or NULL. */
static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    if (s && fread(s, 1, (size_t)n, f) != (size_t)n) {
        free(s);
        s = NULL;
    }
    if (s)
        s[n] = 0;
    fclose(f);
    return s;
}

/* The body of the next fenced block at or after *p whose opening fence is
** exactly `fence` (e.g. "```python\n"): malloc'd; *p moves past it. */
static char *next_block(const char **p, const char *fence)
{
    const char *start = strstr(*p, fence);
    if (!start)
        return NULL;
    start += strlen(fence);
    const char *end = strstr(start, "\n```");
    if (!end)
        return NULL;
    size_t n = (size_t)(end - start) + 1;
    char *body = malloc(n + 1);
    memcpy(body, start, n);
    body[n] = 0;
    *p = end + 4;
    return body;
}

/* A test program without its leading comment lines (the markers and the
** sentence pointing at the docs), which the docs do not show. */
static const char *skip_header(const char *src)
{
    while (*src == '#') {
        const char *nl = strchr(src, '\n');
        src = nl ? nl + 1 : src + strlen(src);
    }
    return src;
}

/*
** Every `<!-- replay: NAME -->` in docs/lifetimes.md is followed by a
** ```python block that is tests/lang/NAME.py (after its header comments)
** and a ``` block that is tests/lang/NAME.out: the language tests run the
** program and compare its output, so the tutorial's transcripts are what
** tally prints.
*/
Test(lifetimes, the_tutorial_shows_what_its_programs_print)
{
    char *doc = slurp("docs/lifetimes.md");
    cr_assert_not_null(doc, "docs/lifetimes.md not found (run from the top of the tree)");
    int replays = 0;
    for (const char *p = strstr(doc, "<!-- replay: "); p; p = strstr(p, "<!-- replay: ")) {
        p += strlen("<!-- replay: ");
        char name[128];
        size_t len = strcspn(p, " ");
        cr_assert_lt(len, sizeof name - 16);
        memcpy(name, p, len);
        name[len] = 0;
        char *program = next_block(&p, "```python\n");
        char *output = next_block(&p, "```\n");
        cr_assert(program && output, "%s: the docs lack its program or output block", name);
        char path[256];
        snprintf(path, sizeof path, "tests/lang/%s.py", name);
        char *src = slurp(path);
        cr_assert_not_null(src, "%s missing", path);
        cr_assert_str_eq(program, skip_header(src), "docs/lifetimes.md shows another program than %s", path);
        snprintf(path, sizeof path, "tests/lang/%s.out", name);
        char *out = slurp(path);
        cr_assert_not_null(out, "%s missing", path);
        cr_assert_str_eq(output, out, "docs/lifetimes.md shows another output than %s", path);
        free(program);
        free(output);
        free(src);
        free(out);
        replays++;
    }
    cr_assert_geq(replays, 6, "only %d programs replayed", replays);
    free(doc);
}
