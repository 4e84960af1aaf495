# key= and reverse=True: every key is computed first, in list order, before
# any comparison; the keys (not the items) are compared; reverse sorts the
# reversed list ascending and reverses the result, so equal keys keep their
# original order and the comparisons are those of the reversed input.

from _sortlog import K, log


def key(item):
    log.append("key(%s)" % item)
    return K(item % 5, "k%s" % item)


def show(title, result):
    print(title, result)
    print("   ", " ".join(e if isinstance(e, str) else "%s<%s" % e for e in log))
    log.clear()


data = [17, 3, 12, 8, 3, 21, 5, 10, 0, 14, 9, 25]
a = list(data)
a.sort(key=key)
show("key", a)
a = list(data)
a.sort(key=key, reverse=True)
show("key reverse", a)
show("sorted key", sorted(data, key=key))
show("sorted key reverse", sorted(data, key=key, reverse=1))

items = [K(v % 4, "%d:%d" % (i, v % 4)) for i, v in enumerate(data * 3)]
b = list(items)
b.sort(reverse=True)
show("reverse", b)
b = list(items)
b.sort(reverse=False)
show("not reverse", b)

# Stability with reverse on a longer input that merges runs.
pairs = [((i * 7919) % 13, i) for i in range(300)]
r = sorted(pairs, key=lambda p: p[0], reverse=True)
print(r[:8], r[-8:])
log.clear()
ks = [K(v, i) for i, v in pairs]
by_key = sorted(range(300), key=lambda i: ks[i], reverse=True)
print(len(log), by_key[:12], log[:6], log[-6:])
log.clear()
print(all(r[i][0] > r[i + 1][0] or (r[i][0] == r[i + 1][0] and r[i][1] < r[i + 1][1])
          for i in range(len(r) - 1)))

# A key that raises: keys already made are dropped, the list is untouched.
def bad_key(x):
    log.append("key(%s)" % x)
    if x == 21:
        raise KeyError(x)
    return x


c = list(data)
try:
    c.sort(key=bad_key, reverse=True)
except KeyError as e:
    print("KeyError", e)
show("after bad key", c)

# key=None is no key; reverse must be an integer.
d = [3, 1, 2]
d.sort(key=None, reverse=True)
print(d)
try:
    d.sort(reverse=2.5)
except TypeError as e:
    print("TypeError", e)
d.sort(reverse=-3)
print(d)
