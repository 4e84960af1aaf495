# marshal.loads of empty or cut-short data raises EOFError, as CPython's
# (where data is cut inside a value, the message depends on the format,
# which is tally's own: only its last byte is dropped here).
import marshal

try:
    marshal.loads(b"")
except EOFError as e:
    print("EOFError", e)
data = marshal.dumps(("abc", 12345678901234567890, 1.5))
for n in (len(data) - 1,):
    try:
        marshal.loads(data[:n])
    except EOFError as e:
        print(n < len(data), "EOFError", e)
print(marshal.loads(data))
