/*
** builtins.c — the builtins module: print, len, sorted, min/max, the
** introspection functions, exec/eval, __build_class__, and the names of
** the built-in types and constants.
*/
#include <limits.h>
#include <math.h>
#include <unistd.h>
#include "tally.h"
#include "buffer.h"
#include "vm.h"
#include "import.h"
#include "parser.h"
#include "compiler.h"
#include "future.h"
#include "modules/astmodule.h"
#include "format.h"
#include "repl.h"
#include "objects/memoryview.h"
#include "modules/builtins.h"
#include "modules/sys.h"
#include "objects/func.h"
#include "objects/frame.h"
#include "objects/coroutine.h"
#include "objects/set.h"
#include "objects/iter.h"
#include "objects/gen.h"
#include "objects/class.h"
#include "objects/textio.h"
#include "objects/fileio.h"
#include "objects/bytearray.h"

/* ---- output and input ------------------------------------------------------- */

/* The file print() writes to: the `file` argument, else sys.stdout. */
static TyObject *stdout_object(void)
{
    return ty_state.sys ? tyDict_getItem(TY_MODULE_DICT(ty_state.sys), TY_ID(stdout)) : NULL;
}

static int write_str(TyObject *file, TyObject *s)
{
    if (tyTextIO_check(file))
        return tyTextIO_write(file, s);
    TyObject *r = tyObj_callMethod(file, TY_ID(write), &s, 1);
    if (!r)
        return -1;
    TY_DECREF(r);
    return 0;
}

TY_CFUNC(builtin_print)
{
    static const char *const names[] = { "sep", "end", "file", "flush", NULL };
    TyObject *kw[4] = { NULL, NULL, NULL, NULL };
    ssize_t nkw = kwnames ? TY_TUPLE_LEN(kwnames) : 0;
    for (ssize_t k = 0; k < nkw; k++) {
        TyObject *key = TY_TUPLE_GET(kwnames, k);
        int i;
        for (i = 0; i < 4; i++)
            if (tyStr_eqC(key, names[i]))
                break;
        if (i == 4)
            return tyErr_format(&TyExc_TypeError, "'%U' is an invalid keyword argument for print()", key);
        kw[i] = args[nargs + (size_t)k];
    }
    TyObject *sep = kw[0], *end = kw[1], *file = kw[2], *flush = kw[3];
    if (sep == TY_NONE)
        sep = NULL;
    if (end == TY_NONE)
        end = NULL;
    if (sep && !TY_STR_CHECK(sep))
        return tyErr_format(&TyExc_TypeError, "sep must be None or a string, not %s", tyType_name(TY_TYPE(sep)));
    if (end && !TY_STR_CHECK(end))
        return tyErr_format(&TyExc_TypeError, "end must be None or a string, not %s", tyType_name(TY_TYPE(end)));
    if (!file || file == TY_NONE) {
        file = stdout_object();
        if (!file || file == TY_NONE)
            return tyNone_new();
    }
    TY_INCREF(file);
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0) {
            int r = sep ? write_str(file, sep) : tyTextIO_check(file) ? tyTextIO_writeC(file, " ", 1)
                                                                      : -2;
            if (r == -2) {
                TyObject *sp = tyStr_fromCStr(" ");
                r = sp ? write_str(file, sp) : -1;
                TY_XDECREF(sp);
            }
            if (r < 0)
                goto fail;
        }
        TyObject *s = tyObj_str(args[i]);
        if (!s)
            goto fail;
        int r = write_str(file, s);
        TY_DECREF(s);
        if (r < 0)
            goto fail;
    }
    {
        int r;
        if (end)
            r = write_str(file, end);
        else if (tyTextIO_check(file))
            r = tyTextIO_writeC(file, "\n", 1);
        else {
            TyObject *nl = tyStr_fromCStr("\n");
            r = nl ? write_str(file, nl) : -1;
            TY_XDECREF(nl);
        }
        if (r < 0)
            goto fail;
    }
    if (flush) {
        int t = tyObj_isTrue(flush);
        if (t < 0)
            goto fail;
        if (t) {
            TyObject *r = tyObj_callMethod(file, TY_ID(flush), NULL, 0);
            if (!r)
                goto fail;
            TY_DECREF(r);
        }
    }
    TY_DECREF(file);
    return tyNone_new();
fail:
    TY_DECREF(file);
    return NULL;
}

/* Is `stream` the process's own descriptor `fd`, a terminal?  (CPython
** asks the stream's fileno() too.) */
static bool is_console(TyObject *stream, int fd)
{
    TyObject *method = tyObj_getAttrStr(stream, "fileno");
    TyObject *r = method ? tyObj_callNoArgs(method) : NULL;
    TY_XDECREF(method);
    int64_t v;
    bool yes = r && TY_INT_CHECK(r) && tyInt_asI64(r, &v) == 0 && v == fd && isatty(fd);
    TY_XDECREF(r);
    tyErr_clear();
    return yes;
}

/* Calls f.flush(), dropping any error (CPython's input() does so). */
static void flush_quietly(TyObject *f)
{
    TyObject *r = tyObj_callMethod(f, TY_ID(flush), NULL, 0);
    if (!r)
        tyErr_clear();
    TY_XDECREF(r);
}

