/*
** dis.c — disassembly of code objects, generated from the opcode list.
*/
#include "tally.h"
#include "dis.h"
#include "opcodes.h"
#include "objects/code.h"

const char *const ty_opcode_names[TY_OPCODE_COUNT] = {
#define TY_X_(name, has_arg, effect, taken) #name,
    TY_OPCODES(TY_X_)
#undef TY_X_
#define TY_X_(name, generic) #name,
    TY_SPECIALISED(TY_X_)
#undef TY_X_
};

const uint8_t ty_opcode_generic[TY_OPCODE_COUNT] = {
#define TY_X_(name, has_arg, effect, taken) OP_##name,
    TY_OPCODES(TY_X_)
#undef TY_X_
#define TY_X_(name, generic) OP_##generic,
    TY_SPECIALISED(TY_X_)
#undef TY_X_
};

static const bool opcode_has_arg[TY_GENERIC_OPCODE_COUNT] = {
#define TY_X_(name, has_arg, effect, taken) has_arg,
    TY_OPCODES(TY_X_)
#undef TY_X_
};

/* A short description of an argument: the constant, name or variable. */
static void describe_arg(TyCode *co, int op, int arg, FILE *out)
{
    TyObject *o = NULL;
    switch (op) {
    case OP_LOAD_CONST: case OP_LOAD_CONST__LOAD_FAST:
        o = TY_TUPLE_GET(co->consts, arg);
        break;
    case OP_LOAD_GLOBAL:
        o = TY_TUPLE_GET(co->names, arg >> 1);
        break;
    case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL: case OP_LOAD_NAME: case OP_STORE_NAME:
    case OP_DELETE_NAME: case OP_LOAD_ATTR: case OP_STORE_ATTR: case OP_DELETE_ATTR:
    case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
        o = TY_TUPLE_GET(co->names, arg);
        break;
    case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST: case OP_MAKE_CELL:
    case OP_LOAD_FAST__LOAD_FAST: case OP_LOAD_FAST__LOAD_CONST: case OP_STORE_FAST__LOAD_FAST:
    case OP_STORE_FAST__STORE_FAST:
    case OP_LOAD_CLOSURE: case OP_LOAD_DEREF: case OP_LOAD_CLASSDEREF: case OP_STORE_DEREF:
    case OP_DELETE_DEREF:
        o = TY_TUPLE_GET(co->localsplusnames, arg);
        break;
    case OP_JUMP: case OP_POP_JUMP_IF_FALSE: case OP_POP_JUMP_IF_TRUE: case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE: case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
    case OP_FOR_ITER: case OP_SEND:
        fprintf(out, " (to %d)", arg);
        return;
    default:
        return;
    }
    TyObject *r = tyObj_repr(o);
    if (!r) {
        tyErr_clear();
        return;
    }
    fprintf(out, " (%s)", TY_STR_UTF8(r));
    TY_DECREF(r);
}

void tyDis_code(TyObject *code, FILE *out)
{
    TyCode *co = (TyCode *)code;
    fprintf(out, "Disassembly of <code object %s, file \"%s\", line %d>:\n", TY_STR_UTF8(co->name),
            TY_STR_UTF8(co->filename), co->firstlineno);
    int last_line = -1;
    for (int i = 0; i < co->ncode; i++) {
        uint32_t word = tyCode_genericWord(co->code[i]);
        int op = TY_OP(word), arg = TY_ARG(word);
        int line = co->positions[i].line;
        if (line != last_line && line > 0)
            fprintf(out, "%s%4d", i ? "\n" : "", line);
        else
            fprintf(out, "    ");
        last_line = line > 0 ? line : last_line;
        bool target = false;
        for (int k = 0; k < co->nexc; k++)
            if (co->exctable[k].handler == i)
                target = true;
        fprintf(out, " %s %5d %-22s", target ? ">>" : "  ", i, op < TY_GENERIC_OPCODE_COUNT ? ty_opcode_names[op] : "?");
        if (op < TY_GENERIC_OPCODE_COUNT && opcode_has_arg[op]) {
            fprintf(out, " %d", arg);
            describe_arg(co, op, arg, out);
        }
        fputc('\n', out);
    }
    if (co->nexc) {
        fputs("ExceptionTable:\n", out);
        for (int k = 0; k < co->nexc; k++)
            fprintf(out, "  %d to %d -> %d [%d]\n", co->exctable[k].start, co->exctable[k].end - 1,
                    co->exctable[k].handler, co->exctable[k].depth);
    }
    fputc('\n', out);
    for (ssize_t i = 0; i < TY_TUPLE_LEN(co->consts); i++) {
        TyObject *c = TY_TUPLE_GET(co->consts, i);
        if (TY_CODE_CHECK(c))
            tyDis_code(c, out);
    }
}

TyObject *tyDis_codeStr(TyObject *code)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem)
        return tyErr_noMemory();
    tyDis_code(code, mem);
    if (fclose(mem) != 0) {
        free(buf);
        return tyErr_noMemory();
    }
    TyObject *s = tyStr_decodeUtf8(buf, (ssize_t)len);
    free(buf);
    return s;
}
