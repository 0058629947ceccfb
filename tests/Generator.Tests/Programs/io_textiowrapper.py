# io.TextIOWrapper over files and BytesIO, IncrementalNewlineDecoder, the ABCs (from test_io).
import io, os

P = f"io_text_{os.getpid()}.tmp"


def err(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


with open(P, "w", encoding="utf-8") as f:
    print(f.encoding, f.errors, f.line_buffering, f.newlines, type(f.buffer).__name__, f.mode)
    print(f.write("héllo\nwörld\n"), f.write("x\ry\r\nz"), f.tell())
    err(f.read)
with open(P, "rb") as f:
    print(f.read())
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(P, encoding="utf-8", newline=nl) as f:
        print(repr(nl), f.readlines(), repr(f.newlines))
with open(P, encoding="utf-8") as f:
    print(f.read(3), f.tell(), f.readline(), f.tell(), f.read(), f.tell(), f.read())
    print(f.seek(0), f.readline(), f.readline(2), f.readline())
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(pos, f.read() == rest)
    print(f.seek(0, 2), f.read())
    err(f.seek, 1, 1)
    err(f.seek, 1, 2)
    err(f.seek, 0, 3)
    err(f.seek, -1)
    f.seek(0)
    for line in f:
        err(f.tell)
        break
with open(P, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(P, "rb") as f:
    print(f.read())
with open(P, "w", encoding="utf-8-sig") as f:
    f.write("bom")
with open(P, "rb") as f:
    print(f.read())
with open(P, encoding="utf-8-sig") as f:
    print(f.read())
with open(P, "w", encoding="utf-16") as f:
    f.write("sixteen\n")
with open(P, "rb") as f:
    print(f.read())
with open(P, encoding="utf-16") as f:
    print(f.read())
with open(P, "wb") as f:
    f.write(b"ok\xff\n")
with open(P, encoding="utf-8") as f:
    err(f.read)
with open(P, encoding="utf-8", errors="replace") as f:
    print(ascii(f.read()))
with open(P, encoding="ascii", errors="ignore") as f:
    print(f.read())
with open(P, "w", encoding="ascii") as f:
    err(f.write, "é")
with open(P, "w", encoding="ascii", errors="replace") as f:
    f.write("aé")
with open(P) as f:
    print(f.read())
err(open, P, encoding="no-such-codec")

# r+ and a modes
with open(P, "w+") as f:
    print(f.mode, type(f.buffer).__name__, f.write("12345\n"), f.seek(0), f.read(), f.tell())
with open(P, "a") as f:
    print(f.tell(), f.write("tail"))
with open(P) as f:
    print(f.read())

# TextIOWrapper over BytesIO
b = io.BytesIO(b"AAA\r\nBBB\rCCC\nDDD")
t = io.TextIOWrapper(b, encoding="ascii")
print(t.encoding, repr(t), t.buffer is b, t.readlines(), t.newlines)
t = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo"), newline="")
print(list(t))
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", newline="\r", line_buffering=True)
t.write("a\nb")
print(b.getvalue(), t.line_buffering)
t.reconfigure(line_buffering=False, newline="\n")
t.write("c\nd")
print(b.getvalue())
t.flush()
print(b.getvalue())
raw = t.detach()
print(raw is b)
err(t.write, "x")
err(t.read)
err(repr, t)
t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="utf-8")
print(t.read(1))
err(t.reconfigure, encoding="ascii")
t.close()
print(t.closed)
for name in ["read", "readline", "write", "flush", "seek", "tell", "truncate", "__next__", "readlines", "__enter__"]:
    print(name, end=": ")
    err(getattr(t, name), *((0,) if name == "seek" else ("x",) if name == "write" else ()))
err(io.TextIOWrapper, io.BytesIO(), newline="x")
t = io.TextIOWrapper(io.BytesIO(b"12"), encoding="utf-8")
print(t.readable(), t.writable(), t.seekable(), t.read(), t.tell())

# IncrementalNewlineDecoder
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), d.getstate(), repr(d.decode("", final=True)), d.newlines)
d.reset()
print(d.newlines, d.getstate())
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("x\r\ny\rz\n")), d.newlines)
d.setstate((b"", 1))
print(repr(d.decode("\n")), d.getstate())

# The ABCs: subclasses written in Python get the mixin methods.
class Lines(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + len(b)]
        b[:len(chunk)] = chunk
        self.pos += len(chunk)
        return len(chunk)


r = Lines(b"first\nsecond\nthird")
print(r.readline(), r.read(3), r.readlines(), r.read())
r = Lines(b"x\ny\n")
print(list(r), r.closed)
with Lines(b"q") as r:
    print(r.read(), r.readable(), r.writable(), r.seekable(), r.isatty())
print(r.closed)
err(r.read)
err(r.__iter__)
err(r.flush)
print(r.close())
br = io.BufferedReader(Lines(b"buffered\nlines\n"))
print(br.readline(), br.read())
err(io.RawIOBase().read, 3)
err(io.RawIOBase().write, b"")
err(io.BufferedIOBase().read)
err(io.BufferedIOBase().write, b"")
err(io.BufferedIOBase().detach)
err(io.TextIOBase().read)
err(io.TextIOBase().readline)
err(io.IOBase().seek, 0)
err(io.IOBase().tell)
err(io.IOBase().fileno)
err(io.IOBase().truncate)
print(io.TextIOBase().encoding, io.TextIOBase().newlines, io.TextIOBase().errors)


class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)


u = Upper()
u.writelines(["ab", "cd"])
print(u.parts, isinstance(u, io.IOBase), isinstance(u, io.RawIOBase))
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.StringIO, io.IOBase))
print(issubclass(io.BufferedRandom, io.BufferedIOBase), issubclass(io.BufferedRWPair, io.BufferedIOBase))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.TextIOBase))
os.remove(P)
t = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="utf-8", errors="bogus")
print(t.errors)
err(t.read)
err(t.write, "x")
t = io.TextIOWrapper(io.BytesIO(b"\xff"), encoding="utf-8", errors="bogus")
err(t.read)
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="bogus")
err(t.write, "\xe9")
