# Ctrl-D at the secondary prompt runs the pending input, or reports why it
# cannot run, and the prompt stays; Ctrl-D at the primary prompt leaves.
# oracle: python3.11
args -q
type for i in range(2):
type     if i:
type         print("ran", i)
keys ^D
type values = (1,
keys ^D
type s = """never
keys ^D
type y = 1 + \
keys ^D
type if True:
keys ^D
type @decorator
keys ^D
type class Empty:
type     pass
keys ^D
type Empty
keys ^D
