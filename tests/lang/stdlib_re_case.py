# re over _sre: case-insensitive matching beyond the BMP and in character
# ranges (RANGE_UNI_IGNORE), re.LOCALE bytes, and pos/endpos edge cases
import sys; sys.path.append('/usr/lib/python3.11')
import re
print(re.findall(r'(?i)[\U00010400-\U00010410]', '\U00010400\U00010428\U00010438'))
print(re.findall(r'(?i)\U00010428+', '\U00010400\U00010428'))
print(re.findall(r'(?i)[^\U00010400-\U00010410]', '\U00010400\U00010428a'))
print(re.findall(rb'(?L)\w+', b'ab\xe9 cd'), re.findall(rb'(?Li)[a-c]+', b'ABC abc'), re.findall(rb'(?iL)\xe9', b'\xc9\xe9'))
print(re.findall(rb'(?L)\bx', b'ax x'), re.match(rb'(?iL)(ab)\1', b'abAB'))
print(re.findall(r'(?i)[Ā-ſ]', 'ĀāſSs'), re.findall(r'(?i)[ᾀ-ᾇ]', 'ᾈᾀ'), re.findall(r'(?i)ß', 'ßẞ'), re.findall(r'(?i)[ß]', 'ßẞ'))
print(re.findall(r'(?i)[a-z\u0100-\u017f]+', 'ÀKİſ'), re.findall(r'(?i)[^a-z]', 'K\u212aſ'))
print(re.findall(r'(?i)\w+', 'ǅemal'), re.findall(r'(?i:[ǅ])', 'Ǆǆǅ'))
print(re.match(r'(?i)(?:ǆ|x)+', 'ǄǅǆX'))
for pat in ('', 'a*', '$', r'\b', 'x?', '(?=a)', 'a|', r'\Z', '^'):
    p = re.compile(pat)
    print(repr(pat), p.match('abc', 2, 1), p.search('abc', 2, 1), p.fullmatch('abc', 2, 1), p.findall('abc', 2, 1), p.match('abc', 5, 9), p.search('abc', -3, -1))
print(re.compile('b').search('abc', 1, 1), re.compile('$').search('ab\n', 0, 2), re.compile(r'\Z').search('abc', 0, 2))
print(re.compile('c').findall('abcabc', 1, 5), list(re.compile('').finditer('ab', 1)))
print(re.compile(r'\bb').search('ab', 1), re.compile('^b').search('ab', 1), re.compile(r'(?<=a)b').search('ab', 1))
