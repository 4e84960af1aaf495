# __exit__ receives the exception type, value and traceback.
class Inspect:
    def __enter__(self):
        return "value"
    def __exit__(self, et, ev, tb):
        print(et, repr(ev), tb is not None)
        return True
with Inspect() as v:
    print(v)
with Inspect():
    raise KeyError("k")
for i in range(2):
    with Inspect():
        continue
print("done")
