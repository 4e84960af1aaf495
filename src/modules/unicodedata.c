/*
** unicodedata.c — the unicodedata module: the Unicode Character Database
** (14.0.0, CPython 3.11's) and the four normalization forms.
**
** Properties come from unicodedata_db.h (scripts/gen-unicodedata writes it
** from python3.11's answers), names from the tables \N{...} escapes use
** (src/unicode_names.c).  Normalization follows UAX #15: full decomposition
** (Hangul syllables by rule), canonical ordering by combining class, then
** for NFC/NFKC canonical composition of each character with the last
** starter it is not blocked from.
**
** unicodedata.ucd_3_2_0 is the one instance of UCD: the same functions
** over Unicode 3.2.0, which IDNA (encodings.idna) and stringprep need.  Its
** records are today's except in the runs the generator lists; a character
** unassigned in 3.2.0 has no name and is never decomposed, and five
** characters keep their decomposition from before a corrigendum.  As in
** CPython, combining classes and composition stay today's.
*/
#include <string.h>
#include <strings.h>
#include "tally.h"
#include "unicode_names.h"
#include "modules/unicodedata.h"
#include "modules/unicodedata_db.h"

#define UD_MAX_CP 0x10FFFF

/* Hangul syllables, composed and decomposed by rule (Unicode 3.12). */
enum {
    HANGUL_S = 0xAC00, HANGUL_L = 0x1100, HANGUL_V = 0x1161, HANGUL_T = 0x11A7,
    HANGUL_L_COUNT = 19, HANGUL_V_COUNT = 21, HANGUL_T_COUNT = 28,
    HANGUL_N_COUNT = HANGUL_V_COUNT * HANGUL_T_COUNT,
    HANGUL_S_COUNT = HANGUL_L_COUNT * HANGUL_N_COUNT,
};

extern TyType TyUCD_Type;

/* Do the functions answer for Unicode 3.2.0?  True when called as methods
** of ucd_3_2_0, false as the module's functions. */
static bool is_old(TyObject *self)
{
    return TY_TYPE(self) == &TyUCD_Type;
}

static const TyUdRecord *record(uint32_t cp)
{
    if (cp > UD_MAX_CP)
        return &ty_ud_records[0];
    uint32_t block = ty_ud_index1[cp >> TY_UD_SHIFT1];
    uint32_t mid = (block << (TY_UD_SHIFT1 - TY_UD_SHIFT2)) +
                   ((cp >> TY_UD_SHIFT2) & ((1u << (TY_UD_SHIFT1 - TY_UD_SHIFT2)) - 1));
    uint32_t leaf = ty_ud_index2[mid];
    return &ty_ud_records[ty_ud_index3[(leaf << TY_UD_SHIFT2) + (cp & ((1u << TY_UD_SHIFT2) - 1))]];
}

/* cp's record in Unicode 3.2.0 when old, else today's. */
static const TyUdRecord *record_in(uint32_t cp, bool old)
{
    if (old) {
        size_t lo = 0, hi = TY_ARRAY_LEN(ty_ud_old_runs);
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (cp < ty_ud_old_runs[mid][0])
                hi = mid;
            else if (cp >= ty_ud_old_runs[mid][1])
                lo = mid + 1;
            else
                return &ty_ud_old_records[ty_ud_old_runs[mid][2]];
        }
    }
    return record(cp);
}

/* Is cp unassigned (category Cn) in Unicode 3.2.0? */
static bool unassigned_then(uint32_t cp)
{
    return record_in(cp, true)->category == 0;
}

/* ---------------------------------------------------------------------- */
/* Arguments                                                               */

/* The code point of a one-character str argument of fname; -1 with
** TypeError otherwise. */
static int64_t char_arg(const char *fname, TyObject *o)
{
    if (!TY_STR_CHECK(o) || TY_STR_LEN(o) != 1) {
        tyErr_format(&TyExc_TypeError, "%s() argument must be a unicode character, not %s",
                     fname, tyType_name(TY_TYPE(o)));
        return -1;
    }
    return tyStr_codepointAt(o, 0);
}

