# set(dict), set.difference(dict), symmetric_difference_update(dict) and
# dict.fromkeys(set or dict) reuse the stored hashes: __hash__ is not called again.
class HashCountingInt(int):
    def __init__(self, *args):
        self.hash_count = 0
    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)

n = 10
d = dict.fromkeys(map(HashCountingInt, range(n)))
def count():
    return sum(elem.hash_count for elem in d)
print(count())
for thetype in (set, frozenset):
    s = thetype(d)
    print(thetype.__name__, count(), sorted(s))
    print(sorted(s.difference(d)), count())
    if hasattr(s, 'symmetric_difference_update'):
        s.symmetric_difference_update(d)
        print(sorted(s), count())
    d2 = dict.fromkeys(set(d))
    d3 = dict.fromkeys(frozenset(d), 123)
    print(count(), sorted(d2), d3 == dict.fromkeys(d, 123))
