/*
** nss.h — the C library's name-service switch under the static release
** binary (nss.c).
*/
#ifndef TALLY_NSS_H
#define TALLY_NSS_H

/* Before the first look-up in the name-service databases (pwd, grp,
** socket): restricts each database to the services built into the C
** library when the binary is linked statically; nothing otherwise. */
void tyNss_prepare(void);

#endif
