# sys.argv holds the script name and the extra arguments (from the .args file).
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0])
total = 0
for arg in sys.argv[1:]:
    if arg.isdigit():
        total += int(arg)
print(total)