/* input(prompt): the line read from sys.stdin after writing the prompt to
** sys.stdout (through the REPL's line editor on a terminal).  The three
** streams are held while Python code (their flush and write) runs. */
static TyObject *read_input(TyObject *in, TyObject *out, TyObject *err, TyObject *const *args, size_t nargs)
{
    flush_quietly(err);
    if (is_console(in, 0) && is_console(out, 1)) {
        /* On the terminal the line is read as the REPL reads its lines. */
        TyObject *prompt = nargs == 1 ? tyObj_str(args[0]) : NULL;
        if (nargs == 1 && !prompt)
            return NULL;
        TyObject *fr = tyObj_callMethod(out, TY_ID(flush), NULL, 0);
        TyObject *line = fr ? tyRepl_input(prompt) : NULL;
        TY_XDECREF(fr);
        TY_XDECREF(prompt);
        return line;
    }
    if (nargs == 1) {
        TyObject *prompt = tyObj_str(args[0]);
        if (!prompt)
            return NULL;
        int r = write_str(out, prompt);
        TY_DECREF(prompt);
        if (r < 0)
            return NULL;
    }
    flush_quietly(out);
    TyObject *line = tyObj_callMethod(in, TY_ID(readline), NULL, 0);
    if (!line)
        return NULL;
    if (!TY_STR_CHECK(line)) {
        TY_DECREF(line);
        return tyErr_setString(&TyExc_TypeError, "object.readline() returned non-string");
    }
    ssize_t n = TY_STR_NBYTES(line);
    if (n == 0) {
        TY_DECREF(line);
        return tyErr_setString(&TyExc_EOFError, "EOF when reading a line");
    }
    if (TY_STR_UTF8(line)[n - 1] == '\n') {
        TyObject *s = tyStr_sliceBytes(line, 0, n - 1);
        TY_DECREF(line);
        return s;
    }
    return line;
}

TY_CFUNC(builtin_input)
{
    if (tyArg_noKeywords("input", kwnames) < 0 || tyArg_checkPositional("input", nargs, 0, 1) < 0)
        return NULL;
    TyObject *sysd = TY_MODULE_DICT(ty_state.sys);
    TyObject *in = tyDict_getItem(sysd, TY_ID(stdin));
    TyObject *out = tyDict_getItem(sysd, TY_ID(stdout));
    TyObject *err = tyDict_getItem(sysd, TY_ID(stderr));
    if (!in || in == TY_NONE)
        return tyErr_setString(&TyExc_RuntimeError, "input(): lost sys.stdin");
    if (!out || out == TY_NONE)
        return tyErr_setString(&TyExc_RuntimeError, "input(): lost sys.stdout");
    if (!err || err == TY_NONE)
        return tyErr_setString(&TyExc_RuntimeError, "input(): lost sys.stderr");
    TY_INCREF(in);
    TY_INCREF(out);
    TY_INCREF(err);
    TyObject *r = read_input(in, out, err, args, nargs);
    TY_DECREF(in);
    TY_DECREF(out);
    TY_DECREF(err);
    return r;
}

/* ---- simple functions ------------------------------------------------------------ */

/* breakpoint(*args, **kws): sys.breakpointhook(*args, **kws), whatever a
** program made of it. */
TY_CFUNC(builtin_breakpoint)
{
    TyObject *hook = tyDict_getItemStr(TY_MODULE_DICT(ty_state.sys), "breakpointhook");
    if (!hook)
        return tyErr_setString(&TyExc_RuntimeError, "lost sys.breakpointhook");
    TY_INCREF(hook);
    TyObject *r = tyObj_call(hook, args, nargs, kwnames);
    TY_DECREF(hook);
    return r;
}

TY_CFUNC(builtin_len)
{
    if (tyArg_noKeywords("len", kwnames) < 0 || tyArg_checkPositional("len", nargs, 1, 1) < 0)
        return NULL;
    ssize_t n = tyObj_length(args[0]);
    return n < 0 ? NULL : tyInt_fromI64(n);
}

TY_CFUNC(builtin_repr)
{
    if (tyArg_noKeywords("repr", kwnames) < 0 || tyArg_checkPositional("repr", nargs, 1, 1) < 0)
        return NULL;
    return tyObj_repr(args[0]);
}

TY_CFUNC(builtin_ascii)
{
    if (tyArg_noKeywords("ascii", kwnames) < 0 || tyArg_checkPositional("ascii", nargs, 1, 1) < 0)
        return NULL;
    return tyStr_ascii(args[0]);
}

TY_CFUNC(builtin_id)
{
    if (tyArg_noKeywords("id", kwnames) < 0 || tyArg_checkPositional("id", nargs, 1, 1) < 0)
        return NULL;
    return tyInt_fromU64((uint64_t)(uintptr_t)args[0]);
}

TY_CFUNC(builtin_hash)
{
    if (tyArg_noKeywords("hash", kwnames) < 0 || tyArg_checkPositional("hash", nargs, 1, 1) < 0)
        return NULL;
    ty_hash h = tyObj_hash(args[0]);
    return h == -1 && tyErr_occurred() ? NULL : tyInt_fromI64(h);
}

TY_CFUNC(builtin_abs)
{
    if (tyArg_noKeywords("abs", kwnames) < 0 || tyArg_checkPositional("abs", nargs, 1, 1) < 0)
        return NULL;
    return tyNum_unary(args[0], TY_UNOP_ABS);
}

TY_CFUNC(builtin_callable)
{
    if (tyArg_noKeywords("callable", kwnames) < 0 || tyArg_checkPositional("callable", nargs, 1, 1) < 0)
        return NULL;
    return tyBool_from(tyObj_isCallable(args[0]));
}

TY_CFUNC(builtin_chr)
{
    if (tyArg_noKeywords("chr", kwnames) < 0 || tyArg_checkPositional("chr", nargs, 1, 1) < 0)
        return NULL;
    /* chr() takes a C int, as CPython's argument clinic converts it. */
    int v;
    if (tyArg_int(args[0], &v) < 0)
        return NULL;
    if (v < 0 || v > 0x10FFFF)
        return tyErr_setString(&TyExc_ValueError, "chr() arg not in range(0x110000)");
    return tyStr_fromCodepoint((uint32_t)v);
}

