# get_referrers finds the tracked containers that refer to an object.
import gc
gc.disable()
target = ["target"]
holder1 = [target]
holder2 = {"k": [target]}
refs = gc.get_referrers(target)
print(any([r is holder1 for r in refs]), any([r is holder2["k"] for r in refs]))
print(any([r is holder2 for r in refs]))