/* The one character argument of a METH_O function; -1 with an error. */
static int64_t only_char(const char *fname, const char *qualname, TyObject *const *args,
                         size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(qualname, kwnames) < 0 || tyArg_checkPositional(qualname, nargs, 1, 1) < 0)
        return -1;
    return char_arg(fname, args[0]);
}

/* chr and an optional default: the character, *dflt set to the default
** (borrowed) or NULL; -1 with an error. */
static int64_t char_and_default(const char *fname, TyObject *const *args, size_t nargs,
                                TyObject *kwnames, TyObject **dflt)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 1, 2) < 0)
        return -1;
    *dflt = nargs == 2 ? args[1] : NULL;
    return char_arg(fname, args[0]);
}

/* The default (a new reference) when given, else ValueError(message). */
static TyObject *default_or(TyObject *dflt, const char *message)
{
    if (dflt)
        return TY_NEWREF(dflt);
    return tyErr_setString(&TyExc_ValueError, message);
}

/* ---------------------------------------------------------------------- */
/* Properties                                                              */

static TyObject *ud_decimal(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *dflt;
    int64_t cp = char_and_default("decimal", args, nargs, kwnames, &dflt);
    if (cp < 0)
        return NULL;
    int v = record_in(cp, is_old(self))->decimal;
    return v < 0 ? default_or(dflt, "not a decimal") : tyInt_fromI64(v);
}

static TyObject *ud_digit(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *dflt;
    int64_t cp = char_and_default("digit", args, nargs, kwnames, &dflt);
    if (cp < 0)
        return NULL;
    int v = record_in(cp, is_old(self))->digit;
    return v < 0 ? default_or(dflt, "not a digit") : tyInt_fromI64(v);
}

static TyObject *ud_numeric(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *dflt;
    int64_t cp = char_and_default("numeric", args, nargs, kwnames, &dflt);
    if (cp < 0)
        return NULL;
    int v = record_in(cp, is_old(self))->numeric;
    return v < 0 ? default_or(dflt, "not a numeric character") : tyFloat_from(ty_ud_numeric[v]);
}

static TyObject *ud_category(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t cp = only_char("category", "unicodedata.category", args, nargs, kwnames);
    return cp < 0 ? NULL : tyStr_fromCStr(ty_ud_category_names[record_in(cp, is_old(self))->category]);
}

static TyObject *ud_bidirectional(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    int64_t cp = only_char("bidirectional", "unicodedata.bidirectional", args, nargs, kwnames);
    return cp < 0 ? NULL : tyStr_fromCStr(
                              ty_ud_bidirectional_names[record_in(cp, is_old(self))->bidirectional]);
}

static TyObject *ud_east_asian_width(TyObject *self, TyObject *const *args, size_t nargs,
                                     TyObject *kwnames)
{
    int64_t cp = only_char("east_asian_width", "unicodedata.east_asian_width", args, nargs, kwnames);
    return cp < 0 ? NULL
                  : tyStr_fromCStr(ty_ud_east_asian_width_names[
                        record_in(cp, is_old(self))->east_asian_width]);
}

static TyObject *ud_combining(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t cp = only_char("combining", "unicodedata.combining", args, nargs, kwnames);
    return cp < 0 ? NULL : tyInt_fromI64(record_in(cp, is_old(self))->combining);
}

static TyObject *ud_mirrored(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    int64_t cp = only_char("mirrored", "unicodedata.mirrored", args, nargs, kwnames);
    return cp < 0 ? NULL : tyInt_fromI64(record_in(cp, is_old(self))->mirrored);
}

