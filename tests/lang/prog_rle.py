# Run-length encoding and decoding.
def encode(s):
    if not s:
        return []
    runs = []
    cur, n = s[0], 1
    for ch in s[1:]:
        if ch == cur:
            n += 1
        else:
            runs.append((cur, n))
            cur, n = ch, 1
    runs.append((cur, n))
    return runs
def decode(runs):
    return "".join([ch * n for ch, n in runs])
for s in ["aaabccddddde", "", "x", "abc", "zzzzzzzzzz"]:
    e = encode(s)
    print(repr(s), e, decode(e) == s)
print("".join([ch + str(n) for ch, n in encode("wwwwaaadexxxxxx")]))
