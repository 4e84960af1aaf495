# trees: allocation and release of many small binary trees of instances
# (reference counting and the cycle collector's generation 0).
DEPTH = 13


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def build(depth):
    if depth == 0:
        return Node(None, None)
    return Node(build(depth - 1), build(depth - 1))


def count(node):
    if node.left is None:
        return 1
    return 1 + count(node.left) + count(node.right)


long_lived = build(DEPTH)
results = []
for depth in range(4, DEPTH + 1, 2):
    iterations = 2 ** (DEPTH - depth + 4)
    total = 0
    for _ in range(iterations):
        total += count(build(depth))
    results.append(total)
print("trees checksum", count(long_lived), *results)
