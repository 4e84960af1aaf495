/*
** sre_engine.c — the state of one match (its subject, marks and
** backtracking stacks), the character classes the opcodes test, and the
** matcher itself, instantiated from sre_body.h for one-byte and for 32-bit
** characters.  See sre_engine.h.
*/
#include <ctype.h>
#include "tally.h"
#include "unicode.h"
#include "buffer.h"
#include "objects/bytearray.h"
#include "objects/memoryview.h"
#include "modules/sre_engine.h"

/* One context of the backtracking machine: the opcode it is working on
** (pc), the position it reached, and what it keeps across the tries it
** hands to a child context (sre_body.h says what each field holds for
** each opcode). */
struct SreFrame {
    ssize_t pos;
    ssize_t count;
    uint32_t pc;
    uint32_t chr;
    int lastmark, lastindex;
    int rep;
    uint8_t resume;     /* where to continue when the child returns */
    bool toplevel;      /* SUCCESS here must honour match_all / must_advance */
    bool pushed;        /* this context saved the marks on st->saved */
};

/* Where a context continues when its child returns. */
enum {
    R_BRANCH = 1, R_REPEAT_ONE, R_MIN_REPEAT_ONE, R_REPEAT,
    R_UNTIL_MIN, R_MAX_UNTIL_MORE, R_MAX_UNTIL_TAIL, R_MIN_UNTIL_TAIL, R_MIN_UNTIL_MORE,
    R_POSSESSIVE_MIN, R_POSSESSIVE_MORE, R_ATOMIC, R_ASSERT, R_ASSERT_NOT,
};

/* The tail of a REPEAT_ONE starts with no particular character. */
#define SRE_NO_CHAR UINT32_MAX

/* Code points per entry of a non-ASCII subject's byte-offset table. */
#define CHECKPOINT_SHIFT 6

/* ---- character classes -------------------------------------------------------------- */

/* Properties of the first 256 code points, so that the common case needs no
** trip through the Unicode tables. */
enum {
    P_DIGIT = 1, P_SPACE = 2, P_WORD = 4,           /* ASCII */
    P_UNI_DIGIT = 8, P_UNI_SPACE = 16, P_UNI_WORD = 32, P_UNI_LINEBREAK = 64,
};

static bool uni_alnum(uint32_t ch)
{
    return tyUni_isAlpha(ch) || tyUni_isDecimal(ch) || tyUni_isDigit(ch) || tyUni_isNumeric(ch);
}

/* CPython's Py_UNICODE_ISLINEBREAK: the characters str.splitlines splits at. */
static bool uni_linebreak(uint32_t ch)
{
    switch (ch) {
    case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x1C: case 0x1D: case 0x1E:
    case 0x85: case 0x2028: case 0x2029:
        return true;
    default:
        return false;
    }
}

