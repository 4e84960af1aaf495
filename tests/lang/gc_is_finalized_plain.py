# is_finalized is False for objects without finalizers.
import gc
print(gc.is_finalized([]), gc.is_finalized(1), gc.is_finalized({}))
