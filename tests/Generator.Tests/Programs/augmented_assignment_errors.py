# Augmented assignment on str, None and bool: results and CPython's error texts (which name the augmented operator).
ops = ["-", "+", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
values = ["s", None, True, 2, 2.5, [1], (1,), 10 ** 30]
others = [1, "t", None, 1.5, [2]]


def aug(op, x, y):
    if op == "-": x -= y
    elif op == "+": x += y
    elif op == "*": x *= y
    elif op == "/": x /= y
    elif op == "//": x //= y
    elif op == "%": x %= y
    elif op == "**": x **= y
    elif op == "<<": x <<= y
    elif op == ">>": x >>= y
    elif op == "&": x &= y
    elif op == "|": x |= y
    elif op == "^": x ^= y
    elif op == "@": x @= y
    return x


for x in values:
    for y in others:
        for op in ops:
            try:
                r = aug(op, x, y)
                print(repr(x), op + "=", repr(y), "->", repr(r))
            except (TypeError, ZeroDivisionError, ValueError, OverflowError) as e:
                print(repr(x), op + "=", repr(y), "!", type(e).__name__, e)
s = "ab"
s += "cd"
s *= 2
s %= () if "%" not in s else ()
print(s)
fmt = "%d-%s"
fmt %= (3, "x")
print(fmt)


class Box:
    def __getitem__(self, key):
        return "<" + str(key) + ">"


print("plain" % [2], "plain" % b"x", "plain" % range(3), "plain" % Box())
print("%s!" % [1, 2], "%(a)s-%(b)s" % Box(), "%s" % {"k": 1})
for bad in [("%s %s", [1]), ("x", 5), ("x", "s"), ("%(a)s", [1])]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
