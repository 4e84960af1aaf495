# A Caesar cipher over letters, preserving case and punctuation.
def shift(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! The quick brown fox."
enc = shift(msg, 3)
print(enc)
print(shift(enc, -3))
print(shift(msg, 26) == msg, shift("xyz", 4))
