# if / elif / else chains, including nested conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in [-5, 0, 3, 9, 10, 1000]:
    print(n, classify(n))

x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if not x:
    print("never")
else:
    print("else taken")
if []:
    print("empty list is true?")
elif [0]:
    print("non-empty list is true")
