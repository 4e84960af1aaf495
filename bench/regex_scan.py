# regex_scan: the re module's hot paths: compiled patterns with groups,
# findall, finditer, sub with a string and with a function, split, match on
# many short lines.
import re

SIZE = 20000

WORD = re.compile(r"[A-Za-z]+")
PAIR = re.compile(r"(\w+)=(\d+)")
DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
SPACES = re.compile(r"\s+")


def line(i):
    return "user%d=%d  name=Alpha%d   on 20%02d-%02d-%02d  tag=%d  Beta gamma" % (
        i, i * 7 % 1000, i % 97, i % 30, i % 12 + 1, i % 28 + 1, i % 9)


def main():
    words = 0
    pairs = 0
    dates = 0
    subbed = 0
    parts = 0
    for i in range(SIZE):
        s = line(i)
        words += len(WORD.findall(s))
        for m in PAIR.finditer(s):
            pairs += int(m.group(2)) + len(m.group(1))
        d = DATE.search(s)
        if d:
            dates += int(d.group(1)) + int(d.group(3))
        t = DATE.sub(r"\3/\2/\1", s)
        t = PAIR.sub(lambda m: m.group(1).upper(), t)
        subbed += len(t)
        parts += len(SPACES.split(s))
        if re.match(r"user\d+=", s):
            parts += 1
    print("regex_scan checksum %d %d %d %d %d" % (words, pairs, dates, subbed, parts))


main()
