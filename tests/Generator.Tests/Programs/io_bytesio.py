# io.BytesIO, ported from CPython's test_memoryio (MemoryTestMixin, BytesIOMixin).
import io


def err(f, *args):
    try:
        r = f(*args)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


buf = b"1234567890"
memio = io.BytesIO(buf)
print(memio.getvalue(), memio.tell())
print(memio.read(), memio.read(), memio.tell())
memio.seek(0)
print(memio.read(5), memio.read(2), memio.read(None), memio.read(10), memio.read(-1))
memio.seek(100)
print(memio.read(), memio.tell())
err(memio.read, "")
memio.seek(len(buf) + 1)
print(memio.read())

# write
memio = io.BytesIO(buf)
print(memio.write(b"blah."), memio.getvalue())
print(memio.seek(3), memio.write(b"XYZ"), memio.getvalue())
memio.seek(15)
print(memio.write(b"!"), memio.getvalue())
print(memio.write(bytearray(b"ba")), memio.getvalue())
err(memio.write, "str")
err(memio.write, None)
memio = io.BytesIO()
memio.writelines([b"a", b"b", b"c"])
print(memio.getvalue())
err(memio.writelines, [b"x", 1])
print(memio.writelines([]))

# truncate
memio = io.BytesIO(buf)
err(memio.truncate, -1)
err(memio.truncate, "0")
memio.seek(6)
print(memio.truncate(), memio.getvalue())
print(memio.truncate(4), memio.getvalue(), memio.tell())
memio.write(b"!")
print(memio.getvalue())
print(memio.truncate(100), memio.getvalue())

# seek / tell
memio = io.BytesIO(buf)
err(memio.seek, -1)
err(memio.seek, 1, -1)
err(memio.seek, 1, 3)
err(memio.seek, 1.5)
print(memio.seek(0), memio.read(), memio.seek(3), memio.read())
print(memio.seek(0, 1), memio.seek(-2, 2), memio.read())
print(memio.seek(-100, 1), memio.tell())
print(memio.seek(len(buf) + 5), memio.tell(), memio.read())

# readline(s)
memio = io.BytesIO(b"1234567890\n" * 2 + b"abc")
print(memio.readline(0), memio.readline(), memio.readline(5), memio.readline(), memio.readline(-1), memio.readline(), memio.readline())
memio.seek(0)
print(memio.readline(None))
err(memio.readline, "")
memio = io.BytesIO(b"a\nbb\nccc\ndddd")
print(memio.readlines())
memio.seek(0)
print(memio.readlines(4), memio.readlines(0))
memio.seek(0)
print(memio.readlines(None))
err(memio.readlines, "")
memio = io.BytesIO(b"1\n22\n")
print(list(memio), list(memio))
memio = io.BytesIO(b"x\ny")
print([line for line in memio])
print(next(iter(io.BytesIO(b"q\n"))))

# read1 / readinto
memio = io.BytesIO(b"abcdef")
print(memio.read1(2), memio.read1(), memio.read1(5))
memio.seek(0)
b = bytearray(b"hello")
print(memio.readinto(b), b)
b = bytearray(10)
print(memio.readinto(b), b)
print(memio.readinto(bytearray()), memio.readinto(bytearray(3)))
err(memio.readinto, b"immutable")
err(memio.readinto, "str")

# flags
memio = io.BytesIO()
print(memio.readable(), memio.writable(), memio.seekable(), memio.isatty(), memio.closed)
err(memio.fileno)
err(memio.detach)
print(memio.flush())
memio.close()
print(memio.closed)
for name, args in [("read", ()), ("read1", ()), ("readline", ()), ("readlines", ()), ("write", (b"x",)),
                   ("writelines", ([],)), ("seek", (0,)), ("tell", ()), ("truncate", ()), ("getvalue", ()),
                   ("flush", ()), ("isatty", ()), ("readable", ()), ("writable", ()), ("seekable", ()),
                   ("readinto", (bytearray(1),))]:
    print(name, end=": ")
    err(getattr(memio, name), *args)
print(memio.close(), memio.closed)
err(next, memio)

# constructor and context manager
print(io.BytesIO().getvalue(), io.BytesIO(None).getvalue(), io.BytesIO(initial_bytes=b"k").getvalue())
print(io.BytesIO(bytearray(b"ba")).getvalue())
err(io.BytesIO, "text")
err(io.BytesIO, b"a", b"b")
with io.BytesIO(b"ctx") as m:
    print(m.read(), m.closed)
print(m.closed)
err(m.__enter__)
a = bytearray(b"abc")
m = io.BytesIO(a)
a[0] = 120
print(m.getvalue())
v = io.BytesIO(b"abc")
v.write(b"Z")
print(v.getvalue(), type(v.getvalue()).__name__)
print(io.BytesIO(b"xy").__getstate__())
print(type(io.BytesIO()), io.BytesIO.__name__, io.BytesIO.__module__)
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.RawIOBase), isinstance(io.BytesIO(), io.IOBase))
print(issubclass(io.BytesIO, io.BufferedIOBase), issubclass(io.BytesIO, io.TextIOBase))
m = io.BytesIO(b"a")
m.close()
it = iter(m)
print(it is m)
err(next, it)
