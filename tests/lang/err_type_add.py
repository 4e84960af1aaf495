# Uncaught TypeError from adding an int and a str.
n = 5
s = "five"
print(n + s)
