# dataclasses: the decorator's options, field(), KW_ONLY, InitVar, __post_init__, inheritance, frozen, slots,
# asdict/astuple/replace/fields/make_dataclass (cases from CPython's Lib/test/test_dataclasses).
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass
from dataclasses import FrozenInstanceError, InitVar, KW_ONLY, MISSING
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p != Point(1, 3), p == (1, 2), Point.__doc__)
print(Point.__match_args__, [f.name for f in fields(p)], is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__hash__, Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"x": 1}), ((1,), {"z": 2})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False, repr=False)


v1, v2 = Version(1, 2), Version(1, 10, "beta")
print(v1, v2, v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)), Version(1, 2, "x") == Version(1, 2, "y"))
try:
    v1.major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print({v1: "a"}[Version(1, 2)], replace(v1, minor=3), v1)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, init=False)

    def add(self, item):
        self.items.append(item)
        self.count += 1


inv = Inventory("box")
inv.add("pen")
other = Inventory("bag")
print(inv, other, inv.items is not other.items, inv.count, Inventory.count, asdict(inv), astuple(inv))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.width *= scale
        self.height *= scale
        self.area = self.width * self.height


r = Rect(2, 3, scale=2)
print(r, [f.name for f in fields(r)], Rect.__match_args__, Rect.__doc__)
print(replace(r, width=1, scale=1))


@dataclass
class Options:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


print(Options("x", verbose=True), Options("y", level=3), Options.__doc__)
try:
    Options("x", True)
except TypeError as e:
    print("TypeError", e)


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80


print(Config(host="h"), Config(port=1, host="z"))
try:
    Config()
except TypeError as e:
    print("TypeError", e)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)], isinstance(Derived(), Base))


@dataclass(eq=False)
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1, [Node(2)])
print(n, n == Node(1, [Node(2)]), n == n, hash(n) == id(n) or True)


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)


@dataclass(unsafe_hash=True)
class Key:
    k: str
    n: int = field(default=0, hash=False)


print(hash(Key("a", 1)) == hash(Key("a", 2)), Key("a") == Key("a", 0))


@dataclass
class Line:
    start: Point
    end: Point
    meta: dict = field(default_factory=lambda: {"tags": ["t"]})


ln = Line(Point(0, 0), Point(3, 4))
d = asdict(ln)
d["meta"]["tags"].append("u")
print(d, ln.meta, astuple(ln), asdict(ln, dict_factory=lambda kv: sorted(kv)))

C = make_dataclass("C", ["a", ("b", int), ("c", int, field(default=5))], namespace={"total": lambda self: self.b + self.c})
c = C(1, 2)
print(c, c.total(), [f.type for f in fields(C)], C.__name__)

f = fields(Version)[2]
print(f.name, f.type, f.default, f.repr, f.compare, f.hash, f.init, f.kw_only, f.metadata, dataclasses.MISSING is MISSING)
print(field(default=1, metadata={"unit": "m"}).metadata["unit"], len(field().metadata))
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)
for bad in [lambda: fields(3), lambda: asdict(Point), lambda: replace(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    replace(inv, count=3)
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass(order=True, eq=False)
    class NoEq:
        a: int
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass(frozen=True)
    class FrozenChild(Base):
        w: int = 0
except TypeError as e:
    print("TypeError", e)
match p:
    case Point(a, b):
        print("matched", a, b)


@dataclass
class Recursive:
    name: str
    other: object = None


rec = Recursive("a")
rec.other = rec
print(rec)
