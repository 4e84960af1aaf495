/*
** sre.c — the `_sre` module: compile, the constants and character helpers
** re._compiler uses, the Pattern type (re.Pattern) and the Scanner type
** (_sre.SRE_Scanner), with CPython 3.11's behaviour and messages.  Match
** objects are sre_match.c; the matcher is sre_engine.c.
**
** As in CPython 3.11, a replacement template with backslashes is handed to
** the `re` package's own Python code (re._subx, re._expand), which parses
** it and returns a function or a literal.
*/
#include "tally.h"
#include "import.h"
#include "buffer.h"
#include "objects/iter.h"
#include "objects/genericalias.h"
#include "objects/mappingproxy.h"
#include "objects/weakref.h"
#include "objects/memoryview.h"
#include "modules/sre.h"

#define SRE_COPYRIGHT " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "

/* ---- argument conversions ------------------------------------------------------------------ */

/* TypeError for an argument of the wrong type, worded as argument clinic
** words it: "compile() argument 'code' must be list, not tuple". */
static int bad_argument(const char *fname, const char *param, const char *expected, TyObject *got)
{
    tyErr_format(&TyExc_TypeError, "%s() argument '%s' must be %s, not %T", fname, param, expected,
                 got);
    return -1;
}

/* `string, pos=0, endpos=sys.maxsize`, the arguments of the searching
** methods. */
static int string_args(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames,
                       TyObject **string, ssize_t *pos, ssize_t *endpos)
{
    static const char *const names[] = { "string", "pos", "endpos", NULL };
    TyObject *a[3];
    if (tyArg_unpack(fname, args, nargs, kwnames, names, 1, 3, a) < 0)
        return -1;
    *string = a[0];
    *pos = 0;
    *endpos = SSIZE_MAX;
    if (a[1] && tyArg_ssize(a[1], pos) < 0)
        return -1;
    if (a[2] && tyArg_ssize(a[2], endpos) < 0)
        return -1;
    return 0;
}

/* ---- calling back into `re` -------------------------------------------------------------- */

TyObject *tySre_callRe(const char *name, TyObject *const *args, size_t nargs)
{
    TyObject *re = tyImport_importC("re");
    if (!re)
        return NULL;
    TyObject *fn = tyObj_getAttrStr(re, name);
    TY_DECREF(re);
    if (!fn)
        return NULL;
    TyObject *r = tyObj_call(fn, args, nargs, NULL);
    TY_DECREF(fn);
    return r;
}

/* ---- Pattern ------------------------------------------------------------------------------ */

/* Start a state for self over string: 0 / -1. */
static int pattern_state(TySrePattern *self, SreState *st, TyObject *string, ssize_t pos,
                         ssize_t endpos)
{
    return tySre_stateInit(st, self->code, self->groups, self->isbytes, string, pos, endpos);
}

/* The match object for a status of the engine: a Match, None or NULL. */
static TyObject *match_result(TySrePattern *self, SreState *st, ssize_t status)
{
    if (status < 0)
        return tySre_raise(status);
    if (status == 0)
        return TY_NEWREF(TY_NONE);
    return tySreMatch_new(self, st);
}

/* match / fullmatch / search: run once and make the result. */
static TyObject *pattern_run(TyObject *self, const char *fname, TyObject *const *args,
                             size_t nargs, TyObject *kwnames, bool search, bool all)
{
    TyObject *string;
    ssize_t pos, endpos;
    SreState st;
    if (string_args(fname, args, nargs, kwnames, &string, &pos, &endpos) < 0 ||
        pattern_state((TySrePattern *)self, &st, string, pos, endpos) < 0)
        return NULL;
    st.match_all = all;
    ssize_t status = search ? tySre_search(&st) : tySre_match(&st);
    TyObject *r = match_result((TySrePattern *)self, &st, status);
    tySre_stateFini(&st);
    return r;
}

TY_CFUNC(pattern_match)
{
    return pattern_run(self, "match", args, nargs, kwnames, false, false);
}

TY_CFUNC(pattern_fullmatch)
{
    return pattern_run(self, "fullmatch", args, nargs, kwnames, false, true);
}

