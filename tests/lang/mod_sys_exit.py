# sys.exit with a status: no traceback, the status is the exit code.
import sys
print("exiting with 3")
sys.exit(3)
print("not reached")
