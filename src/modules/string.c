/*
** string.c — the `_string` module: the two parsers string.Formatter
** uses, over the same parsing str.format does (format.c), so a Formatter
** subclass sees exactly the pieces str.format acts on.
**
** formatter_parser(s) yields (literal, field_name, format_spec,
** conversion) tuples; formatter_field_name_split(name) gives the first
** part of a field name and an iterator of (is_attribute, key) pairs.
** Both iterators keep the str and a byte position in it.
*/
#include "tally.h"
#include "format.h"
#include "modules/string.h"

typedef struct PieceIter {
    TyObject ob;
    TyObject *str;
    ssize_t pos;        /* byte offset of the next piece */
} PieceIter;

static TyType FormatterIter_Type, FieldNameIter_Type;

static TyObject *iter_self(TyObject *o)
{
    return TY_NEWREF(o);
}

static void pieceiter_dealloc(TyObject *o)
{
    TY_DECREF(((PieceIter *)o)->str);
    tyObj_free(o);
}

/* A new iterator of type t over s from byte pos. */
static TyObject *pieceiter_new(TyType *t, TyObject *s, ssize_t pos)
{
    PieceIter *it = (PieceIter *)tyObj_alloc(t);
    if (!it)
        return NULL;
    it->str = TY_NEWREF(s);
    it->pos = pos;
    return (TyObject *)it;
}

/* The str of s[0..n), or None when s is NULL. */
static TyObject *str_or_none(const char *s, ssize_t n)
{
    return s ? tyStr_fromUtf8(s, n) : TY_NEWREF(TY_NONE);
}

static TyObject *formatteriter_next(TyObject *o)
{
    PieceIter *it = (PieceIter *)o;
    TyFormatPiece p;
    int r = tyFormat_next(TY_STR_UTF8(it->str), TY_STR_NBYTES(it->str), &it->pos, &p);
    if (r <= 0)
        return NULL;
    TyObject *items[4];
    items[0] = tyStr_fromUtf8(p.lit, p.nlit);
    items[1] = str_or_none(p.field ? p.name : NULL, p.nname);
    items[2] = str_or_none(p.field ? p.spec : NULL, p.nspec);
    items[3] = p.conversion ? tyStr_fromCodepoint(p.conversion) : TY_NEWREF(TY_NONE);
    for (int i = 0; i < 4; i++)
        if (!items[i]) {
            for (int k = 0; k < 4; k++)
                TY_XDECREF(items[k]);
            return NULL;
        }
    return tyTuple_fromArraySteal(items, 4);
}

static TyObject *fieldnameiter_next(TyObject *o)
{
    PieceIter *it = (PieceIter *)o;
    bool is_attr;
    TyObject *key;
    if (tyFormat_fieldNext(TY_STR_UTF8(it->str), TY_STR_NBYTES(it->str), &it->pos, &is_attr, &key) <= 0)
        return NULL;
    TyObject *r = tyTuple_pack(2, is_attr ? TY_TRUE : TY_FALSE, key);
    TY_DECREF(key);
    return r;
}

static TyType FormatterIter_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "formatteriterator",
    .basicsize = sizeof(PieceIter),
    .dealloc = pieceiter_dealloc,
    .iter = iter_self,
    .iternext = formatteriter_next,
};

static TyType FieldNameIter_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "fieldnameiterator",
    .basicsize = sizeof(PieceIter),
    .dealloc = pieceiter_dealloc,
    .iter = iter_self,
    .iternext = fieldnameiter_next,
};

/* The one str argument of both functions. */
static TyObject *str_arg(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 1, 1) < 0)
        return NULL;
    if (!TY_STR_CHECK(args[0]))
        return tyErr_format(&TyExc_TypeError, "%s() argument must be str, not %A", fname, args[0]);
    return args[0];
}

static TyObject *string_formatter_parser(TyObject *m, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *s = str_arg("formatter_parser", args, nargs, kwnames);
    return s ? pieceiter_new(&FormatterIter_Type, s, 0) : NULL;
}

static TyObject *string_formatter_field_name_split(TyObject *m, TyObject *const *args, size_t nargs,
                                                   TyObject *kwnames)
{
    TyObject *s = str_arg("formatter_field_name_split", args, nargs, kwnames), *first;
    if (!s)
        return NULL;
    ssize_t end = tyFormat_fieldFirst(TY_STR_UTF8(s), TY_STR_NBYTES(s), &first);
    if (end < 0)
        return NULL;
    TyObject *rest = pieceiter_new(&FieldNameIter_Type, s, end);
    TyObject *r = rest ? tyTuple_pack(2, first, rest) : NULL;
    TY_XDECREF(rest);
    TY_DECREF(first);
    return r;
}

static TyMethodDef string_functions[] = {
    { "formatter_parser", string_formatter_parser, TY_METH_DEFAULT,
      "Iterate over (literal, field_name, format_spec, conversion) of a format string." },
    { "formatter_field_name_split", string_formatter_field_name_split, TY_METH_DEFAULT,
      "Split a field name into its first part and an iterator of (is_attribute, key)." },
    { NULL, NULL, 0, NULL },
};

static TyType *const module_types[] = { &FormatterIter_Type, &FieldNameIter_Type };

TyObject *tyStringModule_create(void)
{
    for (size_t i = 0; i < TY_ARRAY_LEN(module_types); i++)
        if (tyType_ready(module_types[i]) < 0)
            return NULL;
    return tyModule_new("_string", string_functions);
}

void tyStringModule_fini(void)
{
    for (size_t i = TY_ARRAY_LEN(module_types); i-- > 0;)
        tyType_finiStatic(module_types[i]);
}
