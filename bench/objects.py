# objects: classes with inheritance, properties, methods and special
# methods; a small bank simulated with many method calls.
ROUNDS = 60000


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = 0

    def deposit(self, amount):
        self.balance += amount
        self.history += 1

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history += 1
        return True

    @property
    def rich(self):
        return self.balance > 800


class Savings(Account):
    rate = 3

    def deposit(self, amount):
        super().deposit(amount + amount * self.rate // 100)


class Money:
    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __lt__(self, other):
        return self.cents < other.cents


accounts = [Account("a%d" % i, i) if i % 2 else Savings("s%d" % i, i) for i in range(100)]
state = 1
for r in range(ROUNDS):
    state = (state * 1103515245 + 12345) % 2147483648
    a = accounts[state % 100]
    b = accounts[(state >> 8) % 100]
    amount = state % 500
    if a.withdraw(amount):
        b.deposit(amount)
total = Money(0)
for a in accounts:
    total = total + Money(a.balance)
richest = max(accounts, key=lambda a: a.balance)
print("objects checksum", total.cents, sum(a.history for a in accounts),
      sum(a.rich for a in accounts), richest.owner)
