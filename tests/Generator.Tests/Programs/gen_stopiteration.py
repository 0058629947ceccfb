# StopIteration.value, return in generators, and the generator-ends-by-StopIteration rules (PEP 479).
def returns(v):
    yield "first"
    return v


for value in [None, 0, "text", (1, 2), [3]]:
    g = returns(value)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args)

g = returns(5)
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("after list:", e.value)


def early(flag):
    if flag:
        return "early"
    yield "late"
    return "end"


g = early(True)
try:
    next(g)
except StopIteration as e:
    print(e.value)
print(list(early(False)))


def manual_iter(it):
    while True:
        try:
            x = next(it)
        except StopIteration as e:
            return ("exhausted", e.value)
        yield x


m = manual_iter(returns("R"))
print(next(m))
try:
    next(m)
except StopIteration as e:
    print(e.value)


def leaks_stop():
    yield 1
    next(iter([]))


try:
    for x in leaks_stop():
        print("item", x)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__)
g = returns(1)
print(next(g), next(g, "dflt"))
