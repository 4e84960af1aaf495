/*
** pathconfig.c — where imports look: the folders of sys.path after the
** script's own, in CPython 3.11's order.
**
**   1. the TALLYPATH entries (unless -E/-I), made absolute as CPython makes
**      PYTHONPATH's (an empty entry is the current folder);
**   2. CPython 3.11's standard library folder: $TALLYSTDLIB (unless -E/-I),
**      else the folder found when tally was built (TY_STDLIB_DIR);
**   3. unless -S, what Debian's site.py adds: the user's site-packages
**      (unless -s), then the dist-packages folders under the library's
**      prefix, each only when it exists, each followed by the folders its
**      .pth files name.
**
** tally runs no site.py: a .pth line that starts with "import" (code to
** run at start-up) is skipped; the folders a .pth names are added as site
** adds them.  Everything here works on C strings; sys.c makes the list.
*/
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "tally.h"
#include "pathconfig.h"

#ifndef TY_STDLIB_DIR
#define TY_STDLIB_DIR "/usr/lib/python3.11"
#endif

#define PY_VERSION_DIR "python3.11"

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* An environment variable, unless -E/-I says to ignore them (NULL then,
** or when unset or empty). */
static const char *tally_env(const char *name)
{
    if (ty_state.opt.ignore_environment)
        return NULL;
    const char *v = getenv(name);
    return v && *v ? v : NULL;
}

const char *tyPath_stdlib(void)
{
    const char *env = tally_env("TALLYSTDLIB");
    return env ? env : TY_STDLIB_DIR;
}

/* dir joined with entry, made absolute against the current folder:
** "" is the current folder itself. */
static void absolute(const char *entry, size_t len, char *out, size_t size)
{
    char cwd[PATH_MAX];
    if (len > 0 && entry[0] == '/') {
        snprintf(out, size, "%.*s", (int)len, entry);
        return;
    }
    if (!getcwd(cwd, sizeof cwd))
        cwd[0] = '\0';
    if (len == 0)
        snprintf(out, size, "%s", cwd);
    else
        snprintf(out, size, "%s/%.*s", cwd, (int)len, entry);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
** The folders the .pth files of sitedir name, in the files' sorted order
** (as site.addsitedir reads them); each existing folder is passed to add.
** Hidden files are skipped, as site skips them.
*/
static int add_pth_folders(const char *sitedir, TyPathAdder add, void *arg)
{
    DIR *d = opendir(sitedir);
    if (!d)
        return 0;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    int r = 0;
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (e->d_name[0] == '.' || len < 5 || strcmp(e->d_name + len - 4, ".pth") != 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 8;
            char **grown = realloc(names, cap * sizeof *names);
            if (!grown) {
                r = -1;
                break;
            }
            names = grown;
        }
        if (!(names[n] = strdup(e->d_name))) {
            r = -1;
            break;
        }
        n++;
    }
    closedir(d);
    if (n > 1)
        qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n; i++) {
        char file[PATH_MAX], line[PATH_MAX], folder[PATH_MAX * 2];
        snprintf(file, sizeof file, "%s/%s", sitedir, names[i]);
        FILE *f = r == 0 ? fopen(file, "r") : NULL;
        while (f && fgets(line, sizeof line, f)) {
            size_t len = strcspn(line, "\r\n");
            while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t'))
                len--;
            line[len] = '\0';
            if (line[0] == '#' || strspn(line, " \t") == len || strncmp(line, "import ", 7) == 0 ||
                strncmp(line, "import\t", 7) == 0)
                continue;
            if (line[0] == '/')
                snprintf(folder, sizeof folder, "%s", line);
            else
                snprintf(folder, sizeof folder, "%s/%s", sitedir, line);
            if (is_dir(folder) && add(folder, arg) < 0) {
                r = -1;
                break;
            }
        }
        if (f)
            fclose(f);
        free(names[i]);
    }
    free(names);
    return r;
}

static int add_site_dir(const char *dir, TyPathAdder add, void *arg)
{
    if (!is_dir(dir))
        return 0;
    if (add(dir, arg) < 0)
        return -1;
    return add_pth_folders(dir, add, arg);
}

/*
** Debian's site folders: ~/.local/lib/python3.11/site-packages, then
** PREFIX/local/lib/python3.11/dist-packages, PREFIX/lib/python3/dist-packages
** and PREFIX/lib/python3.11/dist-packages, where PREFIX is the folder two
** levels above the standard library (/usr for /usr/lib/python3.11).
*/
static int add_site_dirs(const char *stdlib, TyPathAdder add, void *arg)
{
    char dir[PATH_MAX * 2], prefix[PATH_MAX];
    const char *home = getenv("HOME");
    if (!ty_state.opt.no_user_site && home && *home) {
        snprintf(dir, sizeof dir, "%s/.local/lib/" PY_VERSION_DIR "/site-packages", home);
        if (add_site_dir(dir, add, arg) < 0)
            return -1;
    }
    snprintf(prefix, sizeof prefix, "%s", stdlib);
    for (int up = 0; up < 2; up++) {
        char *slash = strrchr(prefix, '/');
        if (!slash)
            return 0;
        *slash = '\0';
    }
    static const char *const sites[] = {
        "/local/lib/" PY_VERSION_DIR "/dist-packages",
        "/lib/python3/dist-packages",
        "/lib/" PY_VERSION_DIR "/dist-packages",
    };
    for (size_t i = 0; i < TY_ARRAY_LEN(sites); i++) {
        snprintf(dir, sizeof dir, "%s%s", prefix, sites[i]);
        if (add_site_dir(dir, add, arg) < 0)
            return -1;
    }
    return 0;
}