TY_CFUNC(builtin_ord)
{
    if (tyArg_noKeywords("ord", kwnames) < 0 || tyArg_checkPositional("ord", nargs, 1, 1) < 0)
        return NULL;
    TyObject *o = args[0];
    if (TY_STR_CHECK(o)) {
        if (TY_STR_LEN(o) != 1)
            return tyErr_format(&TyExc_TypeError, "ord() expected a character, but string of length %zd found",
                                TY_STR_LEN(o));
        return tyInt_fromI64(tyStr_codepointAt(o, 0));
    }
    if (TY_BYTES_CHECK(o) || TY_TYPE(o) == &TyByteArray_Type) {
        ssize_t n = TY_BYTES_CHECK(o) ? TY_BYTES_LEN(o) : tyObj_length(o);
        if (n != 1)
            return tyErr_format(&TyExc_TypeError, "ord() expected a character, but string of length %zd found", n);
        const char *d = TY_BYTES_CHECK(o) ? TY_BYTES_DATA(o) : TY_BYTEARRAY_DATA(o);
        return tyInt_fromI64((unsigned char)d[0]);
    }
    return tyErr_format(&TyExc_TypeError, "ord() expected string of length 1, but %s found",
                        tyType_name(TY_TYPE(o)));
}

static TyObject *int_in_base(TyObject *const *args, size_t nargs, TyObject *kwnames, const char *name,
                             int base)
{
    if (tyArg_noKeywords(name, kwnames) < 0 || tyArg_checkPositional(name, nargs, 1, 1) < 0)
        return NULL;
    TyObject *i = tyNum_index(args[0]);
    if (!i)
        return NULL;
    TyObject *r = tyInt_toBase(i, base, true);
    TY_DECREF(i);
    return r;
}

TY_CFUNC(builtin_hex) { return int_in_base(args, nargs, kwnames, "hex", 16); }
TY_CFUNC(builtin_oct) { return int_in_base(args, nargs, kwnames, "oct", 8); }
TY_CFUNC(builtin_bin) { return int_in_base(args, nargs, kwnames, "bin", 2); }

