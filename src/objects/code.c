/*
** code.c — code objects (the compiler's output; see code.h).  They hold no
** references that can form a cycle, so they are not GC objects.
*/
#include <limits.h>
#include "tally.h"
#include "objects/code.h"
#include "opcodes.h"

int tyCode_line(TyCode *co, int lasti)
{
    if (lasti < 0 || lasti >= co->ncode)
        return co->firstlineno;
    int line = co->positions[lasti].line;
    return line > 0 ? line : co->firstlineno;
}

static void code_dealloc(TyObject *o)
{
    TyCode *co = (TyCode *)o;
    tyMem_free(co->code);
    tyMem_free(co->positions);
    tyMem_free(co->localspluskinds);
    tyMem_free(co->exctable);
    tyMem_free(co->caches);
    TY_XDECREF(co->consts);
    TY_XDECREF(co->names);
    TY_XDECREF(co->localsplusnames);
    TY_XDECREF(co->name);
    TY_XDECREF(co->qualname);
    TY_XDECREF(co->filename);
    tyObj_free(o);
}

static TyObject *code_repr(TyObject *o)
{
    TyCode *co = (TyCode *)o;
    return tyStr_fromFormat("<code object %U at %p, file \"%U\", line %d>", co->name, (void *)o,
                            co->filename, co->firstlineno);
}

/* co_varnames / co_cellvars / co_freevars: the localsplus names of a kind
** (an argument that is also a cell is in both co_varnames and co_cellvars). */
static TyObject *names_of_kind(TyCode *co, uint8_t kind)
{
    TyObject *list = tyList_new(0);
    if (!list)
        return NULL;
    for (int i = 0; i < co->nlocalsplus; i++) {
        uint8_t k = co->localspluskinds[i];
        if ((k & kind) && tyList_append(list, TY_TUPLE_GET(co->localsplusnames, i)) < 0) {
            TY_DECREF(list);
            return NULL;
        }
    }
    TyObject *t = tyList_asTuple(list);
    TY_DECREF(list);
    return t;
}

#define CODE(o) ((TyCode *)(o))

static TyObject *get_name(TyObject *o) { return TY_NEWREF(CODE(o)->name); }
static TyObject *get_qualname(TyObject *o) { return TY_NEWREF(CODE(o)->qualname); }
static TyObject *get_filename(TyObject *o) { return TY_NEWREF(CODE(o)->filename); }
static TyObject *get_consts(TyObject *o) { return TY_NEWREF(CODE(o)->consts); }
static TyObject *get_names(TyObject *o) { return TY_NEWREF(CODE(o)->names); }
static TyObject *get_argcount(TyObject *o) { return tyInt_fromI64(CODE(o)->argcount); }
static TyObject *get_posonly(TyObject *o) { return tyInt_fromI64(CODE(o)->posonlyargcount); }
static TyObject *get_kwonly(TyObject *o) { return tyInt_fromI64(CODE(o)->kwonlyargcount); }
static TyObject *get_nlocals(TyObject *o) { return tyInt_fromI64(CODE(o)->nlocals); }
static TyObject *get_flags(TyObject *o) { return tyInt_fromI64(CODE(o)->flags); }
static TyObject *get_firstlineno(TyObject *o) { return tyInt_fromI64(CODE(o)->firstlineno); }
static TyObject *get_stacksize(TyObject *o) { return tyInt_fromI64(CODE(o)->stacksize); }
static TyObject *get_varnames(TyObject *o) { return names_of_kind(CODE(o), TY_LOCAL_PLAIN); }
static TyObject *get_cellvars(TyObject *o) { return names_of_kind(CODE(o), TY_LOCAL_CELL); }
static TyObject *get_freevars(TyObject *o) { return names_of_kind(CODE(o), TY_LOCAL_FREE); }

