import io
from io import StringIO

s = StringIO()
print(s.write("hello\n"), s.write("wörld 😀\n"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(30)
s.write("!")
print(repr(s.getvalue()), len(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
t = StringIO("a\nb\r\nc\rd")
print(list(t), t.tell())
t.seek(0)
print(t.readlines())
for nl in (None, "", "\n", "\r", "\r\n"):
    u = StringIO(newline=nl)
    u.write("x\ny\r\nz\rw")
    u.seek(0)
    print(repr(nl), repr(u.getvalue()), u.readlines())
v = StringIO("one\ntwo\nthree\n")
print(v.readline(2), repr(v.readline()), repr(v.readline(-1)), v.readlines(1))
print("a", "b", sep="-", end="|\n", file=s)
print(repr(s.getvalue()))
with StringIO("ctx") as w:
    print(w.read(), w.closed)
print(w.closed)
for bad in (lambda: w.read(), lambda: w.getvalue(), lambda: StringIO().seek(-1), lambda: StringIO().seek(1, 1),
            lambda: StringIO(5), lambda: StringIO().write(b"x"), lambda: StringIO(newline="x"), lambda: StringIO().fileno()):
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(isinstance(io.UnsupportedOperation("x"), OSError), io.SEEK_END, StringIO().seekable(), StringIO().isatty())
z = StringIO()
z.writelines(["a", "b", "c"])
print(z.getvalue(), z.seek(0, 2), z.seek(0, 1))
