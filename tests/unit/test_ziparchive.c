/*
** The zip reader (src/ziparchive.c) on a real archive and on every damage
** of it a byte at a time: each prefix of the file (cut short anywhere) and
** the file with each byte inverted in turn.  Each damaged archive is either
** no archive, or an archive whose members read or fail with an exception;
** under the debug build's sanitizers a read outside a buffer would end the
** test.  The archive is tests/repl/files/zipapp.zip (scripts/make-zip-
** fixtures), run from the project root.
*/
#include <criterion/criterion.h>

#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "tally.h"
#include "lifecycle.h"
#include "ziparchive.h"

#define FIXTURE "tests/repl/files/zipapp.zip"
/* The damaged copies: a name of this run's own (mkstemps), so that test
** runs side by side do not write over each other's archive. */
static char damaged[] = "/tmp/tally_test_unit_ziparchive_XXXXXX.zip";

static const char *const members[] = {
    "__main__.py", "helper.py", "pkg/__init__.py", "pkg/sub.py", "pkg/sib.py", "lib/extra.py",
};

static unsigned char *read_fixture(size_t *len)
{
    FILE *f = fopen(FIXTURE, "rb");
    cr_assert(f, "cannot open %s", FIXTURE);
    static unsigned char buf[1 << 16];
    *len = fread(buf, 1, sizeof buf, f);
    fclose(f);
    cr_assert(*len > 0 && *len < sizeof buf);
    return buf;
}

static void write_damaged(const unsigned char *data, size_t len)
{
    FILE *f = fopen(damaged, "wb");
    cr_assert(f);
    cr_assert_eq(fwrite(data, 1, len, f), len);
    fclose(f);
}

/* Read every member of the archive at `damaged`, forgetting it afterwards
** (so the next damage is read afresh); returns how many members read. */
static int read_all(void)
{
    int read = 0;
    int archive = tyZip_isArchive(damaged);
    cr_assert(archive >= 0 && !tyErr_occurred());
    for (size_t i = 0; archive && i < sizeof members / sizeof members[0]; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s/%s", damaged, members[i]);
        int member = tyZip_isMember(path);
        cr_assert(member >= 0 && !tyErr_occurred());
        if (!member)
            continue;
        size_t len = 0;
        char *text = tyZip_readMember(path, &len);
        cr_assert((text != NULL) == !tyErr_occurred(), "member %s: a result and an exception", path);
        if (text) {
            cr_assert_eq(strlen(text), len, "member %s: NUL-terminated at its length", path);
            read++;
        }
        tyErr_clear();
        tyMem_free(text);
    }
    tyZip_fini();
    return read;
}

Test(ziparchive, reads_members_and_survives_every_damage)
{
    static char *argv[] = { "unit-tests", NULL };
    cr_assert_eq(tyLife_init(1, argv), 0);
    size_t len;
    const unsigned char *good = read_fixture(&len);
    int fd = mkstemps(damaged, 4);
    cr_assert(fd >= 0, "cannot create %s", damaged);
    close(fd);

    write_damaged(good, len);
    cr_assert_eq(read_all(), 6, "the intact archive reads all its members");
    size_t n;
    char path[256];
    snprintf(path, sizeof path, "%s/helper.py", FIXTURE);
    char *text = tyZip_readMember(path, &n);
    cr_assert(text && strcmp(text, "VALUE = 42\n") == 0 && n == 11);
    tyMem_free(text);
    snprintf(path, sizeof path, "%s/pkg", FIXTURE);
    cr_assert_eq(tyZip_isMember(path), 0, "a directory is no member");
    tyZip_fini();

    static unsigned char copy[1 << 16];
    for (size_t cut = 0; cut < len; cut++) {
        write_damaged(good, cut);
        /* The end record is the file's last 22 bytes: without it, no archive. */
        int read = read_all();
        cr_assert_eq(read, 0, "cut at %zu: %d members", cut, read);
    }
    for (size_t at = 0; at < len; at++) {
        memcpy(copy, good, len);
        copy[at] ^= 0xff;
        write_damaged(copy, len);
        read_all();
    }
    remove(damaged);
    cr_assert_eq(tyLife_fini(), 0, "objects left alive");
}