uint32_t *tyCode_genericCode(TyCode *co)
{
    uint32_t *words = tyMem_malloc(sizeof(uint32_t) * (size_t)(co->ncode ? co->ncode : 1));
    if (!words) {
        tyErr_noMemory();
        return NULL;
    }
    for (int i = 0; i < co->ncode; i++)
        words[i] = tyCode_genericWord(co->code[i]);
    return words;
}

/* The raw arrays as bytes: tally's own formats (32-bit instruction words;
** four ints per position; four ints per exception-table entry), for
** programs that only compare or hash them.  The words are the compiler's,
** whatever the dispatch loop has specialised since. */
static TyObject *get_code(TyObject *o)
{
    uint32_t *words = tyCode_genericCode(CODE(o));
    if (!words)
        return NULL;
    TyObject *r = tyBytes_fromData((const char *)words, (ssize_t)sizeof(uint32_t) * CODE(o)->ncode);
    tyMem_free(words);
    return r;
}

static TyObject *get_linetable(TyObject *o)
{
    return tyBytes_fromData((const char *)CODE(o)->positions, (ssize_t)sizeof(TyCodePos) * CODE(o)->ncode);
}

static TyObject *get_exceptiontable(TyObject *o)
{
    return tyBytes_fromData((const char *)CODE(o)->exctable, (ssize_t)sizeof(TyExcEntry) * CODE(o)->nexc);
}

/* A tuple of n new references (stolen, and all released when one is
** NULL). New reference. */
static TyObject *tuple_of(int n, TyObject **items)
{
    TyObject *t = NULL;
    bool ok = true;
    for (int i = 0; i < n; i++)
        ok = ok && items[i];
    if (ok && (t = tyTuple_new(n)) != NULL) {
        for (int i = 0; i < n; i++)
            TY_TUPLE_SET(t, i, items[i]);
        return t;
    }
    for (int i = 0; i < n; i++)
        TY_XDECREF(items[i]);
    return NULL;
}

/* An int, or None when v is below `least` (a missing position). New
** reference. */
static TyObject *int_or_none(int v, int least)
{
    return v < least ? tyNone_new() : tyInt_fromI64(v);
}

/* An iterator over the tuples in list, which it releases. New reference. */
static TyObject *iter_over(TyObject *list)
{
    if (!list)
        return NULL;
    TyObject *it = tyObj_getIter(list);
    TY_DECREF(list);
    return it;
}

/*
** co_lines(): (start, end, line) for each run of instructions on one line,
** in CPython's units (an instruction counts as one two-byte code word);
** line is None for instructions that belong to no line.
*/
static TyObject *code_lines(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("co_lines", kwnames) < 0 || tyArg_checkPositional("co_lines", nargs, 0, 0) < 0)
        return NULL;
    TyCode *co = CODE(self);
    TyObject *list = tyList_new(0);
    if (!list)
        return NULL;
    int start = 0;
    for (int i = 1; i <= co->ncode; i++) {
        int line = co->positions[i - 1].line;
        if (i < co->ncode && co->positions[i].line == line)
            continue;
        TyObject *items[3] = { tyInt_fromI64(start * 2), tyInt_fromI64(i * 2), int_or_none(line, 1) };
        TyObject *t = tuple_of(3, items);
        if (!t || tyList_append(list, t) < 0) {
            TY_XDECREF(t);
            TY_DECREF(list);
            return NULL;
        }
        TY_DECREF(t);
        start = i;
    }
    return iter_over(list);
}

/* co_positions(): (line, end_line, col, end_col) for each instruction. */
static TyObject *code_positions(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("co_positions", kwnames) < 0 ||
        tyArg_checkPositional("co_positions", nargs, 0, 0) < 0)
        return NULL;
    TyCode *co = CODE(self);
    TyObject *list = tyList_new(0);
    if (!list)
        return NULL;
    for (int i = 0; i < co->ncode; i++) {
        TyCodePos p = co->positions[i];
        TyObject *items[4] = { int_or_none(p.line, 1), int_or_none(p.end_line, 1), int_or_none(p.col, 0),
                               int_or_none(p.end_col, 0) };
        TyObject *t = tuple_of(4, items);
        if (!t || tyList_append(list, t) < 0) {
            TY_XDECREF(t);
            TY_DECREF(list);
            return NULL;
        }
        TY_DECREF(t);
    }
    return iter_over(list);
}

