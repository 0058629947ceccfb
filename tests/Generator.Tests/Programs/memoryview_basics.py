# memoryview over bytes and bytearray (cases after CPython's test_memoryview.py and test_buffer.py): construction,
# attributes, items and slices, writes through to a bytearray, casts, comparisons, hashing, release, and the exports
# that stop a bytearray from being resized.
import struct


def attrs(m):
    return (m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes,
            m.c_contiguous, m.f_contiguous, m.contiguous, m.suboffsets)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


b = b"abcdefgh"
m = memoryview(b)
print(type(m).__name__, len(m), attrs(m), m.obj is b)
print(m[0], m[-1], m[2:5].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[5:2:-1].tobytes())
print(attrs(m[::2]), attrs(m[::-3]), attrs(m[3:3]))
print(m.tolist(), m[1:4].tolist(), list(m[::3]), bytes(m[2:4]), bytearray(m[:2]))
print(m.hex(), m.hex(":"), m.hex("-", 3), m.hex(b" ", -3), m[::2].hex())
print(m == b, m == b"abc", m[:3] == b"abc", m[::2] == b"aceg", m == bytearray(b), m != b, m == "abcdefgh")
print(hash(m) == hash(b), hash(m[::2]) == hash(b"aceg"))
print(b"-".join([m[:2], m[6:]]), b"xy" + m[:2], struct.unpack_from("<H", m, 2))
print(ord("c") in m, 200 in m)
for v in m[:3]:
    print(v, end=" ")
print()
show("index", lambda: m[8])
show("index", lambda: m[-9])
show("key", lambda: m[1.5])
show("key", lambda: m["a"])
show("setitem", lambda: m.__setitem__(0, 1))
show("delitem", lambda: m.__delitem__(0))
show("ctor", lambda: memoryview("abc"))
show("ctor", lambda: memoryview(5))
show("ctor", lambda: memoryview())
show("hash", lambda: hash(memoryview(bytearray(b"x"))))
show("lt", lambda: m < m)
show("add", lambda: m + m)
show("multidim", lambda: m[0, 1])
show("ellipsis", lambda: m[...].tobytes())

# A bytearray's view writes through, and sees later writes.
ba = bytearray(b"hello world")
v = memoryview(ba)
print(attrs(v))
v[0] = ord("H")
v[6:11] = b"WORLD"
v[1:5:2] = b"EL"
print(ba, v.tobytes())
ba[0] = ord("J")
print(v[0], bytes(v[:5]))
show("set", lambda: v.__setitem__(0, 256))
show("set", lambda: v.__setitem__(0, -1))
show("set", lambda: v.__setitem__(0, b"a"))
show("set", lambda: v.__setitem__(slice(0, 2), b"abc"))
show("set", lambda: v.__setitem__(slice(0, 2), "ab"))
show("set", lambda: v.__setitem__(20, 1))
v[2:4] = memoryview(b"zz")
v[:] = v[::-1].tobytes()
print(ba)

v.release()

# A view held by a with statement stops the bytearray from changing size (in PyAot only that hold counts: see
# docs/stdlib.md).
with memoryview(ba) as held:
    show("append", lambda: ba.append(1))
    show("extend", lambda: ba.extend(b"xy"))
    show("pop", lambda: ba.pop())
    show("del", lambda: ba.__delitem__(0))
    show("slice", lambda: ba.__setitem__(slice(0, 2), b"abc"))
    show("iadd", lambda: ba.__iadd__(b"!"))
    show("clear", lambda: ba.clear())
    show("init", lambda: ba.__init__(b"x"))
    ba[0:2] = b"AB"  # same size: allowed
    ba.extend(b"")
    print(ba, held[:2].tobytes())
ba.append(33)
print(ba)
show("released", lambda: v[0])
show("released", lambda: len(v))
show("released", lambda: v.tobytes())
show("released", lambda: v.format)
print(v == v, v == b"", v != v)

# The with statement releases.
with memoryview(ba) as w:
    print(w[:3].tobytes())
show("after with", lambda: w[0])
ba.extend(b"??")
print(ba)

