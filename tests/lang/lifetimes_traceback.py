# tally-expected: own
# The tally module is tally's own; CPython has none (docs/language.md, "The tally module").
# A traceback keeps the frames it passed through: explain() shows the
# references that the ended frames' objects hold.
import sys, tally

def fail(data):
    local = data
    raise KeyError('k')

payload = ['payload']
try:
    fail(payload)
except KeyError as exc:
    saved = exc
print(sys.getrefcount(payload), len(tally.referrers(payload)))
for kind, text in tally.referrers(payload):
    print(kind, '|', text)
saved = None
print(sys.getrefcount(payload), len(tally.referrers(payload)))