/* The fields replace() can change, and how: a field that the bytecode
** depends on (counts, flags, the code itself) may only be given its
** current value, since a change would make the VM read past its arrays.
** The one flag nothing reads past an array for, CO_ITERABLE_COROUTINE,
** may change: types.coroutine sets it to make a generator awaitable. */
typedef enum { FIELD_STR, FIELD_LINE, FIELD_SAME_SHAPE, FIELD_FLAGS, FIELD_FIXED } FieldRule;

static const struct {
    const char *name;
    FieldRule rule;
} replace_fields[] = {
    { "co_argcount", FIELD_FIXED }, { "co_posonlyargcount", FIELD_FIXED },
    { "co_kwonlyargcount", FIELD_FIXED }, { "co_nlocals", FIELD_FIXED }, { "co_stacksize", FIELD_FIXED },
    { "co_flags", FIELD_FLAGS }, { "co_firstlineno", FIELD_LINE }, { "co_code", FIELD_FIXED },
    { "co_consts", FIELD_SAME_SHAPE }, { "co_names", FIELD_SAME_SHAPE }, { "co_varnames", FIELD_FIXED },
    { "co_freevars", FIELD_FIXED }, { "co_cellvars", FIELD_FIXED }, { "co_filename", FIELD_STR },
    { "co_name", FIELD_STR }, { "co_qualname", FIELD_STR }, { "co_linetable", FIELD_FIXED },
    { "co_exceptiontable", FIELD_FIXED },
};

/* A copy of co sharing its immutable objects, with fresh inline caches.
** New reference. */
static TyCode *code_copy(TyCode *co)
{
    TyCode *c = (TyCode *)tyObj_alloc(&TyCode_Type);
    if (!c)
        return NULL;
    TyObject saved = c->ob;
    *c = *co;
    c->ob = saved;
    int n = co->ncode ? co->ncode : 1;
    c->code = tyMem_malloc(sizeof(uint32_t) * (size_t)n);
    c->positions = tyMem_malloc(sizeof(TyCodePos) * (size_t)n);
    c->caches = tyMem_calloc((size_t)n, sizeof(TyInlineCache));
    c->localspluskinds = tyMem_malloc((size_t)(co->nlocalsplus ? co->nlocalsplus : 1));
    c->exctable = co->nexc ? tyMem_malloc(sizeof(TyExcEntry) * (size_t)co->nexc) : NULL;
    TY_INCREF(c->consts);
    TY_INCREF(c->names);
    TY_INCREF(c->localsplusnames);
    TY_INCREF(c->name);
    TY_INCREF(c->qualname);
    TY_INCREF(c->filename);
    if (!c->code || !c->positions || !c->caches || !c->localspluskinds || (co->nexc && !c->exctable)) {
        TY_DECREF(c);
        tyErr_noMemory();
        return NULL;
    }
    for (int i = 0; i < co->ncode; i++)
        c->code[i] = tyCode_genericWord(co->code[i]);
    memcpy(c->positions, co->positions, sizeof(TyCodePos) * (size_t)co->ncode);
    memcpy(c->localspluskinds, co->localspluskinds, (size_t)co->nlocalsplus);
    if (co->nexc)
        memcpy(c->exctable, co->exctable, sizeof(TyExcEntry) * (size_t)co->nexc);
    return c;
}

