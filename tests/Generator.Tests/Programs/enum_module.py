# enum: Enum, IntEnum, StrEnum, Flag and IntFlag members, lookups, reprs, aliases, auto(), _missing_, methods,
# tuple values with __init__, a data type's __new__, the functional API, unique and verify, and the errors.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify, UNIQUE, CONTINUOUS, member, nonmember
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name} is {self.value}"

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), str(Color.GREEN), f"{Color.BLUE}", f"{Color.BLUE:>12}|", format(Color.RED))
print(Color(1), Color["GREEN"], Color.CRIMSON is Color.RED, Color.RED.name, Color.RED.value, Color.CRIMSON.name)
print(list(Color), len(Color), list(reversed(Color)), Color.RED in Color, 2 in Color, 7 in Color)
print(Color.__members__)
print(list(Color.__members__), Color.RED.describe(), Color.default(), type(Color.RED), isinstance(Color.RED, Color))
print(repr(Color), Color.__name__, Color._member_names_, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(hash(Color.RED) == hash("RED"), {Color.RED: "r"}[Color.CRIMSON], sorted([Color.BLUE, Color.RED], key=lambda c: c.value))
for bad in (7, "RED"):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError:", e)
try:
    class MoreColor(Color):
        PINK = 17
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class Sunder(Enum):
        _bad_ = 1
except ValueError as e:
    print("ValueError:", e)


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Number.ONE, repr(Number.TWO), Number.TWO + 1, Number.THREE * 2, Number.ONE < Number.TWO, Number.TWO == 2)
print(f"{Number.THREE}", f"{Number.THREE:03d}", str(Number.ONE), int(Number.TWO), [1, 2, 3][Number.ONE], hash(Number.ONE) == hash(1))
print(sorted([Number.THREE, Number.ONE]), Number(2), isinstance(Number.ONE, int), Number.ONE.real)


class Http(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = "x-custom"


print(Http.GET, repr(Http.POST), Http.GET == "get", Http.GET.upper(), f"[{Http.CUSTOM}]", Http("post"), "".join(Http))
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError:", e)


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), [m.value for m in Auto])


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()


print([m.value for m in Lower])


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RWX, repr(Perm(0)), Perm.R in Perm.RWX, Perm.W in (Perm.R | Perm.X))
print(list(Perm.R | Perm.W), list(Perm), len(Perm.RWX), bool(Perm(0)), ~Perm.R, (Perm.R | Perm.W) & Perm.W, Perm.R ^ Perm.RWX)
print(Perm(6), str(Perm(3)), Perm(7) is Perm.RWX)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)


class Mode(IntFlag):
    A = auto()
    B = auto()
    C = auto()


print(Mode.A | Mode.C, repr(Mode.A | Mode.B), Mode.A | 8, repr(Mode(12)), Mode.B + 1, ~Mode.A, Mode(0), list(Mode))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), Planet((3.303e+23, 2.4397e6)))


class Coordinate(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, "P.X")
    PY = (1, "P.Y")


print(Coordinate.PY, Coordinate.PY.label, Coordinate(1), Coordinate.PX.value)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Shape("circle"), Shape(2))
try:
    Shape(9)
except ValueError as e:
    print("ValueError:", e)


class Ignored(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    A = 1


print(list(Ignored), hasattr(Ignored, "tmp"))


class Holder(Enum):
    A = 1
    helper = nonmember(10)

    @member
    def action():
        return "acted"


print([m.name for m in Holder], Holder.helper, Holder.action.value())

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Pair = Enum("Pair", [("X", 10), ("Y", 20)])
print(list(Pair), Pair(20))
Sizes = IntEnum("Sizes", {"S": 1, "L": 3})
print(Sizes.L + 1, repr(Sizes.S))
try:
    Enum("Empty")
except TypeError as e:
    print("TypeError:", e)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
try:
    @verify(CONTINUOUS)
    class Gappy(IntEnum):
        A = 1
        C = 3
        E = 5
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(UNIQUE)
    class Aliased(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

print(enum.STRICT, repr(enum.KEEP), list(enum.FlagBoundary), Color.RED.__class__.__name__)


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2

    def __str__(self):
        return self.name.title()


print(Weekday.MONDAY, f"{Weekday.TUESDAY}", repr(Weekday.MONDAY))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)
