# Edge cases of the per-class caches: reads and calls through a class itself (Cls.name, Cls.name(...)) and the
# special methods operators look up on an instance's class. Every answer must follow a later change to the class,
# to a base, to a value's class, and the metaclass's rules.


class Direction:
    NONE = 0
    FORWARD = 1

    @classmethod
    def make(cls, v):
        return (cls.__name__, v)

    @staticmethod
    def twice(v):
        return 2 * v

    def plain(self):
        return "plain"

    @property
    def prop(self):
        return "prop"


class Sub(Direction):
    pass


def read_forward(c):
    return c.FORWARD


def call_make(c, v):
    return c.make(v)


def loop(n, f, *args):
    r = None
    for _ in range(n):
        r = f(*args)
    return r


print(loop(3, read_forward, Direction), loop(3, read_forward, Sub))
print(loop(3, call_make, Direction, 1), loop(3, call_make, Sub, 2))
print(Direction.twice(4), Sub.twice(5))
print(Direction.plain(Sub()), Direction.plain is Sub.plain)
print(type(Direction.prop).__name__, type(Sub.prop).__name__)
m1 = Direction.make
m2 = Direction.make
print(m1 == m2, m1 is m2, m1.__self__ is Direction, Sub.make.__self__ is Sub)

# Rebinding on the class, on a base, shadowing in a subclass, deleting.
Direction.FORWARD = 10
print(read_forward(Direction), read_forward(Sub))
Sub.FORWARD = 20
print(read_forward(Direction), read_forward(Sub))
del Sub.FORWARD
print(read_forward(Direction), read_forward(Sub))
del Direction.FORWARD
try:
    read_forward(Sub)
except AttributeError as e:
    print("AttributeError:", e)
Direction.FORWARD = 1
print(read_forward(Sub))

# A class method replaced by a static method, then by a plain value that is called.
print(call_make(Sub, 3))
Direction.make = staticmethod(lambda v: ("static", v))
print(call_make(Sub, 4))
Direction.make = print
call_make(Sub, "print called through the class")
Direction.make = classmethod(lambda cls, v: ("lambda", cls.__name__, v))
print(call_make(Sub, 5))


# A value whose class gains __get__ after the read was answered: it is a descriptor from then on.
class Value:
    pass


class Holder:
    v = Value()


def read_v():
    return Holder.v


print(type(loop(3, read_v)).__name__)
Value.__get__ = lambda self, instance, owner: ("got", instance, owner.__name__)
print(loop(3, read_v))


# A descriptor: computed at each read, never remembered.
class Counter:
    n = 0

    def __get__(self, instance, owner):
        Counter.n += 1
        return Counter.n


class UsesCounter:
    c = Counter()


print([UsesCounter.c for _ in range(3)])


# A metaclass: its data descriptors come before the class's attributes, its other attributes after.
class Meta(type):
    @property
    def FORWARD(cls):
        return "meta property"

    def only_meta(cls):
        return "meta method of " + cls.__name__


class WithMeta(metaclass=Meta):
    FORWARD = 1


print(loop(2, read_forward, WithMeta), WithMeta.only_meta())
Meta.FORWARD = 5
print(loop(2, read_forward, WithMeta))
WithMeta.NONE = "class value"


def read_none(c):
    return c.NONE


print(loop(2, read_none, WithMeta))
# The metaclass gains a data descriptor of that name: it wins from then on, then loses it again.
Meta.NONE = property(lambda cls: "meta property added later")
print(loop(2, read_none, WithMeta))
del Meta.NONE
print(loop(2, read_none, WithMeta))


# Enum members are class attributes of a class with a metaclass.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2

    @classmethod
    def first(cls):
        return cls.RED


def read_red():
    return Color.RED


print(loop(3, read_red), loop(3, Color.first), Color.GREEN.value)


# Special methods: looked up on the class, following changes to it and to its bases.
class Base:
    pass


class Num(Base):
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"


a, b = Num(1), Num(2)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
Base.__add__ = lambda self, other: Num(self.v + other.v)
print(a + b)
Num.__add__ = lambda self, other: Num(self.v * 100 + other.v)
print(a + b)
del Num.__add__
print(a + b)
print(a == b, a != b, a == a)
Base.__eq__ = lambda self, other: True
print(a == b, a != b)
Base.__ne__ = lambda self, other: "ne"
print(a != b)
print(bool(a))
Base.__len__ = lambda self: 0
print(bool(a), len(a))
Num.__bool__ = lambda self: True
print(bool(a))
Base.__iter__ = lambda self: iter([self.v, self.v])
print(list(a))
Base.__iadd__ = lambda self, other: "iadd"
c = a
c += b
print(c)
Num.__repr__ = lambda self: "changed repr"
print(repr(a), str(a))
Base.__neg__ = lambda self: "neg"
print(-a)
a.__class__ = Sub2 = type("Sub2", (Num,), {"__neg__": lambda self: "Sub2 neg", "__len__": lambda self: 7})
print(-a, len(a), type(a).__name__)


# __class__ assignment: the attributes follow, the new class's caches answer, CPython's errors otherwise.
class P:
    def __init__(self):
        self.x = 1
        self.y = 2

    def who(self):
        return "P"


class Q:
    def who(self):
        return "Q " + str(self.y)


p = P()
print(p.who(), vars(p))
p.__class__ = Q
print(p.who(), vars(p), isinstance(p, Q), isinstance(p, P))
p.z = 3
print(vars(p), p.x)


class Slotted:
    __slots__ = ("a",)


class Slotted2:
    __slots__ = ("a",)


class Slotted3:
    __slots__ = ("b",)


s = Slotted()
s.a = 5
s.__class__ = Slotted2
print(type(s).__name__, s.a)
for target in (Slotted3, P, int, 5):
    try:
        s.__class__ = target
    except TypeError as e:
        print("TypeError:", e)
try:
    p.__class__ = Slotted
except TypeError as e:
    print("TypeError:", e)


class ListLike(list):
    pass


class ListLike2(list):
    def first(self):
        return self[0]


ll = ListLike([7, 8])
ll.__class__ = ListLike2
print(ll.first(), ll)
try:
    ll.__class__ = P
except TypeError as e:
    print("TypeError:", e)
