# io.FileIO over descriptors, openers and its attributes (from test_fileio).
import io, os

P = f"io_fileio_{os.getpid()}.tmp"


def err(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


with io.FileIO(P, "w") as f:
    print(f.write(b"0123456789"), f.closefd, f.mode, f.name == P, isinstance(f.fileno(), int), f.isatty())
    print(f.truncate(5), f.tell(), f.seek(0, 2), f.seek(-2, 1), f.seek(0))
f = io.FileIO(P, "r")
fd = f.fileno()
g = io.FileIO(fd, "r", closefd=False)
print(g.name == fd, g.closefd, g.read(2), f.read(2), g.read())
print(repr(g) == f"<_io.FileIO name={fd} mode='rb' closefd=False>")
g.close()
print(g.closed, f.closed, f.seek(0), f.read())
f.close()
err(f.fileno)
err(f.readable)
err(f.seekable)
err(f.read)
err(f.readinto, bytearray(1))
err(f.seek, 0)
print(f.close(), repr(f))

calls = []


def opener(path, flags):
    calls.append((path == P, flags))
    return -1


for mode in ["r", "w", "a", "r+", "x"]:
    err(io.FileIO, P, mode, opener=opener)
print(calls)
err(io.FileIO, P, opener=lambda p, fl: -1)
err(io.FileIO, P, opener=lambda p, fl: "x")

with open(P, "wb", buffering=0) as f:
    print(type(f).__name__, f.write(b"unbuffered"))
with open(P, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(), f.read())
with open(P, "ab", buffering=0) as f:
    print(f.mode, f.tell(), f.write(b"!"))
with open(P, "rb", buffering=2) as f:
    print(f.read(4), f.peek()[:2], f.tell())
with open(P, "w+b") as f:
    print(f.readable(), f.writable(), f.seekable(), f.raw.mode)
with open(P, "xb" if False else "r+b") as f:
    print(f.raw.mode, type(f).__name__)
os.remove(P)
with open(P, "xb") as f:
    print(f.mode, f.raw.mode, type(f).__name__)
with open(P, "x+b" if False else "rb+") as f:
    print(f.mode)
print(io.FileIO.__name__, io.FileIO.__module__, isinstance(io.FileIO(P), io.RawIOBase))
os.remove(P)
