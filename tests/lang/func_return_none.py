# Functions without return, bare return, and early return.
def nothing():
    x = 1
def bare():
    return
def early(n):
    if n > 0:
        return "positive"
    print("fell through")
print(nothing(), bare(), early(5), early(-1))
