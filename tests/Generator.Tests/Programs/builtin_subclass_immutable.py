# Classes deriving from int, float, str and tuple: values made by __new__, the built-in behaviour, overrides.

class Meters(int):
    def __repr__(self):
        return f"{int(self)}m"

    def double(self):
        return Meters(self * 2)


m = Meters(5)
print(m, repr(m), m + 1, type(m + 1).__name__, m.double(), type(m.double()).__name__, m * m, -m, m == 5, 5 == m)
print(isinstance(m, int), hash(m) == hash(5), {5: "five"}[m], [10, 20, 30, 40, 50, 60][m], range(m), m.bit_length())
print(Meters("12"), Meters("ff", 16), Meters(3.9), int(m), float(m), str(m), f"{m:>4}|", "%d" % m, divmod(m, 2), m // 2, m % 3, 2 ** m)
print(abs(Meters(-4)), m > 3, m < 3, sorted([Meters(3), 1, Meters(2)]), max(Meters(1), Meters(7)), bool(Meters(0)))


class Even(int):
    def __new__(cls, value):
        if value % 2:
            value += 1
        return super().__new__(cls, value)

    def __init__(self, value):
        self.asked = value


e = Even(7)
print(e, e.asked, type(e).__name__, e + 0, Even(4))


class Temperature(float):
    def __str__(self):
        return f"{float(self):.1f} degrees"


t = Temperature("21.25")
print(t, repr(t), t + 1, type(t + 1).__name__, t * 2, round(t, 1), int(t), t > 20, t.is_integer(), t.hex())


class Name(str):
    def shout(self):
        return self.upper() + "!"

    def __len__(self):
        return 99


n = Name("bob")
print(n, repr(n), n.shout(), n.title(), len(n), str.__len__(n), n + "by", "by" + n, n * 2, n == "bob", "bob" == n)
print(n[0], n[1:], n.startswith("b"), "o" in n, f"<{n}>", "{}".format(n), "-".join([n, n]), n.split("o"), hash(n) == hash("bob"))
print({"bob": 1}[n], {n: 2}["bob"], sorted([Name("b"), "a", Name("c")]), isinstance(n, str), type(n) is str, str(n), type(str(n)).__name__)
print(int(Name("42")), float(Name("2.5")), list(Name("xy")), n.encode(), n.replace("b", "B"), "%s and %r" % (n, n))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


p = Point(1, 2)
print(p, p.x, p.y, len(p), p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), p + (3,), type(p + (3,)).__name__)
x, y = p
print(x, y, list(p), p[::-1], p.count(1), isinstance(p, tuple), {p: 1}[(1, 2)], max(p), sorted([Point(2, 1), Point(1, 5)]))
print(tuple.__new__(Point, [7, 8]), type(tuple.__new__(Point, [7, 8])).__name__, int.__new__(int, "9"))


class Version(tuple):
    pass


v = Version([1, 2, 3])
print(v, repr(v), v > (1, 2), v.index(3), Version(), Version("ab"))

try:
    Meters("x")
except ValueError as e:
    print("ValueError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
