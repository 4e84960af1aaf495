# Tab completes keywords and names (a callable gets "(", or "()" when it
# takes no argument) and attributes after a dot; names starting with "_"
# only after "_", dunders only after "__"; never file names (replay.py and
# vt.py are in the current directory); at the start of a line it indents.
# oracle: python3.11
args -q
type class Widget:
type     def resize(self, w): pass
type     def redraw(self): pass
type     _private = 1
type     colour = "red"
type
type widget = Widget()
keys widg\t
keys .\t\t
keys \x15
keys widget.re\t\t
keys \x15
keys widget.co\t\r
keys widget.res\t5)\r
keys widget.red\t\r
keys widget._\t\r
keys widget.__cl\t.__name__\r
keys vt\t\r
keys wh\t\t
keys \x15
keys tr\t\r
keys Tr\t\r
keys if Widget:\r
keys \t\twidget.colour\r
keys \r
keys ^D
