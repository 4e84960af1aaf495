# Containers changed under the interpreter's feet by the code it calls
# (issue 6): each case ends as CPython's does, with a RuntimeError or
# ValueError where CPython raises one, and nothing freed while in use.
def attempt(what, f):
    try:
        r = f()
        print(what, "->", r)
    except Exception as e:
        print(what, "->", type(e).__name__, e)

def dict_iter():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
attempt("dict grows in for", dict_iter)
def dict_iter_del():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
attempt("dict shrinks in for", dict_iter_del)
def dict_items():
    d = {1: 1, 2: 2}
    for k, v in d.items():
        d.pop(k)
attempt("dict items pop", dict_items)
def dict_same_size():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 100] = 1
attempt("dict same size", dict_same_size)
def set_iter():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
attempt("set grows in for", set_iter)
def set_iter_discard():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
attempt("set shrinks in for", set_iter_discard)

def list_sort_mutate():
    l = [3, 1, 2, 5, 4]
    def key(x):
        l.append(x)
        return x
    l.sort(key=key)
    return l
attempt("list changed by sort key", list_sort_mutate)
def list_sort_clear():
    l = list(range(20))
    class C:
        def __init__(self, v): self.v = v
        def __lt__(self, o):
            l.clear()
            return self.v < o.v
    l[:] = [C(i) for i in range(20, 0, -1)]
    l.sort()
    return len(l)
attempt("list cleared by __lt__", list_sort_clear)
def sort_key_raises():
    l = [3, 1, 2]
    def key(x):
        if x == 2:
            raise ValueError("bad key")
        return x
    try:
        l.sort(key=key)
    finally:
        print("  after failed sort:", l)
attempt("sort key raises", sort_key_raises)
def sort_lt_raises():
    class C:
        def __init__(self, v): self.v = v
        def __lt__(self, o):
            if self.v == 3 or o.v == 3:
                raise KeyError(3)
            return self.v < o.v
        def __repr__(self): return "C%d" % self.v
    l = [C(i) for i in (5, 3, 1, 4, 2)]
    try:
        l.sort()
    finally:
        print("  after failed sort:", sorted(c.v for c in l))
attempt("sort __lt__ raises", sort_lt_raises)
def sorted_key_mutates_source():
    src = [3, 1, 2]
    return sorted(src, key=lambda x: (src.append(0), x)[1] if len(src) < 10 else x)
attempt("sorted key mutates source", sorted_key_mutates_source)

class MutEq:
    def __init__(self, d, k):
        self.d, self.k = d, k
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.d.clear()
        return False
def dict_eq_clears():
    d = {}
    d[MutEq(d, 1)] = 1
    d[MutEq(d, 2)] = 2
    # (CPython 3.11 then skips the comparison for a non-str key put into
    # the emptied table; only the answer is compared.)
    return MutEq(d, 3) in d
attempt("__eq__ clears dict on lookup", dict_eq_clears)
def dict_eq_clears_set():
    d = {}
    d[MutEq(d, 1)] = 1
    d[MutEq(d, 2)] = 2
    return len(d)
attempt("__eq__ clears dict on insert", dict_eq_clears_set)
class MutHash:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        self.d.clear()
        for i in range(50):
            self.d[i] = i
        return 7
def dict_hash_mutates():
    d = {1: 1}
    d[MutHash(d)] = "x"
    return len(d)
attempt("__hash__ refills dict", dict_hash_mutates)
def dict_get_pop():
    d = {}
    d[MutEq(d, 1)] = 1
    return (d.get(MutEq(d, 2)), d.pop(MutEq(d, 3), "dflt"), d.setdefault(MutEq(d, 4), 5), len(d))
attempt("__eq__ clears dict in get/pop/setdefault", dict_get_pop)
class ListEq:
    def __init__(self, l):
        self.l = l
    def __eq__(self, other):
        del self.l[:]
        return False
def list_search():
    l = [1, 2, 3]
    x = ListEq(l)
    return (x in l, len(l))
attempt("__eq__ empties list during in", list_search)
def list_count_index():
    l = [1, 2, 3, 4]
    x = ListEq(l)
    try:
        l.index(x)
    except ValueError as e:
        print("  index:", type(e).__name__)
    l.extend([5, 6])
    return (l.count(x), l)
attempt("__eq__ empties list during index/count", list_count_index)
def list_remove():
    l = [1, 2, 3]
    try:
        l.remove(ListEq(l))
    except ValueError as e:
        return str(e)
attempt("__eq__ empties list during remove", list_remove)
def list_cmp():
    a = [ListEq(None), 2]
    b = [1, 2]
    a[0].l = b
    return (a == b, b)
attempt("__eq__ empties list during ==", list_cmp)
def iter_shrinks():
    l = [1, 2, 3, 4, 5]
    out = []
    for x in l:
        out.append(x)
        l.pop()
    return out
attempt("list shrinks in for", iter_shrinks)
def iter_grows():
    l = [1]
    for x in l:
        if len(l) < 5:
            l.append(x + 1)
    return l
attempt("list grows in for", iter_grows)
def reversed_shrinks():
    l = [1, 2, 3, 4]
    out = []
    for x in reversed(l):
        out.append(x)
        l.clear()
    return out
attempt("list shrinks in reversed", reversed_shrinks)
def enumerate_zip_shrink():
    l = [1, 2, 3]
    out = []
    for i, (a, b) in enumerate(zip(l, l)):
        out.append(a)
        del l[0]
    return out
attempt("zip over shrinking list", enumerate_zip_shrink)
def list_extend_self():
    l = [1, 2]
    l.extend(l)
    l += l
    l[1:1] = l
    return l
attempt("list extends itself", list_extend_self)
def dict_update_self():
    d = {1: 2}
    d.update(d)
    d |= d
    return d
attempt("dict updates itself", dict_update_self)
def repr_mutates():
    l = [1, 2, 3]
    class R:
        def __repr__(self):
            l.clear()
            return "R"
    l.append(R())
    l.insert(0, R())
    return repr(l)
attempt("__repr__ clears list", repr_mutates)
def dict_repr_mutates():
    d = {}
    class R:
        def __repr__(self):
            d.clear()
            return "R"
    d[1] = R()
    d[2] = R()
    return repr(d)
attempt("__repr__ clears dict", dict_repr_mutates)
def max_key_mutates():
    l = [1, 2, 3]
    return max(l, key=lambda x: (l.clear(), x)[1])
attempt("max key clears list", max_key_mutates)
def join_mutates():
    l = ["a", "b"]
    class S:
        def __iter__(self):
            return iter(l)
    return "-".join(l)
attempt("join over growing list", join_mutates)
def sum_mutates():
    l = [1, 2, 3]
    class N:
        def __radd__(self, o):
            l.clear()
            return o
    l.append(N())
    l.append(4)
    return sum(l)
attempt("sum item clears list", sum_mutates)
def dict_keys_iter_del():
    d = dict.fromkeys(range(5))
    it = iter(d.values())
    next(it)
    d.clear()
    return list(it)
attempt("dict values iterator after clear", dict_keys_iter_del)
def set_eq_mutates():
    s = set()
    class E:
        def __hash__(self): return 0
        def __eq__(self, o):
            s.clear()
            return False
    s.add(E())
    s.add(E())
    return (E() in s, len(s))
attempt("__eq__ clears set", set_eq_mutates)
print("end")