/* Put `value` into copy c's field i under the field's rule: 0, or -1 with
** an exception. */
static int replace_field(TyCode *c, TyObject *self, int i, TyObject *value)
{
    const char *name = replace_fields[i].name;
    TyObject **slot = NULL;
    switch (replace_fields[i].rule) {
    case FIELD_STR:
        if (!TY_STR_CHECK(value)) {
            tyErr_format(&TyExc_TypeError, "replace() argument '%s' must be str, not %s", name,
                         tyType_name(TY_TYPE(value)));
            return -1;
        }
        slot = !strcmp(name, "co_name") ? &c->name : !strcmp(name, "co_qualname") ? &c->qualname : &c->filename;
        TY_INCREF(value);
        TY_SETREF(*slot, value);
        return 0;
    case FIELD_LINE:
        if (!TY_INT_CHECK(value)) {
            tyErr_format(&TyExc_TypeError, "'%s' object cannot be interpreted as an integer",
                         tyType_name(TY_TYPE(value)));
            return -1;
        }
        return tyArg_int(value, &c->firstlineno);
    case FIELD_SAME_SHAPE: {
        slot = !strcmp(name, "co_consts") ? &c->consts : &c->names;
        if (!TY_TUPLE_CHECK(value)) {
            tyErr_format(&TyExc_TypeError, "replace() argument '%s' must be tuple, not %s", name,
                         tyType_name(TY_TYPE(value)));
            return -1;
        }
        TyObject *old = *slot;
        bool same = TY_TUPLE_LEN(value) == TY_TUPLE_LEN(old);
        for (ssize_t k = 0; same && k < TY_TUPLE_LEN(old); k++)
            same = TY_TYPE(TY_TUPLE_GET(value, k)) == TY_TYPE(TY_TUPLE_GET(old, k));
        if (!same) {
            tyErr_format(&TyExc_ValueError,
                         "replace(): tally can change %s only item for item, each with one of the same type",
                         name);
            return -1;
        }
        TY_INCREF(value);
        TY_SETREF(*slot, value);
        return 0;
    }
    case FIELD_FLAGS: {
        int64_t flags;
        if (TY_INT_CHECK(value) && tyInt_asI64(value, &flags) == 0 &&
            ((flags ^ c->flags) & ~(int64_t)TY_CO_ITERABLE_COROUTINE) == 0) {
            c->flags = (int)flags;
            return 0;
        }
        tyErr_clear();
    }
    /* fall through - any other change is refused as a fixed field's is */
    case FIELD_FIXED: {
        TyObject *cur = tyObj_getAttrStr(self, name);
        if (!cur)
            return -1;
        int eq = tyObj_richCompareBool(cur, value, TY_EQ);
        TY_DECREF(cur);
        if (eq < 0)
            return -1;
        if (!eq) {
            tyErr_format(&TyExc_ValueError, "replace(): tally cannot change %s", name);
            return -1;
        }
        return 0;
    }
    }
    return 0;
}

/* replace(**changes): a copy with the given co_* fields changed. */
static TyObject *code_replace(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (nargs)
        return tyErr_setString(&TyExc_TypeError, "replace() takes no positional arguments");
    ssize_t nkw = kwnames ? TY_TUPLE_LEN(kwnames) : 0;
    int field[TY_ARRAY_LEN(replace_fields)];
    for (ssize_t k = 0; k < nkw; k++) {
        const char *kw = TY_STR_UTF8(TY_TUPLE_GET(kwnames, k));
        field[k] = -1;
        for (size_t i = 0; i < TY_ARRAY_LEN(replace_fields); i++)
            if (!strcmp(kw, replace_fields[i].name))
                field[k] = (int)i;
        if (field[k] < 0 || k >= (ssize_t)TY_ARRAY_LEN(replace_fields))
            return tyErr_format(&TyExc_TypeError, "'%s' is an invalid keyword argument for replace()", kw);
    }
    TyCode *c = code_copy(CODE(self));
    if (!c)
        return NULL;
    for (ssize_t k = 0; k < nkw; k++) {
        if (replace_field(c, self, field[k], args[k]) < 0) {
            TY_DECREF(c);
            return NULL;
        }
    }
    return (TyObject *)c;
}

