# __del__ runs exactly when counts reach zero, in a chain of owners.
class T:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name)
root = T("root", T("child", T("grandchild")))
print("dropping root")
root = None
print("done")
