# help(object) prints a plain page about it (pydoc's layout, shorter);
# help('name') looks the name up; an unknown name says so.
# oracle: own — tally has no pydoc (docs/language.md, help).
args -q
type def area(w, h=1):
type     """The area of a w by h rectangle."""
type     return w * h
type
type help(area)
type help("len")
type help("no_such_thing")
keys ^D
