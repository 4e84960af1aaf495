# Recursive functions: factorial, fibonacci, power set size, gcd.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(fact(10), [fib(i) for i in range(15)], gcd(1071, 462))
print(len(hanoi(6, "a", "c", "b", [])), hanoi(2, "a", "c", "b", []))
