# Handling exceptions inside a loop, continuing with the next item.
items = ["1", "x", "3", "", "5"]
total = 0
for s in items:
    try:
        total += int(s)
    except ValueError as e:
        print("skip", repr(s), "->", e)
        continue
    finally:
        print("checked", repr(s))
print("total", total)
