# __repr__, __str__ and __format__ used by print, str, repr, f-strings and format().
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        if spec == "c":
            return str(self.cents) + "c"
        return format(str(self), spec)
m = Money(1234)
print(m, repr(m), str(m), [m], f"{m}", f"{m!r}", f"{m:c}", f"[{m:>10}]", format(m, "c"))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()))
