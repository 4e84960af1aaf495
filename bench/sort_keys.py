# sort_keys: sorting with key functions: lambda keys, operator.itemgetter
# and attrgetter, tuple keys, reverse, and sorted() over dict items;
# stability checked by the checksum.
import operator

SIZE = 60000


class Rec:
    __slots__ = ("name", "age", "score")

    def __init__(self, name, age, score):
        self.name = name
        self.age = age
        self.score = score


def main():
    state = 12345
    rows = []
    for i in range(SIZE):
        state = (state * 1103515245 + 12345) % 2147483648
        rows.append(("n%d" % (state % 5000), state % 90, (state >> 8) % 1000 / 10.0))
    check = 0
    by_age = sorted(rows, key=operator.itemgetter(1))
    check += by_age[0][1] + by_age[-1][1] + len(by_age[SIZE // 2][0])
    by_two = sorted(rows, key=lambda r: (r[1], -r[2]))
    check += int(by_two[100][2] * 10)
    by_name = sorted(rows, key=lambda r: r[0], reverse=True)
    check += len(by_name[0][0]) + by_name[7][1]
    recs = [Rec(*r) for r in rows[: SIZE // 2]]
    recs.sort(key=operator.attrgetter("score"))
    recs.sort(key=operator.attrgetter("age"))
    check += recs[0].age + int(recs[-1].score) + len(recs[1000].name)
    counts = {}
    for r in rows:
        counts[r[0]] = counts.get(r[0], 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    check += sum(c for _, c in top) + len(top[0][0])
    words = sorted((r[0] for r in rows), key=str.lower)
    check += len(words[-1])
    print("sort_keys checksum %d" % check)


main()
