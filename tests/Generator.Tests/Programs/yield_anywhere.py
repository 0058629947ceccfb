# yield anywhere: inside larger expressions, finally blocks, lambdas, nested loops and try statements.
def adder():
    total = 0
    while True:
        x = 1 + (yield total)
        total += x

g = adder()
print(next(g), g.send(10), g.send(5))

def echo():
    print("got", (yield "first"))
    print("got", (yield "second"), (yield "third"))
    return "done"

g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("stop", e.value)

def call_args(f):
    r = f((yield 1), (yield 2), k=(yield 3))
    yield r

def show(a, b, k):
    return (a, b, k)

g = call_args(show)
print(next(g), g.send("A"), g.send("B"), g.send("K"))

def spilled():
    x = 10
    y = x * 2 + (yield x) - (yield x + 1)
    yield y

g = spilled()
print(next(g), g.send(100), g.send(1))

def displays():
    lst = [1, (yield "l"), 3]
    tup = ((yield "t"), *lst)
    dct = {"a": (yield "d"), **{"z": 26}}
    st = {(yield "s")}
    s = f"<{(yield 'f')}>"
    yield lst, tup, dct, st, s

g = displays()
out = [next(g)]
for v in ["L", "T", "D", "S", "F"]:
    out.append(g.send(v))
print(out)

def conditional():
    a = (yield "x") or (yield "y")
    b = (yield "p") and (yield "q")
    c = (yield "c1") if (yield "test") else (yield "c2")
    d = 1 < (yield "mid") < 10
    yield a, b, c, d

g = conditional()
seq = [next(g)]
for v in [0, "Y", 1, "Q", True, "C1", 5]:
    seq.append(g.send(v))
print(seq)

def subscripts():
    d = {}
    d[(yield "key")] = (yield "value")
    d["n"] = 1
    d["n"] += (yield "inc")
    yield d

g = subscripts()
print(next(g), g.send("k"), g.send("v"), g.send(41))

def in_tests():
    n = 0
    while (yield n) != "stop":
        n += 1
    if (yield "if"):
        yield "yes"
    for i in range((yield "range")):
        yield i

g = in_tests()
print([next(g), g.send("go"), g.send("go"), g.send("stop"), g.send(True), g.send(None), g.send(2), next(g)])

def with_finally():
    try:
        yield 1
    finally:
        yield "cleanup"
        print("after cleanup yield")

print(list(with_finally()))

def finally_value():
    try:
        x = yield "body"
        print("body got", x)
    finally:
        y = yield "fin"
        print("finally got", y)
    yield "end"

g = finally_value()
print(next(g), g.send(1), g.send(2))

def finally_exception():
    try:
        yield 1
        raise ValueError("boom")
    finally:
        print("finally runs", (yield "in finally"))

g = finally_exception()
print(next(g))
print(next(g))
try:
    g.send("sent")
except ValueError as e:
    print("caught", e)

def yield_from_finally():
    try:
        yield "a"
    finally:
        yield from range(3)
        print("done delegating")

print(list(yield_from_finally()))

def nested_loops():
    for i in range(3):
        try:
            for j in range(3):
                if j == 2:
                    break
                try:
                    yield (i, j)
                finally:
                    yield ("inner finally", i, j)
        finally:
            yield ("outer finally", i)

print(list(nested_loops()))

def close_in_finally():
    try:
        yield 1
    finally:
        print("closing")

g = close_in_finally()
next(g)
g.close()

def ignores_exit():
    try:
        yield 1
    finally:
        yield 2

g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

gl = lambda: (yield 1)
g = gl()
print(next(g))
try:
    g.send(5)
except StopIteration as e:
    print("lambda stop", e.value)
f = lambda x: [(yield x), (yield x + 1)]
print(list(f(3)))
print(list((lambda *a: (yield from a))(7, 8, 9)))

def in_handlers():
    try:
        raise KeyError("k")
    except KeyError as e:
        got = str(e) + str((yield "handler"))
    else:
        got = None
    yield got

g = in_handlers()
print(next(g), g.send("!"))

def assert_msg():
    assert (yield "test"), (yield "msg")
    yield "passed"

g = assert_msg()
print(next(g), g.send(False))
try:
    g.send("bad thing")
except AssertionError as e:
    print("AssertionError:", e)

def return_value():
    return (yield 1) * 2

g = return_value()
next(g)
try:
    g.send(21)
except StopIteration as e:
    print("returned", e.value)

def deep_args():
    print("sum", sum([i for i in range((yield "only"))]))
    print(max((yield "a"), (yield "b"), key=len))

g = deep_args()
print(next(g))
print(g.send(5))
print(g.send("xyz"))
try:
    g.send("pq")
except StopIteration:
    print("finished")

def matcher(items):
    for item in items:
        match item:
            case [x, y] if x < y:
                got = yield ("pair", x, y)
                print("pair got", got)
            case {"k": v}:
                yield ("mapping", v)
            case str() as s:
                yield ("str", s, (yield "inner"))
            case _:
                yield "other"

g = matcher([[1, 2], [2, 1], {"k": 3}, "s"])
print(next(g), g.send("P"), next(g), next(g), g.send("I"))

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name)

def withs():
    with CM("a") as a, CM((yield "second name")) as b:
        yield a + b

g = withs()
print(next(g), g.send("B"))
g.close()
