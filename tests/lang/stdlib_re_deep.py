# re over _sre: long subjects and deeply nested repeats run on the
# matcher's own stacks (no C recursion), with CPython's results
import sys
sys.path.append('/usr/lib/python3.11')
import re

s = 'ab' * 20000
m = re.match(r'(?:a|b)*', s)
print(m.span())
m = re.match(r'((a)|(b))*', s)
print(m.span(), m.groups(), m.lastindex)
m = re.match(r'(?:(a)b)*?$', s)
print(m.span(), m.group(1))
m = re.fullmatch(r'(?:a(?:b|c))+', s)
print(m.span())
print(re.search(r'(x+x+)+y', 'x' * 18), len(re.findall(r'a', s)))
print(re.match(r'(a*)*b', 'a' * 20 + 'b').span())
print(re.match('(' * 90 + 'a' + ')*' * 90, 'aaa').span())
print(re.match('(?:' * 90 + 'a' + ')' * 90, 'a').span())
print(re.match(r'(a|b)*?c', 'ab' * 5000 + 'c').span())
print(re.match(r'(.)*\1', 'ab' * 5000 + 'b').span())
print(re.match(r'(?=(a+))*a', 'aaa'))
print(re.sub(r'(a)(?=b)', r'\1-', s)[:20], len(re.split(r'b', s)))
t = 'x' * 30000 + 'y'
print(re.search(r'x*y', t).span(), re.search(r'(?<=x)y', t).span(), re.search(r'(x|y)+$', t).span())
print(re.match(r'(?>(?:a|b)+)c', s + 'c').span(), re.match(r'(?:ab)++$', s).span())
print(re.search(r'\w+@\w+\.com', 'mail ' * 500 + 'me@host.com').span())
print(re.compile(r'a{65535}').match('a' * 65535).span())
try:
    re.compile(r'a{4294967295}')
except OverflowError as e:
    print('OverflowError', e)
print(re.match(r'a{,4294967294}', 'aaa'), re.match(r'(?:a{2}){3}', 'a' * 7))
