# The clocks: types, order, and sleep's argument checks (values are not
# printed: they change from run to run).
import time
t1, p1, m1 = time.time(), time.perf_counter(), time.monotonic()
time.sleep(0.01)
print(type(t1).__name__, t1 > 1.6e9, time.perf_counter() - p1 >= 0.009, time.monotonic() >= m1)
print(type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__)
print(type(time.process_time()).__name__, type(time.process_time_ns()).__name__, type(time.thread_time()).__name__)
print(abs(time.time_ns() / 1e9 - time.time()) < 1, time.monotonic_ns() > 0)
print(time.get_clock_info("monotonic"))
print(time.get_clock_info("time").adjustable, time.get_clock_info("perf_counter").monotonic)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, time.clock_getres(time.CLOCK_REALTIME))
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
print(time.sleep(0), time.sleep(True), time.sleep(0.0001))
print(type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__, len(time.tzname))
print(type(time.ctime()).__name__, len(time.asctime()), type(time.localtime()).__name__)
print(time.strftime("%Y") == str(time.localtime().tm_year))
def t(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: time.sleep(-1))
t(lambda: time.sleep("x"))
t(lambda: time.sleep(float("nan")))
t(lambda: time.sleep())
t(lambda: time.sleep(1e30))
t(lambda: time.sleep(2 ** 70))
t(lambda: time.get_clock_info("x"))
t(lambda: time.clock_gettime(99))
t(lambda: time.ctime("x"))
t(lambda: time.time(1))
