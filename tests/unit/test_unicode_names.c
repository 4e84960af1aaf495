/*
** test_unicode_names.c — character names (src/unicode_names.c) against
** CPython 3.11's unicodedata.
**
** The count and the FNV-1a hash below were computed by /usr/bin/python3.11
** over "%X:%s\n" % (cp, unicodedata.name(chr(cp))) for every named code
** point in order, so one mismatched name anywhere fails the test.  Names
** must also lead back to their code points, in either case.
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include "unicode_names.h"

#define NAMED_CODE_POINTS 138552
#define NAMES_FNV1A 0xcf64bb1f8f948bcbULL

static uint64_t fnv1a(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

static bool made_by_rule(const char *name)
{
    return strncmp(name, "HANGUL SYLLABLE ", 16) == 0 ||
           strncmp(name, "CJK UNIFIED IDEOGRAPH-", 22) == 0;
}

Test(unicode_names, every_name_is_cpythons_and_leads_back)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    size_t count = 0;
    for (uint32_t cp = 0; cp < 0x110000; cp++) {
        char name[TY_UNICODE_NAME_MAX + 1], line[TY_UNICODE_NAME_MAX + 16];
        size_t n = tyUnicode_name(cp, name);
        if (n == 0)
            continue;
        cr_assert_eq(strlen(name), n);
        count++;
        int len = snprintf(line, sizeof line, "%X:%s\n", (unsigned)cp, name);
        h = fnv1a(h, line, (size_t)len);
        /* A lookup scans the stored names, so every 8th leads back (in
        ** lower case every 64th); the names made by rule all do. */
        bool rule = made_by_rule(name);
        if (!rule && count % 8 != 0)
            continue;
        uint32_t out[TY_UNICODE_SEQ_MAX];
        cr_assert_eq(tyUnicode_lookupName(name, n, false, out), 1, "%s", name);
        cr_assert_eq(out[0], cp, "%s gave U+%04X, not U+%04X", name, out[0], cp);
        if (!rule && count % 64 == 0) {
            for (size_t i = 0; i < n; i++)
                if (name[i] >= 'A' && name[i] <= 'Z')
                    name[i] = (char)(name[i] + 32);
            cr_assert_eq(tyUnicode_lookupName(name, n, false, out), 1, "%s", name);
            cr_assert_eq(out[0], cp, "%s", name);
        }
    }
    cr_expect_eq(count, NAMED_CODE_POINTS);
    cr_expect_eq(h, NAMES_FNV1A, "names hash to %llx", (unsigned long long)h);
}

Test(unicode_names, aliases_sequences_and_misses)
{
    static const struct { const char *name; bool seqs; int n; uint32_t cps[4]; } cases[] = {
        {"LF", false, 1, {0x0A}},
        {"line feed", false, 1, {0x0A}},
        {"BYTE ORDER MARK", false, 1, {0xFEFF}},
        {"LATIN CAPITAL LETTER GHA", false, 1, {0x01A2}},
        {"LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", false, 0, {0}},
        {"LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", true, 2, {0x0100, 0x0300}},
        {"KEYCAP NUMBER SIGN", true, 3, {0x23, 0xFE0F, 0x20E3}},
        {"HANGUL SYLLABLE GAG", false, 1, {0xAC01}},
        {"HANGUL SYLLABLE ga", false, 0, {0}},
        {"hangul syllable GA", false, 0, {0}},
        {"HANGUL SYLLABLE", false, 0, {0}},
        {"CJK UNIFIED IDEOGRAPH-04E00", false, 1, {0x4E00}},
        {"CJK UNIFIED IDEOGRAPH-4e00", false, 0, {0}},
        {"CJK UNIFIED IDEOGRAPH-A000", false, 0, {0}},
        {"EM", false, 0, {0}},
        {"LATIN SMALL LETTER  A", false, 0, {0}},
        {"LATIN SMALL LETTER A ", false, 0, {0}},
        {"", false, 0, {0}},
        {"-", false, 0, {0}},
        {"TIBETAN MARK BKA- SHOG YIG MGO", false, 1, {0x0F0A}},
        {"TIBETAN MARK BKA-SHOG YIG MGO", false, 0, {0}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uint32_t out[TY_UNICODE_SEQ_MAX];
        int n = tyUnicode_lookupName(cases[i].name, strlen(cases[i].name), cases[i].seqs, out);
        cr_expect_eq(n, cases[i].n, "%s: %d code points", cases[i].name, n);
        for (int k = 0; k < n; k++)
            cr_expect_eq(out[k], cases[i].cps[k], "%s", cases[i].name);
    }
    char name[TY_UNICODE_NAME_MAX + 1];
    cr_expect_eq(tyUnicode_name(0x0378, name), 0);
    cr_expect_eq(tyUnicode_name(0x110000, name), 0);
    cr_expect_eq(tyUnicode_name(0xD7A3, name), strlen("HANGUL SYLLABLE HIH"));
    cr_expect_str_eq(name, "HANGUL SYLLABLE HIH");
    char long_name[400];
    memset(long_name, 'A', sizeof long_name);
    uint32_t out[TY_UNICODE_SEQ_MAX];
    cr_expect_eq(tyUnicode_lookupName(long_name, sizeof long_name, true, out), 0);
}
