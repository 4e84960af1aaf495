# Checking balanced brackets with a list as a stack.
PAIRS = {")": "(", "]": "[", "}": "{"}
def balanced(s):
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in PAIRS:
            if not stack or stack.pop() != PAIRS[ch]:
                return False
    return not stack
for s in ["()", "([]{})", "(]", "((", "", "{[()()]}", "}{", "a(b)c[d]"]:
    print(repr(s), balanced(s))