TY_CFUNC(pattern_search)
{
    return pattern_run(self, "search", args, nargs, kwnames, true, false);
}

/* The next search of a loop over the subject (findall, split, sub): 1 with
** a match, 0 at the end, -1 with an exception. */
static int next_search(SreState *st)
{
    tySre_stateReset(st);
    ssize_t status = tySre_search(st);
    if (status < 0) {
        tySre_raise(status);
        return -1;
    }
    return status > 0;
}

/* After a match: the next search starts where it ended, and may not match
** empty there when it was empty. */
static void advance(SreState *st)
{
    st->must_advance = st->ptr == st->start;
    st->start = st->ptr;
}


/* What findall and split return once the state is released: the list
** they built, or NULL (releasing it) after an error. */
static TyObject *loop_result(SreState *st, TyObject *list, bool ok)
{
    tySre_stateFini(st);
    if (!ok)
        TY_CLEAR(list);
    return list;
}

TY_CFUNC(pattern_findall)
{
    TySrePattern *p = (TySrePattern *)self;
    TyObject *string;
    ssize_t pos, endpos;
    SreState st;
    if (string_args("findall", args, nargs, kwnames, &string, &pos, &endpos) < 0 ||
        pattern_state(p, &st, string, pos, endpos) < 0)
        return NULL;
    TyObject *list = tyList_new(0);
    if (!list)
        goto error;
    while (st.start <= st.endpos) {
        int found = next_search(&st);
        if (found < 0)
            goto error;
        if (!found)
            break;
        TyObject *item;
        if (p->groups == 0) {
            item = tySre_slice(&st, st.start, st.ptr);
        } else if (p->groups == 1) {
            item = tySre_group(&st, 1, NULL);
        } else {
            item = tyTuple_new(p->groups);
            for (ssize_t g = 0; item && g < p->groups; g++) {
                TyObject *s = tySre_group(&st, g + 1, NULL);
                if (!s)
                    TY_CLEAR(item);
                else
                    TY_TUPLE_SET(item, g, s);
            }
        }
        if (tyList_appendSteal(list, item) < 0)
            goto error;
        advance(&st);
    }
    return loop_result(&st, list, true);
error:
    return loop_result(&st, list, false);
}

/* A Scanner over string: new reference. */
static TyObject *scanner_new(TySrePattern *pattern, TyObject *string, ssize_t pos, ssize_t endpos);

TY_CFUNC(pattern_scanner)
{
    TyObject *string;
    ssize_t pos, endpos;
    if (string_args("scanner", args, nargs, kwnames, &string, &pos, &endpos) < 0)
        return NULL;
    return scanner_new((TySrePattern *)self, string, pos, endpos);
}

TY_CFUNC(pattern_finditer)
{
    TyObject *string;
    ssize_t pos, endpos;
    if (string_args("finditer", args, nargs, kwnames, &string, &pos, &endpos) < 0)
        return NULL;
    TyObject *scanner = scanner_new((TySrePattern *)self, string, pos, endpos);
    if (!scanner)
        return NULL;
    TyObject *search = tyObj_getAttrStr(scanner, "search");
    TY_DECREF(scanner);
    if (!search)
        return NULL;
    TyObject *it = tyCallIter_new(search, TY_NONE);
    TY_DECREF(search);
    return it;
}

TY_CFUNC(pattern_split)
{
    static const char *const names[] = { "string", "maxsplit", NULL };
    TySrePattern *p = (TySrePattern *)self;
    TyObject *a[2];
    ssize_t maxsplit = 0;
    SreState st;
    if (tyArg_unpack("split", args, nargs, kwnames, names, 1, 2, a) < 0 ||
        (a[1] && tyArg_ssize(a[1], &maxsplit) < 0) ||
        pattern_state(p, &st, a[0], 0, SSIZE_MAX) < 0)
        return NULL;
    TyObject *list = tyList_new(0);
    if (!list)
        goto error;
    ssize_t n = 0, last = st.start;
    while (!maxsplit || n < maxsplit) {
        int found = next_search(&st);
        if (found < 0)
            goto error;
        if (!found)
            break;
        if (tyList_appendSteal(list, tySre_slice(&st, last, st.start)) < 0)
            goto error;
        for (ssize_t g = 1; g <= p->groups; g++)
            if (tyList_appendSteal(list, tySre_group(&st, g, TY_NONE)) < 0)
                goto error;
        n++;
        advance(&st);
        last = st.start;
    }
    if (tyList_appendSteal(list, tySre_slice(&st, last, st.endpos)) < 0)
        goto error;
    return loop_result(&st, list, true);
error:
    return loop_result(&st, list, false);
}

