# The generator fast path (MoveNext without Step) and the arithmetic it leans on.


def reentrant():
    g = yield 1
    try:
        next(g)
    except ValueError as e:
        print("reentry:", e)
    yield g.gi_running


g = reentrant()
print(next(g), g.gi_running)
print(g.send(g))
print(g.gi_running, g.gi_suspended)


def boom(n):
    for i in range(n):
        yield i
    raise KeyError("boom")


g = boom(2)
try:
    for x in g:
        print("item", x)
except KeyError as e:
    print("caught", e)
print(list(g), g.gi_suspended, g.gi_frame)


def ret():
    yield 1
    return "done"


g = ret()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(list(ret()))


def echo():
    got = None
    while True:
        got = yield got


e = echo()
next(e)
print(e.send(5), next(e), e.send("x"), next(e))
print([v for _, v in zip(range(3), echo())])


def pep479():
    yield 1
    raise StopIteration("inner")


try:
    print(sum(pep479()))
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))


def squares(seq):
    for x in seq:
        yield x * x


big = [2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**32, 3037000499, 3037000500, -3037000500, 2**62, True, 2.5]
print(list(squares(big)))
print(sum(squares(iter(big))))


class Acc:
    def __init__(self):
        self.v = []

    def __iadd__(self, other):
        self.v.append(other)
        return self


def accumulate(items):
    total = 0
    f = 0.5
    b = True
    a = Acc()
    for x in items:
        total += x
        f += x
        b += x
        a += x
        yield total, f, b, len(a.v)


print(list(accumulate([1, 2, 2**63, -(2**63)])))
s = "a"
s += "b"
t = (1,)
t += (2,)
print(s, t)
