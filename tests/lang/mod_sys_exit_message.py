# sys.exit with a string prints it to stderr and exits 1.
import sys
sys.exit("fatal: bad configuration")
