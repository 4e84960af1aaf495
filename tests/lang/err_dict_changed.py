# Uncaught RuntimeError: a dict changing size during iteration.
d = {"a": 1}
for k in d:
    d[k * 2] = 2
