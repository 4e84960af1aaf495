/*
** nss.c — keeps the statically linked ./tally away from the C library's
** loadable name-service modules.
**
** /etc/nsswitch.conf may name services (systemd, sss, ldap, mdns, resolve)
** that glibc loads as shared objects.  Each of them brings in the shared
** C library beside the static one already in the process, and on Debian 12
** libnss_systemd crashes in its first call (a getpwnam of a name not in
** /etc/passwd: posixpath.expanduser("~foo")).  A static binary therefore
** uses only the services glibc has inside it, "files" and "dns", in the
** order the configuration gives them (docs/language.md).  Without
** TY_STATIC_LIBC (the debug build, libtally, a dynamic ./tally) the
** configuration stands as written.
*/
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include "nss.h"

#ifdef TY_STATIC_LIBC

extern int __nss_configure_lookup(const char *db, const char *service_line);

/* The databases the modules reach: pwd, grp, os.getgrouplist/initgroups,
** and socket's host, service and protocol look-ups. */
static const char *const databases[] = {
    "passwd", "group", "shadow", "gshadow", "initgroups", "hosts", "networks",
    "services", "protocols",
};

/*
** Copies into out (size n) the built-in services of one nsswitch.conf
** service list, space separated; "[...]" actions are dropped with the
** services they follow.  out is empty when the list names none.
*/
static void builtin_services(const char *list, char *out, size_t n)
{
    size_t len = 0;
    out[0] = '\0';
    const char *p = list;
    while (*p && *p != '\n' && *p != '#') {
        if (*p == ' ' || *p == '\t') {
            p++;
            continue;
        }
        if (*p == '[') {
            const char *end = strchr(p, ']');
            p = end ? end + 1 : p + strlen(p);
            continue;
        }
        const char *start = p;
        while (*p && !strchr(" \t[\n#", *p))
            p++;
        size_t w = (size_t)(p - start);
        bool builtin = (w == 5 && !memcmp(start, "files", 5)) || (w == 3 && !memcmp(start, "dns", 3));
        if (builtin && len + w + 2 <= n) {
            if (len)
                out[len++] = ' ';
            memcpy(out + len, start, w);
            len += w;
            out[len] = '\0';
        }
    }
}

/* Whether line (one of nsswitch.conf) configures db; *list gets the
** service list after the colon. */
static bool configures(const char *line, const char *db, const char **list)
{
    while (*line == ' ' || *line == '\t')
        line++;
    size_t k = strlen(db);
    if (strncmp(line, db, k) != 0)
        return false;
    line += k;
    while (*line == ' ' || *line == '\t')
        line++;
    if (*line != ':')
        return false;
    *list = line + 1;
    return true;
}

void tyNss_prepare(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    char lists[sizeof databases / sizeof databases[0]][128];
    for (size_t i = 0; i < sizeof databases / sizeof databases[0]; i++)
        strcpy(lists[i], strcmp(databases[i], "hosts") == 0 ? "files dns" : "files");
    FILE *f = fopen("/etc/nsswitch.conf", "re");
    if (f) {
        char line[1024];
        while (fgets(line, sizeof line, f)) {
            for (size_t i = 0; i < sizeof databases / sizeof databases[0]; i++) {
                const char *list;
                if (!configures(line, databases[i], &list))
                    continue;
                char kept[128];
                builtin_services(list, kept, sizeof kept);
                strcpy(lists[i], kept[0] ? kept : "files");
            }
        }
        fclose(f);
    }
    for (size_t i = 0; i < sizeof databases / sizeof databases[0]; i++)
        __nss_configure_lookup(databases[i], lists[i]);
}

#else

void tyNss_prepare(void)
{
}

#endif
