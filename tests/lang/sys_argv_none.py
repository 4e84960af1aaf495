# With no extra arguments sys.argv has only the script name.
import sys
print(sys.argv, len(sys.argv))
