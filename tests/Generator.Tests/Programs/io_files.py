# open() and the stack it makes (FileIO, BufferedReader/Writer/Random, TextIOWrapper), from test_io and test_fileio.
import io, os

P = f"io_files_{os.getpid()}.tmp"


def err(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


with open(P, "wb") as f:
    print(type(f).__name__, f.mode, f.name == P, type(f.raw).__name__, f.raw.mode, f.raw.closefd)
    print(f.write(b"abc\ndef\n"), f.write(bytearray(b"ghi")), f.tell())
    print(f.readable(), f.writable(), f.seekable(), f.isatty())
    err(f.read)
print(f.closed, f.raw.closed)
err(f.write, b"x")
with open(P, "rb") as f:
    print(type(f).__name__, f.mode)
    print(f.peek(2)[:2], f.read(2), f.read1(3), f.tell())
    print(f.readline(), f.readline(), f.readline(), f.tell())
    print(f.seek(0), f.readlines())
    print(f.seek(-3, 2), f.read(), f.seek(1), f.seek(2, 1), f.read(2))
    b = bytearray(4)
    f.seek(0)
    print(f.readinto(b), b, f.readinto1(b), b)
    err(f.write, b"x")
    err(f.truncate)
    err(f.seek, 0, 3)
    f.seek(0)
    print([line for line in f])
    print(isinstance(f, io.BufferedIOBase), isinstance(f.raw, io.RawIOBase), isinstance(f, io.IOBase))
for name in ["read", "read1", "peek", "readline", "seek", "tell", "truncate", "readable", "fileno", "__next__", "readlines", "__enter__"]:
    print(name, end=": ")
    err(getattr(f, name), *((0,) if name == "seek" else ()))
print(repr(f.raw))

with open(P, "r+b") as f:
    print(type(f).__name__, f.mode, f.read(3))
    f.write(b"XY")
    print(f.tell(), f.read(2))
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
with open(P, "ab") as f:
    print(f.mode, f.tell(), f.write(b"++"), f.tell())
with open(P, "a+b") as f:
    print(f.mode, f.tell())
    f.seek(0)
    print(f.read())
with open(P, "w+b") as f:
    print(f.mode, f.read(), f.write(b"new"), f.seek(0), f.read())

# FileIO directly
r = io.FileIO(P, "w")
print(r.mode, r.write(b"raw data\nline2\n"), r.tell(), r.seekable(), r.readable(), r.writable())
err(r.read)
r.close()
print(repr(r), r.closed)
err(r.write, b"x")
err(r.tell)
r = io.FileIO(P)
print(r.read(3), r.readall(), r.read(), r.seek(0), r.readline(), r.readlines())
b = bytearray(5)
r.seek(0)
print(r.readinto(b), b)
r.close()
with io.FileIO(P, "r+") as r:
    print(r.mode, r.read(3), r.write(b"-"), r.seek(0), r.read())
err(io.FileIO, P, "rw")
err(io.FileIO, P, "q")
err(io.FileIO, P, "")
err(io.FileIO, -1)
try:
    io.FileIO(P + ".missing")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == P + ".missing")
err(io.FileIO, ".")
err(io.FileIO, P, "r", False)

# BufferedReader/Writer over a raw stream
raw = io.FileIO(P, "w")
w = io.BufferedWriter(raw, 4)
print(w.write(b"ab"), w.write(b"cdefgh"), w.tell())
w.flush()
print(w.raw is raw, repr(w) == f"<_io.BufferedWriter name={P!r}>")
w.close()
rd = io.BufferedReader(io.FileIO(P), buffer_size=3)
print(rd.read(1), rd.peek(1)[:1], rd.read(), rd.read())
rd.close()
err(io.BufferedReader, io.FileIO(P, "w"))
err(io.BufferedWriter, io.FileIO(P))
err(io.BufferedReader, io.FileIO(P), 0)
d = io.BufferedReader(io.FileIO(P))
raw = d.detach()
print(type(raw).__name__, raw.closed, repr(d))
err(d.read)
raw.close()
b = io.BytesIO(b"pair data")
out = io.BytesIO()
pair = io.BufferedRWPair(b, out)
print(pair.read(4), pair.write(b"written"), pair.readable(), pair.writable(), pair.seekable())
pair.flush()
print(out.getvalue())

# open()'s errors
err(open, P, "rw")
err(open, P, "rbt")
err(open, P, "z")
err(open, P, "rb", encoding="utf-8")
err(open, P, "rb", errors="strict")
err(open, P, "rb", newline="")
err(open, P, "r", newline="x")
err(open, P, "r", buffering=0)
err(open, 3.5)
try:
    open(P + ".missing")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == P + ".missing")
try:
    open(P, "x")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
f = open(P, "rb", buffering=0)
print(type(f).__name__, f.read(3))
f.close()
print(io.open is open, io.open_code(P).read(), io.text_encoding(None), io.text_encoding("utf-8"))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError), io.BlockingIOError is BlockingIOError)
os.remove(P)
