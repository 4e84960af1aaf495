# str_methods: the str methods programs lean on: split/join, strip,
# replace, find, startswith/endswith, upper/lower, format and f-strings,
# partition, count, isdigit, zfill.
SIZE = 60000


def main():
    total = 0
    found = 0
    joined = 0
    text = []
    for i in range(SIZE):
        s = "  Key_%d : Value-%s ; extra %d  " % (i, "abc" * (i % 4), i % 17)
        t = s.strip()
        k, sep, v = t.partition(":")
        k = k.strip().lower()
        v = v.replace("-", "_").upper()
        if k.startswith("key_1") or v.endswith("D  "):
            found += 1
        found += v.find("ABC") + t.count("a")
        fields = t.split(";")
        total += len(fields[0]) + len(fields[-1].split())
        n = k[4:]
        if n.isdigit():
            total += len(n.zfill(8))
        line = f"{k:>12}|{v:<30}|{i:08d}|{i / 7:.3f}"
        text.append(line)
        if len(text) == 1000:
            joined += len("\n".join(text))
            text = []
    joined += len("\n".join(text))
    print("str_methods checksum %d %d %d" % (total, found, joined))


main()
