# Nested lists: building, indexing, mutating through aliases.
m = [[i * 3 + j for j in range(3)] for i in range(3)]
print(m, m[1][2], m[-1][-1])
m[0][1] = "x"
row = m[2]
row.append("extra")
print(m)
t = [row[k] for row in m for k in range(1)]
print(t)
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], len(deep))
