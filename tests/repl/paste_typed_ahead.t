# A paste without bracketed-paste markers arrives as typed-ahead lines:
# they run as if typed, except that an empty line followed by indented
# lines of the same paste stays inside its block.
# oracle: own — python3.11 ends the function at the empty line and then
# reports "unexpected indent"; Python 3.13 keeps the function whole.
args -q
send def total(items):\r    result = 0\r\r    for i in items:\r        result += i\r\r    return result\r\rtotal([1, 2, 3])\r
type
keys ^D
