/*
** readlinemod.h — the `readline` module (see readlinemod.c), and the
** completion repl.c hands to a completer set from Python.
*/
#ifndef TY_READLINEMOD_H
#define TY_READLINEMOD_H

#include <stdbool.h>
#include "../object.h"

/* The readline module: new reference, or NULL. */
TyObject *tyReadline_create(void);
/* At exit: drops the hooks and the completer. */
void tyReadline_fini(void);

/* Has readline.set_completer given a completer? */
bool tyReadline_hasCompleter(void);
/* readline's attempted-completion function over that completer: the
** matches for text (the word from start to end), malloc'd as readline
** wants them, or NULL. */
char **tyReadline_complete(const char *text, int start, int end);

#endif
