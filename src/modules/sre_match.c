/*
** sre_match.c — re.Match, the result of a successful match: the span of
** each group, the subject, and the methods that read them (group, groups,
** groupdict, start, end, span, expand, regs, lastindex, lastgroup), with
** CPython 3.11's behaviour and messages.
**
** A group's text is cut from the subject when asked for, as CPython does:
** for bytes-like subjects from the object as it is then (a bytearray may
** have changed), for a non-ASCII str at the byte offsets the match kept.
*/
#include "tally.h"
#include "objects/memoryview.h"
#include "modules/sre.h"

TyObject *tySreMatch_new(TySrePattern *pattern, SreState *st)
{
    ssize_t groups = pattern->groups + 1;
    bool wide = st->checkpoints != NULL;
    TySreMatch *m = (TySreMatch *)tyGC_allocVar(&TySreMatch_Type, (wide ? 4 : 2) * groups);
    if (!m)
        return NULL;
    m->pattern = (TySrePattern *)TY_NEWREF(pattern);
    m->string = TY_NEWREF(st->string);
    m->groups = groups;
    m->pos = st->pos;
    m->endpos = st->endpos;
    m->lastindex = st->lastindex;
    m->mark[0] = st->start;
    m->mark[1] = st->ptr;
    for (ssize_t j = 0; j < 2 * pattern->groups; j += 2) {
        if (j + 1 <= st->lastmark && st->mark[j] >= 0 && st->mark[j + 1] >= 0) {
            m->mark[j + 2] = st->mark[j];
            m->mark[j + 3] = st->mark[j + 1];
            if (m->mark[j + 2] > m->mark[j + 3]) {
                TY_DECREF(m);
                return tyErr_setString(&TyExc_SystemError, "The span of capturing group is wrong,"
                                                           " please report a bug for the re module.");
            }
        } else {
            m->mark[j + 2] = m->mark[j + 3] = -1;
        }
    }
    if (wide) {
        m->offsets = m->mark + 2 * groups;
        for (ssize_t k = 0; k < 2 * groups; k++)
            m->offsets[k] = m->mark[k] < 0 ? -1 : tySre_byteOffset(st, m->mark[k]);
    }
    tyGC_track((TyObject *)m);
    return (TyObject *)m;
}

/* Group `index`'s text, or def (borrowed) when it did not take part: new
** reference. */
static TyObject *group_text(TySreMatch *m, ssize_t index, TyObject *def)
{
    ssize_t i = m->mark[2 * index], j = m->mark[2 * index + 1];
    if (i < 0)
        return TY_NEWREF(def);
    TyObject *s = m->string;
    if (!TY_STR_CHECK(s)) {
        /* cut from the subject as it is now (a memoryview through a copy) */
        bool is_view = TY_IS_TYPE(s, &TyMemoryView_Type);
        TyObject *b = is_view ? tyMemoryView_toBytes(s) : s;
        if (!b)
            return NULL;
        ssize_t len = tyBytes_likeLen(b);
        i = i < len ? i : len;
        j = j < len ? j : len;
        TyObject *r = TY_IS_TYPE(s, &TyBytes_Type) && i == 0 && j == len
                          ? TY_NEWREF(s)
                          : tyBytes_fromData(tyBytes_likeData(b) + i, j - i);
        if (is_view)
            TY_DECREF(b);
        return r;
    }
    if (TY_STR_CHECK_EXACT(s) && i == 0 && j == TY_STR_LEN(s))
        return TY_NEWREF(s);
    if (!m->offsets)
        return tyStr_fromAscii(TY_STR_UTF8(s) + i, j - i);
    ssize_t b0 = m->offsets[2 * index], b1 = m->offsets[2 * index + 1];
    return tyStr_fromKnown(TY_STR_UTF8(s) + b0, b1 - b0, j - i, b1 - b0 == j - i);
}

