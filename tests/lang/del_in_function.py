# A local's __del__ runs when the function returns.
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def f():
    t = T(1)
    u = T(2)
    print("returning")
    return u
kept = f()
print("after call, kept", kept.n)
kept = None
print("end")
