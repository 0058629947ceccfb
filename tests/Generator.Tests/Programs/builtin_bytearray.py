# bytearray: construction, repr, len, indexing, slicing, comparison, hashing, arithmetic, iteration, mutation.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Idx:
    def __index__(self):
        return 3


# Constructor forms
show("empty", lambda: bytearray())
show("size", lambda: bytearray(3))
show("size idx", lambda: bytearray(Idx()))
show("ints", lambda: bytearray([1, 2, 255]))
show("range", lambda: bytearray(range(65, 70)))
show("gen", lambda: bytearray(x for x in b"hey"))
show("bytes", lambda: bytearray(b"abc"))
show("bytearray", lambda: bytearray(bytearray(b"xyz")))
show("tuple", lambda: bytearray((97, 98)))
show("str enc", lambda: bytearray("h\u00e9llo", "utf-8"))
show("str enc kw", lambda: bytearray("abc", encoding="ascii"))
show("str enc errors", lambda: bytearray("abc", "ascii", "strict"))
show("source kw", lambda: bytearray(source=b"kw"))
show("str no enc", lambda: bytearray("abc"))
show("enc no str", lambda: bytearray(encoding="utf-8"))
show("bytes and enc", lambda: bytearray(b"a", "utf-8"))
show("int and enc", lambda: bytearray(3, "utf-8"))
show("errors no str", lambda: bytearray(5, errors="strict"))
show("float", lambda: bytearray(3.0))
show("none", lambda: bytearray(None))
show("neg", lambda: bytearray(-1))
show("big item", lambda: bytearray([256]))
show("neg item", lambda: bytearray([-1]))
show("float item", lambda: bytearray([1.0]))
show("str item", lambda: bytearray(["a"]))
show("bad enc", lambda: bytearray("abc", "nope"))
show("encode err", lambda: bytearray("\u00e9", "ascii"))
show("too many", lambda: bytearray(b"a", "b", "c", "d"))
show("bad kw", lambda: bytearray(foo=1))

# repr and str
for value in [b"", b"abc", b"a'b", b'a"b', b"a'\"b", b"\x00\n\t\r\\\x7f\xff", b"'"]:
    print(repr(bytearray(value)), str(bytearray(value)))
print(bytearray(b"hi"))
print([bytearray(b"x"), bytearray()])
print("%s|%r" % (bytearray(b"q"), bytearray(b"q")))
print(f"{bytearray(b'f')}")

# len, truthiness, type
ba = bytearray(b"hello")
print(len(ba), bool(ba), bool(bytearray()), type(ba).__name__, type(ba) is bytearray)
print(isinstance(ba, bytearray), isinstance(ba, bytes), isinstance(b"x", bytearray))
print(bytearray.__name__, bytearray.__qualname__, bytearray.__module__)
print(type(iter(ba)).__name__)

# indexing
show("ba[0]", lambda: ba[0])
show("ba[-1]", lambda: ba[-1])
show("ba[True]", lambda: ba[True])
show("ba[5]", lambda: ba[5])
show("ba[-6]", lambda: ba[-6])
show("ba['x']", lambda: ba["x"])
show("ba[1.0]", lambda: ba[1.0])
show("ba[Idx()]", lambda: ba[Idx()])

# slicing
show("ba[1:3]", lambda: ba[1:3])
show("ba[::-1]", lambda: ba[::-1])
show("ba[::2]", lambda: ba[::2])
show("ba[10:]", lambda: ba[10:])
show("ba[-3:]", lambda: ba[-3:])
show("ba[:]", lambda: ba[:])
print(ba[:] is ba, ba[:] == ba)

# comparisons
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"abc") == bytearray(b"abc"))
print(bytearray(b"abc") != b"abd", bytearray(b"abc") < b"abd", b"abc" < bytearray(b"abd"), bytearray(b"b") > bytearray(b"abc"))
print(bytearray(b"ab") <= b"ab", bytearray(b"ab") >= b"abc", bytearray() < b"\x00")
print(bytearray(b"abc") == "abc", bytearray(b"1") == 1, bytearray() == [], bytearray(b"a") in [b"a"], b"a" in [bytearray(b"a")])
show("lt str", lambda: bytearray(b"ab") < "b")
show("gt int", lambda: bytearray(b"ab") > 1)

