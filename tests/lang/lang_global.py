# global declarations: rebinding module names from functions.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make():
    global created
    created = "made"
make()
print(created)
def reads():
    return counter * 10
print(reads())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