/* The group number `index` names (an int, or a group's name); NULL means
** group 0.  -1 with IndexError("no such group") when there is none. */
static ssize_t group_index(TySreMatch *m, TyObject *index)
{
    ssize_t i = -1;
    if (!index)
        return 0;
    if (TY_TYPE(index)->nb_index) {
        if (tyNum_asClampedSsize(index, &i) < 0)
            return -1;
    } else if (m->pattern->groupindex) {
        TyObject *v = tyDict_getItem(m->pattern->groupindex, index);
        if (!v && tyErr_occurred())
            return -1;
        if (v && TY_INT_CHECK(v)) {
            i = tyInt_asSsize(v);
            if (i == -1 && tyErr_occurred())
                return -1;
        }
    }
    if (i < 0 || i >= m->groups) {
        tyErr_setString(&TyExc_IndexError, "no such group");
        return -1;
    }
    return i;
}

/* The text of the group `index` names: new reference. */
static TyObject *group_by_name(TySreMatch *m, TyObject *index, TyObject *def)
{
    ssize_t i = group_index(m, index);
    return i < 0 ? NULL : group_text(m, i, def);
}

/* group([group1, ...]): one group's text, or a tuple of several. */
TY_CFUNC(match_group)
{
    TySreMatch *m = (TySreMatch *)self;
    if (tyArg_noKeywords("group", kwnames) < 0)
        return NULL;
    if (nargs == 0)
        return group_text(m, 0, TY_NONE);
    if (nargs == 1)
        return group_by_name(m, args[0], TY_NONE);
    TyObject *t = tyTuple_new((ssize_t)nargs);
    if (!t)
        return NULL;
    for (size_t k = 0; k < nargs; k++) {
        TyObject *item = group_by_name(m, args[k], TY_NONE);
        if (!item) {
            TY_DECREF(t);
            return NULL;
        }
        TY_TUPLE_SET(t, k, item);
    }
    return t;
}

/* m[group]: as m.group(group). */
static TyObject *match_subscript(TyObject *self, TyObject *key)
{
    return group_by_name((TySreMatch *)self, key, TY_NONE);
}

/* The `default=None` argument of groups() and groupdict(): borrowed. */
static int default_arg(const char *fname, TyObject *const *args, size_t nargs,
                       TyObject *kwnames, TyObject **def)
{
    static const char *const names[] = { "default", NULL };
    TyObject *a[1];
    if (tyArg_unpack(fname, args, nargs, kwnames, names, 0, 1, a) < 0)
        return -1;
    *def = a[0] ? a[0] : TY_NONE;
    return 0;
}

TY_CFUNC(match_groups)
{
    TySreMatch *m = (TySreMatch *)self;
    TyObject *def;
    if (default_arg("groups", args, nargs, kwnames, &def) < 0)
        return NULL;
    TyObject *t = tyTuple_new(m->groups - 1);
    if (!t)
        return NULL;
    for (ssize_t g = 1; g < m->groups; g++) {
        TyObject *item = group_text(m, g, def);
        if (!item) {
            TY_DECREF(t);
            return NULL;
        }
        TY_TUPLE_SET(t, g - 1, item);
    }
    return t;
}

TY_CFUNC(match_groupdict)
{
    TySreMatch *m = (TySreMatch *)self;
    TyObject *def;
    if (default_arg("groupdict", args, nargs, kwnames, &def) < 0)
        return NULL;
    TyObject *d = tyDict_new();
    TyObject *index = m->pattern->groupindex;
    if (!d || !index)
        return d;
    TY_INCREF(index);
    ssize_t pos = 0;
    TyObject *key, *value;
    while (tyDict_next(index, &pos, &key, &value)) {
        TY_INCREF(key);
        TyObject *text = group_by_name(m, key, def);
        int r = text ? tyDict_setItem(d, key, text) : -1;
        TY_XDECREF(text);
        TY_DECREF(key);
        if (r < 0) {
            TY_CLEAR(d);
            break;
        }
    }
    TY_DECREF(index);
    return d;
}

