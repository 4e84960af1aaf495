# A small tokenizer and evaluator for + - * / and parentheses.
def tokenize(s):
    tokens = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            tokens.append(int(s[i:j]))
            i = j
        elif ch in "+-*/()":
            tokens.append(ch)
            i += 1
        else:
            raise ValueError("bad character " + repr(ch))
    return tokens
def parse_expr(toks, pos):
    value, pos = parse_term(toks, pos)
    while pos < len(toks) and toks[pos] in ("+", "-"):
        op = toks[pos]
        rhs, pos = parse_term(toks, pos + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, pos
def parse_term(toks, pos):
    value, pos = parse_atom(toks, pos)
    while pos < len(toks) and toks[pos] in ("*", "/"):
        op = toks[pos]
        rhs, pos = parse_atom(toks, pos + 1)
        value = value * rhs if op == "*" else value / rhs
    return value, pos
def parse_atom(toks, pos):
    tok = toks[pos]
    if tok == "(":
        value, pos = parse_expr(toks, pos + 1)
        return value, pos + 1
    if tok == "-":
        value, pos = parse_atom(toks, pos + 1)
        return -value, pos
    return tok, pos + 1
for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2 + 3) * -2", "2 * (3 + (4 - 1)) / 3", "7 $ 2"]:
    try:
        print(src, "=", parse_expr(tokenize(src), 0)[0])
    except ValueError as e:
        print(src, "->", e)
    except ZeroDivisionError as e:
        print(src, "->", e)
