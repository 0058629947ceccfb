# collections.namedtuple (cases from CPython's Lib/test/test_collections.py TestNamedTuple).
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(11, y=22)
print(p, p[0] + p[1], p.x + p.y, tuple(p), Point._fields, Point.__doc__, Point.__name__, Point._field_defaults)
x, y = p
print(x, y, p._asdict(), p._replace(x=100), Point._make([5, 6]), Point(**{"x": 1, "y": 2}), p == (11, 22), hash(p) == hash((11, 22)))
print(isinstance(p, tuple), type(p).__name__, len(p), p.count(11), p.index(22), p * 2, p + (1,), p[::-1], Point.__match_args__)
print(repr(Point), Point.__module__, Point.__bases__, Point.__slots__, sorted([Point(2, 1), Point(1, 2)]))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(5), P3(5, 6), P3(5, 6, 7), P3._field_defaults, P3(c=9, a=1))
R = namedtuple("R", "abc def ghi _x abc", rename=True)
print(R._fields)
S = namedtuple("S", "a, b")
print(S(1, 2), namedtuple("Single", "only")(1), namedtuple("Empty", "")())
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1, 2), {"z": 3}), ((), {})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
for bad in [("1abc", "x"), ("P", "x class"), ("P", "_x y"), ("P", "x x"), ("P", ["x", 3])]:
    try:
        namedtuple(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    P3(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")


class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)


v = Vector(3, 4)
print(v, v.norm2, v + Vector(1, 1), type(v + Vector(1, 1)).__name__, Vector._make((1, 2)))
match p:
    case Point(a, b):
        print("matched", a, b)
Employee = namedtuple("Employee", "name age", module="staff")
print(repr(Employee), Employee("ann", 30))