/* The group argument of start/end/span (positional, optional): its
** number, or -1 with an exception. */
static ssize_t span_group(TySreMatch *m, const char *fname, TyObject *const *args, size_t nargs,
                          TyObject *kwnames)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkCount(fname, nargs, 0, 1) < 0)
        return -1;
    return group_index(m, nargs ? args[0] : NULL);
}

TY_CFUNC(match_start)
{
    TySreMatch *m = (TySreMatch *)self;
    ssize_t g = span_group(m, "start", args, nargs, kwnames);
    return g < 0 ? NULL : tyInt_fromI64(m->mark[2 * g]);
}

TY_CFUNC(match_end)
{
    TySreMatch *m = (TySreMatch *)self;
    ssize_t g = span_group(m, "end", args, nargs, kwnames);
    return g < 0 ? NULL : tyInt_fromI64(m->mark[2 * g + 1]);
}

/* (start, end) of group g: new reference. */
static TyObject *pair(TySreMatch *m, ssize_t g)
{
    TyObject *a = tyInt_fromI64(m->mark[2 * g]);
    TyObject *b = a ? tyInt_fromI64(m->mark[2 * g + 1]) : NULL;
    TyObject *t = b ? tyTuple_pack(2, a, b) : NULL;
    TY_XDECREF(a);
    TY_XDECREF(b);
    return t;
}

TY_CFUNC(match_span)
{
    TySreMatch *m = (TySreMatch *)self;
    ssize_t g = span_group(m, "span", args, nargs, kwnames);
    return g < 0 ? NULL : pair(m, g);
}