/* "<tag> XXXX XXXX": the decomposition as the database writes it. */
static TyObject *ud_decomposition(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    int64_t cp = only_char("decomposition", "unicodedata.decomposition", args, nargs, kwnames);
    if (cp < 0)
        return NULL;
    const uint32_t *d = &ty_ud_decomp[record_in(cp, is_old(self))->decomposition];
    TyStrBuilder b;
    tyBuf_init(&b);
    if (d != ty_ud_decomp) {
        uint32_t tag = d[0] >> 8, count = d[0] & 0xFF;
        if (tag && tyBuf_appendC(&b, ty_ud_tag_names[tag]) < 0)
            goto fail;
        for (uint32_t i = 0; i < count; i++) {
            char hex[16];
            snprintf(hex, sizeof hex, i || tag ? " %04X" : "%04X", (unsigned)d[1 + i]);
            if (tyBuf_appendC(&b, hex) < 0)
                goto fail;
        }
    }
    return tyBuf_finish(&b);
fail:
    tyBuf_free(&b);
    return NULL;
}

/* ---------------------------------------------------------------------- */
/* Names                                                                   */

static TyObject *ud_name(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    TyObject *dflt;
    int64_t cp = char_and_default("name", args, nargs, kwnames, &dflt);
    if (cp < 0)
        return NULL;
    char buf[TY_UNICODE_NAME_MAX + 1];
    size_t n = is_old(self) && unassigned_then(cp) ? 0 : tyUnicode_name(cp, buf);
    return n ? tyStr_fromAscii(buf, n) : default_or(dflt, "no such name");
}

/* Does Unicode 3.2.0 give cp this name?  Not when it is an alias or cp
** was unassigned then; the CJK ideographs named by rule always pass, as
** in CPython. */
static bool old_name(const char *name, size_t len, uint32_t cp)
{
    static const char cjk[] = "CJK UNIFIED IDEOGRAPH-";
    if (len > sizeof cjk - 1 && memcmp(name, cjk, sizeof cjk - 1) == 0)
        return true;
    if (unassigned_then(cp))
        return false;
    char buf[TY_UNICODE_NAME_MAX + 1];
    size_t n = tyUnicode_name(cp, buf);
    return n == len && strncasecmp(buf, name, len) == 0;
}

/* lookup(name): the character (or named sequence) a name, an alias or a
** named sequence stands for; KeyError for none. */
static TyObject *ud_lookup(TyObject *self, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords("unicodedata.lookup", kwnames) < 0 ||
        tyArg_checkPositional("unicodedata.lookup", nargs, 1, 1) < 0)
        return NULL;
    const char *name;
    ssize_t len;
    if (TY_STR_CHECK(args[0])) {
        name = TY_STR_UTF8(args[0]);
        len = TY_STR_NBYTES(args[0]);
    } else if (tyBytes_isLike(args[0])) {
        name = tyBytes_likeData(args[0]);
        len = tyBytes_likeLen(args[0]);
    } else {
        return tyErr_format(&TyExc_TypeError, "a bytes-like object is required, not '%s'",
                            tyType_name(TY_TYPE(args[0])));
    }
    if (len > TY_UNICODE_NAME_MAX)
        return tyErr_setString(&TyExc_KeyError, "name too long");
    uint32_t cps[TY_UNICODE_SEQ_MAX];
    bool old = is_old(self);
    int n = tyUnicode_lookupName(name, (size_t)len, !old, cps);
    if (n == 1 && old && !old_name(name, (size_t)len, cps[0]))
        n = 0;
    if (n == 0) {
        TyObject *text = tyStr_decodeUtf8(name, len);
        if (!text)
            return NULL;
        TyObject *msg = tyStr_fromFormat("undefined character name '%U'", text);
        TY_DECREF(text);
        if (msg) {
            tyErr_setObject(&TyExc_KeyError, msg);
            TY_DECREF(msg);
        }
        return NULL;
    }
    TyStrBuilder b;
    tyBuf_init(&b);
    for (int i = 0; i < n; i++)
        if (tyBuf_appendCodepoint(&b, cps[i]) < 0) {
            tyBuf_free(&b);
            return NULL;
        }
    return tyBuf_finish(&b);
}

/* ---------------------------------------------------------------------- */
/* Normalization                                                           */

/* A growing array of code points. */
typedef struct CpBuf {
    uint32_t *cp;
    size_t len, cap;
} CpBuf;

