# CPython's heapq.py and bisect.py (their pure-Python paths: tally has no
# _heapq or _bisect).
import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, "hello"))
print(heapq.nlargest(2, [("a", 3), ("b", 1), ("c", 2)], key=lambda p: p[1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len, reverse=False)))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 4, 3))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 9)
print(a)
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
