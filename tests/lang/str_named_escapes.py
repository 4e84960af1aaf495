# \N{name} escapes in str literals: character names in any case, name
# aliases (corrections, control codes, abbreviations), Hangul syllables and
# CJK unified ideographs named by rule, in plain, triple-quoted and f-string
# literals; \N is no escape in bytes and raw strings; unknown names, named
# sequences and malformed escapes are CPython's SyntaxErrors.
print(ascii("\N{LATIN SMALL LETTER A}\N{latin capital letter b}\N{Bullet}"))
print(ascii("\N{EM DASH}\N{EURO SIGN}\N{SNOWMAN}\N{GREEK SMALL LETTER ALPHA}"))
print(ascii("\N{LINE FEED}\N{LF}\N{NBSP}\N{BYTE ORDER MARK}\N{NULL}\N{DEL}"))
print(ascii("\N{LATIN CAPITAL LETTER GHA}\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE PWILH}"))
print(ascii("\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-2B81D}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-20000}\N{CJK COMPATIBILITY IDEOGRAPH-F900}"))
print(ascii("\N{TIBETAN MARK BKA- SHOG YIG MGO}\N{TIBETAN LETTER -A}\N{HYPHEN-MINUS}"))
print(ascii("\N{GRINNING FACE}\N{FACE WITH TEARS OF JOY}x\N{SPACE}y"))
print(ascii("""\N{DIGIT ONE}
\N{DIGIT TWO}"""), ascii(f"{1 + 1}\N{DIGIT THREE}{5:\N{DIGIT FOUR}>3}"))
print(b"\N{BULLET}", rb"\N{BULLET}", r"\N{BULLET}", len("\N{BULLET}"))
print(ascii("\N{LATIN SMALL LETTER SHARP S}".upper()), "\N{DIGIT ZERO}" == "0")
for src in [r'"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"', r'"\N{NO SUCH NAME}"',
            r'"\N{LATIN SMALL LETTER  A}"', r'"\N{ LATIN SMALL LETTER A}"',
            r'"\N{LATIN SMALL LETTER A }"', r'"\N{HANGUL SYLLABLE ga}"', r'"\N{hangul syllable GA}"', r'"\N{cjk unified ideograph-4E00}"',
            r'"\N{CJK UNIFIED IDEOGRAPH-4e00}"', r'"\N{CJK UNIFIED IDEOGRAPH-9FFF0}"',
            r'"\N{CJK UNIFIED IDEOGRAPH-A000}"', r'"\N{HANGUL SYLLABLE GAX}"',
            r'"ab\N{BULLET}cd\N{nope}"', r'"\N{BULLET"', r'"\N{}"', r'"\N"', r'"\NBULLET"',
            r'"é\N{BULLÉT}"', r'"\N{EM}"', r'f"\N{nope}"', r'"\N{' + 'A' * 300 + '}"']:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
