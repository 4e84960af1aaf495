# Open brackets, backslash continuations, triple-quoted strings, comments
# and blank-only lines keep the secondary prompt; a decorator asks for its
# definition.
# oracle: python3.11
args -q
type numbers = [1,
type
type     2, 3]
type numbers
type total = 1 + \
type 2
type total
type text = """first
type
type third"""
type text
type if total:
type # a comment at the prompt
type     label = 'a\
type b'
type \x20\x20\x20\x20
type
type label
type @staticmethod
type def helper(): return "decorated"
type
type helper()
type class Box:
type     @classmethod
type     def make(cls):
type         s = f"""{cls.__name__
type         }"""
type         return s
type
type Box.make()
type # only a comment
type
keys ^D
