# Derived built-in classes: chains, mixins, __slots__, operators against subclasses, explicit T.method(self) calls.

class Base(list):
    def total(self):
        return sum(self)


class Child(Base):
    def __repr__(self):
        return "Child" + list.__repr__(self)


c = Child([1, 2, 3])
print(c, c.total(), isinstance(c, Base), isinstance(c, list), [t.__name__ for t in type(c).__mro__])
print(list.__len__(c), list.__getitem__(c, 0), list.__contains__(c, 2), list.__eq__(c, [1, 2, 3]), list.__add__(c, [4]))
print(list.__eq__(c, 5), int.__add__(3, 4), int.__add__(3, "x"), str.__len__("abc"), dict.__getitem__({1: 2}, 1))
print(type(c).__base__.__name__, Child.__bases__, c.__class__.__name__)


class Sized:
    def describe(self):
        return f"{type(self).__name__} of {len(self)}"


class Bag(Sized, dict):
    pass


b = Bag(a=1)
print(b.describe(), b, Bag.__mro__[1].__name__)


class Pair(tuple):
    __slots__ = ()

    def swap(self):
        return Pair((self[1], self[0]))


pr = Pair((1, 2))
print(pr.swap(), type(pr.swap()).__name__)
try:
    pr.extra = 1
except AttributeError as e:
    print("AttributeError", e)


class Vec(list):
    def __add__(self, other):
        return Vec(a + b for a, b in zip(self, other))

    def __radd__(self, other):
        return Vec(a + b for a, b in zip(other, self))

    def __eq__(self, other):
        return "custom eq"

    __hash__ = None


v = Vec([1, 2])
print(v + [10, 20], [10, 20] + v, type([10, 20] + v).__name__, v == [1, 2], [1, 2] == v, v != [1, 2])


class Num(int):
    def __radd__(self, other):
        return "Num.__radd__"

    def __lt__(self, other):
        return "Num.__lt__"


print(1 + Num(2), Num(2) + 1, 1 > Num(2), Num(2) < 1)


class Sub(list):
    def __iadd__(self, other):
        self.append(("iadd", other))
        return self


s = Sub()
s += [1]
print(s)


class Plain(list):
    pass


p = Plain([1])
p += [2]
p *= 2
print(p, type(p).__name__)
q = p
q += [9]
print(p is q, p)


class MyStr(str):
    pass


ms = MyStr("Hello")
print(ms.lower(), type(ms.lower()).__name__, ms + "!", type(ms + "!").__name__, ms[1:], type(ms[1:]).__name__)
print(str.upper(ms), str.__eq__(ms, "Hello"), ms.__class__.__name__, len(ms), ms * 2, 2 * ms)
print(sorted({MyStr("b"): 1, "a": 2}), {MyStr("b"): 1, "a": 2}["b"])


class Celsius(float):
    pass


cf = Celsius(1.5)
print(cf + cf, type(cf + cf).__name__, -cf, abs(Celsius(-2.5)), round(cf), cf.as_integer_ratio(), float.__add__(cf, 1))


class Flags(int):
    pass


f = Flags(6)
print(f & 3, f | 1, f ^ 2, f << 1, f >> 1, ~f, hex(f), bin(f), oct(f), chr(Flags(65)), f"{f:08b}", format(f, "x"))
print(list(range(Flags(3))), "ab" * Flags(2), [0] * Flags(2), (1,) * Flags(2), Flags(7) // 2, Flags(7) / 2, pow(Flags(2), 10))


class Defaults(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setdefault("x", 0)


d = Defaults({"a": 1}, b=2)
print(d, len(d), list(d), d.pop("a"), d, Defaults())
print(dict(d), {**d}, d | {"z": 1}, type(d | {"z": 1}).__name__, d.copy(), type(d.copy()).__name__)


def f(*args, **kwargs):
    return args, kwargs


print(f(*Plain([1, 2]), **Defaults(k=1)))
for k, v in Defaults(m=1).items():
    print(k, v)
a1, a2 = Pair((5, 6))
print(a1, a2, *Pair((7, 8)), max(Plain([3, 9, 2])), Plain([3, 1]) < Plain([3, 2]))
print("%s-%s" % Pair((1, 2)), "%(a)s" % Defaults(a=5), "%d%%" % Flags(50), "%.1f" % Celsius(2.25), "%s" % Plain([1]))