/* expand(template): what sub() would put in place of this match, worked
** out by the `re` package's Python code. */
TY_CFUNC(match_expand)
{
    static const char *const names[] = { "template", NULL };
    TyObject *a[1];
    if (tyArg_unpack("expand", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    TyObject *argv[3] = { (TyObject *)((TySreMatch *)self)->pattern, self, a[0] };
    return tySre_callRe("_expand", argv, 3);
}

/* "<re.Match object; span=(0, 3), match='abc'>", the match's repr cut to
** 50 characters. */
static TyObject *match_repr(TyObject *self)
{
    TySreMatch *m = (TySreMatch *)self;
    TyObject *text = group_text(m, 0, TY_NONE);
    TyObject *r = text ? tyObj_repr(text) : NULL;
    TY_XDECREF(text);
    if (r && TY_STR_LEN(r) > 50)
        TY_SETREF(r, tyStr_substring(r, 0, 50));
    if (!r)
        return NULL;
    TyObject *s = tyStr_fromFormat("<%s object; span=(%zd, %zd), match=%U>",
                                   tyType_name(TY_TYPE(self)), m->mark[0], m->mark[1], r);
    TY_DECREF(r);
    return s;
}

static TyObject *match_get_lastindex(TyObject *o)
{
    TySreMatch *m = (TySreMatch *)o;
    return m->lastindex >= 0 ? tyInt_fromI64(m->lastindex) : TY_NEWREF(TY_NONE);
}

static TyObject *match_get_lastgroup(TyObject *o)
{
    TySreMatch *m = (TySreMatch *)o;
    TyObject *names = m->pattern->indexgroup;
    if (names && m->lastindex >= 0 && m->lastindex < TY_TUPLE_LEN(names))
        return TY_NEWREF(TY_TUPLE_GET(names, m->lastindex));
    return TY_NEWREF(TY_NONE);
}

/* The spans of every group, made once. */
static TyObject *match_get_regs(TyObject *o)
{
    TySreMatch *m = (TySreMatch *)o;
    if (m->regs)
        return TY_NEWREF(m->regs);
    TyObject *t = tyTuple_new(m->groups);
    if (!t)
        return NULL;
    for (ssize_t g = 0; g < m->groups; g++) {
        TyObject *p = pair(m, g);
        if (!p) {
            TY_DECREF(t);
            return NULL;
        }
        TY_TUPLE_SET(t, g, p);
    }
    m->regs = TY_NEWREF(t);
    return t;
}

static TyObject *match_get_string(TyObject *o)
{
    return TY_NEWREF(((TySreMatch *)o)->string);
}

static TyObject *match_get_re(TyObject *o)
{
    return TY_NEWREF(((TySreMatch *)o)->pattern);
}

static TyObject *match_get_pos(TyObject *o)
{
    return tyInt_fromI64(((TySreMatch *)o)->pos);
}

static TyObject *match_get_endpos(TyObject *o)
{
    return tyInt_fromI64(((TySreMatch *)o)->endpos);
}

static int match_traverse(TyObject *o, ty_visitproc visit, void *arg)
{
    TySreMatch *m = (TySreMatch *)o;
    if (m->string && visit(m->string, arg))
        return 1;
    if (m->regs && visit(m->regs, arg))
        return 1;
    return m->pattern ? visit((TyObject *)m->pattern, arg) : 0;
}

/* No clear slot: a match is never what keeps a cycle together (its
** subject and pattern hold it only through containers of their own, which
** the collector clears), so its fields stay valid for as long as it lives. */
static void match_dealloc(TyObject *o)
{
    TySreMatch *m = (TySreMatch *)o;
    tyGC_untrack(o);
    TY_XDECREF(m->string);
    TY_XDECREF(m->regs);
    TY_XDECREF(m->pattern);
    tyObj_free(o);
}

static TyMethodDef match_methods[] = {
    { "group", match_group, TY_METH_DEFAULT,
      "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices "
      "or names.\n    For 0 returns the entire match." },
    { "start", match_start, TY_METH_DEFAULT,
      "Return index of the start of the substring matched by group." },
    { "end", match_end, TY_METH_DEFAULT,
      "Return index of the end of the substring matched by group." },
    { "span", match_span, TY_METH_DEFAULT,
      "For match object m, return the 2-tuple (m.start(group), m.end(group))." },
    { "groups", match_groups, TY_METH_DEFAULT,
      "Return a tuple containing all the subgroups of the match, from 1." },
    { "groupdict", match_groupdict, TY_METH_DEFAULT,
      "Return a dictionary containing all the named subgroups of the match, keyed by the "
      "subgroup name." },
    { "expand", match_expand, TY_METH_DEFAULT,
      "Return the string obtained by doing backslash substitution on the string template, as "
      "done by the sub() method." },
    { "__copy__", tySre_copy, TY_METH_DEFAULT, NULL },
    { "__deepcopy__", tySre_deepcopy, TY_METH_DEFAULT, NULL },
    { "__class_getitem__", tySre_classGetitem, TY_METH_CLASS, "See PEP 585" },
    { NULL, NULL, 0, NULL },
};

static TyGetSetDef match_getset[] = {
    { "lastindex", match_get_lastindex, NULL,
      "The integer index of the last matched capturing group." },
    { "lastgroup", match_get_lastgroup, NULL, "The name of the last matched capturing group." },
    { "regs", match_get_regs, NULL, NULL },
    { "string", match_get_string, tySre_readonly, "The string passed to match() or search()." },
    { "re", match_get_re, tySre_readonly, "The regular expression object." },
    { "pos", match_get_pos, tySre_readonly,
      "The index into the string at which the RE engine started looking for a match." },
    { "endpos", match_get_endpos, tySre_readonly,
      "The index into the string beyond which the RE engine will not go." },
    { NULL, NULL, NULL, NULL },
};

TyType TySreMatch_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "re.Match",
    .basicsize = sizeof(TySreMatch),
    .itemsize = sizeof(ssize_t),
    .flags = TY_TPFLAG_GC | TY_TPFLAG_IMMUTABLETYPE,
    .dealloc = match_dealloc,
    .repr = match_repr,
    .subscript = match_subscript,
    .traverse = match_traverse,
    .methods = match_methods,
    .getset = match_getset,
    .doc = "The result of re.match() and re.search().\nMatch objects always have a boolean value "
           "of True.",
};
