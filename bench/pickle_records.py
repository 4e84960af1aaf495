# pickle_records: the pickle module's hot paths: dumps of nested records
# (dicts, lists, tuples, strings, bytes, floats, big and small ints, sets,
# instances of a class) at protocols 2 and 5, and loads back, plus a
# protocol 0 round trip of part of them and a dump/load through a file.
import io
import pickle

SIZE = 2000


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def record(i):
    return {
        "id": i,
        "name": "item-%d %s" % (i, "\u00e9" if i % 7 == 0 else "x"),
        "price": i * 0.25 + 0.1,
        "big": 2 ** (40 + i % 50) - i,
        "tags": ["t%d" % (i % 13), "t%d" % (i % 5), None, i % 2 == 0],
        "dims": (i % 17, i % 23, "cm"),
        "raw": b"\x00\x01" * (1 + i % 9),
        "seen": {i % 3, i % 5},
        "at": Point(i, -i),
    }


def main():
    records = [record(i) for i in range(SIZE)]
    total = 0
    back_sum = 0
    for rep in range(4):
        for proto in (2, 5):
            data = pickle.dumps(records, proto)
            total += len(data)
            back = pickle.loads(data)
            back_sum += sum(r["dims"][0] + r["at"].y for r in back) + len(back[-1]["name"])
            back_sum += back[rep]["big"] % 1000
        text = pickle.dumps(records[: SIZE // 10], 0)
        total += len(text)
        back_sum += len(pickle.loads(text))
        f = io.BytesIO()
        pickle.dump(records[: SIZE // 4], f, 4)
        f.seek(0)
        back_sum += pickle.load(f)[7]["id"]
    print("pickle_records checksum %d %d" % (total, back_sum))


main()
