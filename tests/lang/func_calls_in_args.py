# Evaluation order: arguments left to right, before the call.
log = []
def t(x):
    log.append(x)
    return x
def f(a, b, c=None):
    log.append("call")
    return a
f(t(1), t(2), c=t(3))
print(log)
log.clear()
t(t(1) + t(2))
print(log)
log.clear()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
print(log)
