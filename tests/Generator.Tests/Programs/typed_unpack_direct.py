# Unpacking straight into locals: evaluation order and partial assignment on errors.


def short_nested():
    a = b = c = "old"
    try:
        (a, b), c = [(1, 2, 3), 4]
    except ValueError as e:
        print("nested too many:", e)
    print(a, b, c)
    try:
        a, (b, c) = [10, (20,)]
    except ValueError as e:
        print("nested too few:", e)
    print(a, b, c)
    try:
        a, b, c = [7, 8]
    except ValueError as e:
        print("outer:", e)
    print(a, b, c)


def unbound_after_failure():
    try:
        x, y = (1, 2, 3)
    except ValueError as e:
        print("err", e)
    try:
        print(x)
    except UnboundLocalError as e:
        print("unbound:", e)


def gen_fails():
    def g():
        yield 1
        raise KeyError("mid")
    try:
        p, q = g()
    except KeyError as e:
        print("generator raised", e)
    try:
        print(p)
    except UnboundLocalError:
        print("p unbound")


def duplicates():
    a, a = 1, 2
    print(a)
    a, a, a = [3, 4, 5]
    print(a)
    (a, b), a = (6, 7), 8
    print(a, b)


def order_with_subscripts():
    xs = [0, 0, 0]
    i = 0
    i, xs[i] = 1, 9
    print(i, xs)
    xs[i], i = 5, 2
    print(i, xs)
    class Box:
        pass
    bx = Box()
    bx.v, v = 3, bx
    print(bx.v, v is bx)


def loops():
    pairs = [((1.0, 2.0, 3.0), [0.0], 1.5), ((4.0, 5.0, 6.0), [1.0], 2.5)]
    for ((x, y, z), v, m) in pairs:
        v[0] += x * m
        print(x, y, z, v, m)
    for k, w in {"a": 1, "b": 2}.items():
        print(k, w)
    for s, t in ["ab", "cd"]:
        print(s, t)
    try:
        for s, t in ["ab", "c"]:
            print(s, t)
    except ValueError as e:
        print("loop:", e, s, t)


def in_generator():
    for a, b in [(1, 2), (3, 4)]:
        yield a + b
    c, d = "xy"
    yield c + d


def comprehension():
    print([a * b for a, b in [(1, 2), (3, 4)]])
    print({k: v for k, (v, _) in [("p", (1, 2)), ("q", (3, 4))]})


def closures():
    a, b = 1, 2
    def f():
        return a + b
    print(f())
    a, b = 10, 20
    print(f())


short_nested()
unbound_after_failure()
gen_fails()
duplicates()
order_with_subscripts()
loops()
print(list(in_generator()))
comprehension()
closures()
g1, g2 = 1, 2
print(g1, g2)