int tyPath_compute(TyPathAdder add, void *arg)
{
    const char *extra = tally_env("TALLYPATH");
    char dir[PATH_MAX * 2];
    while (extra) {
        const char *colon = strchr(extra, ':');
        size_t len = colon ? (size_t)(colon - extra) : strlen(extra);
        absolute(extra, len, dir, sizeof dir);
        if (add(dir, arg) < 0)
            return -1;
        extra = colon ? colon + 1 : NULL;
    }
    const char *stdlib = tyPath_stdlib();
    if (add(stdlib, arg) < 0)
        return -1;
    return ty_state.opt.no_site ? 0 : add_site_dirs(stdlib, add, arg);
}

/* The top-level modules of CPython 3.11's standard library, sorted in
** strcmp order (its sys.stdlib_module_names): a missing one of these is
** worth a hint about the package that provides them. */
static const char *const stdlib_names[] = {
    "__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bootsubprocess",
    "_bz2", "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr",
    "_codecs_tw", "_collections", "_collections_abc", "_compat_pickle", "_compression", "_contextvars",
    "_crypt", "_csv", "_ctypes", "_curses", "_curses_panel", "_datetime", "_dbm", "_decimal",
    "_elementtree", "_frozen_importlib", "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib",
    "_heapq", "_imp", "_io", "_json", "_locale", "_lsprof", "_lzma", "_markupbase", "_md5", "_msi",
    "_multibytecodec", "_multiprocessing", "_opcode", "_operator", "_osx_support", "_overlapped", "_pickle",
    "_posixshmem", "_posixsubprocess", "_py_abc", "_pydecimal", "_pyio", "_queue", "_random", "_scproxy",
    "_sha1", "_sha256", "_sha3", "_sha512", "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre",
    "_ssl", "_stat", "_statistics", "_string", "_strptime", "_struct", "_symtable", "_thread",
    "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing", "_uuid", "_warnings",
    "_weakref", "_weakrefset", "_winapi", "_zoneinfo", "abc", "aifc", "antigravity", "argparse", "array",
    "ast", "asynchat", "asyncio", "asyncore", "atexit", "audioop", "base64", "bdb", "binascii", "bisect",
    "builtins", "bz2", "cProfile", "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs",
    "codeop", "collections", "colorsys", "compileall", "concurrent", "configparser", "contextlib",
    "contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm",
    "decimal", "difflib", "dis", "distutils", "doctest", "email", "encodings", "ensurepip", "enum", "errno",
    "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc",
    "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq",
    "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "imp", "importlib", "inspect", "io",
    "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale", "logging", "lzma",
    "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt",
    "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path", "numbers", "opcode",
    "operator", "optparse", "os", "ossaudiodev", "pathlib", "pdb", "pickle", "pickletools", "pipes",
    "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty",
    "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re",
    "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors",
    "shelve", "shlex", "shutil", "signal", "site", "smtpd", "smtplib", "sndhdr", "socket", "socketserver",
    "spwd", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string",
    "stringprep", "struct", "subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog", "tabnanny",
    "tarfile", "telnetlib", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit",
    "tkinter", "token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle",
    "turtledemo", "types", "typing", "unicodedata", "unittest", "urllib", "uu", "uuid", "venv", "warnings",
    "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp",
    "zipfile", "zipimport", "zlib", "zoneinfo",
};

static int cmp_name(const void *key, const void *entry)
{
    return strcmp(key, *(const char *const *)entry);
}

const char *tyPath_missingPackage(const char *modname)
{
    char top[256], marker[PATH_MAX];
    snprintf(top, sizeof top, "%.*s", (int)strcspn(modname, "."), modname);
    bool test = strcmp(top, "test") == 0;
    if (!test && !bsearch(top, stdlib_names, TY_ARRAY_LEN(stdlib_names), sizeof *stdlib_names, cmp_name))
        return NULL;
    const char *stdlib = tyPath_stdlib();
    snprintf(marker, sizeof marker, "%s/%s", stdlib, test ? "test/support/__init__.py" : "json/__init__.py");
    if (is_file(marker))
        return NULL;
    return test ? "libpython3.11-testsuite" : "libpython3.11-stdlib";
}
