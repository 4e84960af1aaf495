/*
** ziparchive.h — zip archives as read-only directory trees, for running
** `tally app.zip` and importing from a zip on sys.path as CPython's
** zipimport does.
**
** A path such as "/x/app.zip/pkg/mod.py" names the member "pkg/mod.py"
** of the archive "/x/app.zip": the import system and the runner treat
** such paths like files, so __file__, __path__ and sys.path entries
** ("app.zip", "app.zip/lib") read as in CPython.  Each archive's central
** directory is read once and kept until tyZip_fini (CPython caches it per
** path too).
*/
#ifndef TY_ZIPARCHIVE_H
#define TY_ZIPARCHIVE_H

#include <stddef.h>

/* Whether the regular file at `path` is a zip archive whose central
** directory reads cleanly: 1 or 0 (a corrupt archive is no archive, as
** for CPython), -1 with MemoryError. */
int tyZip_isArchive(const char *path);
/* Whether `path` names a member of a zip archive: some leading part of
** it, ending at a '/', is such an archive, and the rest is one of its
** entries.  1 or 0, -1 with MemoryError. */
int tyZip_isMember(const char *path);
/*
** The contents of the member `path` (see tyZip_isMember), stored or
** deflated: a tyMem_malloc'd buffer of *len bytes plus a terminating NUL.
** NULL with zipimport.ZipImportError set when the member's data is bad
** (its local header, its compressed stream, a short read), or with
** ImportError when `path` is no member.
*/
char *tyZip_readMember(const char *path, size_t *len);
/* Forget every archive read (at interpreter shutdown). */
void tyZip_fini(void);

#endif