/* A template with no backslash stands for itself: new reference to it (a
** memoryview's bytes for a memoryview), or NULL, with no exception, for
** any other template. */
static TyObject *literal_template(TyObject *t)
{
    if (TY_STR_CHECK(t))
        return memchr(TY_STR_UTF8(t), '\\', (size_t)TY_STR_NBYTES(t)) ? NULL : TY_NEWREF(t);
    if (tyBytes_isLike(t))
        return memchr(tyBytes_likeData(t), '\\', (size_t)tyBytes_likeLen(t)) ? NULL : TY_NEWREF(t);
    if (!TY_IS_TYPE(t, &TyMemoryView_Type))
        return NULL;
    TyObject *b = tyMemoryView_toBytes(t);
    if (!b || memchr(TY_BYTES_DATA(b), '\\', (size_t)TY_BYTES_LEN(b)))
        TY_CLEAR(b);
    tyErr_clear();
    return b;
}

/* sub / subn: the pieces of the subject between matches and what each
** match is replaced by, joined. */
static TyObject *pattern_subx(TySrePattern *self, TyObject *repl, TyObject *string,
                              ssize_t count, bool subn)
{
    TyObject *filter;
    bool callable;
    if (tyObj_isCallable(repl)) {
        filter = TY_NEWREF(repl);
        callable = true;
    } else if ((filter = literal_template(repl)) != NULL) {
        callable = false;
    } else {
        TyObject *argv[2] = { (TyObject *)self, repl };
        filter = tySre_callRe("_subx", argv, 2);
        if (!filter)
            return NULL;
        callable = tyObj_isCallable(filter);
    }
    SreState st;
    if (pattern_state(self, &st, string, 0, SSIZE_MAX) < 0) {
        TY_DECREF(filter);
        return NULL;
    }
    TyObject *list = tyList_new(0), *joiner = NULL, *result = NULL;
    if (!list)
        goto done;
    ssize_t n = 0, i = 0;
    while (!count || n < count) {
        int found = next_search(&st);
        if (found < 0)
            goto done;
        if (!found)
            break;
        ssize_t b = st.start, e = st.ptr;
        if (i < b && tyList_appendSteal(list, tySre_slice(&st, i, b)) < 0)
            goto done;
        TyObject *item;
        if (callable) {
            TyObject *match = tySreMatch_new(self, &st);
            if (!match)
                goto done;
            item = tyObj_callOneArg(filter, match);
            TY_DECREF(match);
            if (!item)
                goto done;
        } else {
            item = TY_NEWREF(filter);
        }
        if (item != TY_NONE) {
            if (tyList_appendSteal(list, item) < 0)
                goto done;
        } else {
            TY_DECREF(item);
        }
        i = e;
        n++;
        advance(&st);
    }
    if (i < st.endpos && tyList_appendSteal(list, tySre_slice(&st, i, st.endpos)) < 0)
        goto done;
    joiner = tySre_slice(&st, 0, 0);
    if (!joiner)
        goto done;
    if (TY_LIST_LEN(list) == 0)
        result = TY_NEWREF(joiner);
    else if (st.isbytes)
        result = tyBytes_m_join(joiner, &list, 1, NULL);
    else
        result = tyStr_join(joiner, list);
    if (result && subn) {
        TyObject *num = tyInt_fromI64(n);
        TyObject *pair = num ? tyTuple_pack(2, result, num) : NULL;
        TY_XDECREF(num);
        TY_SETREF(result, pair);
    }
done:
    TY_XDECREF(joiner);
    TY_XDECREF(list);
    TY_DECREF(filter);
    tySre_stateFini(&st);
    return result;
}

