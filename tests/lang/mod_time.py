# The time module: values only checked for type and order.
import time
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
time.sleep(0.01)
print(type(t1).__name__, t1 > 1.6e9, time.perf_counter() - p1 >= 0.009, time.monotonic() >= m1)
print(type(time.time_ns()).__name__, type(time.process_time()).__name__)
