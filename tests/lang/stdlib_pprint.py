# pprint: pformat/pprint of nested data, width, depth, sort_dicts,
# PrettyPrinter, saferepr, isreadable.
import pprint

data = {'name': 'tally', 'numbers': list(range(30)), 'nested': {'b': [1, {'c': (2, 3)}], 'a': None},
        'text': 'a fairly long string ' * 4, 'set': {3, 1, 2}, 'bytes': b'x' * 50}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat(data, sort_dicts=False, compact=True, width=60))
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint([list(range(10)), ('tuple', 'of', 'strings')])
r = [1, 2]
r.append(r)
print(pprint.saferepr(r).split(' with id=')[0], pprint.isreadable(r), pprint.isrecursive(r), pprint.isreadable([1, 'a']))
pprint.pp({'z': 1, 'a': 2})
print(pprint.pformat('x' * 100, width=30))
