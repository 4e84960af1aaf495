# An imaginary literal with a letter glued to it.
x = 1jx
