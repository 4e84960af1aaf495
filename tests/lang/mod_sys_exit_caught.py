# SystemExit can be caught like any exception.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, isinstance(e, Exception), isinstance(e, BaseException))
raise SystemExit(0)
