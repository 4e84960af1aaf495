# json_records: the json module's hot paths: dumps of nested records
# (dicts, lists, strings with escapes, floats, ints, None/bools) and loads
# back, with sort_keys and indent variants.
import json

SIZE = 3000


def record(i):
    return {
        "id": i,
        "name": "item-%d \"q\" \\ %s" % (i, "\u00e9" if i % 7 == 0 else "x"),
        "price": i * 0.25 + 0.1,
        "tags": ["t%d" % (i % 13), "t%d" % (i % 5), None, i % 2 == 0],
        "dims": {"w": i % 17, "h": i % 23, "unit": "cm"},
    }


def main():
    records = [record(i) for i in range(SIZE)]
    total = 0
    compact = 0
    back_sum = 0
    for rep in range(6):
        text = json.dumps(records)
        total += len(text)
        back = json.loads(text)
        back_sum += sum(r["dims"]["w"] for r in back) + len(back[-1]["name"])
        pretty = json.dumps(records[: SIZE // 10], sort_keys=True, indent=2)
        compact += len(pretty)
        again = json.loads(pretty)
        back_sum += again[5]["id"]
    print("json_records checksum %d %d %d" % (total, compact, back_sum))


main()
