# Searching with while/else: else runs only when no break happened.
def find(lst, target):
    i = 0
    while i < len(lst):
        if lst[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")
find([4, 8, 15], 8)
find([4, 8, 15], 16)
find([], 1)
