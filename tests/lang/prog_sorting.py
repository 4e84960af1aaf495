# Hand-written insertion sort, merge sort and quicksort agree with sorted().
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
def quick(a):
    if len(a) <= 1:
        return a
    p = a[0]
    return quick([x for x in a[1:] if x < p]) + [p] + quick([x for x in a[1:] if x >= p])
seed = 12345
data = []
for _ in range(60):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 1000)
print(data[:10])
print(insertion(data) == sorted(data), merge_sort(data) == sorted(data), quick(data) == sorted(data))
print(sorted(data)[:10], sorted(data)[-5:])
