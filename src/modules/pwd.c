/*
** pwd.c — the `pwd` module: the password database through the C library's
** getpwuid_r/getpwnam_r/getpwent, with CPython's entries and messages.
*/
#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "tally.h"
#include "nss.h"
#include "args.h"
#include "objects/structseq.h"
#include "modules/posix.h"
#include "modules/pwd.h"

static const char *const passwd_fields[] = {
    "pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell",
};
static TyStructSeqType passwd_type = TY_STRUCTSEQ_TYPE("pwd.struct_passwd", passwd_fields, 7, true);

/* A C string field as a str, None when the library gave none: new
** reference. */
static TyObject *field_text(const char *s)
{
    return s ? tyStr_decodeUtf8(s, (ssize_t)strlen(s)) : TY_NEWREF(TY_NONE);
}

/* A struct_passwd from the C library's entry: new reference. */
static TyObject *passwd_entry(const struct passwd *p)
{
    TyObject *values[7] = {
        field_text(p->pw_name), field_text(p->pw_passwd), tyInt_fromU64(p->pw_uid),
        tyInt_fromU64(p->pw_gid), field_text(p->pw_gecos), field_text(p->pw_dir),
        field_text(p->pw_shell),
    };
    return tyStructSeq_fromValues(&passwd_type, values);
}

/*
** Looks an entry up with lookup (a getpw*_r call over key), growing the
** scratch buffer while the library asks for more room.  The entry as a
** struct_passwd (new reference); NULL with no exception when there is none;
** NULL with MemoryError or OSError.
*/
static TyObject *find_passwd(int (*lookup)(const void *, struct passwd *, char *, size_t, struct passwd **),
                             const void *key)
{
    long hint = sysconf(_SC_GETPW_R_SIZE_MAX);
    size_t size = hint > 0 ? (size_t)hint : 1024;
    for (;;) {
        char *buf = tyMem_malloc(size);
        if (!buf)
            return tyErr_noMemory();
        struct passwd entry, *found = NULL;
        int err = lookup(key, &entry, buf, size, &found);
        if (err == ERANGE) {
            tyMem_free(buf);
            size *= 2;
            continue;
        }
        TyObject *r = found ? passwd_entry(found) : NULL;
        tyMem_free(buf);
        if (!found && err != 0 && err != ENOENT && err != ESRCH && err != EBADF && err != EPERM) {
            errno = err;
            return tyPosix_error(NULL, NULL);
        }
        return r;
    }
}

static int by_uid(const void *key, struct passwd *e, char *buf, size_t n, struct passwd **found)
{
    return getpwuid_r(*(const uid_t *)key, e, buf, n, found);
}

static int by_name(const void *key, struct passwd *e, char *buf, size_t n, struct passwd **found)
{
    return getpwnam_r((const char *)key, e, buf, n, found);
}

/* getpwuid(uid, /). */
static TyObject *pwd_getpwuid(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("getpwuid", kwnames) < 0 || tyArg_checkPositional("pwd.getpwuid", nargs, 1, 1) < 0)
        return NULL;
    uint32_t id;
    if (tyPosix_id(args[0], "uid", &id) < 0) {
        /* CPython reports an id out of range as one not found. */
        if (tyErr_exceptionMatches(&TyExc_OverflowError)) {
            tyErr_clear();
            tyErr_setString(&TyExc_KeyError, "getpwuid(): uid not found");
        }
        return NULL;
    }
    uid_t uid = (uid_t)id;
    TyObject *r = find_passwd(by_uid, &uid);
    if (!r && !tyErr_occurred())
        tyErr_format(&TyExc_KeyError, "getpwuid(): uid not found: %lld", id == UINT32_MAX ? -1LL : (long long)id);
    return r;
}

/* getpwnam(name, /). */
static TyObject *pwd_getpwnam(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("getpwnam", kwnames) < 0 || tyArg_checkCount("getpwnam", nargs, 1, 1) < 0)
        return NULL;
    TyObject *name = args[0];
    if (!TY_STR_CHECK(name))
        return tyErr_format(&TyExc_TypeError, "getpwnam() argument must be str, not %s",
                            tyType_name(TY_TYPE(name)));
    if (strlen(TY_STR_UTF8(name)) != (size_t)TY_STR_NBYTES(name))
        return tyErr_setString(&TyExc_ValueError, "embedded null byte");
    TyObject *r = find_passwd(by_name, TY_STR_UTF8(name));
    if (!r && !tyErr_occurred())
        tyErr_format(&TyExc_KeyError, "getpwnam(): name not found: %R", name);
    return r;
}

/* getpwall(): every entry, in the database's order. */
static TyObject *pwd_getpwall(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("getpwall", kwnames) < 0 || tyArg_checkPositional("pwd.getpwall", nargs, 0, 0) < 0)
        return NULL;
    TyObject *list = tyList_new(0);
    if (!list)
        return NULL;
    setpwent();
    for (struct passwd *p; (p = getpwent()) != NULL;) {
        if (tyList_appendSteal(list, passwd_entry(p)) < 0) {
            TY_CLEAR(list);
            break;
        }
    }
    endpwent();
    return list;
}

static TyMethodDef pwd_functions[] = {
    { "getpwuid", pwd_getpwuid, TY_METH_DEFAULT,
      "Return the password database entry for the given numeric user ID.\n\n"
      "See `help(pwd)` for more on password database entries." },
    { "getpwnam", pwd_getpwnam, TY_METH_DEFAULT,
      "Return the password database entry for the given user name.\n\n"
      "See `help(pwd)` for more on password database entries." },
    { "getpwall", pwd_getpwall, TY_METH_DEFAULT,
      "Return a list of all available password database entries, in arbitrary order.\n\n"
      "See help(pwd) for more on password database entries." },
    { NULL, NULL, 0, NULL },
};

TyObject *tyPwd_create(void)
{
    tyNss_prepare();
    passwd_type.type.doc =
        "pwd.struct_passwd: Results from getpw*() routines.\n\n"
        "This object may be accessed either as a tuple of\n"
        "  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\n"
        "or via the object attributes as named in the above tuple.";
    if (tyStructSeq_ready(&passwd_type) < 0)
        return NULL;
    TyObject *m = tyModule_new("pwd", pwd_functions);
    TyObject *doc = m ? tyStr_fromCStr(
        "This module provides access to the Unix password database.\n"
        "It is available on all Unix versions.\n\n"
        "Password database entries are reported as 7-tuples containing the following\n"
        "items from the password database (see `<pwd.h>'), in order:\n"
        "pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\n"
        "The uid and gid items are integers, all others are strings. An\n"
        "exception is raised if the entry asked for cannot be found.") : NULL;
    int r = doc ? tyModule_addObject(m, "__doc__", doc) : -1;
    TY_XDECREF(doc);
    if (r == 0)
        r = tyModule_addObject(m, "struct_passwd", (TyObject *)&passwd_type);
    if (r < 0) {
        TY_XDECREF(m);
        return NULL;
    }
    return m;
}

void tyPwd_fini(void)
{
    tyType_finiStatic(&passwd_type.type);
}