/* The same instructions, specialised forms counting as their generic ones. */
static bool same_words(TyCode *x, TyCode *y)
{
    for (int i = 0; i < x->ncode; i++)
        if (tyCode_genericWord(x->code[i]) != tyCode_genericWord(y->code[i]))
            return false;
    return true;
}

/* Two code objects are equal when they would run the same way. */
static TyObject *code_richcompare(TyObject *a, TyObject *b, int op)
{
    if ((op != TY_EQ && op != TY_NE) || !TY_CODE_CHECK(b))
        return TY_NEWREF(TY_NOTIMPL);
    TyCode *x = CODE(a), *y = CODE(b);
    bool eq = x == y;
    if (!eq && x->ncode == y->ncode && x->argcount == y->argcount &&
        x->posonlyargcount == y->posonlyargcount && x->kwonlyargcount == y->kwonlyargcount &&
        x->flags == y->flags && x->firstlineno == y->firstlineno && x->nexc == y->nexc &&
        same_words(x, y) &&
        !memcmp(x->positions, y->positions, sizeof(TyCodePos) * (size_t)x->ncode) &&
        (!x->nexc || !memcmp(x->exctable, y->exctable, sizeof(TyExcEntry) * (size_t)x->nexc))) {
        TyObject *pairs[4][2] = { { x->name, y->name }, { x->consts, y->consts }, { x->names, y->names },
                                  { x->localsplusnames, y->localsplusnames } };
        eq = true;
        for (int i = 0; eq && i < 4; i++) {
            int r = tyObj_richCompareBool(pairs[i][0], pairs[i][1], TY_EQ);
            if (r < 0)
                return NULL;
            eq = r;
        }
    }
    return tyBool_from(op == TY_EQ ? eq : !eq);
}

static ty_hash code_hash(TyObject *o)
{
    TyCode *co = CODE(o);
    TyObject *parts[4] = { co->name, co->consts, co->names, co->localsplusnames };
    uint64_t h = (uint64_t)co->ncode * 1000003u ^ (uint64_t)co->argcount ^ (uint64_t)co->flags << 8;
    for (int i = 0; i < 4; i++) {
        ty_hash p = tyObj_hash(parts[i]);
        if (p == -1)
            return -1;
        h = h * 1000003u ^ (uint64_t)p;
    }
    return (ty_hash)h == -1 ? -2 : (ty_hash)h;
}

static TyMethodDef code_methods[] = {
    { "co_lines", code_lines, TY_METH_DEFAULT, NULL },
    { "co_positions", code_positions, TY_METH_DEFAULT, NULL },
    { "replace", code_replace, TY_METH_DEFAULT, NULL },
    { NULL }
};

static TyGetSetDef code_getset[] = {
    { "co_name", get_name, NULL, NULL },
    { "co_qualname", get_qualname, NULL, NULL },
    { "co_filename", get_filename, NULL, NULL },
    { "co_consts", get_consts, NULL, NULL },
    { "co_names", get_names, NULL, NULL },
    { "co_argcount", get_argcount, NULL, NULL },
    { "co_posonlyargcount", get_posonly, NULL, NULL },
    { "co_kwonlyargcount", get_kwonly, NULL, NULL },
    { "co_nlocals", get_nlocals, NULL, NULL },
    { "co_flags", get_flags, NULL, NULL },
    { "co_firstlineno", get_firstlineno, NULL, NULL },
    { "co_stacksize", get_stacksize, NULL, NULL },
    { "co_varnames", get_varnames, NULL, NULL },
    { "co_cellvars", get_cellvars, NULL, NULL },
    { "co_freevars", get_freevars, NULL, NULL },
    { "co_code", get_code, NULL, NULL },
    { "co_linetable", get_linetable, NULL, NULL },
    { "co_exceptiontable", get_exceptiontable, NULL, NULL },
    { NULL }
};

TyType TyCode_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "code",
    .basicsize = sizeof(TyCode),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .richcompare = code_richcompare,
    .hash = code_hash,
    .methods = code_methods,
    .getset = code_getset,
};
