# _thread.interrupt_main (test_asyncio's Runner tests looped forever without it): the signal's
# Python handler runs at the next safe point, nothing for an ignored or default signal.
import _thread
try:
    _thread.interrupt_main()
    for i in range(1000):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
import signal
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
_thread.interrupt_main(signal.SIGUSR1)
for i in range(10):
    pass
print(got == [signal.SIGUSR1])
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
_thread.interrupt_main(signal.SIGUSR2)
print("ignored")
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
_thread.interrupt_main(signal.SIGUSR2)
print("default: nothing")
for bad in (0, -1, 100000, 2**70):
    try:
        _thread.interrupt_main(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    _thread.interrupt_main("x")
except TypeError as e:
    print("TypeError")
signal.signal(signal.SIGINT, lambda s, f: print("python handler", s))
_thread.interrupt_main()
for i in range(10):
    pass
print("end")
