/*
** unicode_names.c — character names and their lookup.
**
** The data lives in unicode_names_db.h, generated from CPython 3.11 by
** scripts/gen-unicode-db (which describes the layout): every stored name
** is a string of word codes, names in code point order and then the
** aliases and the named sequences.  A name is found from a code point
** through the runs of named code points; a code point is found from a name
** by coding the name's words and scanning the names for the same codes,
** which needs no index: lookups happen when a "\N{...}" literal is
** compiled, and a scan is well under a millisecond.  Hangul syllables and
** CJK unified ideographs are named by rule, as CPython names them.
*/
#include <stdio.h>
#include <string.h>
#include "unicode_names.h"
#include "unicode_names_db.h"

_Static_assert(TY_UNINAME_LONGEST <= TY_UNICODE_NAME_MAX, "names fit the buffers");
_Static_assert(TY_UNINAME_LONGEST_SEQ <= TY_UNICODE_SEQ_MAX, "sequences fit the buffers");

#define HANGUL_PREFIX "HANGUL SYLLABLE "
#define CJK_PREFIX "CJK UNIFIED IDEOGRAPH-"
#define NAMES_TOTAL (TY_UNINAME_COUNT + TY_UNINAME_ALIASES + TY_UNINAME_SEQUENCES)

/* ---- the word lexicon and the name codes -------------------------------- */

/* Word w's text (not NUL-terminated) and its length. */
static const char *word_text(unsigned w, size_t *len)
{
    unsigned first = w - w % TY_UNINAME_WORD_STEP;
    uint32_t off = ty_uniname_word_off[w / TY_UNINAME_WORD_STEP];
    for (unsigned i = first; i < w; i++)
        off += ty_uniname_word_len[i];
    *len = ty_uniname_word_len[w];
    return ty_uniname_lexicon + off;
}

/* The word whose code starts at *p, advancing past the code; -1 (past the
** END byte) at the end of the name. */
static int next_word(const unsigned char **p)
{
    unsigned b = *(*p)++;
    if (b == TY_UNINAME_END)
        return -1;
    if (b < TY_UNINAME_PREFIX0)
        return ty_uniname_byte_word[b];
    unsigned low = *(*p)++;
    return TY_UNINAME_ONE_WORDS + ty_uniname_low_rank[low] * TY_UNINAME_NPREFIX +
           (int)(b - TY_UNINAME_PREFIX0);
}

/* The start of the name after the one whose codes start at p: no code
** byte but the last is END. */
static const unsigned char *next_name(const unsigned char *p)
{
    return (const unsigned char *)memchr(p, TY_UNINAME_END, sizeof ty_uniname_phrases) + 1;
}

/* Where the codes of name number `index` start. */
static const unsigned char *name_codes(unsigned index)
{
    const unsigned char *p = ty_uniname_phrases +
                             ty_uniname_phrase_off[index / TY_UNINAME_PHRASE_STEP];
    for (unsigned skip = index % TY_UNINAME_PHRASE_STEP; skip > 0; skip--)
        p = next_name(p);
    return p;
}

/* The text of the name whose codes start at p, into buf (NUL-terminated):
** words joined by spaces, except after a word that ends in '-' or ' '.
** Returns its length. */
static size_t decode_name(const unsigned char *p, char buf[TY_UNICODE_NAME_MAX + 1])
{
    size_t n = 0, wlen;
    int w;
    while ((w = next_word(&p)) >= 0) {
        const char *text = word_text((unsigned)w, &wlen);
        if (n > 0 && buf[n - 1] != '-' && buf[n - 1] != ' ')
            buf[n++] = ' ';
        memcpy(buf + n, text, wlen);
        n += wlen;
    }
    buf[n] = '\0';
    return n;
}

/* ---- code point to name ------------------------------------------------- */

