# Builtins dispatch to special methods: len, abs, bool, str, repr, iter, hash, round.
class W:
    def __len__(self):
        return 7
    def __abs__(self):
        return "abs!"
    def __round__(self, n=None):
        return ("round", n)
    def __hash__(self):
        return 99
print(len(W()), abs(W()), round(W()), round(W(), 2), hash(W()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
