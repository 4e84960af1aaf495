# Deeply nested blocks with mixed statements.
result = []
for i in range(4):
    if i % 2 == 0:
        for j in range(3):
            if j == 1:
                continue
            k = 0
            while k < 2:
                if i == 2 and j == 2:
                    break
                result.append((i, j, k))
                k += 1
    else:
        result.append(i)
print(result)
