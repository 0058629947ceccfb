# Generators whose body is fused into MoveNext: send/next mixing, locals changing kind, PEP 479,
# re-entrancy, exceptions finishing the generator, finally blocks around yields, yield from.


def echo():
    got = []
    while True:
        x = yield len(got)
        got.append(x)
        if x == "stop":
            return got


g = echo()
print(next(g), g.send(5), next(g), g.send("a"), next(g))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)
print(list(g), next(g, "done"))


def kinds(n):
    v = 1
    for _ in range(n):
        yield v
        v = v * 10 ** 9
    v = "text"
    yield v
    v = 2.5
    yield v
    v = True
    yield v
    v = None
    yield v


print(list(kinds(4)))
print(sum(x for x in kinds(3) if isinstance(x, int) and not isinstance(x, bool)))


def leaks_stop():
    yield 1
    next(iter([]))
    yield 2


try:
    for v in leaks_stop():
        print("got", v)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__suppress_context__)


def fails(n):
    for i in range(n):
        if i == 2:
            raise ValueError("at 2")
        yield i


g = fails(5)
out = []
try:
    for v in g:
        out.append(v)
except ValueError as e:
    print("caught", e, out)
print(next(g, "finished"), list(g))


def reenter():
    yield g2.__next__()


g2 = reenter()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)
print(next(g2, "finished"))


def guarded(log):
    try:
        for i in range(3):
            yield i
    finally:
        log.append("finally")
    log.append("after")


log = []
for v in guarded(log):
    log.append(v)
print(log)
log = []
g = guarded(log)
print(next(g), next(g))
g.close()
print(log, next(g, "closed"))
log = []
g = guarded(log)
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("thrown out", repr(e), log)


def inner():
    total = 0
    try:
        while True:
            x = yield total
            if x is None:
                break
            total += x
    finally:
        print("inner finally")
    return total


def outer():
    r = yield from inner()
    yield "inner returned %s" % r
    r = yield from inner()
    return r


g = outer()
print(next(g), g.send(3), g.send(4), next(g), next(g), g.send(10))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)


def count_big():
    i = 2 ** 62
    while i < 2 ** 62 + 3:
        yield i
        i += 1


print(list(count_big()), sum(count_big()))


def gen_sent_after_plain():
    a = yield 1
    b = yield 2
    c = yield 3
    yield (a, b, c)


g = gen_sent_after_plain()
print(next(g), g.send("A"), next(g), g.send("C"))
