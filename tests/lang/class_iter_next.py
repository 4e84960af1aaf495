# __iter__ and __next__ implement the iterator protocol.
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
print(list(Countdown(5)))
for n in Countdown(3):
    print(n)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
print(sum(Countdown(100)))
