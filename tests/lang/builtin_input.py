# input() reads lines from stdin (the .in file); a prompt goes to stdout.
name = input()
print("hello, " + name + "!")
age = int(input("age? "))
print("next year", age + 1)
line = input()
print(repr(line), len(line.split()))
