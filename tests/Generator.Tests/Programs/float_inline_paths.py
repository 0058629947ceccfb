# Inline fast paths with out-of-line slow paths (float-speculated code in large functions, nested unpacking,
# list items updated in place, calls of imported math functions, class calls): results and errors are CPython's.
from math import sqrt, sin, cos as cosine, floor, atan2, log
import math


class Num:
    """A number-like object: every operator of a speculated tree falls back to these."""

    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v!r})"

    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))

    def __rsub__(self, o):
        return Num(o - self.v)

    def __mul__(self, o):
        return Num(self.v * (o.v if isinstance(o, Num) else o))

    __rmul__ = __mul__

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    __radd__ = __add__

    def __isub__(self, o):
        print("isub", o)
        self.v -= o.v if isinstance(o, Num) else o
        return self

    def __pow__(self, o):
        return Num(self.v ** o)


class Box:
    def __init__(self):
        self.items = {}

    def __getitem__(self, i):
        print("get", i)
        return self.items.get(i, 0.5)

    def __setitem__(self, i, v):
        print("set", i, v)
        self.items[i] = v


def advance(pairs, dt, steps):
    # The shape of nbody's advance: nested targets, float trees, list items updated in place.
    for _ in range(steps):
        for (([x1, y1, z1], v1, m1), ([x2, y2, z2], v2, m2)) in pairs:
            dx = x1 - x2
            dy = y1 - y2
            dz = z1 - z2
            mag = dt * ((dx * dx + dy * dy + dz * dz) ** (-1.5))
            b1m = m1 * mag
            b2m = m2 * mag
            v1[0] -= dx * b2m
            v1[1] -= dy * b2m
            v1[2] -= dz * b2m
            v2[0] += dx * b1m
            v2[1] += dy * b1m
            v2[2] += dz * b1m
            v1[-1] += dz * b1m
            v2[-3] -= dx * b2m


def body(p, v, m):
    return ([float(x) for x in p], list(v), m)


def run_advance():
    a = body([1, 2, 3], [0.5, 0.25, 0.125], 2.0)
    b = body([4, 6, 8], [1, 2, 3], 3)  # int velocities and an int mass: int/float mixing
    c = body([-1, 0.5, 2], [0.0, -0.0, 1e300], 0.5)
    pairs = [(a, b), (a, c), (b, c)]
    advance(pairs, 0.01, 3)
    for x in (a, b, c):
        print(x)
    # Tuples as the inner containers, and a generator as the pair source: the generic unpacking.
    d = (( 1.0, 2.0, 3.0), [0.0, 0.0, 0.0], 1.0)
    e = [[2.0, 2.0, 2.0], [1.0, 1.0, 1.0], 2.0]
    advance([(d, e)], 0.5, 2)
    print(d, e)
    advance((p for p in [(e, d)]), 0.5, 1)
    print(d, e)
    # Values that are not floats: user objects take the generic operators (and __isub__).
    f = [[Num(1.0), 0.0, 0.0], [Num(0.0), 0.0, 0.0], 1.0]
    g = [[0.0, 1.0, 2.0], [0.0, 0.0, 0.0], 1.0]
    advance([(f, g)], 0.5, 1)
    print(f, g)
    # nan and inf flow through the native arithmetic as in CPython.
    h = [[float("nan"), 0.0, 0.0], [0.0, 0.0, 0.0], 1.0]
    k = [[float("inf"), 1.0, 0.0], [0.0, 0.0, 0.0], 1.0]
    advance([(h, k)], 0.5, 1)
    print(h, k)


def unpack_errors():
    good = ([1.0, 2.0, 3.0], [0.0, 0.0, 0.0], 1.0)
    other = [5.0, 7.0, 9.0]
    cases = [
        [(good,)],
        [(good, good, good)],
        [(([1.0, 2.0], [0.0] * 3, 1.0), good)],
        [(([1.0, 2.0, 3.0, 4.0], [0.0] * 3, 1.0), good)],
        [(good, (other, [0.0] * 3))],
        [(good, (other, [0.0] * 3, 1.0, 5))],
        [(good, (iter(other), [0.0] * 3, 1.0))],
        [(good, ("xyz", [0.0] * 3, 1.0))],
        [(good, ("xy", [0.0] * 3, 1.0))],
        [(good, ({5.0: 0, 7.0: 0, 9.0: 0}, [0.0] * 3, 1.0))],
        [(good, (5, [0.0] * 3, 1.0))],
        [(good, (None, [0.0] * 3, 1.0))],
        [5],
        [(good, (other, (0.0, 0.0, 0.0), 1.0))],
        [(good, (other, [0.0], 1.0))],
        [(good, (other, Box(), 1.0))],
        [(good, (other, {0: 1.0, 1: 2.0, 2: 3.0, -1: 4.0, -3: 5.0}, 1.0))],
        [(good, (other, "abc", 1.0))],
    ]
    for pairs in cases:
        try:
            advance(pairs, 0.1, 1)
            print("ok", pairs[0][0])
        except Exception as ex:
            print(type(ex).__name__, ex)


def plain_unpacking():
    for a, b in [(1, 2), [3, 4], "xy", range(2), {7: 0, 8: 0}]:
        print(a, b)
    for a, b, c in [(1, 2, 3), [4, 5, 6], "abc", (x for x in (7, 8, 9))]:
        print(a, b, c)
    for bad in [(1,), (1, 2, 3), [], "abcd", iter([1])]:
        try:
            a, b = bad
            print(a, b)
        except ValueError as ex:
            print("ValueError", ex)
        try:
            a, b, c = bad
            print(a, b, c)
        except ValueError as ex:
            print("ValueError", ex)
    try:
        a, b = 5
    except TypeError as ex:
        print("TypeError", ex)


