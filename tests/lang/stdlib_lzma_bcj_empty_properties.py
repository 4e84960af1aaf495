# tally-expected: own
# Decoding the empty properties of a BCJ filter: CPython 3.11 reads the
# options liblzma left NULL (a crash); tally reports start_offset 0, what
# an empty properties field means.  docs/language.md, "_lzma".
import _lzma
print(_lzma._decode_filter_properties(_lzma.FILTER_X86, b''))
print(_lzma._decode_filter_properties(_lzma.FILTER_ARM, b''))
