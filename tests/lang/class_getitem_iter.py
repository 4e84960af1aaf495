# __getitem__ with ints makes an object iterable (old protocol); slices arrive as slice objects.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Squares(5)
print(list(s), s[2], s[1:4], s[::2], 9 in s, 10 in s)