TY_CFUNC(builtin_format)
{
    if (tyArg_noKeywords("format", kwnames) < 0 || tyArg_checkPositional("format", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 2 && !TY_STR_CHECK(args[1]))
        return tyErr_format(&TyExc_TypeError, "format() argument 2 must be str, not %A", args[1]);
    return tyFormat_object(args[0], nargs == 2 ? args[1] : NULL);
}

TY_CFUNC(builtin_divmod)
{
    if (tyArg_noKeywords("divmod", kwnames) < 0 || tyArg_checkPositional("divmod", nargs, 2, 2) < 0)
        return NULL;
    return tyNum_binary(args[0], args[1], TY_BINOP_DIVMOD);
}

TY_CFUNC(builtin_pow)
{
    static const char *const names[] = { "base", "exp", "mod", NULL };
    TyObject *a[3];
    if (tyArg_unpack("pow", args, nargs, kwnames, names, 2, 3, a) < 0)
        return NULL;
    return tyNum_power3(a[0], a[1], a[2]);
}

TY_CFUNC(builtin_round)
{
    static const char *const names[] = { "number", "ndigits", NULL };
    TyObject *a[2];
    if (tyArg_unpack("round", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    /* A special method: the type's, bound through its descriptor. */
    TyObject *meth = tyObj_lookupSpecial(a[0], TY_ID(__round__));
    if (!meth)
        return tyErr_occurred() ? NULL
                                : tyErr_format(&TyExc_TypeError, "type %s doesn't define __round__ method",
                                               tyType_name(TY_TYPE(a[0])));
    TyObject *r = tyObj_call(meth, &a[1], a[1] && a[1] != TY_NONE ? 1 : 0, NULL);
    TY_DECREF(meth);
    return r;
}

/* ---- iteration helpers ---------------------------------------------------------- */

TY_CFUNC(builtin_iter)
{
    if (tyArg_noKeywords("iter", kwnames) < 0 || tyArg_checkPositional("iter", nargs, 1, 2) < 0)
        return NULL;
    if (nargs == 1)
        return tyObj_getIter(args[0]);
    if (!tyObj_isCallable(args[0]))
        return tyErr_setString(&TyExc_TypeError, "iter(v, w): v must be callable");
    return tyCallIter_new(args[0], args[1]);
}

TY_CFUNC(builtin_next)
{
    if (tyArg_noKeywords("next", kwnames) < 0 || tyArg_checkPositional("next", nargs, 1, 2) < 0)
        return NULL;
    TyObject *it = args[0];
    ty_unaryfunc next = TY_TYPE(it)->iternext;
    if (!tyIter_check(it))
        return tyErr_format(&TyExc_TypeError, "'%s' object is not an iterator", tyType_name(TY_TYPE(it)));
    TyObject *r = next(it);
    if (r)
        return r;
    if (tyErr_occurred()) {
        if (nargs == 2 && tyErr_exceptionMatches(&TyExc_StopIteration)) {
            tyErr_clear();
            return TY_NEWREF(args[1]);
        }
        return NULL;
    }
    if (nargs == 2)
        return TY_NEWREF(args[1]);
    return tyErr_setNone(&TyExc_StopIteration);
}

TY_CFUNC(builtin_aiter)
{
    if (tyArg_noKeywords("aiter", kwnames) < 0 || tyArg_checkPositional("aiter", nargs, 1, 1) < 0)
        return NULL;
    ty_unaryfunc getter = TY_TYPE(args[0])->am_aiter;
    if (!getter)
        return tyErr_format(&TyExc_TypeError, "'%s' object is not an async iterable",
                            tyType_name(TY_TYPE(args[0])));
    TyObject *it = getter(args[0]);
    if (it && !TY_TYPE(it)->am_anext) {
        tyErr_format(&TyExc_TypeError, "aiter() returned not an async iterator of type '%s'",
                     tyType_name(TY_TYPE(it)));
        TY_DECREF(it);
        return NULL;
    }
    return it;
}

TY_CFUNC(builtin_anext)
{
    if (tyArg_noKeywords("anext", kwnames) < 0 || tyArg_checkPositional("anext", nargs, 1, 2) < 0)
        return NULL;
    return tyAsyncGen_anext(args[0], nargs == 2 ? args[1] : NULL);
}

TY_CFUNC(builtin_any)
{
    if (tyArg_noKeywords("any", kwnames) < 0 || tyArg_checkPositional("any", nargs, 1, 1) < 0)
        return NULL;
    TyObject *it = tyObj_getIter(args[0]);
    if (!it)
        return NULL;
    TyObject *x;
    while ((x = tyIter_next(it))) {
        int t = tyObj_isTrue(x);
        TY_DECREF(x);
        if (t != 0) {
            TY_DECREF(it);
            return t < 0 ? NULL : tyBool_from(true);
        }
    }
    TY_DECREF(it);
    return tyErr_occurred() ? NULL : tyBool_from(false);
}

TY_CFUNC(builtin_all)
{
    if (tyArg_noKeywords("all", kwnames) < 0 || tyArg_checkPositional("all", nargs, 1, 1) < 0)
        return NULL;
    TyObject *it = tyObj_getIter(args[0]);
    if (!it)
        return NULL;
    TyObject *x;
    while ((x = tyIter_next(it))) {
        int t = tyObj_isTrue(x);
        TY_DECREF(x);
        if (t <= 0) {
            TY_DECREF(it);
            return t < 0 ? NULL : tyBool_from(false);
        }
    }
    TY_DECREF(it);
    return tyErr_occurred() ? NULL : tyBool_from(true);
}

TY_CFUNC(builtin_sum)
{
    static const char *const names[] = { "", "start", NULL };
    TyObject *a[2];
    if (tyArg_unpack("sum", args, nargs, kwnames, names, 1, 2, a) < 0)
        return NULL;
    TyObject *start = a[1];
    if (start && (TY_STR_CHECK(start) || TY_BYTES_CHECK(start) || TY_TYPE(start) == &TyByteArray_Type)) {
        if (TY_STR_CHECK(start))
            return tyErr_setString(&TyExc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        if (TY_BYTES_CHECK(start))
            return tyErr_setString(&TyExc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        return tyErr_setString(&TyExc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    }
    TyObject *it = tyObj_getIter(a[0]);
    if (!it)
        return NULL;
    TyObject *result = start ? TY_NEWREF(start) : tyInt_fromI64(0);
    TyObject *x;
    /* Fast paths as CPython has them: exact ints in 64 bits, then floats. */
    while (result && (x = tyIter_next(it))) {
        TyObject *r = NULL;
        if (TY_INT_CHECK_EXACT(result) && TY_INT_CHECK_EXACT(x) && TY_INT_IS_SMALL(result) &&
            TY_INT_IS_SMALL(x)) {
            int64_t s;
            if (!__builtin_add_overflow(TY_INT_VALUE(result), TY_INT_VALUE(x), &s))
                r = tyInt_fromI64(s);
        } else if (TY_TYPE(result) == &TyFloat_Type && TY_TYPE(x) == &TyFloat_Type) {
            r = tyFloat_from(TY_FLOAT_VALUE(result) + TY_FLOAT_VALUE(x));
        }
        if (!r && !tyErr_occurred())
            r = tyNum_binary(result, x, TY_BINOP_ADD);
        TY_DECREF(x);
        TY_SETREF(result, r);
        if (!result)
            break;
    }
    TY_DECREF(it);
    if (tyErr_occurred()) {
        TY_XDECREF(result);
        return NULL;
    }
    return result;
}

/* min() and max(): one iterable or several arguments, key=, default=. */
static TyObject *min_max(TyObject *const *args, size_t nargs, TyObject *kwnames, int op, const char *name)
{
    /* The positional count first, then the keywords as CPython parses them
    ** (keyword-only key= and default=). */
    static const char *const names[] = {"key", "default", NULL};
    TyObject *kw[2];
    if (nargs == 0)
        return tyErr_format(&TyExc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (tyArg_unpack(name, args + nargs, 0, kwnames, names, 0, 0, kw) < 0)
        return NULL;
    TyObject *key = kw[0] == TY_NONE ? NULL : kw[0], *deflt = kw[1];
    TyObject *it;
    if (nargs == 1) {
        it = tyObj_getIter(args[0]);
    } else {
        if (deflt)
            return tyErr_format(&TyExc_TypeError,
                                "Cannot specify a default for %s() with multiple positional arguments", name);
        TyObject *t = tyTuple_fromArray(args, (ssize_t)nargs);
        it = t ? tyObj_getIter(t) : NULL;
        TY_XDECREF(t);
    }
    if (!it)
        return NULL;
    TyObject *best = NULL, *best_key = NULL, *x;
    while ((x = tyIter_next(it))) {
        TyObject *k = key ? tyObj_callOneArg(key, x) : TY_NEWREF(x);
        if (!k) {
            TY_DECREF(x);
            goto fail;
        }
        if (!best) {
            best = x;
            best_key = k;
            continue;
        }
        int better = tyObj_richCompareBool(k, best_key, op);
        if (better < 0) {
            TY_DECREF(x);
            TY_DECREF(k);
            goto fail;
        }
        if (better) {
            TY_SETREF(best, x);
            TY_SETREF(best_key, k);
        } else {
            TY_DECREF(x);
            TY_DECREF(k);
        }
    }
    if (tyErr_occurred())
        goto fail;
    TY_DECREF(it);
    TY_XDECREF(best_key);
    if (!best) {
        if (deflt)
            return TY_NEWREF(deflt);
        return tyErr_format(&TyExc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
fail:
    TY_DECREF(it);
    TY_XDECREF(best);
    TY_XDECREF(best_key);
    return NULL;
}

TY_CFUNC(builtin_min) { return min_max(args, nargs, kwnames, TY_LT, "min"); }
TY_CFUNC(builtin_max) { return min_max(args, nargs, kwnames, TY_GT, "max"); }

TY_CFUNC(builtin_sorted)
{
    if (tyArg_checkCount("sorted", nargs, 1, 1) < 0)
        return NULL;
    /* As CPython: the list first, then its sort method gets the keywords
    ** (and reports their errors). */
    TyObject *list = tyList_fromIterable(args[0]);
    if (!list)
        return NULL;
    TyObject *sort = tyObj_getAttr(list, TY_ID(sort));
    TyObject *r = sort ? tyObj_call(sort, args + 1, 0, kwnames) : NULL;
    TY_XDECREF(sort);
    if (!r) {
        TY_DECREF(list);
        return NULL;
    }
    TY_DECREF(r);
    return list;
}

/* ---- attributes and introspection -------------------------------------------- */

TY_CFUNC(builtin_getattr)
{
    if (tyArg_noKeywords("getattr", kwnames) < 0 || tyArg_checkPositional("getattr", nargs, 2, 3) < 0)
        return NULL;
    if (nargs == 2)
        return tyObj_getAttr(args[0], args[1]);
    TyObject *v;
    int found = tyObj_lookupAttr(args[0], args[1], &v);
    if (found < 0)
        return NULL;
    return found ? v : TY_NEWREF(args[2]);
}

TY_CFUNC(builtin_setattr)
{
    if (tyArg_noKeywords("setattr", kwnames) < 0 || tyArg_checkPositional("setattr", nargs, 3, 3) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[1]))
        return tyErr_format(&TyExc_TypeError, "attribute name must be string, not '%s'",
                            tyType_name(TY_TYPE(args[1])));
    return tyObj_setAttr(args[0], args[1], args[2]) < 0 ? NULL : tyNone_new();
}

TY_CFUNC(builtin_delattr)
{
    if (tyArg_noKeywords("delattr", kwnames) < 0 || tyArg_checkPositional("delattr", nargs, 2, 2) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[1]))
        return tyErr_format(&TyExc_TypeError, "attribute name must be string, not '%s'",
                            tyType_name(TY_TYPE(args[1])));
    return tyObj_setAttr(args[0], args[1], NULL) < 0 ? NULL : tyNone_new();
}

TY_CFUNC(builtin_hasattr)
{
    if (tyArg_noKeywords("hasattr", kwnames) < 0 || tyArg_checkPositional("hasattr", nargs, 2, 2) < 0)
        return NULL;
    TyObject *v;
    int found = tyObj_lookupAttr(args[0], args[1], &v);
    if (found < 0)
        return NULL;
    TY_XDECREF(v);
    return tyBool_from(found);
}

TY_CFUNC(builtin_isinstance)
{
    if (tyArg_noKeywords("isinstance", kwnames) < 0 || tyArg_checkPositional("isinstance", nargs, 2, 2) < 0)
        return NULL;
    int r = tyObj_isInstance(args[0], args[1]);
    return r < 0 ? NULL : tyBool_from(r);
}

TY_CFUNC(builtin_issubclass)
{
    if (tyArg_noKeywords("issubclass", kwnames) < 0 || tyArg_checkPositional("issubclass", nargs, 2, 2) < 0)
        return NULL;
    int r = tyObj_isSubclass(args[0], args[1]);
    return r < 0 ? NULL : tyBool_from(r);
}

/* The current Python frame's globals / locals (for a function, the one
** dict CPython 3.11's locals() refreshes and returns each time). */
static TyObject *current_globals(void)
{
    TyFrame *f = tyVM_currentFrame();
    return f ? f->globals : ty_state.main_dict;
}

TyObject *tyBuiltins_locals(void)
{
    TyFrame *f = tyVM_currentFrame();
    if (!f)
        return TY_NEWREF(ty_state.main_dict);
    TyObject *d = tyFrame_locals(f);
    return d ? TY_NEWREF(d) : NULL;
}

TY_CFUNC(builtin_globals)
{
    if (tyArg_checkPositional("globals", nargs, 0, 0) < 0)
        return NULL;
    return TY_NEWREF(current_globals());
}

TY_CFUNC(builtin_locals)
{
    if (tyArg_checkPositional("locals", nargs, 0, 0) < 0)
        return NULL;
    return tyBuiltins_locals();
}

TY_CFUNC(builtin_vars)
{
    if (tyArg_noKeywords("vars", kwnames) < 0 || tyArg_checkPositional("vars", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return tyBuiltins_locals();
    TyObject *d;
    int found = tyObj_lookupAttr(args[0], TY_ID(__dict__), &d);
    if (found < 0)
        return NULL;
    if (!found)
        return tyErr_setString(&TyExc_TypeError, "vars() argument must have __dict__ attribute");
    return d;
}

/* The keys of a namespace as a new list: a dict's own, or list(m.keys())
** for the mapping eval() or exec() was given as locals. */
static TyObject *mapping_keys(TyObject *m)
{
    if (TY_DICT_CHECK_EXACT(m))
        return tyDict_keys(m);
    TyObject *keys = tyObj_callMethod(m, TY_ID(keys), NULL, 0);
    if (!keys)
        return NULL;
    TyObject *list = tyList_fromIterable(keys);
    TY_DECREF(keys);
    return list;
}

TY_CFUNC(builtin_dir)
{
    if (tyArg_noKeywords("dir", kwnames) < 0 || tyArg_checkPositional("dir", nargs, 0, 1) < 0)
        return NULL;
    TyObject *names;
    if (nargs == 0) {
        TyObject *loc = tyBuiltins_locals();
        if (!loc)
            return NULL;
        names = mapping_keys(loc);
        TY_DECREF(loc);
    } else {
        /* A special method: the type's, bound through its descriptor. */
        TyObject *meth = tyObj_lookupSpecial(args[0], TY_ID(__dir__));
        if (!meth)
            return tyErr_occurred() ? NULL : tyErr_setString(&TyExc_TypeError, "object does not provide __dir__");
        TyObject *r = tyObj_callNoArgs(meth);
        TY_DECREF(meth);
        if (!r)
            return NULL;
        names = tyList_fromIterable(r);
        TY_DECREF(r);
    }
    if (!names)
        return NULL;
    if (tyList_sort(names, NULL, false) < 0) {
        TY_DECREF(names);
        return NULL;
    }
    return names;
}

/* ---- exec / eval / compile ----------------------------------------------------- */

/* Parse source text (str or bytes) in mode into arena; the tree, or NULL
** with an exception set. */
static TyModuleAST *parse_source(TyArena *arena, TyObject *source, const char *filename, TyParseMode mode,
                                 int feature)
{
    const char *text;
    ssize_t len;
    if (TY_STR_CHECK(source)) {
        text = TY_STR_UTF8(source);
        len = TY_STR_NBYTES(source);
    } else if (TY_BYTES_CHECK(source)) {
        text = TY_BYTES_DATA(source);
        len = TY_BYTES_LEN(source);
    } else {
        tyErr_setString(&TyExc_TypeError, "source must be a string, bytes or code object");
        return NULL;
    }
    if ((ssize_t)strlen(text) != len) {
        tyErr_setString(&TyExc_ValueError, "source code string cannot contain null bytes");
        return NULL;
    }
    return tyParse_sourceFeature(arena, text, (size_t)len, filename, mode,
                                 TY_STR_CHECK(source) ? TY_INPUT_TEXT : TY_INPUT_BYTES, NULL, feature);
}

/* The future features of the code that called exec/eval/compile, which
** the compiled text inherits (as CPython's PyEval_MergeCompilerFlags). */
static int inherited_flags(void)
{
    TyFrame *f = tyVM_currentFrame();
    return f ? f->code->flags & TY_PYCF_MASK : 0;
}

/* Compile source text in mode with compile() flags, the grammar of
** Python 3.feature and the optimize level (0..2); new reference to a code object, or with only_ast the
** tree as `ast` node objects (compile(..., PyCF_ONLY_AST)). */
static TyObject *compile_source(TyObject *source, const char *filename, TyParseMode mode, int flags,
                                TyArena **arena_out, bool only_ast, int feature, int optimize)
{
    TyArena *arena = tyArena_new();
    if (!arena)
        return NULL;
    TyModuleAST *mod = parse_source(arena, source, filename, mode, feature);
    TyObject *code = !mod ? NULL : only_ast ? tyAstModule_fromTree(mod) : tyCompile_optimize(mod, arena, filename, &flags, optimize);
    if (!code || !arena_out) {
        tyArena_free(arena);
        if (arena_out)
            *arena_out = NULL;
    } else {
        *arena_out = arena;
    }
    return code;
}

/* Is closure a tuple of exactly n cells (exec's closure= argument)? */
static bool is_closure_of(TyObject *closure, int n)
{
    if (!closure || !TY_TUPLE_CHECK_EXACT(closure) || TY_TUPLE_LEN(closure) != n)
        return false;
    for (int i = 0; i < n; i++)
        if (TY_TYPE(TY_TUPLE_GET(closure, i)) != &TyCell_Type)
            return false;
    return true;
}

/* Run code (with free variables) in globals and locals with closure's
** cells, as a function of that code and closure would run in them. */
static TyObject *eval_with_closure(TyObject *code, TyObject *globals, TyObject *locals, TyObject *closure)
{
    if (tyVM_setDefaultBuiltins(globals) < 0)
        return NULL;
    TyObject *fn = tyFunction_new(code, globals, NULL);
    if (!fn)
        return NULL;
    ((TyFunction *)fn)->closure = TY_NEWREF(closure);
    TyObject *r = tyVM_evalClassBody(fn, locals);
    TY_DECREF(fn);
    return r;
}

static TyObject *exec_or_eval(TyObject *const *args, size_t nargs, TyObject *kwnames, bool is_eval)
{
    const char *name = is_eval ? "eval" : "exec";
    static const char *const eval_names[] = { "", "globals", "locals", NULL };
    static const char *const exec_names[] = { "", "globals", "locals", "closure", NULL };
    TyObject *a[4] = { NULL, NULL, NULL, NULL };
    if (tyArg_unpack(name, args, nargs, kwnames, is_eval ? eval_names : exec_names, 1, 3, a) < 0)
        return NULL;
    TyObject *closure = a[3] && a[3] != TY_NONE ? a[3] : NULL;
    TyObject *globals = a[1] && a[1] != TY_NONE ? a[1] : NULL;
    TyObject *locals = a[2] && a[2] != TY_NONE ? a[2] : NULL;
    /* CPython's checks and words: a mapping (a type with __getitem__) is
    ** fine as locals, never as globals. */
    if (globals && !TY_DICT_CHECK(globals)) {
        if (!is_eval)
            return tyErr_format(&TyExc_TypeError, "exec() globals must be a dict, not %s",
                                tyType_name(TY_TYPE(globals)));
        return tyErr_setString(&TyExc_TypeError, TY_TYPE(globals)->subscript
                                                     ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                     : "globals must be a dict");
    }
    if (locals && !TY_TYPE(locals)->subscript) {
        if (is_eval)
            return tyErr_setString(&TyExc_TypeError, "locals must be a mapping");
        return tyErr_format(&TyExc_TypeError, "locals must be a mapping or None, not %s",
                            tyType_name(TY_TYPE(locals)));
    }
    bool own_locals = false;
    if (!globals) {
        globals = current_globals();
        if (!locals) {
            locals = tyBuiltins_locals();
            if (!locals)
                return NULL;
            own_locals = true;
        }
    } else if (!locals) {
        locals = globals;
    }
    TyObject *code;
    TyArena *arena = NULL;
    if (TY_TYPE(a[0]) == &TyCode_Type) {
        /* A code object with free variables needs cells: exec() takes
        ** them as its closure. */
        int nfrees = ((TyCode *)a[0])->nfrees;
        if (nfrees && is_eval)
            code = tyErr_setString(&TyExc_TypeError,
                                   "code object passed to eval() may not contain free variables");
        else if (!nfrees && closure)
            code = tyErr_setString(&TyExc_TypeError, "cannot use a closure with this code object");
        else if (nfrees && !is_closure_of(closure, nfrees))
            code = tyErr_format(&TyExc_TypeError,
                                "code object requires a closure of exactly length %d", nfrees);
        else
            code = TY_NEWREF(a[0]);
    } else if (closure) {
        code = tyErr_setString(&TyExc_TypeError, "closure can only be used when source is a code object");
    } else if (!TY_STR_CHECK(a[0]) && !TY_BYTES_CHECK(a[0])) {
        code = tyErr_format(&TyExc_TypeError, "%s() arg 1 must be a string, bytes or code object",
                            is_eval ? "eval" : "exec");
    } else if (is_eval && TY_STR_CHECK(a[0])) {
        /* eval() ignores leading spaces and tabs. */
        const char *text = TY_STR_UTF8(a[0]);
        size_t skip = strspn(text, " \t");
        TyObject *src = skip ? tyStr_sliceBytes(a[0], (ssize_t)skip, TY_STR_NBYTES(a[0])) : TY_NEWREF(a[0]);
        code = src ? compile_source(src, "<string>", TY_MODE_EVAL, inherited_flags(), &arena, false, TY_PARSE_LATEST, 0) : NULL;
        TY_XDECREF(src);
    } else {
        code = compile_source(a[0], "<string>", is_eval ? TY_MODE_EVAL : TY_MODE_FILE, inherited_flags(), &arena,
                              false, TY_PARSE_LATEST, 0);
    }
    TyObject *r = !code ? NULL : closure ? eval_with_closure(code, globals, locals, closure)
                                         : tyVM_evalCode(code, globals, locals);
    TY_XDECREF(code);
    if (arena)
        tyArena_free(arena);
    if (own_locals)
        TY_DECREF(locals);
    if (r && !is_eval) {
        TY_DECREF(r);
        return tyNone_new();
    }
    return r;
}

TY_CFUNC(builtin_exec) { return exec_or_eval(args, nargs, kwnames, false); }
TY_CFUNC(builtin_eval) { return exec_or_eval(args, nargs, kwnames, true); }

TY_CFUNC(builtin_compile)
{
    static const char *const names[] = { "source", "filename", "mode", "flags", "dont_inherit",
                                         "optimize", "_feature_version", NULL };
    TyObject *a[7];
    if (tyArg_unpack("compile", args, nargs, kwnames, names, 3, 7, a) < 0)
        return NULL;
    if (!TY_STR_CHECK(a[1]) || !TY_STR_CHECK(a[2]))
        return tyErr_setString(&TyExc_TypeError, "compile() filename and mode must be str");
    int flags = 0, dont_inherit = 0, optimize = -1;
    if ((a[3] && tyArg_int(a[3], &flags) < 0) || (a[4] && tyArg_int(a[4], &dont_inherit) < 0) ||
        (a[5] && tyArg_int(a[5], &optimize) < 0))
        return NULL;
    if (optimize < -1 || optimize > 2)
        return tyErr_setString(&TyExc_ValueError, "compile(): invalid optimize value");
    /* -1 is the interpreter's own level: tally runs unoptimized (no -O). */
    if (optimize == -1)
        optimize = 0;
    /* The future features, CO_NESTED (obsolete, ignored), and the flags
    ** that choose what compile() makes. */
    if (flags & ~(TY_PYCF_MASK | TY_CO_NESTED | TY_PYCF_DONT_IMPLY_DEDENT | TY_PYCF_ONLY_AST |
                  TY_PYCF_TYPE_COMMENTS | TY_PYCF_ALLOW_TOP_LEVEL_AWAIT | TY_PYCF_ALLOW_INCOMPLETE_INPUT))
        return tyErr_setString(&TyExc_ValueError, "compile(): unrecognised flags");
    if (!dont_inherit)
        flags |= inherited_flags();
    bool only_ast = (flags & TY_PYCF_ONLY_AST) != 0;
    /* _feature_version (ast.parse's minor version, -1 for the newest)
    ** counts only for a tree, as in CPython. */
    int feature = TY_PARSE_LATEST;
    if (a[6] && only_ast) {
        int v;
        if (tyArg_int(a[6], &v) < 0)
            return NULL;
        if (v >= 0)
            feature = v;
    }
    TyParseMode mode;
    if (tyStr_eqC(a[2], "exec"))
        mode = TY_MODE_FILE;
    else if (tyStr_eqC(a[2], "eval"))
        mode = TY_MODE_EVAL;
    else if (tyStr_eqC(a[2], "single"))
        mode = TY_MODE_SINGLE;
    else
        return tyErr_setString(&TyExc_ValueError, only_ast ?
                               "compile() mode must be 'exec', 'eval', 'single' or 'func_type'" :
                               "compile() mode must be 'exec', 'eval' or 'single'");
    if (!TY_STR_CHECK(a[0]) && !TY_BYTES_CHECK(a[0]) && tyBuffer_check(a[0])) {
        /* Any other bytes-like source is compiled as its bytes. */
        TyBuffer view;
        if (tyBuffer_get(a[0], &view) < 0)
            return NULL;
        TyObject *b = tyBytes_fromData(view.data, view.len);
        TyObject *r = b ? compile_source(b, TY_STR_UTF8(a[1]), mode, flags, NULL, only_ast, feature, optimize) : NULL;
        TY_XDECREF(b);
        return r;
    }
    if (!TY_STR_CHECK(a[0]) && !TY_BYTES_CHECK(a[0]))
        return tyAstModule_compileTree(a[0], a[1], a[2], only_ast, optimize);
    /* The code object keeps its constants; the arena's extra references
    ** go with it. */
    return compile_source(a[0], TY_STR_UTF8(a[1]), mode, flags, NULL, only_ast, feature, optimize);
}

TY_CFUNC(builtin___import__)
{
    static const char *const names[] = { "name", "globals", "locals", "fromlist", "level", NULL };
    TyObject *a[5];
    if (tyArg_unpack("__import__", args, nargs, kwnames, names, 1, 5, a) < 0)
        return NULL;
    TyObject *level = a[4] ? TY_NEWREF(a[4]) : tyInt_fromI64(0);
    if (!level)
        return NULL;
    TyObject *globals = a[1] && a[1] != TY_NONE ? a[1] : current_globals();
    TyObject *r = tyImport_importName(a[0], globals, a[3] ? a[3] : TY_NONE, level);
    TY_DECREF(level);
    return r;
}

TY_CFUNC(builtin___build_class__)
{
    return tyClass_buildClass(args, nargs, kwnames);
}

/* ---- the module --------------------------------------------------------------------- */

static TyMethodDef builtin_methods[] = {
    { "__build_class__", builtin___build_class__, 0, "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class" },
    { "__import__", builtin___import__, 0, NULL },
    { "abs", builtin_abs, 0, "Return the absolute value of the argument." },
    { "all", builtin_all, 0, NULL },
    { "any", builtin_any, 0, NULL },
    { "ascii", builtin_ascii, 0, NULL },
    { "bin", builtin_bin, 0, NULL },
    { "breakpoint", builtin_breakpoint, 0, NULL },
    { "callable", builtin_callable, 0, NULL },
    { "chr", builtin_chr, 0, NULL },
    { "compile", builtin_compile, 0, NULL },
    { "delattr", builtin_delattr, 0, NULL },
    { "dir", builtin_dir, 0, NULL },
    { "divmod", builtin_divmod, 0, NULL },
    { "eval", builtin_eval, 0, NULL },
    { "exec", builtin_exec, 0, NULL },
    { "format", builtin_format, 0, NULL },
    { "getattr", builtin_getattr, 0, NULL },
    { "globals", builtin_globals, 0, NULL },
    { "hasattr", builtin_hasattr, 0, NULL },
    { "hash", builtin_hash, 0, NULL },
    { "hex", builtin_hex, 0, NULL },
    { "id", builtin_id, 0, NULL },
    { "input", builtin_input, 0, NULL },
    { "isinstance", builtin_isinstance, 0, NULL },
    { "issubclass", builtin_issubclass, 0, NULL },
    { "iter", builtin_iter, 0, NULL },
    { "len", builtin_len, 0, "Return the number of items in a container." },
    { "locals", builtin_locals, 0, NULL },
    { "max", builtin_max, 0,
      "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\n"
      "With a single iterable argument, return its biggest item. The\ndefault keyword-only argument specifies "
      "an object to return if\nthe provided iterable is empty.\nWith two or more arguments, return the largest "
      "argument." },
    { "min", builtin_min, 0,
      "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\n"
      "With a single iterable argument, return its smallest item. The\ndefault keyword-only argument specifies "
      "an object to return if\nthe provided iterable is empty.\nWith two or more arguments, return the smallest "
      "argument." },
    { "next", builtin_next, 0, NULL },
    { "aiter", builtin_aiter, 0, NULL },
    { "anext", builtin_anext, 0, NULL },
    { "oct", builtin_oct, 0, NULL },
    { "open", tyFile_open, 0, NULL },
    { "ord", builtin_ord, 0, NULL },
    { "pow", builtin_pow, 0, NULL },
    { "print", builtin_print, 0, NULL },
    { "repr", builtin_repr, 0, NULL },
    { "round", builtin_round, 0, NULL },
    { "setattr", builtin_setattr, 0, NULL },
    { "sorted", builtin_sorted, 0, NULL },
    { "sum", builtin_sum, 0, NULL },
    { "vars", builtin_vars, 0, NULL },
    { NULL }
};

/* The built-in types and constants, listed once. */
static const struct { const char *name; TyObject *value; } builtin_values[] = {
    { "None", TY_NONE },
    { "Ellipsis", TY_ELLIPSIS },
    { "NotImplemented", TY_NOTIMPL },
    { "False", TY_FALSE },
    { "True", TY_TRUE },
    { "__debug__", TY_TRUE },
    { "bool", (TyObject *)&TyBool_Type },
    { "bytearray", (TyObject *)&TyByteArray_Type },
    { "bytes", (TyObject *)&TyBytes_Type },
    { "classmethod", (TyObject *)&TyClassMethod_Type },
    { "complex", (TyObject *)&TyComplex_Type },
    { "dict", (TyObject *)&TyDict_Type },
    { "enumerate", (TyObject *)&TyEnum_Type },
    { "filter", (TyObject *)&TyFilter_Type },
    { "float", (TyObject *)&TyFloat_Type },
    { "frozenset", (TyObject *)&TyFrozenSet_Type },
    { "property", (TyObject *)&TyProperty_Type },
    { "int", (TyObject *)&TyInt_Type },
    { "list", (TyObject *)&TyList_Type },
    { "map", (TyObject *)&TyMap_Type },
    { "memoryview", (TyObject *)&TyMemoryView_Type },
    { "object", (TyObject *)&TyBaseObject_Type },
    { "range", (TyObject *)&TyRange_Type },
    { "reversed", (TyObject *)&TyReversed_Type },
    { "set", (TyObject *)&TySet_Type },
    { "slice", (TyObject *)&TySlice_Type },
    { "staticmethod", (TyObject *)&TyStaticMethod_Type },
    { "str", (TyObject *)&TyStr_Type },
    { "super", (TyObject *)&TySuper_Type },
    { "tuple", (TyObject *)&TyTuple_Type },
    { "type", (TyObject *)&TyType_Type },
    { "zip", (TyObject *)&TyZip_Type },
};

TyObject *tyBuiltins_create(void)
{
    TyObject *m = tyModule_new("builtins", builtin_methods);
    if (!m)
        return NULL;
    TyObject *doc = tyStr_fromCStr("Built-in functions, exceptions, and other objects.");
    if (!doc || tyModule_addObject(m, "__doc__", doc) < 0) {
        TY_XDECREF(doc);
        TY_DECREF(m);
        return NULL;
    }
    TY_DECREF(doc);
    for (size_t i = 0; i < TY_ARRAY_LEN(builtin_values); i++) {
        if (tyModule_addObject(m, builtin_values[i].name, builtin_values[i].value) < 0) {
            TY_DECREF(m);
            return NULL;
        }
    }
    if (tyExc_init(TY_MODULE_DICT(m)) < 0) {
        TY_DECREF(m);
        return NULL;
    }
    return m;
}
