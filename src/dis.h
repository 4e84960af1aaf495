/*
** dis.h — the disassembler behind `tally --dis`.
*/
#ifndef TY_DIS_H
#define TY_DIS_H

#include <stdio.h>
#include "object.h"

/* Print code and every code object among its constants, recursively. */
void tyDis_code(TyObject *code, FILE *out);

/* The same text as a str (the `dis` module's output): new reference. */
TyObject *tyDis_codeStr(TyObject *code);

#endif