# Casts.
raw = bytearray(struct.pack("<4i", 1, -2, 3, 70000))
mi = memoryview(raw).cast("i")
print(attrs(mi), mi.tolist(), mi[1], mi[-1])
mi[0] = 42
print(struct.unpack("<4i", raw))
show("set", lambda: mi.__setitem__(0, 2 ** 31))
show("set", lambda: mi.__setitem__(0, 1.5))
m2 = mi.cast("B", [16]) if False else memoryview(raw).cast("B")
print(len(m2), m2[:4].tolist())
grid = memoryview(raw).cast("B", [2, 8])
print(attrs(grid), grid.tolist())
show("grid[0]", lambda: grid[0])
show("grid[0,1]", lambda: grid[0, 1])
print(memoryview(b"\x00\x00\x80?\x00\x00\x00@").cast("f").tolist())
print(memoryview(struct.pack("<d", 2.5)).cast("d")[0])
print(memoryview(b"ab").cast("c").tolist(), memoryview(b"ab").cast("c")[0])
print(memoryview(b"\x00\x01\x02").cast("?").tolist())
print(memoryview(b"\xff\x7f\x80").cast("b").tolist())
print(memoryview(struct.pack("<3H", 1, 2, 65535)).cast("H").tolist())
print(memoryview(struct.pack("<2q", -1, 2 ** 62)).cast("q").tolist(), memoryview(struct.pack("<Q", 2 ** 64 - 1)).cast("Q").tolist())
print(memoryview(struct.pack("2l", -5, 5)).cast("l").tolist(), memoryview(struct.pack("2L", 5, 6)).cast("L").tolist())
print(memoryview(struct.pack("2n", -5, 5)).cast("n").tolist(), memoryview(struct.pack("2N", 5, 6)).cast("N").tolist())
print(memoryview(b"\x00<").cast("e").tolist())
show("cast", lambda: memoryview(b"abc").cast("i"))
show("cast", lambda: memoryview(b"abcd").cast("x"))
show("cast", lambda: memoryview(b"abcd").cast("i").cast("h"))
show("cast", lambda: memoryview(b"abcd").cast("B", [3]))
show("cast", lambda: memoryview(b"abcd")[::2].cast("B"))
show("cast", lambda: memoryview(b"abcd").cast(1))
print(memoryview(b"abcd").cast("@B").format, memoryview(b"abcdefgh").cast("i").cast("B").tolist())
print(memoryview(b"abcd").cast("i") == memoryview(b"abcd").cast("i"), memoryview(b"abcd").cast("i") == b"abcd")
print(memoryview(b"\x01\x00\x00\x00").cast("i") == memoryview(b"\x01\x00").cast("h")[:1])
print(memoryview(b"\x01\x00").cast("h") == memoryview(b"\x01\x00").cast("h"))
show("hash", lambda: hash(memoryview(b"abcd").cast("i")))
print(hash(memoryview(b"ab").cast("c")) == hash(b"ab"), hash(memoryview(b"ab").cast("b")) == hash(b"ab"))
fl = memoryview(struct.pack("<2d", float("nan"), 1.0)).cast("d")
print(fl == fl, fl.tolist()[1])

# Read-only views, views of views, obj.
ro = memoryview(ba).toreadonly()
print(ro.readonly, ro.obj is ba, memoryview(ro).readonly, memoryview(m[2:]).tobytes(), memoryview(m[2:]).obj is b)
show("ro", lambda: ro.__setitem__(0, 1))
ro.release()
print(repr(m).startswith("<memory at 0x"), repr(v).startswith("<released memory at 0x"))
print(bytes(memoryview(b"")), memoryview(b"").tolist(), memoryview(b"").hex(), len(memoryview(bytearray())))
print(memoryview(b"xyz").tobytes("C"), memoryview(b"xyz").tobytes("F"), memoryview(b"xyz").tobytes(None))
show("tobytes", lambda: memoryview(b"xyz").tobytes("Z"))
print(isinstance(m, memoryview), memoryview.__name__)
