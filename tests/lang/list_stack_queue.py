# Lists as a stack and as a simple queue.
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print("pop", stack.pop())
queue = ["a", "b", "c"]
queue.append("d")
while queue:
    print("next", queue.pop(0))
