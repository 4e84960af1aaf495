# termios: constants, errors and argument checks (stdin is /dev/null here, so
# every call on it fails as on any descriptor that is not a terminal).
import termios, sys
names = [n for n in dir(termios) if not n.startswith('_')]
print(len(names), sorted(names)[:5])
print(sum(getattr(termios, n) for n in names if isinstance(getattr(termios, n), int)))
print(termios.error.__module__, termios.error.__mro__[1].__name__)
class F:
    def fileno(self): return 0
for f, a in [(termios.tcgetattr, (0,)), (termios.tcgetattr, ('x',)), (termios.tcgetattr, (-1,)), (termios.tcsetattr, (0, 0, [])),
             (termios.tcsetattr, (0, 0, 1)), (termios.tcgetwinsize, (0,)), (termios.tcsetwinsize, (0, (1,))), (termios.tcdrain, (99,)),
             (termios.tcflush, (0, termios.TCIFLUSH)), (termios.tcgetattr, ()), (termios.tcflush, (0,)), (termios.tcsetattr, (0, 0)),
             (termios.tcgetattr, (0, 1)), (termios.tcflush, (0, 'x')), (termios.tcsendbreak, (0, 2**40)), (termios.tcgetattr, (F(),)),
             (termios.tcsetattr, (0, 0, [0] * 7)), (termios.tcsetwinsize, (0, (1, 2))), (termios.tcflow, (0, termios.TCOON)),
             (termios.tcsetwinsize, (0, 5)), (termios.tcgetattr, (sys.stdin,))]:
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e, e.args)
import getpass, tty
print(callable(tty.setraw), getpass.getpass.__name__)
