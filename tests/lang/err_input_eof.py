# input() at end of stdin raises EOFError.
print(input())
print(input())
