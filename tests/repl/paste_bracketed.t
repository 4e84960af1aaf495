# A bracketed paste (the terminal wraps pasted text in ESC[200~ ... ESC[201~,
# which readline asks for) arrives as one chunk: its statements run one by
# one, and a function or class with blank lines inside pastes whole.
# oracle: own — python3.11 rejects such a paste ("multiple statements
# found"); Python 3.13's REPL runs it, and so does tally.
args -q
paste a = 1\nb = a + 1\nb * 10
type
paste def area(w, h):\n    """Area."""\n    s = w * h\n\n    return s\n\nclass Shape:\n    def __init__(self, w):\n        self.w = w\n\n    def square(self):\n        return area(self.w, self.w)\n\nprint(Shape(3).square())\n
type
paste def unfinished():\n    return 7\n
type
type
type unfinished()
paste x = 1\ny = )\nz = 3
type
type x, z
keys ^D
