# Float speculation on arithmetic trees: every result must be CPython's, whatever the operand types turn out to be.


class Num:
    def __init__(self, v):
        self.v = v

    def __sub__(self, other):
        return Num(self.v - (other.v if isinstance(other, Num) else other))

    def __rsub__(self, other):
        return Num(other - self.v)

    def __mul__(self, other):
        return Num(self.v * (other.v if isinstance(other, Num) else other))

    __rmul__ = __mul__

    def __pow__(self, other):
        return Num(self.v ** other)

    def __repr__(self):
        return f"Num({self.v})"


def kernel(x1, x2, dt):
    dx = x1 - x2
    mag = dt * ((dx * dx) ** (-1.5)) if dx != 0 else 0.0
    return dx, mag


def mix(a, b):
    r = a * 2.0 - b / 4 + 1
    s = -a + 0.5 * b
    return r, s


def compare(x, y):
    out = []
    out.append(x * x + y * y <= 4.0)
    out.append(x * 1.0 == y)
    out.append(x - y != 0.0)
    return out


def inplace(v, k):
    acc = 0.0
    acc += v * 1.5
    acc -= k
    acc *= 2.0
    xs = [1.0, 2, 3.5]
    xs[0] -= v * 0.5
    xs[1] += k * 1.0
    xs[-1] *= 2.0
    return acc, xs


def errors(a, b):
    try:
        print(a / (b * 1.0))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print((a * 1.0) ** b)
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)


def later_int():
    x = 0.5
    for i in range(3):
        x = x * 2.0 + 1
        if i == 1:
            x = 7
        print(x, x * 1.5)


def loop(n):
    total = 0.0
    big = 2 ** 62
    for i in range(n):
        total += i * 0.25
        big = big * 2 + i * 1
    return total, big


for args in ((3.0, 1.0, 0.01), (3, 1, 0.01), (2.5, 2.5, 0.1), (True, 0.5, 2.0), (Num(4.0), 1.0, 0.5), (10 ** 20, 1.5, 1.0)):
    print(kernel(*args))
for args in ((1.5, 2.0), (3, 4), (True, False), (2 ** 60, 3), (-0.0, 0.0), (float("inf"), float("nan"))):
    print(mix(*args))
for args in ((1.0, 1.0), (1.5, 1.5), (2, 2.0), (float("nan"), 1.0), (2 ** 53 + 1, float(2 ** 53))):
    print(compare(*args))
for args in ((1.0, 2.0), (3, 4), (True, 1)):
    print(inplace(*args))
for args in ((1.0, 0.0), (1.0, 0), (0.0, -1.0), (10.0, 400.0), (-8.0, 3.0), (2, 0.5)):
    errors(*args)
later_int()
print(loop(5))
