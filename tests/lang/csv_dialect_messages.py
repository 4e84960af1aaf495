# The csv dialect checks' messages: "string or None" where None is allowed.
import csv
for kw in ({'escapechar': b'x'}, {'quotechar': 1}, {'delimiter': None}, {'delimiter': 1},
           {'escapechar': 'ab'}, {'quotechar': 'ab'}, {'lineterminator': 1}):
    try:
        csv.writer(open('/dev/null', 'w'), **kw)
    except Exception as e:
        print(kw, type(e).__name__, e)