/* The arguments of sub and subn: repl, string, count=0. */
static TyObject *sub_common(TyObject *self, const char *fname, TyObject *const *args,
                            size_t nargs, TyObject *kwnames, bool subn)
{
    static const char *const names[] = { "repl", "string", "count", NULL };
    TyObject *a[3];
    ssize_t count = 0;
    if (tyArg_unpack(fname, args, nargs, kwnames, names, 2, 3, a) < 0 ||
        (a[2] && tyArg_ssize(a[2], &count) < 0))
        return NULL;
    return pattern_subx((TySrePattern *)self, a[0], a[1], count, subn);
}

TY_CFUNC(pattern_sub)
{
    return sub_common(self, "sub", args, nargs, kwnames, false);
}

TY_CFUNC(pattern_subn)
{
    return sub_common(self, "subn", args, nargs, kwnames, true);
}

/* __copy__ and __deepcopy__: patterns and matches are immutable, so
** themselves. */
TyObject *tySre_copy(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__copy__", kwnames) < 0 ||
        tyArg_checkPositional("__copy__", nargs, 0, 0) < 0)
        return NULL;
    return TY_NEWREF(self);
}

TyObject *tySre_deepcopy(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("__deepcopy__", kwnames) < 0 ||
        tyArg_checkPositional("__deepcopy__", nargs, 1, 1) < 0)
        return NULL;
    return TY_NEWREF(self);
}

TyObject *tySre_classGetitem(TyObject *self, TyObject *const *args, size_t nargs,
                             TyObject *kwnames)
{
    if (tyArg_noKeywords("__class_getitem__", kwnames) < 0 ||
        tyArg_checkPositional("__class_getitem__", nargs, 1, 1) < 0)
        return NULL;
    return tyGenericAlias_new(self, args[0]);
}

/* "re.compile('a+', re.IGNORECASE)" as CPython 3.11 writes it: the
** pattern's repr cut to 200 characters, then the flags by name. */
static TyObject *pattern_repr(TyObject *o)
{
    static const struct {
        const char *name;
        int value;
    } flag_names[] = {
        { "re.TEMPLATE", SRE_FLAG_TEMPLATE }, { "re.IGNORECASE", SRE_FLAG_IGNORECASE },
        { "re.LOCALE", SRE_FLAG_LOCALE },     { "re.MULTILINE", SRE_FLAG_MULTILINE },
        { "re.DOTALL", SRE_FLAG_DOTALL },     { "re.UNICODE", SRE_FLAG_UNICODE },
        { "re.VERBOSE", SRE_FLAG_VERBOSE },   { "re.DEBUG", SRE_FLAG_DEBUG },
        { "re.ASCII", SRE_FLAG_ASCII },
    };
    TySrePattern *p = (TySrePattern *)o;
    int flags = p->flags;
    /* a str pattern is Unicode unless told otherwise */
    if (p->isbytes == 0 &&
        (flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII)) == SRE_FLAG_UNICODE)
        flags &= ~SRE_FLAG_UNICODE;
    TyObject *r = tyObj_repr(p->pattern);
    if (!r)
        return NULL;
    if (TY_STR_LEN(r) > 200)
        TY_SETREF(r, tyStr_substring(r, 0, 200));
    if (!r)
        return NULL;
    TyStrBuilder b;
    tyBuf_init(&b);
    int ok = tyBuf_appendC(&b, "re.compile(") == 0 && tyBuf_appendStr(&b, r) == 0;
    TY_DECREF(r);
    const char *sep = ", ";
    for (size_t i = 0; ok && i < TY_ARRAY_LEN(flag_names); i++) {
        if (flags & flag_names[i].value) {
            ok = tyBuf_appendC(&b, sep) == 0 && tyBuf_appendC(&b, flag_names[i].name) == 0;
            flags &= ~flag_names[i].value;
            sep = "|";
        }
    }
    if (ok && flags)
        ok = tyBuf_appendFormat(&b, "%s0x%x", sep, (unsigned)flags) == 0;
    if (!ok || tyBuf_appendChar(&b, ')') < 0) {
        tyBuf_free(&b);
        return NULL;
    }
    return tyBuf_finish(&b);
}