# hashing
show("hash", lambda: hash(bytearray(b"x")))
show("dict key", lambda: {bytearray(b"x"): 1})
show("set item", lambda: {bytearray(b"x")})
show("frozenset", lambda: frozenset([bytearray(b"x")]))
print(bytearray.__hash__)

# + and *
show("ba + b", lambda: bytearray(b"ab") + b"cd")
show("b + ba", lambda: b"ab" + bytearray(b"cd"))
show("ba + ba", lambda: bytearray(b"ab") + bytearray(b"cd"))
show("ba + str", lambda: bytearray(b"ab") + "c")
show("str + ba", lambda: "ab" + bytearray(b"c"))
show("ba + list", lambda: bytearray(b"ab") + [1])
show("ba * 3", lambda: bytearray(b"ab") * 3)
show("3 * ba", lambda: 3 * bytearray(b"ab"))
show("ba * 0", lambda: bytearray(b"ab") * 0)
show("ba * -1", lambda: bytearray(b"ab") * -1)
show("ba * str", lambda: bytearray(b"ab") * "a")
show("ba * idx", lambda: bytearray(b"ab") * Idx())
a = bytearray(b"x")
b = a + b""
print(a is b, a == b)

# += and *= are in place
a = bytearray(b"ab")
alias = a
a += b"cd"
a += bytearray(b"ef")
try:
    a += a
except BufferError as e:
    print("BufferError", e)
a.extend(a)
print(a, alias is a)
a *= 2
print(a, alias is a, len(a))
a *= 0
print(a, alias is a)
try:
    a += "x"
except TypeError as e:
    print("TypeError", e)
try:
    a += [1, 2]
except TypeError as e:
    print("TypeError", e)
bb = b"ab"
bb += bytearray(b"c")
print(repr(bb))

# in
ba = bytearray(b"hello")
print(104 in ba, 0 in ba, b"ell" in ba, bytearray(b"lo") in ba, b"" in ba, b"xyz" in ba)
print(b"e" in ba, bytearray(b"ll") in b"hello", 108 in b"hello")
show("300 in", lambda: 300 in ba)
show("-1 in", lambda: -1 in ba)
show("str in", lambda: "h" in ba)
show("float in", lambda: 1.0 in ba)
show("Idx in", lambda: Idx() in bytearray(b"\x03"))

# iteration
print(list(bytearray(b"abc")), [x for x in bytearray(b"\x00\xff")], sum(bytearray(b"\x01\x02\x03")))
it = iter(bytearray(b"ab"))
print(next(it), next(it), next(it, "done"))
grow = bytearray(b"ab")
seen = []
for x in grow:
    seen.append(x)
    if len(grow) < 4:
        grow.append(x + 1)
print(seen, grow)
print(sorted(bytearray(b"cab")), max(bytearray(b"cab")), list(reversed(bytearray(b"abc"))))
print(tuple(enumerate(bytearray(b"hi"))))

# bytes(bytearray) and friends
print(repr(bytes(bytearray(b"copy"))), repr(bytes(bytearray())))
print(repr(b"".join([bytearray(b"a"), b"b", bytearray(b"c")])), repr(b"-".join([bytearray(b"x")])))
print(repr(bytearray(b", ").join([b"a", bytearray(b"b")])))
print(str(bytearray(b"h\xc3\xa9"), "utf-8"), str(bytearray(b"abc"), encoding="ascii"), bytearray(b"h\xc3\xa9").decode())
print(list(map(int, bytearray(b"09"))), int.from_bytes(bytearray(b"\x01\x00"), "big"), int.from_bytes(bytearray(b"\x01\x00"), "little"))
print(ord(bytearray(b"A")), ord(b"B"))
show("ord 2", lambda: ord(bytearray(b"AB")))
print(bytes(bytearray(b"xy")) == bytearray(b"xy"), b"xy".startswith(bytearray(b"x")), b"xy".find(bytearray(b"y")))
print(repr(b"abc".replace(bytearray(b"b"), bytearray(b"B"))), repr(b"a b".split(bytearray(b" "))))
show("str(ba, bad)", lambda: str(bytearray(b"\xff"), "utf-8"))
show("str(list, enc)", lambda: str([1], "utf-8"))

# match statements: a bytearray is not a sequence pattern, and bytearray(x) matches itself
for subject in [bytearray(b"ab"), b"ab", [97, 98]]:
    match subject:
        case [a, b]:
            print("sequence", a, b)
        case bytearray(x):
            print("bytearray", x)
        case _:
            print("other", subject)
