def tokenize(s):
    tokens, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            text = s[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif c in "+-*/()":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r}")
    return tokens

def parse(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else ("end", None)
    def take():
        nonlocal pos
        t = peek()
        pos += 1
        return t
    def atom():
        match take():
            case ("num", v):
                return v
            case ("op", "("):
                v = expr()
                take()
                return v
            case ("op", "-"):
                return ("neg", atom())
            case tok:
                raise SyntaxError(f"unexpected {tok}")
    def term():
        left = atom()
        while peek() in (("op", "*"), ("op", "/")):
            _, op = take()
            left = (op, left, atom())
        return left
    def expr():
        left = term()
        while peek() in (("op", "+"), ("op", "-")):
            _, op = take()
            left = (op, left, term())
        return left
    return expr()

def evaluate(tree):
    match tree:
        case int() | float():
            return tree
        case ("neg", x):
            return -evaluate(x)
        case ("+", a, b):
            return evaluate(a) + evaluate(b)
        case ("-", a, b):
            return evaluate(a) - evaluate(b)
        case ("*", a, b):
            return evaluate(a) * evaluate(b)
        case ("/", a, b):
            return evaluate(a) / evaluate(b)

for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-3 * -(2 + 1)", "2 * 3.5", "8 - 3 - 2", "1 / 0", "2 $ 3"]:
    try:
        tree = parse(tokenize(src))
        print(src, "=", evaluate(tree), tree)
    except (ZeroDivisionError, SyntaxError) as e:
        print(src, "->", type(e).__name__, e)
