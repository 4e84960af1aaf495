# Nested replacement fields inside format specs.
width = 8
prec = 3
value = 2.718281828
print(f"[{value:{width}.{prec}f}]")
print(f"[{'x':{'>'}{width}}]")
for w in range(3, 6):
    print(f"[{w:{w}}]")
fill = "*"
print(f"[{'mid':{fill}^{width}}]")
