# Subclassing bytearray, and bytearray where the runtime takes a bytes-like object (re, hashlib-like, array, io).
import array
import re


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Buf(bytearray):
    def total(self):
        return sum(self)


class Logged(bytearray):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = ["init"]

    def append(self, x):
        self.log.append(x)
        super().append(x)

    def __repr__(self):
        return "Logged(" + bytes(self).decode("latin-1") + ")"


b = Buf(b"abc")
print(b, len(b), b.total(), type(b).__name__, isinstance(b, bytearray), isinstance(b, bytes))
print(type(b).__mro__ == (Buf, bytearray, object), Buf.__bases__[0] is bytearray)
b.append(100)
b += b"e"
b[0] = 65
print(b, type(b).__name__, b == b"Abcde", b"Abcde" == b, b[1:3], type(b[1:3]).__name__)
print(b.upper(), type(b.upper()).__name__, b + b"!", type(b + b"!").__name__)
print(Buf(), Buf(3), Buf([1, 2]), Buf("x", "ascii"))
show("Buf bad", lambda: Buf("x"))
show("Buf hash", lambda: hash(Buf(b"x")))
print(bytes(b), bytearray(b), b"-".join([b, Buf(b"z")]), list(b))
b.x = 5
print(b.x)

l = Logged(b"hi")
l.append(33)
l.extend(b"?")
print(l, l.log, len(l), bytearray(l))
print(str(l), [l])

# bytearray.__init__ and __new__ directly
raw = bytearray(b"xyz")
bytearray.__init__(raw, b"new")
print(raw)
print(bytearray.__new__(bytearray), type(bytearray.__new__(Buf)).__name__)
print(bytearray.append, bytearray.__len__(raw), bytearray.__getitem__(raw, 0), bytearray.__contains__(raw, 110))

# regular expressions over a bytearray: groups are bytes
m = re.match(rb"a(b)", bytearray(b"abc"))
print(m.group(1), type(m.group(1)).__name__, m.span(), type(m.string).__name__)
print(re.findall(rb"\d+", bytearray(b"a1b22c333")), re.sub(rb"\d", b"#", bytearray(b"a1b2")))
print(re.split(rb",", Buf(b"x,y")), re.search(b"z", bytearray(b"abc")))
show("str pattern", lambda: re.match("a", bytearray(b"a")))
m = re.search(rb"l+", bytearray(b"hello"))
print(m.group(), m.start(), m.end())

# other bytes-like consumers
print(int.from_bytes(bytearray(b"\x00\x10"), "big"), int.from_bytes(Buf(b"\x01"), "little"))
a = array.array("B", bytearray(b"\x01\x02"))
a.frombytes(bytearray(b"\x03"))
print(a, a.tobytes())
print(bytearray(a.tobytes()))
print(bytearray(b"caf\xc3\xa9").decode("utf-8"), str(Buf(b"ok"), "ascii"))

# the ABCs and json know bytearray
import collections.abc
import json

print(isinstance(bytearray(), collections.abc.MutableSequence), isinstance(Buf(), collections.abc.Sequence))
print(isinstance(bytearray(), collections.abc.Hashable), isinstance(bytearray(), collections.abc.Sized))
print(issubclass(bytearray, collections.abc.Iterable), isinstance(b"", collections.abc.MutableSequence))
print(json.loads(bytearray(b'{"a": [1, "x"]}')))
