/*
** unicode.c — character properties and case mappings.
**
** The data lives in unicode_db.h, generated from CPython 3.11 by
** scripts/gen-unicode-db: a three-level trie maps each code point to a
** shared record of flags, decimal value and case mappings.  Code points
** past U+10FFFF get the record of an unassigned character.
*/
#include "unicode.h"
#include "unicode_db.h"

#define TY_UNI_MAX 0x10FFFF

static const TyUniRecord *record(uint32_t cp)
{
    if (cp > TY_UNI_MAX)
        return &ty_uni_records[0];
    uint32_t block = ty_uni_index1[cp >> TY_UNI_SHIFT1];
    uint32_t mid = (block << (TY_UNI_SHIFT1 - TY_UNI_SHIFT2)) +
                   ((cp >> TY_UNI_SHIFT2) & ((1u << (TY_UNI_SHIFT1 - TY_UNI_SHIFT2)) - 1));
    uint32_t leaf = ty_uni_index2[mid];
    return &ty_uni_records[ty_uni_index3[(leaf << TY_UNI_SHIFT2) +
                                         (cp & ((1u << TY_UNI_SHIFT2) - 1))]];
}

static bool has(uint32_t cp, unsigned flag)
{
    return (record(cp)->flags & flag) != 0;
}

bool tyUni_isAlpha(uint32_t cp) { return has(cp, TY_UNI_ALPHA); }
bool tyUni_isDecimal(uint32_t cp) { return has(cp, TY_UNI_DECIMAL); }
bool tyUni_isDigit(uint32_t cp) { return has(cp, TY_UNI_DIGIT); }
bool tyUni_isNumeric(uint32_t cp) { return has(cp, TY_UNI_NUMERIC); }
bool tyUni_isSpace(uint32_t cp) { return has(cp, TY_UNI_SPACE); }
bool tyUni_isUpper(uint32_t cp) { return has(cp, TY_UNI_UPPER); }
bool tyUni_isLower(uint32_t cp) { return has(cp, TY_UNI_LOWER); }
bool tyUni_isTitle(uint32_t cp) { return has(cp, TY_UNI_TITLE); }
bool tyUni_isPrintable(uint32_t cp) { return has(cp, TY_UNI_PRINTABLE); }
bool tyUni_isCased(uint32_t cp) { return has(cp, TY_UNI_CASED); }
bool tyUni_isCaseIgnorable(uint32_t cp) { return has(cp, TY_UNI_CASE_IGNORABLE); }
bool tyUni_isXidStart(uint32_t cp) { return has(cp, TY_UNI_XID_START); }
bool tyUni_isXidContinue(uint32_t cp) { return has(cp, TY_UNI_XID_CONTINUE); }

int tyUni_decimalValue(uint32_t cp)
{
    return record(cp)->decimal;
}

/* One of the four mappings of cp: `field` is the record's delta or, for an
** extended record, its offset into ty_uni_ext. */
static int map(uint32_t cp, const TyUniRecord *r, int32_t field, uint32_t out[3])
{
    if (!(r->flags & TY_UNI_EXTENDED)) {
        out[0] = (uint32_t)((int32_t)cp + field);
        return 1;
    }
    const uint32_t *seq = &ty_uni_ext[field];
    int n = (int)seq[0];
    for (int i = 0; i < n; i++)
        out[i] = seq[1 + i];
    return n;
}

int tyUni_toUpper(uint32_t cp, uint32_t out[3])
{
    const TyUniRecord *r = record(cp);
    return map(cp, r, r->upper, out);
}

int tyUni_toLower(uint32_t cp, uint32_t out[3])
{
    const TyUniRecord *r = record(cp);
    return map(cp, r, r->lower, out);
}

int tyUni_toTitle(uint32_t cp, uint32_t out[3])
{
    const TyUniRecord *r = record(cp);
    return map(cp, r, r->title, out);
}

int tyUni_toFolded(uint32_t cp, uint32_t out[3])
{
    const TyUniRecord *r = record(cp);
    return map(cp, r, r->fold, out);
}
