# Implicit chaining: "During handling of the above exception, another exception occurred".
try:
    [][0]
except IndexError:
    undefined_name_here
