# The order in which try, except, else and finally bodies run, nested.
log = []
def f(n):
    try:
        log.append("try" + str(n))
        if n == 1:
            raise ValueError
        try:
            if n == 2:
                raise KeyError
        finally:
            log.append("inner-finally" + str(n))
    except ValueError:
        log.append("except-value" + str(n))
    except KeyError:
        log.append("except-key" + str(n))
    else:
        log.append("else" + str(n))
    finally:
        log.append("finally" + str(n))
for n in range(3):
    f(n)
print(log)
