# A mutable class attribute is shared by all instances.
class Registry:
    items = []
    def add(self, v):
        self.items.append(v)
a = Registry()
b = Registry()
a.add(1)
b.add(2)
print(a.items, b.items, Registry.items, a.items is b.items)
b.items = ["own"]
print(a.items, b.items)
