# Uncaught TypeError from adding a str and an int.
print("count: " + 3)
