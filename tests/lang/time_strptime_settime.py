# time.strptime (through CPython's _strptime), _STRUCT_TM_ITEMS,
# clock_settime / clock_settime_ns (refused for the monotonic clock, bad
# arguments), pthread_getcpuclockid for the running thread.
import time, threading

print(time._STRUCT_TM_ITEMS)
st = time.strptime("2024-02-29 13:45:07", "%Y-%m-%d %H:%M:%S")
print(tuple(st)[:9], type(st).__name__)
print(tuple(time.strptime("Mar 5 99", "%b %d %y"))[:9])
for args in (("x", "%Y"), (1, "%Y"), ("2024",)):
    try:
        print(time.strptime(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.strptime("2024", format="%Y")
except TypeError as e:
    print("TypeError", e)

def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

show(time.clock_settime, time.CLOCK_MONOTONIC, 0)
show(time.clock_settime_ns, time.CLOCK_MONOTONIC, 0)
show(time.clock_settime, time.CLOCK_MONOTONIC, "x")
show(time.clock_settime, time.CLOCK_MONOTONIC, float("nan"))
show(time.clock_settime_ns, time.CLOCK_MONOTONIC, 1.5)
show(time.clock_settime, time.CLOCK_MONOTONIC)
clk = time.pthread_getcpuclockid(threading.get_ident())
print(type(clk).__name__, clk != time.CLOCK_THREAD_CPUTIME_ID or clk == time.CLOCK_THREAD_CPUTIME_ID, time.clock_gettime(clk) >= 0)
show(time.pthread_getcpuclockid, "x")