static int push(CpBuf *b, uint32_t cp)
{
    if (b->len == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 32;
        uint32_t *grown = tyMem_realloc(b->cp, cap * sizeof *grown);
        if (!grown) {
            tyErr_noMemory();
            return -1;
        }
        b->cp = grown;
        b->cap = cap;
    }
    b->cp[b->len++] = cp;
    return 0;
}

static int combining_class(uint32_t cp)
{
    return record(cp)->combining;
}

/* Appends cp's full decomposition (canonical, or also compatibility ones
** when compat) to out, in Unicode 3.2.0 when old. */
static int decompose_into(CpBuf *out, uint32_t cp, bool compat, bool old)
{
    if (old) {
        if (unassigned_then(cp))
            return push(out, cp);
        for (size_t i = 0; i < TY_ARRAY_LEN(ty_ud_old_corrections); i++)
            if (ty_ud_old_corrections[i][0] == cp)
                return push(out, ty_ud_old_corrections[i][1]);
    }
    if (cp >= HANGUL_S && cp < HANGUL_S + HANGUL_S_COUNT) {
        uint32_t s = cp - HANGUL_S, t = s % HANGUL_T_COUNT;
        if (push(out, HANGUL_L + s / HANGUL_N_COUNT) < 0 ||
            push(out, HANGUL_V + (s % HANGUL_N_COUNT) / HANGUL_T_COUNT) < 0)
            return -1;
        return t ? push(out, HANGUL_T + t) : 0;
    }
    const uint32_t *d = &ty_ud_decomp[record(cp)->decomposition];
    if (d == ty_ud_decomp || (!compat && d[0] >> 8))
        return push(out, cp);
    for (uint32_t i = 0; i < (d[0] & 0xFF); i++)
        if (decompose_into(out, d[1 + i], compat, old) < 0)
            return -1;
    return 0;
}

/* Canonical ordering: each run of non-starters sorted, stably, by
** combining class. */
static void reorder(CpBuf *b)
{
    for (size_t i = 1; i < b->len; i++) {
        int cls = combining_class(b->cp[i]);
        if (cls == 0)
            continue;
        for (size_t j = i; j > 0 && combining_class(b->cp[j - 1]) > cls; j--) {
            uint32_t t = b->cp[j - 1];
            b->cp[j - 1] = b->cp[j];
            b->cp[j] = t;
        }
    }
}

