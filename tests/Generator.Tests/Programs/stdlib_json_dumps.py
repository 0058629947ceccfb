# json.dumps / json.dump: every option, the types CPython encodes and how (cases from CPython's test_json).
import json
import io
import enum


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Basic values and containers.
show("none", lambda: json.dumps(None))
show("bools", lambda: json.dumps([True, False]))
show("ints", lambda: json.dumps([0, -1, 10 ** 30, -(2 ** 70)]))
show("floats", lambda: json.dumps([1.0, -0.0, 1.5, 0.1, 1e16, 1e-7, 123456789.123, 1e300, 5e-324, 2.0 ** 53]))
show("specials", lambda: json.dumps([float("nan"), float("inf"), float("-inf")]))
show("str", lambda: json.dumps("hello"))
show("tuple", lambda: json.dumps((1, (2, 3), [])))
show("empty", lambda: json.dumps([[], {}, (), ""]))
show("nested", lambda: json.dumps({"a": [1, {"b": [None, True]}], "c": {}}))
show("dict order", lambda: json.dumps({"z": 1, "a": 2, "m": 3}))

# Strings: escapes, ensure_ascii on and off, characters outside the BMP as surrogate pairs.
text = 'quote" backslash\\ slash/ \b\f\n\r\t \x00\x1f\x7f \xe9\u20ac \U0001d120 \U0001F600'
show("escapes", lambda: json.dumps(text))
show("no ascii", lambda: json.dumps(text, ensure_ascii=False))
show("lone surrogate", lambda: json.dumps(chr(0xd834) + "x" + chr(0xdd20)))
show("lone surrogate raw", lambda: json.dumps(chr(0xd834), ensure_ascii=False) == '"' + chr(0xd834) + '"')
show("all controls", lambda: json.dumps("".join(chr(i) for i in range(32))))
show("big unicode", lambda: json.dumps("\u0123\u4567\u89ab\ucdef\uabcd\uef4a"))

