# A tiny bank ledger with dicts, validation and exceptions.
accounts = {}
def open_account(name, deposit=0):
    if name in accounts:
        raise ValueError("account exists: " + name)
    accounts[name] = deposit
def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError("amount must be positive")
    if accounts[src] < amount:
        raise ValueError(f"insufficient funds in {src}: {accounts[src]} < {amount}")
    accounts[src] -= amount
    accounts[dst] += amount
open_account("ann", 100)
open_account("bob")
ops = [("ann", "bob", 30), ("bob", "ann", 50), ("ann", "cy", 1), ("bob", "ann", -5), ("bob", "ann", 30)]
for src, dst, amt in ops:
    try:
        transfer(src, dst, amt)
        print("ok", src, "->", dst, amt)
    except ValueError as e:
        print("refused:", e)
    except KeyError as e:
        print("no such account:", e)
try:
    open_account("ann")
except ValueError as e:
    print(e)
for name, bal in sorted(accounts.items()):
    print(f"{name:>5}: {bal:6.2f}")
