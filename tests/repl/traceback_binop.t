# ~ and ^ under a binary operation and a subscript, through a
# comprehension.
# oracle: python3.11
args files/carets_binop.py
