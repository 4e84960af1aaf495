import sys
import helper
print("main of", sys.argv, helper.VALUE)
