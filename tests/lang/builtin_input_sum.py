# Reading numbers from stdin until an empty line.
total = 0
count = 0
while True:
    line = input()
    if line == "":
        break
    total += int(line)
    count += 1
print(count, total, total / count)