/* Is cp a CJK unified ideograph, whose name is made from its number? */
static bool is_unified_ideograph(uint32_t cp)
{
    for (size_t i = 0; i < sizeof ty_uniname_cjk / sizeof ty_uniname_cjk[0]; i++)
        if (cp >= ty_uniname_cjk[i][0] && cp <= ty_uniname_cjk[i][1])
            return true;
    return false;
}

size_t tyUnicode_name(uint32_t cp, char buf[TY_UNICODE_NAME_MAX + 1])
{
    if (cp >= TY_UNINAME_HANGUL_BASE && cp < TY_UNINAME_HANGUL_BASE + TY_UNINAME_HANGUL_COUNT) {
        uint32_t s = cp - TY_UNINAME_HANGUL_BASE;
        return (size_t)snprintf(buf, TY_UNICODE_NAME_MAX + 1, "%s%s%s%s", HANGUL_PREFIX,
                                ty_uniname_jamo_lead[s / 588], ty_uniname_jamo_vowel[s % 588 / 28],
                                ty_uniname_jamo_trail[s % 28]);
    }
    if (is_unified_ideograph(cp))
        return (size_t)snprintf(buf, TY_UNICODE_NAME_MAX + 1, "%s%X", CJK_PREFIX, (unsigned)cp);
    size_t lo = 0, hi = sizeof ty_uniname_runs / sizeof ty_uniname_runs[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const TyUniNameRun *r = &ty_uniname_runs[mid];
        if (cp < r->first)
            hi = mid;
        else if (cp >= r->first + r->count)
            lo = mid + 1;
        else
            return decode_name(name_codes(r->name + (cp - r->first)), buf);
    }
    return 0;
}

/* ---- name to code points ------------------------------------------------ */

/* The longest jamo name of `table` that text[0..len) starts with, compared
** in case (CPython's find_syllable): its length, with *index set; -1 when
** none is (no table has an empty entry but the lead and trail ones). */
static int jamo(const char *const *table, int count, const char *text, size_t len, int *index)
{
    int best = -1;
    for (int i = 0; i < count; i++) {
        int n = (int)strlen(table[i]);
        if (n > best && (size_t)n <= len && memcmp(text, table[i], (size_t)n) == 0) {
            best = n;
            *index = i;
        }
    }
    return best;
}

static bool hangul_syllable(const char *s, size_t len, uint32_t *cp)
{
    int l = 0, v = 0, t = 0, n;
    n = jamo(ty_uniname_jamo_lead, 19, s, len, &l);
    if (n < 0)
        return false;
    s += n;
    len -= (size_t)n;
    n = jamo(ty_uniname_jamo_vowel, 21, s, len, &v);
    if (n < 0)
        return false;
    s += n;
    len -= (size_t)n;
    n = jamo(ty_uniname_jamo_trail, 28, s, len, &t);
    if (n < 0 || (size_t)n != len)
        return false;
    *cp = TY_UNINAME_HANGUL_BASE + (uint32_t)((l * 21 + v) * 28 + t);
    return true;
}

static bool unified_ideograph(const char *s, size_t len, uint32_t *cp)
{
    uint32_t v = 0;
    if (len != 4 && len != 5)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9')
            v = v * 16 + (uint32_t)(c - '0');
        else if (c >= 'A' && c <= 'F')
            v = v * 16 + (uint32_t)(c - 'A' + 10);
        else
            return false;
    }
    *cp = v;
    return is_unified_ideograph(v);
}

static bool has_prefix(const char *s, size_t len, const char *prefix)
{
    size_t n = strlen(prefix);
    return len >= n && memcmp(s, prefix, n) == 0;
}

/* The number of the word text[0..len), or -1 when no name has it. */
static int find_word(const char *text, size_t len)
{
    uint32_t off = 0;
    for (unsigned w = 0; w < TY_UNINAME_WORDS; w++) {
        size_t n = ty_uniname_word_len[w];
        if (n == len && memcmp(ty_uniname_lexicon + off, text, len) == 0)
            return (int)w;
        off += (uint32_t)n;
    }
    return -1;
}

