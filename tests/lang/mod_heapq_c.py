# _heapq in C, CPython's algorithms: the same comparisons in the same order
# (heapify of a large list too), the layouts, the errors.
import _heapq, heapq, random
print(heapq.heappush is _heapq.heappush, sorted(n for n in dir(_heapq) if not n.startswith('__')))
class L(int):
    log = []
    def __lt__(self, other):
        L.log.append((int(self), int(other)))
        return int(self) < int(other)
rng = random.Random(5)
for n in (0, 1, 7, 40, 3000):
    data = [L(rng.randrange(1000)) for _ in range(n)]
    L.log.clear()
    h = list(data); _heapq.heapify(h)
    ok = all(not h[(i - 1) // 2] > h[i] for i in range(1, len(h)))
    print(n, ok, len(L.log), h[:8] if n < 50 else hash(tuple(h)) % 1000003)
h = []
for x in [5, 3, 8, 1, 9, 2]:
    _heapq.heappush(h, x)
print(h, [_heapq.heappop(h) for _ in range(3)], h)
print(_heapq.heapreplace(h, 0), h, _heapq.heappushpop(h, -1), _heapq.heappushpop(h, 7), h)
m = [1, 9, 4, 7]; _heapq._heapify_max(m); print(m, _heapq._heappop_max(m), _heapq._heapreplace_max(m, 2), m)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], reverse=False)), heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8]))
for call in (lambda: _heapq.heappush((1,), 1), lambda: _heapq.heappop(()), lambda: _heapq.heappop([]), lambda: _heapq.heapreplace([], 1), lambda: _heapq.heapify(None)):
    try: call()
    except (TypeError, IndexError) as e: print(type(e).__name__, e)
class Evil:
    def __lt__(self, o):
        big.clear()
        return False
big = [Evil(), Evil(), Evil()]
try: _heapq.heapify(big)
except RuntimeError as e: print(e)
