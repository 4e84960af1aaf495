/*
** locale.c — the `_locale` module over the C library's locale functions:
** setlocale, localeconv, nl_langinfo, strcoll/strxfrm, getencoding and
** the gettext family, with CPython 3.11's names, constants and errors.
**
** CPython sets LC_CTYPE from the environment at start-up and, when that
** gives the C or POSIX locale, coerces it to C.UTF-8 (PEP 538).  tally's
** own text handling does not depend on the C locale, so the same is done
** when this module is first imported, which is before anything can ask.
*/
#include <langinfo.h>
#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <wchar.h>
#include "tally.h"
#include "modules/locale.h"

/* Text the C library gave in the locale's encoding, as a str (UTF-8,
** with undecodable bytes replaced). */
static TyObject *c_text(const char *s)
{
    return tyStr_decode(s, (ssize_t)strlen(s), "utf-8", "replace");
}

static int check(const char *fname, size_t nargs, TyObject *kwnames, size_t min, size_t max)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkCount(fname, nargs, min, max) < 0)
        return -1;
    return 0;
}

/* An int argument that fits a C int: 0, or -1 with TypeError/OverflowError. */
static int int_arg(TyObject *o, int *out)
{
    if (!TY_INT_CHECK(o)) {
        tyErr_format(&TyExc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    ssize_t v = tyInt_asSsize(o);
    if ((v == -1 && tyErr_occurred()) || v < INT_MIN || v > INT_MAX) {
        if (!tyErr_occurred())
            tyErr_setString(&TyExc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* A str argument as C text: borrowed UTF-8, or NULL with CPython's
** "f() argument N must be str, not X" (or ValueError for an embedded NUL). */
static const char *str_arg(const char *fname, int n, TyObject *o)
{
    if (!TY_STR_CHECK(o)) {
        tyErr_format(&TyExc_TypeError, "%s() argument %d must be str, not %A", fname, n, o);
        return NULL;
    }
    if ((size_t)TY_STR_NBYTES(o) != strlen(TY_STR_UTF8(o))) {
        tyErr_setString(&TyExc_ValueError, "embedded null character");
        return NULL;
    }
    return TY_STR_UTF8(o);
}

TY_CFUNC(locale_setlocale)
{
    int category;
    if (check("setlocale", nargs, kwnames, 1, 2) < 0 || int_arg(args[0], &category) < 0)
        return NULL;
    const char *want = NULL;
    if (nargs > 1 && args[1] != TY_NONE) {
        if (!TY_STR_CHECK(args[1]))
            return tyErr_format(&TyExc_TypeError, "setlocale() argument 2 must be str or None, not %A", args[1]);
        if (!(want = str_arg("setlocale", 2, args[1])))
            return NULL;
    }
    const char *got = setlocale(category, want);
    if (!got)
        return tyErr_setString((TyType *)ty_state.mod.locale.error, want ? "unsupported locale setting"
                                                              : "locale query failed");
    return c_text(got);
}

/* The grouping list of localeconv(): each group size until a 0 (kept)
** or CHAR_MAX (kept), [] for an empty grouping. */
static TyObject *grouping_list(const char *g)
{
    TyObject *l = tyList_new(0);
    if (!l || !g[0])
        return l;
    ssize_t i = -1;
    do {
        i++;
        TyObject *v = tyInt_fromI64((unsigned char)g[i]);
        if (!v || tyList_appendSteal(l, v) < 0) {
            TY_DECREF(l);
            return NULL;
        }
    } while (g[i] != '\0' && g[i] != CHAR_MAX);
    return l;
}

TY_CFUNC(locale_localeconv)
{
    if (check("localeconv", nargs, kwnames, 0, 0) < 0)
        return NULL;
    struct lconv *lc = localeconv();
    TyObject *d = tyDict_new();
    if (!d)
        return NULL;
    struct { const char *key; const char *text; } texts[] = {
        { "int_curr_symbol", lc->int_curr_symbol }, { "currency_symbol", lc->currency_symbol },
        { "mon_decimal_point", lc->mon_decimal_point }, { "mon_thousands_sep", lc->mon_thousands_sep },
        { "mon_grouping", NULL },
        { "positive_sign", lc->positive_sign }, { "negative_sign", lc->negative_sign },
    };
    struct { const char *key; char value; } chars[] = {
        { "int_frac_digits", lc->int_frac_digits }, { "frac_digits", lc->frac_digits },
        { "p_cs_precedes", lc->p_cs_precedes }, { "p_sep_by_space", lc->p_sep_by_space },
        { "n_cs_precedes", lc->n_cs_precedes }, { "n_sep_by_space", lc->n_sep_by_space },
        { "p_sign_posn", lc->p_sign_posn }, { "n_sign_posn", lc->n_sign_posn },
    };
    for (size_t i = 0; i < TY_ARRAY_LEN(texts); i++) {
        TyObject *v = texts[i].text ? c_text(texts[i].text) : grouping_list(lc->mon_grouping);
        if (!v || tyDict_setItemStr(d, texts[i].key, v) < 0)
            goto fail_with;
        TY_DECREF(v);
        continue;
    fail_with:
        TY_XDECREF(v);
        TY_DECREF(d);
        return NULL;
    }
    for (size_t i = 0; i < TY_ARRAY_LEN(chars); i++) {
        TyObject *v = tyInt_fromI64((unsigned char)chars[i].value);
        int r = v ? tyDict_setItemStr(d, chars[i].key, v) : -1;
        TY_XDECREF(v);
        if (r < 0) {
            TY_DECREF(d);
            return NULL;
        }
    }
    TyObject *dp = c_text(lc->decimal_point), *ts = c_text(lc->thousands_sep), *g = grouping_list(lc->grouping);
    int r = dp && ts && g && tyDict_setItemStr(d, "decimal_point", dp) == 0 &&
            tyDict_setItemStr(d, "thousands_sep", ts) == 0 && tyDict_setItemStr(d, "grouping", g) == 0 ? 0 : -1;
    TY_XDECREF(dp);
    TY_XDECREF(ts);
    TY_XDECREF(g);
    if (r < 0)
        TY_CLEAR(d);
    return d;
}

/* The nl_langinfo items CPython exposes, under its names. */
static const struct { const char *name; int item; } langinfo[] = {
    { "CODESET", CODESET }, { "D_T_FMT", D_T_FMT }, { "D_FMT", D_FMT }, { "T_FMT", T_FMT },
    { "T_FMT_AMPM", T_FMT_AMPM }, { "AM_STR", AM_STR }, { "PM_STR", PM_STR },
    { "DAY_1", DAY_1 }, { "DAY_2", DAY_2 }, { "DAY_3", DAY_3 }, { "DAY_4", DAY_4 }, { "DAY_5", DAY_5 },
    { "DAY_6", DAY_6 }, { "DAY_7", DAY_7 },
    { "ABDAY_1", ABDAY_1 }, { "ABDAY_2", ABDAY_2 }, { "ABDAY_3", ABDAY_3 }, { "ABDAY_4", ABDAY_4 },
    { "ABDAY_5", ABDAY_5 }, { "ABDAY_6", ABDAY_6 }, { "ABDAY_7", ABDAY_7 },
    { "MON_1", MON_1 }, { "MON_2", MON_2 }, { "MON_3", MON_3 }, { "MON_4", MON_4 }, { "MON_5", MON_5 },
    { "MON_6", MON_6 }, { "MON_7", MON_7 }, { "MON_8", MON_8 }, { "MON_9", MON_9 }, { "MON_10", MON_10 },
    { "MON_11", MON_11 }, { "MON_12", MON_12 },
    { "ABMON_1", ABMON_1 }, { "ABMON_2", ABMON_2 }, { "ABMON_3", ABMON_3 }, { "ABMON_4", ABMON_4 },
    { "ABMON_5", ABMON_5 }, { "ABMON_6", ABMON_6 }, { "ABMON_7", ABMON_7 }, { "ABMON_8", ABMON_8 },
    { "ABMON_9", ABMON_9 }, { "ABMON_10", ABMON_10 }, { "ABMON_11", ABMON_11 }, { "ABMON_12", ABMON_12 },
    { "RADIXCHAR", RADIXCHAR }, { "THOUSEP", THOUSEP }, { "YESEXPR", YESEXPR }, { "NOEXPR", NOEXPR },
    { "CRNCYSTR", CRNCYSTR }, { "ERA", ERA }, { "ERA_D_FMT", ERA_D_FMT }, { "ERA_D_T_FMT", ERA_D_T_FMT },
    { "ERA_T_FMT", ERA_T_FMT }, { "ALT_DIGITS", ALT_DIGITS }, { "_DATE_FMT", _DATE_FMT },
};

TY_CFUNC(locale_nl_langinfo)
{
    int key;
    if (check("nl_langinfo", nargs, kwnames, 1, 1) < 0 || int_arg(args[0], &key) < 0)
        return NULL;
    for (size_t i = 0; i < TY_ARRAY_LEN(langinfo); i++)
        if (langinfo[i].item == key)
            return c_text(nl_langinfo((nl_item)key));
    return tyErr_setString(&TyExc_ValueError, "unsupported langinfo constant");
}

TY_CFUNC(locale_getencoding)
{
    if (check("getencoding", nargs, kwnames, 0, 0) < 0)
        return NULL;
    const char *cs = nl_langinfo(CODESET);
    return c_text(cs && cs[0] ? cs : "UTF-8");
}

/* s as a NUL-terminated wide string (tyMem_malloc'd), or NULL. */
static wchar_t *wide(TyObject *s)
{
    wchar_t *w = tyMem_malloc(sizeof *w * (size_t)(TY_STR_LEN(s) + 1));
    if (!w) {
        tyErr_noMemory();
        return NULL;
    }
    const char *p = TY_STR_UTF8(s);
    for (ssize_t i = 0; i < TY_STR_LEN(s); i++)
        w[i] = (wchar_t)ty_utf8Decode(&p);
    w[TY_STR_LEN(s)] = 0;
    return w;
}

TY_CFUNC(locale_strcoll)
{
    if (check("strcoll", nargs, kwnames, 2, 2) < 0 || !str_arg("strcoll", 1, args[0]) ||
        !str_arg("strcoll", 2, args[1]))
        return NULL;
    wchar_t *a = wide(args[0]), *b = a ? wide(args[1]) : NULL;
    TyObject *r = b ? tyInt_fromI64(wcscoll(a, b)) : NULL;
    tyMem_free(a);
    tyMem_free(b);
    return r;
}

TY_CFUNC(locale_strxfrm)
{
    if (check("strxfrm", nargs, kwnames, 1, 1) < 0 || !str_arg("strxfrm", 1, args[0]))
        return NULL;
    wchar_t *s = wide(args[0]);
    if (!s)
        return NULL;
    size_t n = wcsxfrm(NULL, s, 0) + 1;
    wchar_t *out = tyMem_malloc(sizeof *out * n);
    TyObject *r = NULL;
    if (!out) {
        tyErr_noMemory();
    } else {
        wcsxfrm(out, s, n);
        TyStrBuilder b;
        tyBuf_init(&b);
        int ok = 0;
        for (size_t i = 0; out[i] && ok == 0; i++)
            ok = tyBuf_appendCodepoint(&b, (uint32_t)out[i]);
        r = ok == 0 ? tyBuf_finish(&b) : NULL;
        if (ok)
            tyBuf_free(&b);
    }
    tyMem_free(out);
    tyMem_free(s);
    return r;
}

/* An optional str-or-None argument as C text (NULL for None). */
static int opt_str(const char *fname, int n, TyObject *o, const char **out)
{
    *out = NULL;
    if (o == TY_NONE)
        return 0;
    return (*out = str_arg(fname, n, o)) ? 0 : -1;
}

TY_CFUNC(locale_gettext)
{
    const char *msg;
    if (check("gettext", nargs, kwnames, 1, 1) < 0 || !(msg = str_arg("gettext", 1, args[0])))
        return NULL;
    return c_text(gettext(msg));
}

TY_CFUNC(locale_dgettext)
{
    const char *domain, *msg;
    if (check("dgettext", nargs, kwnames, 2, 2) < 0 || opt_str("dgettext", 1, args[0], &domain) < 0 ||
        !(msg = str_arg("dgettext", 2, args[1])))
        return NULL;
    return c_text(dgettext(domain, msg));
}

TY_CFUNC(locale_dcgettext)
{
    const char *domain, *msg;
    int category;
    if (check("dcgettext", nargs, kwnames, 3, 3) < 0 || opt_str("dcgettext", 1, args[0], &domain) < 0 ||
        !(msg = str_arg("dcgettext", 2, args[1])) || int_arg(args[2], &category) < 0)
        return NULL;
    return c_text(dcgettext(domain, msg, category));
}

TY_CFUNC(locale_textdomain)
{
    const char *domain;
    if (check("textdomain", nargs, kwnames, 1, 1) < 0 || opt_str("textdomain", 1, args[0], &domain) < 0)
        return NULL;
    const char *r = textdomain(domain);
    return r ? c_text(r) : tyErr_setString(&TyExc_OSError, "textdomain failed");
}

TY_CFUNC(locale_bindtextdomain)
{
    const char *domain, *dir;
    if (check("bindtextdomain", nargs, kwnames, 2, 2) < 0 || !(domain = str_arg("bindtextdomain", 1, args[0])) ||
        opt_str("bindtextdomain", 2, args[1], &dir) < 0)
        return NULL;
    if (!domain[0])
        return tyErr_setString(&TyExc_ValueError, "empty string not allowed as domain name");
    const char *r = bindtextdomain(domain, dir);
    return r ? c_text(r) : tyErr_setString(&TyExc_OSError, "bindtextdomain failed");
}

TY_CFUNC(locale_bind_textdomain_codeset)
{
    const char *domain, *codeset;
    if (check("bind_textdomain_codeset", nargs, kwnames, 2, 2) < 0 ||
        !(domain = str_arg("bind_textdomain_codeset", 1, args[0])) ||
        opt_str("bind_textdomain_codeset", 2, args[1], &codeset) < 0)
        return NULL;
    const char *r = bind_textdomain_codeset(domain, codeset);
    return r ? c_text(r) : TY_NEWREF(TY_NONE);
}

#define ENTRY(name, doc) { #name, locale_##name, TY_METH_DEFAULT, doc }

static TyMethodDef locale_functions[] = {
    ENTRY(setlocale, "Activate (or, without a locale, query) the locale of a category."),
    ENTRY(localeconv, "The numeric and monetary conventions of the current locale."),
    ENTRY(nl_langinfo, "One item of the current locale's information."),
    ENTRY(getencoding, "The current locale's encoding."),
    ENTRY(strcoll, "Compare two strings by the current locale's collation."),
    ENTRY(strxfrm, "A string whose code point order is the locale's collation order."),
    ENTRY(gettext, "The translation of a message."),
    ENTRY(dgettext, "The translation of a message in a domain."),
    ENTRY(dcgettext, "The translation of a message in a domain and category."),
    ENTRY(textdomain, "Set or query the current text domain."),
    ENTRY(bindtextdomain, "Bind a text domain to a folder."),
    ENTRY(bind_textdomain_codeset, "Bind a text domain to a codeset."),
    { NULL, NULL, 0, NULL },
};

void tyLocale_initCtype(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    const char *ctype = setlocale(LC_CTYPE, "");
    if (!ctype || strcmp(ctype, "C") == 0 || strcmp(ctype, "POSIX") == 0)
        setlocale(LC_CTYPE, "C.UTF-8");
}

TyObject *tyLocale_create(void)
{
    tyLocale_initCtype();
    if (!ty_state.mod.locale.error && !(ty_state.mod.locale.error = tyExc_newClass("locale", "Error", &TyExc_Exception)))
        return NULL;
    TyObject *m = tyModule_new("_locale", locale_functions);
    if (!m)
        return NULL;
    static const struct { const char *name; int value; } ints[] = {
        { "LC_CTYPE", LC_CTYPE }, { "LC_COLLATE", LC_COLLATE }, { "LC_TIME", LC_TIME },
        { "LC_MONETARY", LC_MONETARY }, { "LC_NUMERIC", LC_NUMERIC }, { "LC_ALL", LC_ALL },
        { "LC_MESSAGES", LC_MESSAGES }, { "CHAR_MAX", CHAR_MAX },
    };
    int r = tyModule_addObject(m, "Error", ty_state.mod.locale.error);
    for (size_t i = 0; r == 0 && i < TY_ARRAY_LEN(ints); i++)
        r = tyModule_addInt(m, ints[i].name, ints[i].value);
    for (size_t i = 0; r == 0 && i < TY_ARRAY_LEN(langinfo); i++)
        r = tyModule_addInt(m, langinfo[i].name, langinfo[i].item);
    if (r < 0)
        TY_CLEAR(m);
    return m;
}

void tyLocale_fini(void)
{
    TY_CLEAR(ty_state.mod.locale.error);
}
