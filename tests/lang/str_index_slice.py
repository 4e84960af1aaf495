# Indexing and slicing strings by code point, ASCII and not.
s = "hello"
print(s[0], s[-1], s[1:3], s[::-1], len(s))
u = "héllo wörld ✓ 中文"
print(len(u), u[1], u[7], u[-1], u[-2:], u[12], u[::-1])
print(u[1:4], u[::3], u[-4:-1])
for i in range(len("añ✓")):
    print(i, "añ✓"[i])
print("😀x"[0], len("😀x"), "😀x"[1])
