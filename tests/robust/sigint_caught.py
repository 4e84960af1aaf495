# tests/unit/test_robust.c sends SIGINT once "ready" is printed; the
# KeyboardInterrupt is raised in the loop and handled.
n = 0
try:
    print("ready", flush=True)
    while True:
        n += 1
except KeyboardInterrupt:
    print("caught KeyboardInterrupt", n > 0)
