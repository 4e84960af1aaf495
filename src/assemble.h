/*
** assemble.h — from the compiler's instruction list to a code object.
**
** The compiler (compiler.c) emits instructions whose jump arguments are
** label numbers, tags each with its innermost exception handler, and hands
** the lot over as a TyAsmUnit.  The assembler resolves the labels, fuses
** superinstructions, computes the stack depths by a flow analysis, and
** builds the code object with its position table and exception table.
*/
#ifndef TY_ASSEMBLE_H
#define TY_ASSEMBLE_H

#include "object.h"
#include "objects/code.h"

/* An exception handler: where it starts, and the stack depth it cuts back to. */
typedef struct TyAsmHandler {
    int label;
    int depth;                /* computed by the flow analysis; -1 unknown */
    int setup;                /* the first instruction emitted under the handler */
    int adjust;               /* added to the depth before that instruction */
} TyAsmHandler;

/* Everything a code object is built from; all borrowed from the compiler. */
typedef struct TyAsmUnit {
    uint32_t *code;           /* modified in place: labels resolved, pairs fused */
    const TyCodePos *pos;     /* per instruction: its source span */
    const int *handler_of;    /* per instruction: handler index or -1 */
    int n;
    const int *labels;        /* label -> instruction index */
    TyAsmHandler *handlers;   /* their depths are filled in */
    int nhandlers;
    TyObject *consts, *names, *varnames;  /* lists */
    const uint8_t *kinds;     /* localsplus kinds, one per varnames entry */
    int nlocals, ncells, nfrees;
    int argcount, posonlyargcount, kwonlyargcount;
    int flags;
    int firstlineno;
    TyObject *name, *qualname;
    const char *filename;
} TyAsmUnit;

/* The change in stack depth of instruction op with argument arg when it
** goes on to the next instruction, or (taken) when it jumps to its
** argument; only for an instruction tyAsm_jumps says can jump. */
int tyAsm_stackEffect(int op, int arg, bool taken);
/* Can op jump to its argument? */
bool tyAsm_jumps(int op);
/* Does op never go on to the next instruction (a jump, return or raise)? */
bool tyAsm_endsBlock(int op);

/* Build the code object: new reference, or NULL with an exception (out of
** memory, or an inconsistent stack depth, which is a compiler bug). */
TyObject *tyAsm_build(TyAsmUnit *unit);

#endif