# Keys: str, int, float, bool, None become strings; anything else is a TypeError unless skipkeys.
show("keys", lambda: json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n", "s": "str"}))
show("float keys", lambda: json.dumps({float("nan"): 0, float("inf"): 1, -0.0: 2, 1e100: 3}))
show("tuple key", lambda: json.dumps({"a": 1, (1, 2): 2}))
show("tuple key skipped", lambda: json.dumps({"a": 1, (1, 2): 2, "b": 3}, skipkeys=True))
show("only bad keys skipped", lambda: json.dumps({(1,): 1, frozenset(): 2}, skipkeys=True))
show("skipkeys indent", lambda: json.dumps({(1,): 1, "b": 2}, skipkeys=True, indent=1))
show("bytes key", lambda: json.dumps({b"x": 1}))
show("key nan disallowed", lambda: json.dumps({float("nan"): 1}, allow_nan=False))

# sort_keys, including keys that cannot be compared.
show("sorted", lambda: json.dumps({"b": 1, "a": {"d": 1, "c": 2}, "c": [{"z": 0, "y": 1}]}, sort_keys=True))
show("sorted ints", lambda: json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
show("sorted mixed", lambda: json.dumps({3: 1, "a": 2}, sort_keys=True))

# indent: an int, 0, a string; default separators change with it.
data = [1, {"a": [2, 3], "b": {}}, [], "x", [[]]]
show("indent 2", lambda: json.dumps(data, indent=2))
show("indent 0", lambda: json.dumps(data, indent=0))
show("indent tab", lambda: json.dumps(data, indent="\t"))
show("indent str", lambda: json.dumps(data, indent="--"))
show("indent sorted", lambda: json.dumps({"b": [1], "a": {"y": 2, "x": 1}}, indent=4, sort_keys=True))
show("indent negative", lambda: json.dumps([1, [2]], indent=-1))
print(json.dumps({"k": [1, 2]}, indent=3))

# separators.
show("compact", lambda: json.dumps({"a": [1, 2], "b": 3}, separators=(",", ":")))
show("odd separators", lambda: json.dumps({"a": [1, 2]}, separators=(" ; ", " = ")))
show("separators indent", lambda: json.dumps({"a": [1, 2]}, indent=2, separators=(" ,", " : ")))
show("separators list", lambda: json.dumps([1, 2], separators=[",", ":"]))
show("separators bad", lambda: json.dumps([1, 2], separators=(1, 2)))
show("separators bad key", lambda: json.dumps([1, 2], separators=(",", 2)))
show("separators bad indent", lambda: json.dumps([1, 2], indent=1, separators=(1, 2)))
show("separators too many", lambda: json.dumps([1], separators=(",", ":", "!")))

# allow_nan.
show("nan allowed", lambda: json.dumps(float("nan")))
show("nan refused", lambda: json.dumps([float("nan")], allow_nan=False))
show("inf refused", lambda: json.dumps({"x": float("inf")}, allow_nan=False))
show("-inf refused", lambda: json.dumps(float("-inf"), allow_nan=False))
show("inf refused indent", lambda: json.dumps([float("inf")], allow_nan=False, indent=2))
show("finite ok", lambda: json.dumps([1.5], allow_nan=False))

# default, and what cannot be serialized.
show("set", lambda: json.dumps({1, 2}))
show("set in list", lambda: json.dumps([1, {2}]))
show("bytes", lambda: json.dumps(b"x"))
show("complex", lambda: json.dumps(1j))
show("object", lambda: json.dumps(object()))
show("default", lambda: json.dumps({"s": {3, 1, 2}}, default=sorted))
show("default repr", lambda: json.dumps([1j, 2j], default=repr))
show("default chain", lambda: json.dumps(frozenset([5]), default=lambda o: list(o)))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


show("default object", lambda: json.dumps([Point(1, 2)], default=lambda o: o.__dict__))
show("default raises", lambda: json.dumps(Point(1, 2), default=lambda o: Point.bad))

# Circular references.
lst = [1]
lst.append(lst)
show("circular list", lambda: json.dumps(lst))
dct = {"a": 1}
dct["self"] = dct
show("circular dict", lambda: json.dumps(dct))
show("circular dict indent", lambda: json.dumps(dct, indent=1))


class Loop:
    pass


show("circular default", lambda: json.dumps(Loop(), default=lambda o: [o]))
shared = [1, 2]
show("shared not circular", lambda: json.dumps([shared, shared, {"x": shared}]))

# int and float subclasses, enums.


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    pass


class Color(enum.Enum):
    RED = 1


class Num(enum.IntEnum):
    ONE = 1
    BIG = 2 ** 70


class Flt(float, enum.Enum):
    PI = 3.14
    INF = float("inf")
    NAN = float("nan")


class Word(enum.StrEnum):
    HI = "hi"


show("int subclass", lambda: json.dumps([MyInt(5), MyFloat(2.5), MyStr("s")]))
show("int subclass keys", lambda: json.dumps({MyInt(5): 1, MyFloat(2.5): 2, MyStr("k"): 3}))
show("int subclass indent", lambda: json.dumps([MyInt(5), MyFloat(2.5)], indent=1))
show("intenum", lambda: json.dumps([Num.ONE, Num.BIG, {Num.ONE: Num.BIG}]))
show("float enum", lambda: json.dumps([Flt.PI, Flt.INF, Flt.NAN, {Flt.PI: 1}]))
show("float enum refused", lambda: json.dumps([Flt.NAN], allow_nan=False))
show("str enum", lambda: json.dumps({Word.HI: Word.HI}))
show("enum", lambda: json.dumps(Color.RED))
show("enum key", lambda: json.dumps({Color.RED: 1}))

# dump writes to a file object, chunk by chunk: what came before an error is written.
f = io.StringIO()
json.dump({"a": [1, 2], "b": None}, f)
print("dump", repr(f.getvalue()))
f = io.StringIO()
json.dump([1, {"x": 2}], f, indent=2, sort_keys=True)
print("dump indent", repr(f.getvalue()))
f = io.StringIO()
try:
    json.dump([1, "two", {3}], f)
except TypeError as e:
    print("dump error", e, repr(f.getvalue()))


class Writer:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)


w = Writer()
json.dump({"a": [1, [2, 3]], "b": "c"}, w)
print("dump chunks", w.chunks)
w = Writer()
json.dump([1, [2]], w, indent=1)
print("dump chunks indent", w.chunks)

# Unknown keyword arguments go to the encoder class.
show("unknown kw", lambda: json.dumps([1], spam=1))
show("positional", lambda: json.dumps([1], False))

# Round trips.
values = [None, True, 1, -1.5, "s\u00e9\U0001F600", [1, [2, []]], {"a": {"b": [1.0]}}, 10 ** 40]
for v in values:
    assert json.loads(json.dumps(v)) == v
    assert json.loads(json.dumps(v, ensure_ascii=False, indent=2)) == v
print("round trips ok")
