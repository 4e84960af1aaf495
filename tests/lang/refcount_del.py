# del of names, items and slices gives the references back.
import sys
obj = [0]
names = [obj, obj, obj]
alias = obj
print("start", sys.getrefcount(obj))
del names[0]
print("del item", sys.getrefcount(obj))
del names[:]
print("del slice", sys.getrefcount(obj))
del alias
print("del name", sys.getrefcount(obj))
d = {"k": obj}
del d["k"]
print("del dict item", sys.getrefcount(obj))
t = (obj, obj)
del t
print("del tuple", sys.getrefcount(obj))
