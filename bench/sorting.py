# sorting: list.sort and sorted with keys over generated records, bisect-
# free binary search written out, min/max.
SIZE = 80000


def generate(n, seed):
    out = []
    state = seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        out.append(state % 1000003)
    return out


def search(sorted_list, value):
    lo, hi = 0, len(sorted_list)
    while lo < hi:
        mid = (lo + hi) // 2
        if sorted_list[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo


data = generate(SIZE, 42)
records = [(v % 97, v, str(v)) for v in data]
by_key = sorted(records, key=lambda r: (r[0], -r[1]))
plain = sorted(data)
strings = sorted(r[2] for r in records)
found = sum(search(plain, v) for v in data[:20000]) % 1000003
data.sort(reverse=True)
print("sorting checksum", by_key[0][1], by_key[-1][1], plain[SIZE // 2], strings[7],
      found, data[0], min(data), max(plain))
