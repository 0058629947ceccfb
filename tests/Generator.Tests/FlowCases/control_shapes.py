# Control-flow shapes for the flow model: each function is compiled by CPython 3.12 and its jumps recorded
# (control_shapes.flow); the model must lay out the same jumps on the same lines.
import sys


def if_elif_else(x):
    if x < 0:
        r = "neg"
    elif x == 0:
        r = "zero"
    elif x < 10:
        r = "small"
    else:
        r = "big"
    return r


def nested_ifs(a, b, c):
    if a:
        if b:
            x = 1
        else:
            x = 2
    elif c:
        x = 3
    else:
        if b:
            x = 4
        x = 5
    return x


def if_ends_function(a):
    if a:
        print(a)


def if_else_ends_function(a):
    if a:
        print(a)
    else:
        print(-a)


def returns_in_branches(a, b):
    if a and b:
        return a + b
    if a or b:
        return a, b
    return None


def while_shapes(n, m):
    i = 0
    while i < n:
        i += 1
        if i == m:
            continue
        if i > 100:
            break
        m -= 1
    else:
        i = -1
    while True:
        n -= 1
        if n < 0:
            break
    while 1:
        if n > 5:
            break
        n += 2
    while n and m or i:
        n = m = i = 0
    return i, n


def for_shapes(items):
    total = 0
    for x in items:
        if x is None:
            continue
        if x < 0:
            break
        for y in range(x):
            total += y
        else:
            total -= 1
    else:
        total *= 2
    for k, v in enumerate(items):
        pass
    for a in items:
        for b in items:
            if a == b:
                return total
    return total


def values(a, b, c):
    x = a and b
    y = a or b or c
    z = a if b else c
    w = (a and b) or (not c)
    t = 0 < a < 10
    u = a < b <= c < 100
    v = [a or b, b and c, c if a else b]
    return x, y, z, w, t, u, v


def tests(a, b, c):
    if not a:
        a = 1
    if not (a and b):
        b = 2
    if a < b < c:
        c = 3
    if (a if b else c):
        a = 4
    if a is None or b is not None:
        b = 5
    if a in (1, 2) and b not in c:
        c = 6
    return a, b, c


def asserts(x, y):
    assert x
    assert x > 0, "positive"
    assert x and y, f"{x} {y}"
    return x


def comprehensions(items, limit):
    a = [x for x in items]
    b = [x * 2 for x in items if x > 0 if x < limit]
    c = {x: y for x in items for y in items if x != y}
    d = {x for x in items if x or limit}
    e = list(x for x in items if x)
    f = sum(x for x in items for y in [x] if y)
    g = [[y for y in range(x)] for x in items]
    return a, b, c, d, e, f, g


def constants(x):
    if 0:
        x = 1
    if True:
        x = 2
    if __debug__:
        x = 3
    if not __debug__:
        x = 4
    y = True and x
    z = 0 or x
    return x, y, z


def formatting(a, b):
    s = "%s and %r" % (a, b)
    t = "%5s|%-3s|%.2s" % (a, b, a)
    u = "%d" % (a,)
    if a:
        v = "%s" % (b,)
    else:
        v = "%s-%s" % (a, b)
    return s, t, u, v


def calls(f, args, kw):
    r = f(*args)
    r = f(1, *args, **kw)
    r = f(**kw)
    if r:
        r = print(*args, sep="")
    else:
        r = {"a": 1, "b": 2, **kw}
    return r


def decorated(flag):
    if flag:
        @staticmethod
        def inner():
            return 1
    else:
        inner = None
    return inner


def generator(items):
    for x in items:
        if x:
            yield x
        else:
            yield from items
    yield None


class Shapes:
    if sys.version_info >= (3, 12):
        kind = "new"
    else:
        kind = "old"
    names = [n for n in ("a", "b") if n]

    def method(self, x):
        return x if x else self.kind


lam = lambda a, b: a if a > b else b
lam2 = lambda a: (a and
                  a.strip() or
                  None)

for i in range(3):
    if i % 2:
        continue
    print(i)
else:
    print("done")

if __name__ == "__main__":
    while lam(1, 2) > 5:
        break
