# A spawned interpreter keeps the signal mask posix_spawn gave it: a blocked
# SIGUSR1 it raises itself stays pending instead of killing it.
import os, signal, sys
code = 'import signal; signal.raise_signal(signal.SIGUSR1); print(signal.SIGUSR1 in signal.pthread_sigmask(signal.SIG_BLOCK, []))'
r, w = os.pipe()
pid = os.posix_spawn(sys.executable, [sys.executable, '-c', code], os.environ,
                     setsigmask=[signal.SIGUSR1], file_actions=[(os.POSIX_SPAWN_DUP2, w, 1)])
os.close(w)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print(os.read(r, 100))
os.close(r)
