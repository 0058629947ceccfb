# Operands are evaluated left to right even when a later operand's lowering needs statements of its own: a
# comprehension inside a lambda's defaults, a generator expression's first iterable, a def's annotations.

log = []


def side(x):
    log.append(x)
    return x


def pair(a, b):
    return (a, b)


r = pair(side("a"), (lambda d=[side("b") for _ in "x"]: d)())
print(r, log)

log.clear()
g = pair(side("c"), list(y for y in [side("d") for _ in "x"]))
print(g, log)

log.clear()
def annotated(p: [side("f") for _ in "x"]) -> side("g"):
    return p
print(pair(side("e"), annotated(1)), log)

log.clear()
h = pair(side("h"), {**{side("i"): 1}})
print(h, log)


def gen():
    f = lambda d=(yield 1): d
    yield f()


print(list(gen()))
