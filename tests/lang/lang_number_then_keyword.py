# A keyword right after a number ("1if x else y") is accepted with a
# SyntaxWarning "invalid ... literal" from the tokenizer; any other letter
# there is a SyntaxError; a filter that makes the warning an error makes
# it a SyntaxError.
import warnings


def attempt(t):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(t, "<t>", "eval")
            r = "ok"
        except SyntaxError as e:
            r = "SE " + e.msg
    print(repr(t), r, [str(x.message) for x in w])


for num in "0xf", "0o7", "0b1", "9", "0", "1.", "1e3", "1j":
    for t in [f"{num}and x", f"{num}or x", f"{num}in x", f"{num}not in x", f"{num}if x else y",
              f"x if {num}else y", f"[{num}for x in ()]", f"{num}spam", f"{num}is x"]:
        attempt(t)
for t in ["[0x1ffor x in ()]", "[0x1for x in ()]", "[0xfor x in ()]"]:
    attempt(t)

with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)
    try:
        compile("1if x else y", "<t>", "eval")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