/* The codes of upper-case name q[0..len) into codes (room for two bytes
** a word and the END byte): their length, or 0 when a word of it is in
** no name.  The words are split as the generator split the names. */
static size_t encode_name(const char *q, size_t len, unsigned char *codes)
{
    size_t i = 0, n = 0;
    while (i < len) {
        if (q[i] == ' ') {
            i++;
            continue;
        }
        size_t start = i;
        while (i < len && q[i] != ' ' && q[i] != '-')
            i++;
        if (i < len && q[i] == '-' && ++i < len && q[i] == ' ')
            i++;
        int w = find_word(q + start, i - start);
        if (w < 0)
            return 0;
        if (w < TY_UNINAME_ONE_WORDS) {
            codes[n++] = ty_uniname_word_byte[w];
        } else {
            unsigned r = (unsigned)w - TY_UNINAME_ONE_WORDS;
            codes[n++] = (unsigned char)(TY_UNINAME_PREFIX0 + r % TY_UNINAME_NPREFIX);
            codes[n++] = ty_uniname_rank_low[r / TY_UNINAME_NPREFIX];
        }
    }
    codes[n++] = TY_UNINAME_END;
    return n;
}

/* The number of the stored name q[0..len) (upper case), or -1. */
static int find_name(const char *q, size_t len)
{
    unsigned char codes[2 * TY_UNICODE_NAME_MAX + 1];
    size_t n = encode_name(q, len, codes);
    if (n == 0)
        return -1;
    const unsigned char *p = ty_uniname_phrases;
    for (unsigned index = 0; index < NAMES_TOTAL; index++) {
        if (*p == codes[0] && memcmp(p, codes, n) == 0) {
            /* Equal codes; the text must be equal too, spaces included. */
            char text[TY_UNICODE_NAME_MAX + 1];
            return decode_name(p, text) == len && memcmp(text, q, len) == 0 ? (int)index : -1;
        }
        p = next_name(p);
    }
    return -1;
}

int tyUnicode_lookupName(const char *name, size_t len, bool named_sequences,
                         uint32_t out[TY_UNICODE_SEQ_MAX])
{
    if (len > TY_UNICODE_NAME_MAX)
        return 0;
    /* The names made by rule are recognised in upper case only. */
    if (has_prefix(name, len, HANGUL_PREFIX))
        return hangul_syllable(name + strlen(HANGUL_PREFIX), len - strlen(HANGUL_PREFIX), out);
    if (has_prefix(name, len, CJK_PREFIX))
        return unified_ideograph(name + strlen(CJK_PREFIX), len - strlen(CJK_PREFIX), out);
    char q[TY_UNICODE_NAME_MAX];
    for (size_t i = 0; i < len; i++)
        q[i] = name[i] >= 'a' && name[i] <= 'z' ? (char)(name[i] - 32) : name[i];
    int index = find_name(q, len);
    if (index < 0)
        return 0;
    if (index < TY_UNINAME_COUNT) {
        size_t r = 0;
        while (r + 1 < sizeof ty_uniname_runs / sizeof ty_uniname_runs[0] &&
               ty_uniname_runs[r + 1].name <= index)
            r++;
        out[0] = ty_uniname_runs[r].first + (uint32_t)(index - ty_uniname_runs[r].name);
        return 1;
    }
    index -= TY_UNINAME_COUNT;
    if (index < TY_UNINAME_ALIASES) {
        out[0] = ty_uniname_alias[index];
        return 1;
    }
    index -= TY_UNINAME_ALIASES;
    if (!named_sequences)
        return 0;
    int count = ty_uniname_seq_start[index + 1] - ty_uniname_seq_start[index];
    memcpy(out, ty_uniname_seq_cps + ty_uniname_seq_start[index], (size_t)count * sizeof *out);
    return count;
}