/* Equal patterns: the same flags, code and pattern (the code differs for
** one pattern compiled under two locales with re.LOCALE). */
static TyObject *pattern_richcompare(TyObject *a, TyObject *b, int op)
{
    if ((op != TY_EQ && op != TY_NE) || !TY_IS_TYPE(b, &TySrePattern_Type))
        return TY_NEWREF(TY_NOTIMPL);
    bool eq;
    if (a == b) {
        eq = true;
    } else {
        TySrePattern *l = (TySrePattern *)a, *r = (TySrePattern *)b;
        eq = l->flags == r->flags && l->isbytes == r->isbytes && l->codesize == r->codesize &&
             memcmp(l->code, r->code, (size_t)l->codesize * sizeof(uint32_t)) == 0;
        if (eq) {
            int c = tyObj_richCompareBool(l->pattern, r->pattern, TY_EQ);
            if (c < 0)
                return NULL;
            eq = c;
        }
    }
    return tyBool_from(op == TY_EQ ? eq : !eq);
}

static ty_hash pattern_hash(TyObject *o)
{
    TySrePattern *p = (TySrePattern *)o;
    ty_hash h = tyObj_hash(p->pattern);
    if (h == -1)
        return -1;
    h ^= tyStr_hashBytes((const char *)p->code, p->codesize * (ssize_t)sizeof(uint32_t));
    h ^= p->flags;
    h ^= p->isbytes;
    h ^= p->codesize;
    return h == -1 ? -2 : h;
}

static TyObject *pattern_get_pattern(TyObject *o)
{
    return TY_NEWREF(((TySrePattern *)o)->pattern);
}

static TyObject *pattern_get_flags(TyObject *o)
{
    return tyInt_fromI64(((TySrePattern *)o)->flags);
}

static TyObject *pattern_get_groups(TyObject *o)
{
    return tyInt_fromI64(((TySrePattern *)o)->groups);
}

/* A read-only view of the group names, or an empty dict when there are none. */
static TyObject *pattern_get_groupindex(TyObject *o)
{
    TySrePattern *p = (TySrePattern *)o;
    if (!p->groupindex)
        return tyDict_new();
    return tyMappingProxy_new(p->groupindex);
}

int tySre_readonly(TyObject *o, TyObject *value)
{
    tyErr_setString(&TyExc_AttributeError, "readonly attribute");
    return -1;
}

static int pattern_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TySrePattern *p = (TySrePattern *)o;
    if (p->groupindex && visit(p->groupindex, arg))
        return 1;
    if (p->indexgroup && visit(p->indexgroup, arg))
        return 1;
    return p->pattern ? visit(p->pattern, arg) : 0;
}

/* No clear slot, as for matches (sre_match.c): the dict and tuple a
** pattern holds are what the collector clears to break a cycle. */
static void pattern_dealloc(TyObject *o)
{
    TySrePattern *p = (TySrePattern *)o;
    tyGC_untrack(o);
    if (p->weakreflist)
        tyWeakref_clear(o);
    TY_XDECREF(p->groupindex);
    TY_XDECREF(p->indexgroup);
    TY_XDECREF(p->pattern);
    tyObj_free(o);
}

