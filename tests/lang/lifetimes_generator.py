# tally-expected: own
# The tally module is tally's own; CPython has none (docs/language.md, "The tally module").
# A generator's frame holds references while it is suspended and while it
# runs; a call of explain() from inside it names its own argument.
import sys, tally

x = []
def gen():
    v = x
    tally.explain(x)
    yield sys.getrefcount(x)
    yield len(tally.referrers(x))

g = gen()
print(next(g), next(g))
tally.explain(x)
g.close()
tally.explain(x)
