# Annotations on assignments and parameters are parsed and ignored.
x: int = 5
y: list[int] = [1, 2]
z: dict[str, list[int]] = {"a": [1]}
count: int
def add(a: int, b: int = 2) -> int:
    total: int = a + b
    return total
print(x, y, z, add(1), add(1, b=10))
def greet(name: str, punct: "str" = "!") -> None:
    print("hello " + name + punct)
greet("bob")
w: float = 1.5 * x
print(w)
