# else runs when no exception; finally always runs.
def run(fail):
    try:
        print("  body")
        if fail:
            raise ValueError("fail")
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")
print("ok run:")
run(False)
print("failing run:")
run(True)
