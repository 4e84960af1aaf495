import sys
print("script", sys.argv)