static TyMethodDef pattern_methods[] = {
    { "match", pattern_match, TY_METH_DEFAULT,
      "Matches zero or more characters at the beginning of the string." },
    { "fullmatch", pattern_fullmatch, TY_METH_DEFAULT, "Matches against all of the string." },
    { "search", pattern_search, TY_METH_DEFAULT,
      "Scan through string looking for a match, and return a corresponding match object "
      "instance.\n\nReturn None if no position in the string matches." },
    { "sub", pattern_sub, TY_METH_DEFAULT,
      "Return the string obtained by replacing the leftmost non-overlapping occurrences of "
      "pattern in string by the replacement repl." },
    { "subn", pattern_subn, TY_METH_DEFAULT,
      "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost "
      "non-overlapping occurrences of pattern with the replacement repl." },
    { "findall", pattern_findall, TY_METH_DEFAULT,
      "Return a list of all non-overlapping matches of pattern in string." },
    { "split", pattern_split, TY_METH_DEFAULT, "Split string by the occurrences of pattern." },
    { "finditer", pattern_finditer, TY_METH_DEFAULT,
      "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\n"
      "For each match, the iterator returns a match object." },
    { "scanner", pattern_scanner, TY_METH_DEFAULT, NULL },
    { "__copy__", tySre_copy, TY_METH_DEFAULT, NULL },
    { "__deepcopy__", tySre_deepcopy, TY_METH_DEFAULT, NULL },
    { "__class_getitem__", tySre_classGetitem, TY_METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef pattern_getset[] = {
    { "pattern", pattern_get_pattern, tySre_readonly,
      "The pattern string from which the RE object was compiled." },
    { "flags", pattern_get_flags, tySre_readonly, "The regex matching flags." },
    { "groups", pattern_get_groups, tySre_readonly,
      "The number of capturing groups in the pattern." },
    { "groupindex", pattern_get_groupindex, NULL,
      "A dictionary mapping group names to group numbers." },
    { NULL, NULL, NULL, NULL },
};

TyType TySrePattern_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "re.Pattern",
    .basicsize = sizeof(TySrePattern),
    .itemsize = sizeof(uint32_t),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_IMMUTABLETYPE,
    .dealloc = pattern_dealloc,
    .repr = pattern_repr,
    .hash = pattern_hash,
    .richcompare = pattern_richcompare,
    .traverse = pattern_traverse,
    .methods = pattern_methods,
    .getset = pattern_getset,
    .weaklistoffset = offsetof(TySrePattern, weakreflist),
    .doc = "Compiled regular expression object.",
};

/* ---- Scanner ------------------------------------------------------------------------------ */

typedef struct TySreScanner {
    TyObject ob;
    TySrePattern *pattern;
    SreState state;
    bool done;          /* the last search found nothing */
    bool executing;
} TySreScanner;

static TyType TySreScanner_Type;

static TyObject *scanner_new(TySrePattern *pattern, TyObject *string, ssize_t pos, ssize_t endpos)
{
    TySreScanner *s = (TySreScanner *)tyGC_alloc(&TySreScanner_Type);
    if (!s)
        return NULL;
    if (pattern_state(pattern, &s->state, string, pos, endpos) < 0) {
        tyObj_free((TyObject *)s);
        return NULL;
    }
    s->pattern = (TySrePattern *)TY_NEWREF(pattern);
    /* The subject stays exported while the scanner lives, as in CPython:
    ** a bytearray being scanned cannot be resized. */
    tyBuffer_pin(s->state.string);
    tyGC_track((TyObject *)s);
    return (TyObject *)s;
}

/* match() / search(): the next match from where the last one ended, None
** once one attempt found nothing. */
static TyObject *scanner_next(TyObject *self, const char *fname, size_t nargs, TyObject *kwnames,
                              bool search)
{
    TySreScanner *s = (TySreScanner *)self;
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 0, 0) < 0)
        return NULL;
    if (s->executing)
        return tyErr_setString(&TyExc_ValueError, "regular expression scanner already executing");
    if (s->done || !s->pattern)
        return TY_NEWREF(TY_NONE);
    s->executing = true;
    SreState *st = &s->state;
    tySre_stateReset(st);
    ssize_t status = search ? tySre_search(st) : tySre_match(st);
    TyObject *r = match_result(s->pattern, st, status);
    if (status == 0)
        s->done = true;
    else if (status > 0)
        advance(st);
    s->executing = false;
    return r;
}

TY_CFUNC(scanner_match)
{
    return scanner_next(self, "match", nargs, kwnames, false);
}

TY_CFUNC(scanner_search)
{
    return scanner_next(self, "search", nargs, kwnames, true);
}

static TyObject *scanner_get_pattern(TyObject *o)
{
    TySreScanner *s = (TySreScanner *)o;
    return TY_NEWREF(s->pattern ? (TyObject *)s->pattern : TY_NONE);
}

