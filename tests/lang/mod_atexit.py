# atexit: functions run at exit, last registered first, after the program's
# own output; a failing one is reported on stderr and the rest still run.
import atexit
def bye(who, punct='!'):
    print('bye', who + punct)
def boom():
    raise ValueError('boom')
print(atexit.register(bye, 'first') is bye)
atexit.register(bye, 'second', punct='?')
atexit.register(boom)
atexit.register(print, 'unregistered')
atexit.unregister(print)
def late():
    atexit.register(print, 'never runs')
    print('late registers')
atexit.register(late)
for args in [(), (1,)]:
    try:
        atexit.register(*args)
    except TypeError as e:
        print(e)
try:
    atexit.unregister()
except TypeError as e:
    print(e)
print('end of program')
