/*
** grp.c — the `grp` module: the group database through the C library's
** getgrgid_r/getgrnam_r/getgrent, with CPython's entries and messages.
*/
#include <errno.h>
#include <grp.h>
#include <string.h>
#include <unistd.h>
#include "tally.h"
#include "nss.h"
#include "args.h"
#include "objects/structseq.h"
#include "modules/posix.h"
#include "modules/grp.h"

static const char *const group_fields[] = { "gr_name", "gr_passwd", "gr_gid", "gr_mem" };
static TyStructSeqType group_type = TY_STRUCTSEQ_TYPE("grp.struct_group", group_fields, 4, true);

/* A C string field as a str, None when the library gave none: new
** reference. */
static TyObject *field_text(const char *s)
{
    return s ? tyStr_decodeUtf8(s, (ssize_t)strlen(s)) : TY_NEWREF(TY_NONE);
}

/* A struct_group from the C library's entry: new reference. */
static TyObject *group_entry(const struct group *g)
{
    TyObject *members = tyList_new(0);
    for (char *const *m = g->gr_mem; members && m && *m; m++)
        if (tyList_appendSteal(members, field_text(*m)) < 0)
            TY_CLEAR(members);
    TyObject *values[4] = { field_text(g->gr_name), field_text(g->gr_passwd), tyInt_fromU64(g->gr_gid),
                            members };
    return tyStructSeq_fromValues(&group_type, values);
}

/*
** Looks an entry up with lookup (a getgr*_r call over key), growing the
** scratch buffer while the library asks for more room.  The entry as a
** struct_group (new reference); NULL with no exception when there is none;
** NULL with MemoryError or OSError.
*/
static TyObject *find_group(int (*lookup)(const void *, struct group *, char *, size_t, struct group **),
                            const void *key)
{
    long hint = sysconf(_SC_GETGR_R_SIZE_MAX);
    size_t size = hint > 0 ? (size_t)hint : 1024;
    for (;;) {
        char *buf = tyMem_malloc(size);
        if (!buf)
            return tyErr_noMemory();
        struct group entry, *found = NULL;
        int err = lookup(key, &entry, buf, size, &found);
        if (err == ERANGE) {
            tyMem_free(buf);
            size *= 2;
            continue;
        }
        TyObject *r = found ? group_entry(found) : NULL;
        tyMem_free(buf);
        if (!found && err != 0 && err != ENOENT && err != ESRCH && err != EBADF && err != EPERM) {
            errno = err;
            return tyPosix_error(NULL, NULL);
        }
        return r;
    }
}

static int by_gid(const void *key, struct group *e, char *buf, size_t n, struct group **found)
{
    return getgrgid_r(*(const gid_t *)key, e, buf, n, found);
}

static int by_name(const void *key, struct group *e, char *buf, size_t n, struct group **found)
{
    return getgrnam_r((const char *)key, e, buf, n, found);
}

/* getgrgid(id). */
static TyObject *grp_getgrgid(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "id", NULL };
    TyObject *a[1];
    if (tyArg_unpack("getgrgid", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    uint32_t id;
    if (tyPosix_id(a[0], "gid", &id) < 0)
        return NULL;
    gid_t gid = (gid_t)id;
    TyObject *r = find_group(by_gid, &gid);
    if (!r && !tyErr_occurred())
        tyErr_format(&TyExc_KeyError, "getgrgid(): gid not found: %lld", id == UINT32_MAX ? -1LL : (long long)id);
    return r;
}

/* getgrnam(name). */
static TyObject *grp_getgrnam(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    static const char *const names[] = { "name", NULL };
    TyObject *a[1];
    if (tyArg_unpack("getgrnam", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    TyObject *name = a[0];
    if (!TY_STR_CHECK(name))
        return tyErr_format(&TyExc_TypeError, "getgrnam() argument 'name' must be str, not %s",
                            tyType_name(TY_TYPE(name)));
    if (strlen(TY_STR_UTF8(name)) != (size_t)TY_STR_NBYTES(name))
        return tyErr_setString(&TyExc_ValueError, "embedded null byte");
    TyObject *r = find_group(by_name, TY_STR_UTF8(name));
    if (!r && !tyErr_occurred())
        tyErr_format(&TyExc_KeyError, "getgrnam(): name not found: %R", name);
    return r;
}

/* getgrall(): every entry, in the database's order. */
static TyObject *grp_getgrall(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("getgrall", kwnames) < 0 || tyArg_checkPositional("grp.getgrall", nargs, 0, 0) < 0)
        return NULL;
    TyObject *list = tyList_new(0);
    if (!list)
        return NULL;
    setgrent();
    for (struct group *g; (g = getgrent()) != NULL;) {
        if (tyList_appendSteal(list, group_entry(g)) < 0) {
            TY_CLEAR(list);
            break;
        }
    }
    endgrent();
    return list;
}

static TyMethodDef grp_functions[] = {
    { "getgrgid", grp_getgrgid, TY_METH_DEFAULT,
      "Return the group database entry for the given numeric group ID.\n\nIf id is not valid, raise KeyError." },
    { "getgrnam", grp_getgrnam, TY_METH_DEFAULT,
      "Return the group database entry for the given group name.\n\nIf name is not valid, raise KeyError." },
    { "getgrall", grp_getgrall, TY_METH_DEFAULT,
      "Return a list of all available group entries, in arbitrary order.\n\n"
      "An entry whose name starts with '+' or '-' represents an instruction\n"
      "to use YP/NIS and may not be accessible via getgrnam or getgrgid." },
    { NULL, NULL, 0, NULL },
};

TyObject *tyGrp_create(void)
{
    tyNss_prepare();
    group_type.type.doc =
        "grp.struct_group: Results from getgr*() routines.\n\n"
        "This object may be accessed either as a tuple of\n"
        "  (gr_name,gr_passwd,gr_gid,gr_mem)\n"
        "or via the object attributes as named in the above tuple.\n";
    if (tyStructSeq_ready(&group_type) < 0)
        return NULL;
    TyObject *m = tyModule_new("grp", grp_functions);
    TyObject *doc = m ? tyStr_fromCStr(
        "Access to the Unix group database.\n\n"
        "Group entries are reported as 4-tuples containing the following fields\n"
        "from the group database, in order:\n\n"
        "  gr_name   - name of the group\n"
        "  gr_passwd - group password (encrypted); often empty\n"
        "  gr_gid    - numeric ID of the group\n"
        "  gr_mem    - list of members\n\n"
        "The gid is an integer, name and password are strings.  (Note that most\n"
        "users are not explicitly listed as members of the groups they are in\n"
        "according to the password database.  Check both databases to get\n"
        "complete membership information.)") : NULL;
    int r = doc ? tyModule_addObject(m, "__doc__", doc) : -1;
    TY_XDECREF(doc);
    if (r == 0)
        r = tyModule_addObject(m, "struct_group", (TyObject *)&group_type);
    if (r < 0) {
        TY_XDECREF(m);
        return NULL;
    }
    return m;
}

void tyGrp_fini(void)
{
    tyType_finiStatic(&group_type.type);
}
