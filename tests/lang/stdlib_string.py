# CPython's string module over _string: constants, capwords, Template,
# Formatter and its overridable steps.
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(repr(string.printable))
print(string.capwords('hello   world-foo bar'), string.capwords('a-b c-d', '-'), repr(string.capwords('  ')))
t = string.Template('$who likes ${what}; $$5 $x')
print(t.safe_substitute(who='tim', what='kung pao'), t.substitute({'who': 1, 'what': 2, 'x': 3}))
try:
    t.substitute(who='tim')
except KeyError as e:
    print('KeyError', e)
for bad in ['$', 'a\n ${b', '$1']:
    try:
        string.Template(bad).substitute()
    except ValueError as e:
        print(e)
print(t.get_identifiers(), t.is_valid(), string.Template('$').is_valid(), string.Template('${a}$b$a').get_identifiers())


class MyT(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'


print(MyT('%x and %{y} and %%').substitute(x=1, y=2))
f = string.Formatter()
print(f.format('{0}-{name!r:>6}-{1[a]:{w}}', 7, {'a': 3}, name='n', w=4))
print(list(f.parse('a{b!s:c}d{{')), f.get_field('0.real', [5], {}), f.convert_field('x', 'r'))


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<' + key + '>')
        return args[key]


print(Upper().format('{} {x} {missing} {1.imag}', 'abc', 3j, x='y'))
for bad in [('{0}{}', 1, 2), ('{}{0}', 1, 2), ('{0!x}', 1), ('{a', 1)]:
    try:
        f.format(*bad)
    except ValueError as e:
        print(e)
print(f.vformat('{a.imag}', (), {'a': 3 + 4j}), f.format('{:{}}', 'x', 5) + '|')
