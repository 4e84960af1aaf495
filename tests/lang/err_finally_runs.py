# finally blocks run before an uncaught exception ends the program.
def f():
    try:
        return 1 // 0
    finally:
        print("finally ran")
f()
