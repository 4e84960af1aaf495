# Slicing lists, tuples and strings with every combination of bounds and steps.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-7])
print(s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[2:5:-1])
t = tuple(s)
print(t[1:4], t[::-3])
w = "hello world"
print(w[0:5], w[6:], w[::-1], w[::2], w[-5:-1])
print(w[3:3] == "", w[-100:100])
print(s[1:8:3], s[9:0:-4])