static int scanner_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TySreScanner *s = (TySreScanner *)o;
    if (s->pattern && visit((TyObject *)s->pattern, arg))
        return 1;
    return s->state.string ? visit(s->state.string, arg) : 0;
}

/* Drops the pattern and the state (its subject); the scanner then finds
** nothing. */
static int scanner_clear(TyObject *o)
{
    TySreScanner *s = (TySreScanner *)o;
    TY_CLEAR(s->pattern);
    if (s->state.string)
        tyBuffer_unpin(s->state.string);
    tySre_stateFini(&s->state);
    return 0;
}

static void scanner_dealloc(TyObject *o)
{
    tyGC_untrack(o);
    scanner_clear(o);
    tyObj_free(o);
}

static TyMethodDef scanner_methods[] = {
    { "match", scanner_match, TY_METH_DEFAULT, NULL },
    { "search", scanner_search, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef scanner_getset[] = {
    { "pattern", scanner_get_pattern, tySre_readonly, NULL },
    { NULL, NULL, NULL, NULL },
};

static TyType TySreScanner_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "_sre.SRE_Scanner",
    .basicsize = sizeof(TySreScanner),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_IMMUTABLETYPE,
    .dealloc = scanner_dealloc,
    .traverse = scanner_traverse,
    .clear = scanner_clear,
    .methods = scanner_methods,
    .getset = scanner_getset,
};

/* ---- the module's functions ---------------------------------------------------------------- */

/* Each code word as a 32-bit unsigned value, with CPython's errors. */
static int read_code(TyObject *list, uint32_t *code)
{
    ssize_t n = TY_LIST_LEN(list);
    for (ssize_t i = 0; i < n; i++) {
        TyObject *o = TY_LIST_GET(list, i);
        if (!TY_INT_CHECK(o)) {
            tyErr_setString(&TyExc_TypeError, "an integer is required");
            return -1;
        }
        if (tyInt_sign(o) < 0) {
            tyErr_setString(&TyExc_OverflowError, "can't convert negative value to unsigned int");
            return -1;
        }
        uint64_t v = 0;
        bool fits = TY_INT_IS_SMALL(o);
        if (fits)
            v = (uint64_t)TY_INT_VALUE(o);
        if (!fits || v > UINT32_MAX) {
            if (fits)
                tyErr_setString(&TyExc_OverflowError, "regular expression code size limit exceeded");
            else
                tyArg_tooLarge("unsigned long");
            return -1;
        }
        code[i] = (uint32_t)v;
    }
    return 0;
}

/* _sre.compile(pattern, flags, code, groups, groupindex, indexgroup) */
TY_CFUNC(sre_compile)
{
    static const char *const names[] = { "pattern", "flags", "code", "groups", "groupindex",
                                         "indexgroup", NULL };
    TyObject *a[6];
    int flags;
    ssize_t groups;
    if (tyArg_unpack("compile", args, nargs, kwnames, names, 6, 6, a) < 0 ||
        tyArg_int(a[1], &flags) < 0)
        return NULL;
    if (!TY_LIST_CHECK(a[2]))
        return bad_argument("compile", "code", "list", a[2]), NULL;
    if (tyArg_ssize(a[3], &groups) < 0)
        return NULL;
    if (!TY_DICT_CHECK(a[4]))
        return bad_argument("compile", "groupindex", "dict", a[4]), NULL;
    if (!TY_TUPLE_CHECK(a[5]))
        return bad_argument("compile", "indexgroup", "tuple", a[5]), NULL;
    ssize_t n = TY_LIST_LEN(a[2]);
    TySrePattern *p = (TySrePattern *)tyGC_allocVar(&TySrePattern_Type, n);
    if (!p)
        return NULL;
    p->codesize = n;
    if (read_code(a[2], p->code) < 0) {
        tyObj_free((TyObject *)p);
        return NULL;
    }
    TyObject *pattern = a[0];
    if (pattern == TY_NONE) {
        p->isbytes = -1;
    } else if (TY_STR_CHECK(pattern) || tyBytes_isLike(pattern)) {
        p->isbytes = !TY_STR_CHECK(pattern);
    } else {
        tyObj_free((TyObject *)p);
        return tyErr_format(&TyExc_TypeError, "expected string or bytes-like object, got '%T'",
                            pattern);
    }
    p->pattern = TY_NEWREF(pattern);
    p->flags = flags;
    p->groups = groups;
    if (TY_DICT_LEN(a[4]) > 0) {
        p->groupindex = TY_NEWREF(a[4]);
        if (TY_TUPLE_LEN(a[5]) > 0)
            p->indexgroup = TY_NEWREF(a[5]);
    }
    tyGC_track((TyObject *)p);
    if (!tySre_validate(p->code, n, groups)) {
        TY_DECREF(p);
        return tyErr_setString(&TyExc_RuntimeError, "invalid SRE code");
    }
    return (TyObject *)p;
}

TY_CFUNC(sre_getcodesize)
{
    if (tyArg_noKeywords("getcodesize", kwnames) < 0 ||
        tyArg_checkPositional("getcodesize", nargs, 0, 0) < 0)
        return NULL;
    return tyInt_fromI64((int64_t)sizeof(uint32_t));
}

/* The one C int argument of the character helpers. */
static int character_arg(const char *fname, TyObject *const *args, size_t nargs,
                         TyObject *kwnames, uint32_t *ch)
{
    int v;
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 1, 1) < 0 ||
        tyArg_int(args[0], &v) < 0)
        return -1;
    *ch = (uint32_t)v;
    return 0;
}

