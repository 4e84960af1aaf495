# float.__getformat__, which CPython's own tests (test_bool, test_slice, test_float) ask first.
print(float.__getformat__('double'), float.__getformat__('float'))
for a in ['x', 1]:
  try: float.__getformat__(a)
  except Exception as e: print(type(e).__name__, e)
print(float.__getformat__.__doc__)
try: float.__getformat__()
except Exception as e: print(e)
print((1.5).__getformat__('double'))