def item_updates():
    xs = [1, 2.5, None, "s", True, 2 ** 70]
    xs[0] = 1.5
    xs[1] = 3
    xs[2] = 0.25
    xs[1] = 4
    xs[0] = xs[0] * 2.0
    print(xs)
    v = [1.0, 2.0, 3.0]
    w = 0.5
    v[0] -= w * 2.0
    v[-1] += w * w
    v[1] *= w - 1.0
    v[2] /= w + 0.5
    v[0] **= w + 1.5
    print(v)
    for bad in (3, -4):
        try:
            v[bad] += w * w
        except IndexError as ex:
            print("IndexError", ex)
    t = (1.0, 2.0)
    try:
        t[0] += w * w
    except TypeError as ex:
        print("TypeError", ex)
    print(t)
    d = {0: 1.0}
    d[0] += w * w
    try:
        d[1] += w * w
    except KeyError as ex:
        print("KeyError", ex)
    print(d)
    b = Box()
    b[0] -= w * w
    print(b.items)
    n = [Num(2.0)]
    n[0] -= w * w
    print(n)
    z = [0.0]
    try:
        z[0] /= w - 0.5
    except ZeroDivisionError as ex:
        print("ZeroDivisionError", ex)
    try:
        z[0] **= w - 1.5
    except ZeroDivisionError as ex:
        print("ZeroDivisionError", ex)
    q = [2 ** 62]
    q[0] += 2 ** 62
    q[0] += w * 0.0
    print(q, [True][0] + w * 2.0)


def imported_math():
    print(sqrt(16), sqrt(2.0), sin(0), cosine(0.0), floor(2.5), atan2(1, 1), log(8, 2), log(1.0))
    print(sqrt(True), sin(2 ** 70) == math.sin(float(2 ** 70)))
    for bad in (-1, "a", None):
        try:
            print(sqrt(bad))
        except (ValueError, TypeError) as ex:
            print(type(ex).__name__, ex)
    try:
        sqrt(1, 2)
    except TypeError as ex:
        print("TypeError", ex)
    try:
        print(cosine(float("inf")))
    except ValueError as ex:
        print("ValueError", ex)
    math.sqrt = lambda x: "patched"
    print(sqrt(9), math.sqrt(9))


def shadowed(sqrt, sin):
    return sqrt(4), sin(1)


class P:
    def __init__(self, x, y=2.0, z=None):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return f"P({self.x!r}, {self.y!r}, {self.z!r})"


class NoInit:
    pass


class BadInit:
    def __init__(self, x):
        self.x = x
        return 5


class MyError(Exception):
    pass


class Callable:
    def __call__(self, *args):
        return ("called", args)


def class_calls():
    print(P(1), P(1, 2), P(1, 2, 3))
    for args in ((), (1, 2, 3, 4)):
        try:
            print(P(*args))
        except TypeError as ex:
            print("TypeError", ex)
    try:
        NoInit(1)
    except TypeError as ex:
        print("TypeError", ex)
    try:
        BadInit(1)
    except TypeError as ex:
        print("TypeError", ex)
    e = MyError("boom", 2)
    print(repr(e), e.args, ValueError("v"), int("12"), float("1.5"), list((1, 2)))
    c = Callable()
    print(c(1), c(1, 2), c(1, 2, 3))
    m = P(5).__repr__
    print(m())
    f = len
    print(f([1, 2]), (lambda a, b=3: a + b)(1), (lambda *a: a)(1, 2, 3))
    five = 5
    try:
        five(1)
    except TypeError as ex:
        print("TypeError", ex)
    init = P.__init__
    P.__init__ = lambda self, x: setattr(self, "x", -x) or None
    print(P(3).x)
    P.__init__ = init


def attribute_updates():
    p = P(1.5, 2.5, 0.5)
    for i in range(3):
        p.x = p.x * 2.0
        p.y = i
        p.z = p.z / 2 if i < 2 else None
    print(p)
    p.x = "s"
    p.x = "s"
    p.y = 2 ** 80
    p.y = 1.0
    print(p)


def truthiness():
    out = []
    for x in (0, 1, -1, 2 ** 64, 0.0, -0.0, float("nan"), True, False, None, "", "a", [], [0]):
        out.append(1 if x else 0)
        out.append(1 if x and 1 else 0)
    print(out)
    print(sum(x % 7 for x in range(40) if x & 1), sum(1 for x in range(10) if x & 0))


run_advance()
unpack_errors()
plain_unpacking()
item_updates()
imported_math()
print(shadowed(lambda v: v * 10, abs))
sqrt = lambda v: ("rebound", v)
print(sqrt(2), sin(0.5))
del sin
try:
    sin(1)
except NameError as ex:
    print("NameError", ex)
class_calls()
attribute_updates()
truthiness()


class RaisingIter:
    def __iter__(self):
        raise TypeError("mine")


class Seq:
    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError


def unpack_protocols():
    a, b = Seq()
    print(a, b)
    for bad in (RaisingIter(), len, 1.5, P(1)):
        try:
            a, b = bad
        except TypeError as ex:
            print("TypeError", ex)
    try:
        sin(x=1)
    except TypeError as ex:
        print("TypeError", ex)


from math import sin
unpack_protocols()
