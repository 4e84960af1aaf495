# Signal sets (pthread_sigmask, sigwait) reject numbers out of range with
# CPython's ValueError, huge ints included (test_signal test_pthread_sigmask_arguments).
import signal
for v in (1 << 1000, -(1 << 1000), 0, signal.NSIG, "x"):
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, [v])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(signal.pthread_sigmask(signal.SIG_BLOCK, []) == signal.pthread_sigmask(signal.SIG_BLOCK, []))