TY_CFUNC(sre_ascii_iscased)
{
    uint32_t ch;
    if (character_arg("ascii_iscased", args, nargs, kwnames, &ch) < 0)
        return NULL;
    return tyBool_from(tySre_isCasedAscii(ch));
}

TY_CFUNC(sre_unicode_iscased)
{
    uint32_t ch;
    if (character_arg("unicode_iscased", args, nargs, kwnames, &ch) < 0)
        return NULL;
    return tyBool_from(tySre_isCasedUnicode(ch));
}

TY_CFUNC(sre_ascii_tolower)
{
    uint32_t ch;
    if (character_arg("ascii_tolower", args, nargs, kwnames, &ch) < 0)
        return NULL;
    return tyInt_fromI64((int32_t)tySre_lowerAscii(ch));
}

TY_CFUNC(sre_unicode_tolower)
{
    uint32_t ch;
    if (character_arg("unicode_tolower", args, nargs, kwnames, &ch) < 0)
        return NULL;
    return tyInt_fromI64((int32_t)tySre_lowerUnicode(ch));
}

static TyMethodDef sre_functions[] = {
    { "compile", sre_compile, TY_METH_DEFAULT, NULL },
    { "getcodesize", sre_getcodesize, TY_METH_DEFAULT, NULL },
    { "ascii_iscased", sre_ascii_iscased, TY_METH_DEFAULT, NULL },
    { "unicode_iscased", sre_unicode_iscased, TY_METH_DEFAULT, NULL },
    { "ascii_tolower", sre_ascii_tolower, TY_METH_DEFAULT, NULL },
    { "unicode_tolower", sre_unicode_tolower, TY_METH_DEFAULT, NULL },
    { NULL, NULL, 0, NULL },
};

static TyType *const module_types[] = {
    &TySrePattern_Type, &TySreMatch_Type, &TySreScanner_Type,
};

TyObject *tySre_create(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    TyObject *m = tyModule_new("_sre", sre_functions);
    if (!m)
        return NULL;
    TyObject *copyright = tyStr_fromCStr(SRE_COPYRIGHT);
    if (!copyright || tyModule_addObject(m, "copyright", copyright) < 0 ||
        tyModule_addInt(m, "MAGIC", SRE_MAGIC) < 0 ||
        tyModule_addInt(m, "CODESIZE", (int64_t)sizeof(uint32_t)) < 0 ||
        tyModule_addInt(m, "MAXREPEAT", SRE_MAXREPEAT) < 0 ||
        tyModule_addInt(m, "MAXGROUPS", SRE_MAXGROUPS) < 0) {
        TY_XDECREF(copyright);
        TY_DECREF(m);
        return NULL;
    }
    TY_DECREF(copyright);
    return m;
}

void tySre_fini(void)
{
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