static bool ascii_alpha(uint32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/*
** The properties as constant expressions, so the table is made by the
** compiler: Unicode 14's facts for U+0000..U+00FF, the ones uni_alnum,
** tyUni_isDecimal, tyUni_isSpace and uni_linebreak give (and
** tests/lang/re_latin1_classes.py checks against python3.11).
*/
#define L1_IN(c, lo, hi) ((c) >= (lo) && (c) <= (hi))
#define L1_ASCII_DIGIT(c) L1_IN(c, '0', '9')
#define L1_ASCII_ALPHA(c) (L1_IN(c, 'a', 'z') || L1_IN(c, 'A', 'Z'))
#define L1_UNI_SPACE(c) (L1_IN(c, 0x09, 0x0D) || L1_IN(c, 0x1C, 0x20) || (c) == 0x85 || (c) == 0xA0)
#define L1_UNI_ALNUM(c)                                                                              \
    (L1_ASCII_DIGIT(c) || L1_ASCII_ALPHA(c) || (c) == 0xAA || L1_IN(c, 0xB2, 0xB3) || (c) == 0xB5 || \
     L1_IN(c, 0xB9, 0xBA) || L1_IN(c, 0xBC, 0xBE) || L1_IN(c, 0xC0, 0xD6) || L1_IN(c, 0xD8, 0xF6) ||  \
     (c) >= 0xF8)
#define L1_LINEBREAK(c) (L1_IN(c, 0x0A, 0x0D) || L1_IN(c, 0x1C, 0x1E) || (c) == 0x85)
#define L1(c)                                                                                 \
    (uint8_t)((L1_ASCII_DIGIT(c) ? P_DIGIT | P_UNI_DIGIT : 0) |                               \
              ((c) == ' ' || L1_IN(c, '\t', '\r') ? P_SPACE : 0) |                            \
              (L1_ASCII_ALPHA(c) || L1_ASCII_DIGIT(c) || (c) == '_' ? P_WORD : 0) |           \
              (L1_UNI_SPACE(c) ? P_UNI_SPACE : 0) | (L1_UNI_ALNUM(c) || (c) == '_' ? P_UNI_WORD : 0) | \
              (L1_LINEBREAK(c) ? P_UNI_LINEBREAK : 0))
#define L1_4(c) L1(c), L1((c) + 1), L1((c) + 2), L1((c) + 3)
#define L1_16(c) L1_4(c), L1_4((c) + 4), L1_4((c) + 8), L1_4((c) + 12)
#define L1_64(c) L1_16(c), L1_16((c) + 16), L1_16((c) + 32), L1_16((c) + 48)
static const uint8_t latin1_props[256] = { L1_64(0), L1_64(64), L1_64(128), L1_64(192) };

static inline bool has_prop(uint32_t ch, uint8_t p)
{
    return ch < 256 && (latin1_props[ch] & p);
}

static inline bool uni_digit(uint32_t ch)
{
    return ch < 256 ? (latin1_props[ch] & P_UNI_DIGIT) != 0 : tyUni_isDecimal(ch);
}

static inline bool uni_space(uint32_t ch)
{
    return ch < 256 ? (latin1_props[ch] & P_UNI_SPACE) != 0 : tyUni_isSpace(ch);
}

static inline bool uni_word(uint32_t ch)
{
    return ch < 256 ? (latin1_props[ch] & P_UNI_WORD) != 0 : uni_alnum(ch);
}

/* The C library's view under the current locale (LC_CTYPE), as re.LOCALE
** wants: only the first 256 code points have one. */
static inline bool loc_word(uint32_t ch)
{
    return ch < 256 && (isalnum((int)ch) || ch == '_');
}

static inline uint32_t lower_locale(uint32_t ch)
{
    return ch < 256 ? (uint32_t)tolower((int)ch) : ch;
}

static inline uint32_t upper_locale(uint32_t ch)
{
    return ch < 256 ? (uint32_t)toupper((int)ch) : ch;
}

uint32_t tySre_lowerAscii(uint32_t ch)
{
    return ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch;
}

/* CPython's simple case mappings are the first code point of the full
** mapping where SpecialCasing gives one (ß upper-cases to 'S'), which is
** what the first code point of tally's full mapping is. */
uint32_t tySre_lowerUnicode(uint32_t ch)
{
    uint32_t out[3];
    if (ch < 128)
        return tySre_lowerAscii(ch);
    return tyUni_toLower(ch, out) > 0 ? out[0] : ch;
}

uint32_t tySre_upperUnicode(uint32_t ch)
{
    uint32_t out[3];
    if (ch < 128)
        return ch >= 'a' && ch <= 'z' ? ch - ('a' - 'A') : ch;
    return tyUni_toUpper(ch, out) > 0 ? out[0] : ch;
}

bool tySre_isCasedAscii(uint32_t ch)
{
    return ascii_alpha(ch);
}

bool tySre_isCasedUnicode(uint32_t ch)
{
    return ch != tySre_lowerUnicode(ch) || ch != tySre_upperUnicode(ch);
}

static inline bool char_loc_ignore(uint32_t pattern, uint32_t ch)
{
    return ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern;
}

/* The latin1_props bit that decides `category` for the first 256 code
** points (digit, space, word, ASCII or Unicode), or 0 for the others. */
static inline uint8_t category_bit(uint32_t category)
{
    switch (category) {
    case SRE_CATEGORY_DIGIT: return P_DIGIT;
    case SRE_CATEGORY_SPACE: return P_SPACE;
    case SRE_CATEGORY_WORD: return P_WORD;
    case SRE_CATEGORY_UNI_DIGIT: return P_UNI_DIGIT;
    case SRE_CATEGORY_UNI_SPACE: return P_UNI_SPACE;
    case SRE_CATEGORY_UNI_WORD: return P_UNI_WORD;
    default: return 0;
    }
}

/* Is ch in the class numbered `category` (re._constants.CHCODES)? */
static inline bool in_category(uint32_t category, uint32_t ch)
{
    switch (category) {
    case SRE_CATEGORY_DIGIT: return has_prop(ch, P_DIGIT);
    case SRE_CATEGORY_NOT_DIGIT: return !has_prop(ch, P_DIGIT);
    case SRE_CATEGORY_SPACE: return has_prop(ch, P_SPACE);
    case SRE_CATEGORY_NOT_SPACE: return !has_prop(ch, P_SPACE);
    case SRE_CATEGORY_WORD: return has_prop(ch, P_WORD);
    case SRE_CATEGORY_NOT_WORD: return !has_prop(ch, P_WORD);
    case SRE_CATEGORY_LINEBREAK: return ch == '\n';
    case SRE_CATEGORY_NOT_LINEBREAK: return ch != '\n';
    case SRE_CATEGORY_LOC_WORD: return loc_word(ch);
    case SRE_CATEGORY_LOC_NOT_WORD: return !loc_word(ch);
    case SRE_CATEGORY_UNI_DIGIT: return uni_digit(ch);
    case SRE_CATEGORY_UNI_NOT_DIGIT: return !uni_digit(ch);
    case SRE_CATEGORY_UNI_SPACE: return uni_space(ch);
    case SRE_CATEGORY_UNI_NOT_SPACE: return !uni_space(ch);
    case SRE_CATEGORY_UNI_WORD: return uni_word(ch);
    case SRE_CATEGORY_UNI_NOT_WORD: return !uni_word(ch);
    case SRE_CATEGORY_UNI_LINEBREAK: return uni_linebreak(ch);
    case SRE_CATEGORY_UNI_NOT_LINEBREAK: return !uni_linebreak(ch);
    default: return false;
    }
}

/* The byte `i` of the code words starting at `set`, in memory order: the
** block table of a BIGCHARSET is 256 bytes packed into words by
** re._compiler in the machine's byte order. */
static inline uint8_t code_byte(const uint32_t *set, uint32_t i)
{
    return ((const uint8_t *)set)[i];
}

/* Is ch in the set at `set` (LITERAL, CATEGORY, CHARSET, RANGE,
** RANGE_UNI_IGNORE, NEGATE and BIGCHARSET items up to a FAILURE)? */
static inline bool in_charset(const uint32_t *set, uint32_t ch)
{
    bool ok = true;
    for (;;) {
        switch (*set++) {
        case SRE_OP_FAILURE:
            return !ok;
        case SRE_OP_LITERAL:
            if (ch == set[0])
                return ok;
            set += 1;
            break;
        case SRE_OP_CATEGORY:
            if (in_category(set[0], ch))
                return ok;
            set += 1;
            break;
        case SRE_OP_CHARSET:
            /* a 256-bit map */
            if (ch < 256 && (set[ch >> 5] & (1u << (ch & 31))))
                return ok;
            set += 8;
            break;
        case SRE_OP_RANGE:
            if (set[0] <= ch && ch <= set[1])
                return ok;
            set += 2;
            break;
        case SRE_OP_RANGE_UNI_IGNORE: {
            /* ch comes lower-cased; its upper case may be in the range */
            if (set[0] <= ch && ch <= set[1])
                return ok;
            uint32_t up = tySre_upperUnicode(ch);
            if (set[0] <= up && up <= set[1])
                return ok;
            set += 2;
            break;
        }
        case SRE_OP_NEGATE:
            ok = !ok;
            break;
        case SRE_OP_BIGCHARSET: {
            /* <count> <256 block numbers, as bytes> <count 256-bit maps> */
            uint32_t count = *set++;
            if (ch < 0x10000) {
                uint32_t block = code_byte(set, ch >> 8);
                const uint32_t *map = set + 64 + block * 8;
                if (map[(ch & 255) >> 5] & (1u << (ch & 31)))
                    return ok;
            }
            set += 64 + count * 8;
            break;
        }
        default:
            return false;
        }
    }
}

static bool in_charset_loc_ignore(const uint32_t *set, uint32_t ch)
{
    uint32_t lo = lower_locale(ch);
    if (in_charset(set, lo))
        return true;
    uint32_t up = upper_locale(ch);
    return up != lo && in_charset(set, up);
}

/*
** The test a match's first character must pass, when the code at `code`
** says so plainly: a LITERAL or an IN (case-sensitive) first, or as the
** item of a single-character repeat of at least one, after any MARKs
** (which consume nothing).  A search skips the positions whose character
** fails it instead of starting the matcher there only to fail.  NULL when
** the code starts any other way.
*/
static const uint32_t *first_char_test(const uint32_t *code)
{
    while (code[0] == SRE_OP_MARK)
        code += 2;
    if ((code[0] == SRE_OP_REPEAT_ONE || code[0] == SRE_OP_MIN_REPEAT_ONE ||
         code[0] == SRE_OP_POSSESSIVE_REPEAT_ONE) && code[2] >= 1)
        code += 4;
    return code[0] == SRE_OP_LITERAL || code[0] == SRE_OP_IN ? code : NULL;
}

/* ---- the stacks ----------------------------------------------------------------------- */

/* Grow *buf (of *cap items of `size` bytes) to hold `need` items. */
static int grow(void **buf, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t n = *cap ? *cap : 16;
    while (n < need)
        n *= 2;
    if (n > SIZE_MAX / size) {
        tyErr_noMemory();
        return -1;
    }
    void *p = tyMem_realloc(*buf, n * size);
    if (!p)
        return -1;
    *buf = p;
    *cap = n;
    return 0;
}

/* A new context for the code at pc on top of the frame stack: 0 / -1. */
static inline int push_frame(SreState *st, uint32_t pc, bool toplevel)
{
    if (st->nframes == st->cap_frames &&
        grow((void **)&st->frames, &st->cap_frames, st->nframes + 1, sizeof(SreFrame)) < 0)
        return -1;
    SreFrame *f = &st->frames[st->nframes++];
    f->pc = pc;
    f->toplevel = toplevel;
    f->pushed = false;
    return 0;
}

static int push_value(SreState *st, ssize_t v)
{
    if (st->nsaved == st->cap_saved &&
        grow((void **)&st->saved, &st->cap_saved, st->nsaved + 1, sizeof(ssize_t)) < 0)
        return -1;
    st->saved[st->nsaved++] = v;
    return 0;
}

static ssize_t pop_value(SreState *st)
{
    return st->saved[--st->nsaved];
}

/* Save marks 0..lastmark (nothing when lastmark < 0): 0 / -1. */
static int push_marks(SreState *st, int lastmark)
{
    if (lastmark < 0)
        return 0;
    size_t n = (size_t)lastmark + 1;
    if (grow((void **)&st->saved, &st->cap_saved, st->nsaved + n, sizeof(ssize_t)) < 0)
        return -1;
    memcpy(st->saved + st->nsaved, st->mark, n * sizeof(ssize_t));
    st->nsaved += n;
    return 0;
}

/* Put back the marks the matching push_marks saved, keeping or dropping
** the saved copy. */
static void restore_marks(SreState *st, int lastmark, bool keep)
{
    if (lastmark < 0)
        return;
    size_t n = (size_t)lastmark + 1;
    memcpy(st->mark, st->saved + st->nsaved - n, n * sizeof(ssize_t));
    if (!keep)
        st->nsaved -= n;
}

static void discard_marks(SreState *st, int lastmark)
{
    if (lastmark >= 0)
        st->nsaved -= (size_t)lastmark + 1;
}

/* A new repeat record on top of the repeat stack: its index, or -1. */
static int push_repeat(SreState *st, uint32_t pc)
{
    if (st->nrepeats == st->cap_repeats &&
        grow((void **)&st->repeats, &st->cap_repeats, st->nrepeats + 1, sizeof(SreRepeat)) < 0)
        return -1;
    int r = (int)st->nrepeats++;
    st->repeats[r] = (SreRepeat){ .count = -1, .last_pos = -1, .pc = pc, .prev = st->repeat };
    return r;
}

/* Every few thousand steps: has Ctrl-C been pressed?  0, or
** SRE_ERROR_INTERRUPTED with KeyboardInterrupt set. */
static inline int check_signals(SreState *st)
{
    if ((++st->steps & 0xfff) == 0 && tyErr_checkSignals() < 0)
        return SRE_ERROR_INTERRUPTED;
    return 0;
}

/* ---- the matcher, for each character width ----------------------------------------------- */

#define SRE_CHAR uint8_t
#define SRE_TEXT(st) ((st)->text8)
#define SRE_FN(name) sre8_##name
#include "modules/sre_body.h"
#undef SRE_CHAR
#undef SRE_TEXT
#undef SRE_FN

#define SRE_CHAR uint32_t
#define SRE_TEXT(st) ((st)->text32)
#define SRE_FN(name) sre32_##name
#include "modules/sre_body.h"
#undef SRE_CHAR
#undef SRE_TEXT
#undef SRE_FN

/* Drop what the last attempt left on the stacks (an error leaves them
** unbalanced). */
static void clear_stacks(SreState *st)
{
    st->nframes = st->nsaved = st->nrepeats = 0;
    st->repeat = -1;
}

ssize_t tySre_match(SreState *st)
{
    clear_stacks(st);
    st->ptr = st->start;
    return st->width == 1 ? sre8_match(st, 0, true) : sre32_match(st, 0, true);
}

ssize_t tySre_search(SreState *st)
{
    clear_stacks(st);
    st->ptr = st->start;
    return st->width == 1 ? sre8_search(st) : sre32_search(st);
}

TyObject *tySre_raise(ssize_t status)
{
    switch (status) {
    case SRE_ERROR_MEMORY:
        if (!tyErr_occurred())
            tyErr_noMemory();
        break;
    case SRE_ERROR_INTERRUPTED:
        break;
    default:
        tyErr_setString(&TyExc_RuntimeError, "internal error in regular expression engine");
    }
    return NULL;
}

/* ---- the state ------------------------------------------------------------------------- */

/* Decode a non-ASCII str into st->owned (code points, and a 0 after the
** last so that the matcher may look one past the end as it may in a str's
** UTF-8) and build the byte-offset table.  0 / -1. */
static int decode_str(SreState *st, TyObject *s)
{
    ssize_t n = TY_STR_LEN(s);
    uint32_t *text = tyMem_malloc(((size_t)n + 1) * sizeof(uint32_t));
    ssize_t *ck = text ? tyMem_malloc(((size_t)(n >> CHECKPOINT_SHIFT) + 1) * sizeof(ssize_t)) : NULL;
    if (!ck) {
        tyMem_free(text);
        return -1;
    }
    const char *base = TY_STR_UTF8(s), *p = base;
    for (ssize_t i = 0; i < n; i++) {
        if ((i & ((1 << CHECKPOINT_SHIFT) - 1)) == 0)
            ck[i >> CHECKPOINT_SHIFT] = p - base;
        text[i] = ty_utf8Decode(&p);
    }
    if ((n & ((1 << CHECKPOINT_SHIFT) - 1)) == 0)
        ck[n >> CHECKPOINT_SHIFT] = p - base;
    text[n] = 0;
    st->owned = text;
    st->owned_checkpoints = ck;
    st->text32 = text;
    st->checkpoints = ck;
    st->width = 4;
    return 0;
}

int tySre_stateInit(SreState *st, const uint32_t *code, ssize_t groups, int isbytes,
                    TyObject *string, ssize_t pos, ssize_t endpos)
{
    memset(st, 0, sizeof(*st));
    bool is_str = TY_STR_CHECK(string);
    /* Any C-contiguous bytes-like object; CPython words a released or
    ** strided memoryview as it does a str-less, buffer-less object. */
    TyBuffer view = { NULL, 0, true };
    if (!is_str && tyBuffer_tryGet(string, &view) <= 0) {
        tyErr_clear();
        tyErr_format(&TyExc_TypeError, "expected string or bytes-like object, got '%T'", string);
        return -1;
    }
    if (!is_str && isbytes == 0) {
        tyErr_setString(&TyExc_TypeError, "cannot use a string pattern on a bytes-like object");
        return -1;
    }
    if (is_str && isbytes > 0) {
        tyErr_setString(&TyExc_TypeError, "cannot use a bytes pattern on a string-like object");
        return -1;
    }
    st->mark = tyMem_malloc(((size_t)groups * 2 + 2) * sizeof(ssize_t));
    if (!st->mark)
        return -1;
    st->width = 1;
    st->isbytes = !is_str;
    if (is_str) {
        st->length = TY_STR_LEN(string);
        if (TY_STR_IS_ASCII(string))
            st->text8 = (const uint8_t *)TY_STR_UTF8(string);
        else if (decode_str(st, string) < 0)
            goto fail;
    } else if (!TY_BYTES_CHECK(string)) {
        /* A copy: sub() calls Python code between searches, which may
        ** resize a bytearray or array under a pointer into its buffer. */
        st->length = view.len;
        uint8_t *copy = tyMem_malloc((size_t)st->length + 1);
        if (copy)
            memcpy(copy, view.data, (size_t)st->length);
        if (!copy)
            goto fail;
        copy[st->length] = 0;
        st->owned = copy;
        st->text8 = copy;
    } else {
        st->length = TY_BYTES_LEN(string);
        st->text8 = (const uint8_t *)TY_BYTES_DATA(string);
    }
    if (pos < 0)
        pos = 0;
    else if (pos > st->length)
        pos = st->length;
    if (endpos < 0)
        endpos = 0;
    else if (endpos > st->length)
        endpos = st->length;
    st->code = code;
    st->groups = groups;
    st->pos = st->start = st->ptr = pos;
    st->endpos = endpos;
    st->lastmark = st->lastindex = -1;
    st->repeat = -1;
    st->string = TY_NEWREF(string);
    return 0;
fail:
    tyMem_free(st->mark);
    tyMem_free(st->owned);
    tyMem_free(st->owned_checkpoints);
    memset(st, 0, sizeof(*st));
    return -1;
}

void tySre_stateFini(SreState *st)
{
    TY_CLEAR(st->string);
    tyMem_free(st->mark);
    tyMem_free(st->owned);
    tyMem_free(st->owned_checkpoints);
    tyMem_free(st->frames);
    tyMem_free(st->saved);
    tyMem_free(st->repeats);
    memset(st, 0, sizeof(*st));
}

void tySre_stateReset(SreState *st)
{
    st->lastmark = st->lastindex = -1;
    clear_stacks(st);
}

/* ---- slices of the subject --------------------------------------------------------------- */

/* Bytes in a UTF-8 sequence, from its lead byte. */
static inline int utf8_seq_len(unsigned char lead)
{
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

ssize_t tySre_byteOffset(const SreState *st, ssize_t i)
{
    if (!st->checkpoints)
        return i;
    const unsigned char *base = (const unsigned char *)TY_STR_UTF8(st->string);
    const unsigned char *p = base + st->checkpoints[i >> CHECKPOINT_SHIFT];
    for (ssize_t k = i & ((1 << CHECKPOINT_SHIFT) - 1); k > 0; k--)
        p += utf8_seq_len(*p);
    return p - base;
}

TyObject *tySre_slice(SreState *st, ssize_t i, ssize_t j)
{
    TyObject *s = st->string;
    if (st->isbytes) {
        if (TY_IS_TYPE(s, &TyBytes_Type) && i == 0 && j == TY_BYTES_LEN(s))
            return TY_NEWREF(s);
        return tyBytes_fromData((const char *)st->text8 + i, j - i);
    }
    if (TY_STR_CHECK_EXACT(s) && i == 0 && j == st->length)
        return TY_NEWREF(s);
    if (st->width == 1)
        return tyStr_fromAscii((const char *)st->text8 + i, j - i);
    ssize_t b0 = tySre_byteOffset(st, i), b1 = tySre_byteOffset(st, j);
    return tyStr_fromKnown(TY_STR_UTF8(s) + b0, b1 - b0, j - i, b1 - b0 == j - i);
}

TyObject *tySre_group(SreState *st, ssize_t g, TyObject *def)
{
    ssize_t index = (g - 1) * 2;
    if (index >= st->lastmark || st->mark[index] < 0 || st->mark[index + 1] < 0) {
        if (def)
            return TY_NEWREF(def);
        return tySre_slice(st, 0, 0);
    }
    ssize_t i = st->mark[index], j = st->mark[index + 1];
    if (i > j)
        return tyErr_setString(&TyExc_SystemError, "The span of capturing group is wrong,"
                                                   " please report a bug for the re module.");
    return tySre_slice(st, i, j);
}
