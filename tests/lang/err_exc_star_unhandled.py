# What except* does not handle leaves the statement, keeping the caught
# group's structure: the program ends with it (exit status 1, the last line
# of the report is the bottom of its box).
def work():
    try:
        raise ExceptionGroup("jobs", [ValueError("bad value"), TypeError("bad type"), KeyError("k")])
    except* ValueError as e:
        print("handled", repr(e))
    except* KeyError:
        print("handled the KeyError")
    print("not reached")

work()
