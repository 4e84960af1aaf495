# tests/unit/test_robust.c sends SIGINT once "ready" is printed.
print("ready", flush=True)
while True:
    pass