/* The primary composite of first + second, or 0. */
static uint32_t compose_pair(uint32_t first, uint32_t second)
{
    if (first >= HANGUL_L && first < HANGUL_L + HANGUL_L_COUNT && second >= HANGUL_V &&
        second < HANGUL_V + HANGUL_V_COUNT)
        return HANGUL_S + ((first - HANGUL_L) * HANGUL_V_COUNT + (second - HANGUL_V)) * HANGUL_T_COUNT;
    if (first >= HANGUL_S && first < HANGUL_S + HANGUL_S_COUNT &&
        (first - HANGUL_S) % HANGUL_T_COUNT == 0 && second > HANGUL_T &&
        second < HANGUL_T + HANGUL_T_COUNT)
        return first + (second - HANGUL_T);
    size_t lo = 0, hi = TY_ARRAY_LEN(ty_ud_composites);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const uint32_t *c = ty_ud_composites[mid];
        if (c[0] == first && c[1] == second)
            return c[2];
        if (c[0] < first || (c[0] == first && c[1] < second))
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* Canonical composition in place: a character joins the last starter
** when no character between them is a starter or has a class at least
** its own. */
static void compose(CpBuf *b)
{
    size_t out = 0;
    ssize_t starter = -1;
    for (size_t i = 0; i < b->len; i++) {
        uint32_t cp = b->cp[i];
        int cls = combining_class(cp);
        if (starter >= 0) {
            bool adjacent = (size_t)starter == out - 1;
            int last = combining_class(b->cp[out - 1]);
            if (adjacent || (last != 0 && last < cls)) {
                uint32_t composite = compose_pair(b->cp[starter], cp);
                if (composite) {
                    b->cp[starter] = composite;
                    continue;
                }
            }
        }
        if (cls == 0)
            starter = (ssize_t)out;
        b->cp[out++] = cp;
    }
    b->len = out;
}

/* s in form ("NFC", "NFD", "NFKC", "NFKD"), in Unicode 3.2.0 when old: a
** new reference, s itself when it is already normalized; NULL with
** ValueError for another form. */
static TyObject *normalized(TyObject *form, TyObject *s, bool old)
{
    bool compat, composed;
    if (tyStr_eqC(form, "NFC"))
        compat = false, composed = true;
    else if (tyStr_eqC(form, "NFD"))
        compat = false, composed = false;
    else if (tyStr_eqC(form, "NFKC"))
        compat = true, composed = true;
    else if (tyStr_eqC(form, "NFKD"))
        compat = true, composed = false;
    else
        return tyErr_setString(&TyExc_ValueError, "invalid normalization form");
    if (TY_STR_IS_ASCII(s))
        return TY_NEWREF(s);
    CpBuf b = { NULL, 0, 0 };
    const char *p = TY_STR_UTF8(s), *end = p + TY_STR_NBYTES(s);
    while (p < end)
        if (decompose_into(&b, ty_utf8Decode(&p), compat, old) < 0)
            goto fail;
    reorder(&b);
    if (composed)
        compose(&b);
    TyStrBuilder out;
    tyBuf_init(&out);
    for (size_t i = 0; i < b.len; i++)
        if (tyBuf_appendCodepoint(&out, b.cp[i]) < 0) {
            tyBuf_free(&out);
            goto fail;
        }
    tyMem_free(b.cp);
    TyObject *r = tyBuf_finish(&out);
    if (r && tyStr_eq(r, s)) {
        TY_DECREF(r);
        return TY_NEWREF(s);
    }
    return r;
fail:
    tyMem_free(b.cp);
    return NULL;
}

/* The (form, unistr) arguments of normalize and is_normalized. */
static int form_and_str(const char *fname, TyObject *const *args, size_t nargs, TyObject *kwnames)
{
    if (tyArg_noKeywords(fname, kwnames) < 0 || tyArg_checkPositional(fname, nargs, 2, 2) < 0)
        return -1;
    for (int i = 0; i < 2; i++)
        if (!TY_STR_CHECK(args[i])) {
            tyErr_format(&TyExc_TypeError, "%s() argument %d must be str, not %s", fname, i + 1,
                         tyType_name(TY_TYPE(args[i])));
            return -1;
        }
    return 0;
}

static TyObject *ud_normalize(TyObject *self, TyObject *const *args, size_t nargs,
                              TyObject *kwnames)
{
    if (form_and_str("normalize", args, nargs, kwnames) < 0)
        return NULL;
    return normalized(args[0], args[1], is_old(self));
}

static TyObject *ud_is_normalized(TyObject *self, TyObject *const *args, size_t nargs,
                                  TyObject *kwnames)
{
    if (form_and_str("is_normalized", args, nargs, kwnames) < 0)
        return NULL;
    TyObject *r = normalized(args[0], args[1], is_old(self));
    if (!r)
        return NULL;
    bool same = r == args[1];
    TY_DECREF(r);
    return tyBool_from(same);
}

#define F(name, doc) { #name, ud_##name, TY_METH_DEFAULT, doc }

static TyMethodDef ud_methods[] = {
    F(decimal, "Converts a Unicode character into its equivalent decimal value.\n\n"
               "Returns the decimal value assigned to the character chr as integer.\n"
               "If no such value is defined, default is returned, or, if not given,\n"
               "ValueError is raised."),
    F(digit, "Converts a Unicode character into its equivalent digit value.\n\n"
             "Returns the digit value assigned to the character chr as integer.\n"
             "If no such value is defined, default is returned, or, if not given,\n"
             "ValueError is raised."),
    F(numeric, "Converts a Unicode character into its equivalent numeric value.\n\n"
               "Returns the numeric value assigned to the character chr as float.\n"
               "If no such value is defined, default is returned, or, if not given,\n"
               "ValueError is raised."),
    F(category, "Returns the general category assigned to the character chr as string."),
    F(bidirectional, "Returns the bidirectional class assigned to the character chr as string.\n\n"
                     "If no such value is defined, an empty string is returned."),
    F(combining, "Returns the canonical combining class assigned to the character chr as integer.\n\n"
                 "Returns 0 if no combining class is defined."),
    F(mirrored, "Returns the mirrored property assigned to the character chr as integer.\n\n"
                "Returns 1 if the character has been identified as a \"mirrored\"\n"
                "character in bidirectional text, 0 otherwise."),
    F(east_asian_width, "Returns the east asian width assigned to the character chr as string."),
    F(decomposition, "Returns the character decomposition mapping assigned to the character chr as "
                     "string.\n\nAn empty string is returned in case no such mapping is defined."),
    F(is_normalized, "Return whether the Unicode string unistr is in the normal form 'form'.\n\n"
                     "Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."),
    F(normalize, "Return the normal form 'form' for the Unicode string unistr.\n\n"
                 "Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."),
    F(name, "Returns the name assigned to the character chr as a string.\n\n"
            "If no name is defined, default is returned, or, if not given,\n"
            "ValueError is raised."),
    F(lookup, "Look up character by name.\n\n"
              "If a character with the given name is found, return the\n"
              "corresponding character.  If not found, KeyError is raised."),
    { NULL, NULL, 0, NULL }
};

static void ucd_dealloc(TyObject *o)
{
    tyObj_free(o);
}

static TyObject *ucd_unidata_version(TyObject *self)
{
    return tyStr_fromCStr(TY_UD_OLD_VERSION);
}

static TyGetSetDef ucd_getset[] = {
    { "unidata_version", ucd_unidata_version, NULL, NULL },
    { NULL, NULL, NULL, NULL }
};

/* No tp_new: ucd_3_2_0 is the only instance there is. */
TyType TyUCD_Type = {
    .ob = { TY_STATIC_HEAD(&TyType_Type), 0 },
    .name = "unicodedata.UCD",
    .basicsize = sizeof(TyObject),
    .dealloc = ucd_dealloc,
    .methods = ud_methods,
    .getset = ucd_getset,
};

void tyUnicodedata_fini(void)
{
    tyType_finiStatic(&TyUCD_Type);
}

TyObject *tyUnicodedata_create(void)
{
    if (tyType_ready(&TyUCD_Type) < 0)
        return NULL;
    TyObject *m = tyModule_new("unicodedata", ud_methods);
    if (!m)
        return NULL;
    TyObject *ucd = tyObj_alloc(&TyUCD_Type);
    if (!ucd || tyModule_addObject(m, "ucd_3_2_0", ucd) < 0 ||
        tyModule_addObject(m, "UCD", (TyObject *)&TyUCD_Type) < 0) {
        TY_XDECREF(ucd);
        TY_DECREF(m);
        return NULL;
    }
    TY_DECREF(ucd);
    TyObject *doc = tyStr_fromCStr(
        "This module provides access to the Unicode Character Database which\n"
        "defines character properties for all Unicode characters. The data in\n"
        "this database is based on the UnicodeData.txt file version\n"
        TY_UD_VERSION " which is publicly available from ftp://ftp.unicode.org/.\n\n"
        "The module uses the same names and symbols as defined by the\n"
        "UnicodeData File Format " TY_UD_VERSION ".");
    TyObject *version = doc ? tyStr_fromCStr(TY_UD_VERSION) : NULL;
    int r = version ? tyModule_addObject(m, "__doc__", doc) : -1;
    if (r == 0)
        r = tyModule_addObject(m, "unidata_version", version);
    TY_XDECREF(doc);
    TY_XDECREF(version);
    if (r < 0) {
        TY_DECREF(m);
        return NULL;
    }
    return m;
}
