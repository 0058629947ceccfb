# The struct module's argument checks and errors, as CPython 3.12's _struct gives them: argument counts and keywords
# of each function and method, format arguments, buffers (bytes, bytearray, array.array; read-only ones refused by
# pack_into), offsets, values of the wrong type or out of range for every kind of format character, 'P', '0p',
# pack_into leaving what it wrote before an error, Struct.__init__ again, a class deriving from Struct, module names.
import array
import struct
import sys


def t(what, f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(f"{what}: {type(e).__name__}: {e}")
        return
    print(f"{what} -> {r!r}")


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print("-- integers and pointers")
for fmt in ('P', '@P'):
    for v in (2**70, -2**70, 2**64, 2**63, -1, 2**64 - 1, True):
        t(f"pack({fmt!r}, {v!r})", struct.pack, fmt, v)
t("pack('P', I(3))", struct.pack, 'P', I(3))
t("pack('P', I(2**70))", struct.pack, 'P', I(2**70))
t("pack('P', I(-2**70))", struct.pack, 'P', I(-2**70))
t("pack('P', I(-1))", struct.pack, 'P', I(-1))
t("pack('<P', 1)", struct.pack, '<P', 1)
for fmt in ('B', 'H', 'I', 'L', 'Q', 'N', '<L', '>Q'):
    t(f"pack({fmt!r}, I(2**64 - 1))", struct.pack, fmt, I(2**64 - 1))
    t(f"pack({fmt!r}, I(-1))", struct.pack, fmt, I(-1))
t("pack('q', I(2**70))", struct.pack, 'q', I(2**70))
t("pack('b', I('x'))", struct.pack, 'b', I('x'))
for v in (b'\xff' * 8,):
    for fmt in ('P', 'N', 'n', '>Q', '<q', 'L', '<L', '>l'):
        n = struct.calcsize(fmt)
        t(f"unpack({fmt!r})", struct.unpack, fmt, v[:n])


class MyInt(int):
    def __index__(self):
        return 99


t("pack('b', MyInt(5))", struct.pack, 'b', MyInt(5))

print("-- bytes formats")
for v in (b'ab', b'', 'a', 97, bytearray(b'a'), b'a'):
    t(f"pack('c', {v!r})", struct.pack, 'c', v)
for v in (b'ab', 'a', 97, bytearray(b'abc'), None):
    t(f"pack('3s', {v!r})", struct.pack, '3s', v)
    t(f"pack('3p', {v!r})", struct.pack, '3p', v)
t("pack('s', b'')", struct.pack, 's', b'')
t("unpack('p', b'\\x05')", struct.unpack, 'p', b'\x05')
t("unpack('3p', b'\\x05ab')", struct.unpack, '3p', b'\x05ab')
t("pack('0p', b'ab')", struct.pack, '0p', b'ab')
t("pack('0px', b'')", struct.pack, '0px', b'')
t("pack('0pc', b'', b'a')", struct.pack, '0pc', b'', b'a')
t("unpack('0p', b'')", struct.unpack, '0p', b'')
t("pack('2c', b'a', b'b')", struct.pack, '2c', b'a', b'b')
t("unpack('2c', b'ab')", struct.unpack, '2c', b'ab')
t("pack('x')", struct.pack, 'x')
t("pack('x', 1)", struct.pack, 'x', 1)
t("unpack('3x', b'abc')", struct.unpack, '3x', b'abc')
t("pack('?', 5)", struct.pack, '?', 5)
t("unpack('2?', b'\\x00\\x05')", struct.unpack, '2?', b'\x00\x05')

print("-- formats")
for f in ('Z', 5, b'ii', 'i i', ' ', '<>i', 'i<', '1', 'i1', '99999999999999999999b', '\xe9', 'a\xe9\xe8b', bytearray(b'i'),
          '2 i', '\ti\r\n', '\x0bi\x0c'):
    t(f"calcsize({f!r})", struct.calcsize, f)
t("calcsize()", struct.calcsize)
t("calcsize('h', 'i')", struct.calcsize, 'h', 'i')
t("calcsize(format='h')", struct.calcsize, format='h')

print("-- arguments of the module's functions")
t("pack('i')", struct.pack, 'i')
t("pack('ii', 1)", struct.pack, 'ii', 1)
t("pack('i', 1, 2)", struct.pack, 'i', 1, 2)
t("pack('')", struct.pack, '')
t("pack()", struct.pack)
t("pack(5)", struct.pack, 5)
t("pack('i', x=1)", struct.pack, 'i', x=1)
t("unpack('i', b'abc')", struct.unpack, 'i', b'abc')
t("unpack('i')", struct.unpack, 'i')
t("unpack('i', b'abcd', 1)", struct.unpack, 'i', b'abcd', 1)
t("unpack('i', 'abcd')", struct.unpack, 'i', 'abcd')
t("unpack('h', b'ab', x=1)", struct.unpack, 'h', b'ab', x=1)
t("unpack('Z')", struct.unpack, 'Z')
t("unpack_from('i')", struct.unpack_from, 'i')
t("unpack_from('i', b'abcd', 0, 1)", struct.unpack_from, 'i', b'abcd', 0, 1)
t("unpack_from('i', b'abcd', bogus=1)", struct.unpack_from, 'i', b'abcd', bogus=1)
t("unpack_from(format='h', buffer=b'ab')", struct.unpack_from, format='h', buffer=b'ab')
t("unpack_from('h', b'ab', buffer=b'ab')", struct.unpack_from, 'h', b'ab', buffer=b'ab')
t("unpack_from('i', buffer=b'abcd')", struct.unpack_from, 'i', buffer=b'abcd')
t("unpack_from('i', b'abcd', offset=0)", struct.unpack_from, 'i', b'abcd', offset=0)
t("unpack_from('i', b'abcdefgh', -3)", struct.unpack_from, 'i', b'abcdefgh', -3)
t("unpack_from('i', b'abcdefgh', -9)", struct.unpack_from, 'i', b'abcdefgh', -9)
t("unpack_from('i', b'abcd', 1.0)", struct.unpack_from, 'i', b'abcd', 1.0)
t("pack_into()", struct.pack_into)
t("pack_into('h')", struct.pack_into, 'h')
t("pack_into('h', bytearray(2))", struct.pack_into, 'h', bytearray(2))
t("pack_into('h', bytearray(2), 0, 1, x=2)", struct.pack_into, 'h', bytearray(2), 0, 1, x=2)
t("pack_into('i', bytearray(3), 0, 1)", struct.pack_into, 'i', bytearray(3), 0, 1)
t("pack_into('i', b'abcd', 0, 1)", struct.pack_into, 'i', b'abcd', 0, 1)
t("pack_into('i', 'abcd', 0, 1)", struct.pack_into, 'i', 'abcd', 0, 1)
t("pack_into('i', bytearray(8), 0)", struct.pack_into, 'i', bytearray(8), 0)
t("pack_into('i', bytearray(8), None, 1)", struct.pack_into, 'i', bytearray(8), None, 1)
t("pack_into('i', bytearray(8), 1.0, 1)", struct.pack_into, 'i', bytearray(8), 1.0, 1)
t("pack_into('i', bytearray(8), I(2), 1)", struct.pack_into, 'i', bytearray(8), I(2), 1)
t("pack_into('i', bytearray(8), 0, 1, 2)", struct.pack_into, 'i', bytearray(8), 0, 1, 2)
t("iter_unpack('h')", struct.iter_unpack, 'h')
t("iter_unpack('h', b'ab', x=1)", struct.iter_unpack, 'h', b'ab', x=1)
t("iter_unpack('i', b'abc')", struct.iter_unpack, 'i', b'abc')
t("iter_unpack('', b'')", struct.iter_unpack, '', b'')
t("iter_unpack('', 5)", struct.iter_unpack, '', 5)
t("iter_unpack('i', 5)", struct.iter_unpack, 'i', 5)

print("-- what pack_into leaves")
ba = bytearray(b'abcd')
t("pack_into('0p', ba, 1, b'x')", struct.pack_into, '0p', ba, 1, b'x')
print(ba)
for fmt, args in (('ii', (1, 'x')), ('cxc', (b'1', b'2')), ('5s', (b'1',)), ('5p', (b'1',)), ('ci', (b'1', 5))):
    ba = bytearray(b'abcdefgh')
    t(f"pack_into({fmt!r}, ba, 0, *{args!r})", struct.pack_into, fmt, ba, 0, *args)
    print(ba)
a = array.array('h', [1, 2, 3, 4])
t("pack_into('<hh', a, 2, 7, 'x')", struct.pack_into, '<hh', a, 2, 7, 'x')
print(a)

print("-- Struct")
t("Struct()", struct.Struct)
t("Struct('i', 'j')", struct.Struct, 'i', 'j')
t("Struct(format='i').size", lambda: struct.Struct(format='i').size)
t("Struct(5)", struct.Struct, 5)
t("Struct('Z')", struct.Struct, 'Z')
t("Struct(b'i', x=1)", struct.Struct, b'i', x=1)
t("Struct('i', format='h')", struct.Struct, 'i', format='h')
s = struct.Struct('<h')
print(s.format, s.size, type(s).__name__, type(s).__module__, type(s).__qualname__)
t("s.pack(x=1)", s.pack, x=1)
t("s.pack_into(x=1)", s.pack_into, x=1)
t("s.pack_into()", s.pack_into)
t("s.pack_into(bytearray(4))", s.pack_into, bytearray(4))
t("s.pack_into(b'abcd', 0, 1)", s.pack_into, b'abcd', 0, 1)
t("s.unpack()", s.unpack)
t("s.unpack(b'ab', b'c')", s.unpack, b'ab', b'c')
t("s.unpack(buffer=b'ab')", s.unpack, buffer=b'ab')
t("s.unpack_from()", s.unpack_from)
t("s.unpack_from(b'ab', 0, 1)", s.unpack_from, b'ab', 0, 1)
t("s.unpack_from(b'ab', offset=None)", s.unpack_from, b'ab', offset=None)
t("s.iter_unpack()", s.iter_unpack)
t("s.iter_unpack(b'ab', 1)", s.iter_unpack, b'ab', 1)
t("s.iter_unpack(buffer=b'ab')", s.iter_unpack, buffer=b'ab')
t("s.__init__('ii')", s.__init__, 'ii')
print(s.format, s.size)
t("s.__init__(5)", s.__init__, 5)
print(s.format, s.size)
t("s.__init__('Z')", s.__init__, 'Z')
print(s.format, s.size, s.pack(1, 2))
t("s.__init__()", s.__init__)
t("Struct.pack(Struct('b'), 3)", struct.Struct.pack, struct.Struct('b'), 3)
t("Struct.pack(5, 3)", struct.Struct.pack, 5, 3)


def set_format():
    struct.Struct('b').format = 'x'


t("Struct('b').format = 'x'", set_format)
t("Struct('b').foo", lambda: struct.Struct('b').foo)
print(struct.Struct('>').size, struct.Struct('').pack(), struct.Struct('').unpack_from(b'', 0))
t("Struct('').unpack_from(b'', 1)", struct.Struct('').unpack_from, b'', 1)
t("Struct('').unpack_from(b'', -1)", struct.Struct('').unpack_from, b'', -1)


class S(struct.Struct):
    def __init__(self):
        pass


u = S()
print(repr(u.format), u.size)
t("S().pack()", u.pack)
t("S().unpack(b'')", u.unpack, b'')
t("S().pack_into(bytearray(2), 0)", u.pack_into, bytearray(2), 0)


class T(struct.Struct):
    pass


v = T('<h')
print(v.format, v.size, v.pack(5), type(v).__name__, isinstance(v, struct.Struct), v.unpack_from(b'\x01\x02\x03', 1))


class U(struct.Struct):
    def __init__(self, fmt, scale):
        super().__init__(fmt)
        self.scale = scale

    def pack(self, *values):
        return super().pack(*[x * self.scale for x in values])


w = U('<2h', 10)
print(w.pack(1, 2), w.unpack(w.pack(3, 4)), w.scale, w.format)
it = struct.iter_unpack('<h', b'abcdef')
print(it.__length_hint__(), list(it), it.__length_hint__(), type(it).__name__)
ba = bytearray(b'abcd')
it = struct.iter_unpack('<h', ba)
ba[2] = 0x7a
print(list(it))

print("-- the module")
print(struct.__name__, struct.error.__name__, struct.error.__module__, struct.error.__qualname__)
print(repr(struct.error('x')), str(struct.error('x')), issubclass(struct.error, Exception))
print(sorted(n for n in dir(struct) if not n.startswith('__')))
print(struct.__all__)
print(struct._clearcache())
print(struct.pack('<I', 1), struct.calcsize('<I'))
try:
    struct.pack('b', 300)
except struct.error as e:
    print("caught struct.error:", e, e.args)

# test_struct.py's test__struct_types_immutable
for cls in (struct.Struct, type(struct.iter_unpack("b", b'x'))):
    try:
        cls.x = 1
    except TypeError as e:
        print("TypeError:", e)
