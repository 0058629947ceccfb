# open(): text and binary files, read and write, newlines, errors and reprs as CPython 3.12 has them.
base = "files_open.tmp"  # (in the directory the program runs in)

with open(base, "w") as f:
    print(f.name == base, f.mode, f.encoding, f.closed, f.writable(), f.readable())
    print(f.write("first line\nsecond\r\nthird\rfourth"), f.write(""))
    f.writelines(["\nfifth", "\n"])
print(f.closed)

with open(base) as f:
    print(repr(f.read()))
with open(base, newline="") as f:
    print(f.readlines())
with open(base, "rt") as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print([line for line in f])
    print(repr(f.read()), repr(f.readline()))
    f.seek(0)
    print(repr(f.read(5)))
with open(base, newline="\n") as f:
    print(f.readlines())
with open(base, newline="\r") as f:
    print(f.readlines())

with open(base, "a") as f:
    f.write("appended\n")
with open(base) as f:
    lines = f.readlines()
    print(len(lines), lines[-1])

with open(base, "wb") as f:
    print(f.mode, f.write(b"abc\ndef\r\nghi"), f.seekable())
with open(base, "br") as f:
    print(f.mode, f.read(2), f.readline(), f.tell(), f.readlines())
    f.seek(1)
    print(f.read(), f.read())
    f.seek(-3, 2)
    print(f.read())
with open(base, "rb") as f:
    print(list(f))

with open(base, "w", encoding="utf-8") as f:
    f.write("h\u00e9llo \u20ac\n")
with open(base, encoding="latin-1") as f:
    print(f.encoding, repr(f.read()))
with open(base, "rb") as f:
    print(f.read())
with open(base, "w", encoding="ascii") as f:
    try:
        f.write("caf\u00e9")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)

f = open(base)
f.close()
f.close()
for op in (f.read, f.readline, f.readlines):
    try:
        op()
    except ValueError as e:
        print(op.__name__, e)
try:
    iter(f)
except ValueError as e:
    print(e)
f = open(base, "rb")
f.close()
try:
    f.read()
except ValueError as e:
    print(e)

f = open(base)
try:
    f.write("x")
except OSError as e:
    print(type(e).__name__, isinstance(e, ValueError), e)
f.close()
f = open(base, "w")
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    f.write(b"x")
except TypeError as e:
    print(e)
f.close()
f = open(base, "wb")
try:
    f.write("s")
except TypeError as e:
    print(e)
f.close()

for args, kwargs in [((base, "rz"), {}), ((base, "rw"), {}), ((base, "rbt"), {}), ((base, "rb"), {"encoding": "utf-8"}),
                     ((base,), {"newline": "x"}), ((base,), {"encoding": "nope"}), ((base,), {"foo": 1}), ((3.5,), {}),
                     ((base + ".missing",), {}), ((base + "/inner",), {}), ((base, "x"), {})]:
    try:
        open(*args, **kwargs)
    except (ValueError, LookupError, TypeError, OSError) as e:
        print(type(e).__name__, str(e).replace(base, "<tmp>"), getattr(e, "errno", None))

e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e, e.args, e.errno, e.strerror, e.filename, e.filename2)
e = OSError(17, "exists")
print(type(e).__name__, e, e.filename)
e = OSError("plain")
print(type(e).__name__, e, e.errno)
e = FileNotFoundError(2, "msg", "a", None, "b")
print(e)
with open(base, "x" if False else "w") as f:
    pass
print(repr(open(base)).replace(base, "<tmp>"), repr(open(base, "rb")).replace(base, "<tmp>"), repr(open(base, "ab")).replace(base, "<tmp>"))
