# Ported from CPython 3.12's Lib/test/test_struct.py, class StructTest: test_isbigendian, test_consistence,
# test_transitiveness, test_new_features, test_calcsize, test_nN_code, test_p_code, test_705836, test_1530559,
# test_bool, test_count_overflow, test_issue29802, test_format_attr, test_issue35714, test_Struct_reinitialization,
# test_struct_subclass_instantiation. Each check prints what it computes; an expected exception prints as
# "type: message". (test__sizeof__, test__struct_types_immutable, test_struct_cleans_up_at_runtime_shutdown and
# test__struct_reference_cycle_cleaned_up need sys.getsizeof, immutable types, subprocesses, gc and weakref: left out.)
import math
import struct
import sys

ISBIGENDIAN = sys.byteorder == "big"

integer_codes = 'b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N'
byteorders = '', '@', '=', '<', '>', '!'


def iter_integer_formats(byteorders=byteorders):
    for code in integer_codes:
        for byteorder in byteorders:
            if (byteorder not in ('', '@') and code in ('n', 'N')):
                continue
            yield code, byteorder


def string_reverse(s):
    return s[::-1]


def raises(what, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(f"  {what}: {type(e).__name__}: {e}")
        return
    print(f"  {what}: no exception, got {r!r}")


print("test_isbigendian")
print(" ", (struct.pack('=i', 1)[0] == 0) == ISBIGENDIAN)

print("test_consistence")
raises("calcsize('Z')", struct.calcsize, 'Z')
sz = struct.calcsize('i')
print("  3 * calcsize('i') == calcsize('iii'):", sz * 3 == struct.calcsize('iii'))
fmt = 'cbxxxxxxhhhhiillffd?'
fmt3 = '3c3b18x12h6i6l6f3d3?'
sz = struct.calcsize(fmt)
sz3 = struct.calcsize(fmt3)
print("  sizes:", sz, sz3, sz * 3 == sz3)
raises("pack('iii', 3)", struct.pack, 'iii', 3)
raises("pack('i', 3, 3, 3)", struct.pack, 'i', 3, 3, 3)
raises("pack('i', 'foo')", struct.pack, 'i', 'foo')
raises("pack('P', 'foo')", struct.pack, 'P', 'foo')
raises("unpack('d', b'flap')", struct.unpack, 'd', b'flap')
s = struct.pack('ii', 1, 2)
raises("unpack('iii', s)", struct.unpack, 'iii', s)
raises("unpack('i', s)", struct.unpack, 'i', s)

print("test_transitiveness")
c = b'a'
b = 1
h = 255
i = 65535
l = 65536
f = 3.1415
d = 3.1415
t = True
for prefix in ('', '@', '<', '>', '=', '!'):
    for format in ('xcbhilfd?', 'xcBHILfd?'):
        format = prefix + format
        s = struct.pack(format, c, b, h, i, l, f, d, t)
        cp, bp, hp, ip, lp, fp, dp, tp = struct.unpack(format, s)
        ok = (cp == c and bp == b and hp == h and ip == i and lp == l and int(100 * fp) == int(100 * f)
              and int(100 * dp) == int(100 * d) and tp == t)
        print(f"  {format!r}: {s!r} {ok}")

print("test_new_features")
tests = [
    ('c', b'a', b'a', b'a', 0),
    ('xc', b'a', b'\0a', b'\0a', 0),
    ('cx', b'a', b'a\0', b'a\0', 0),
    ('s', b'a', b'a', b'a', 0),
    ('0s', b'helloworld', b'', b'', 1),
    ('1s', b'helloworld', b'h', b'h', 1),
    ('9s', b'helloworld', b'helloworl', b'helloworl', 1),
    ('10s', b'helloworld', b'helloworld', b'helloworld', 0),
    ('11s', b'helloworld', b'helloworld\0', b'helloworld\0', 1),
    ('20s', b'helloworld', b'helloworld' + 10 * b'\0', b'helloworld' + 10 * b'\0', 1),
    ('b', 7, b'\7', b'\7', 0),
    ('b', -7, b'\371', b'\371', 0),
    ('B', 7, b'\7', b'\7', 0),
    ('B', 249, b'\371', b'\371', 0),
    ('h', 700, b'\002\274', b'\274\002', 0),
    ('h', -700, b'\375D', b'D\375', 0),
    ('H', 700, b'\002\274', b'\274\002', 0),
    ('H', 0x10000 - 700, b'\375D', b'D\375', 0),
    ('i', 70000000, b'\004,\035\200', b'\200\035,\004', 0),
    ('i', -70000000, b'\373\323\342\200', b'\200\342\323\373', 0),
    ('I', 70000000, b'\004,\035\200', b'\200\035,\004', 0),
    ('I', 0x100000000 - 70000000, b'\373\323\342\200', b'\200\342\323\373', 0),
    ('l', 70000000, b'\004,\035\200', b'\200\035,\004', 0),
    ('l', -70000000, b'\373\323\342\200', b'\200\342\323\373', 0),
    ('L', 70000000, b'\004,\035\200', b'\200\035,\004', 0),
    ('L', 0x100000000 - 70000000, b'\373\323\342\200', b'\200\342\323\373', 0),
    ('f', 2.0, b'@\000\000\000', b'\000\000\000@', 0),
    ('d', 2.0, b'@\000\000\000\000\000\000\000',
     b'\000\000\000\000\000\000\000@', 0),
    ('f', -2.0, b'\300\000\000\000', b'\000\000\000\300', 0),
    ('d', -2.0, b'\300\000\000\000\000\000\000\000',
     b'\000\000\000\000\000\000\000\300', 0),
    ('?', 0, b'\0', b'\0', 0),
    ('?', 3, b'\1', b'\1', 1),
    ('?', True, b'\1', b'\1', 0),
    ('?', [], b'\0', b'\0', 1),
    ('?', (1,), b'\1', b'\1', 1),
]
for fmt, arg, big, lil, asy in tests:
    results = []
    for (xfmt, exp) in [('>' + fmt, big), ('!' + fmt, big), ('<' + fmt, lil),
                        ('=' + fmt, ISBIGENDIAN and big or lil)]:
        res = struct.pack(xfmt, arg)
        rev = struct.unpack(xfmt, res)[0]
        results.append(res == exp and struct.calcsize(xfmt) == len(res) and (rev == arg or bool(asy)))
    print(f"  {fmt!r} {arg!r}: {results} unpacked back: {struct.unpack('<' + fmt, lil)[0]!r}")

print("test_calcsize")
expected_size = {
    'b': 1, 'B': 1,
    'h': 2, 'H': 2,
    'i': 4, 'I': 4,
    'l': 4, 'L': 4,
    'q': 8, 'Q': 8,
}
for code, byteorder in iter_integer_formats(('=', '<', '>', '!')):
    format = byteorder + code
    size = struct.calcsize(format)
    if size != expected_size[code]:
        print("  wrong size:", format, size)
print("  standard sizes checked")
native_pairs = 'bB', 'hH', 'iI', 'lL', 'nN', 'qQ'
for format_pair in native_pairs:
    for byteorder in '', '@':
        signed_size = struct.calcsize(byteorder + format_pair[0])
        unsigned_size = struct.calcsize(byteorder + format_pair[1])
        print(f"  {byteorder + format_pair!r}: {signed_size} {unsigned_size}")
print("  native bounds:", struct.calcsize('b') == 1, 2 <= struct.calcsize('h'), 4 <= struct.calcsize('l'),
      struct.calcsize('h') <= struct.calcsize('i'), struct.calcsize('i') <= struct.calcsize('l'),
      8 <= struct.calcsize('q'), struct.calcsize('l') <= struct.calcsize('q'),
      struct.calcsize('n') >= struct.calcsize('i'), struct.calcsize('n') >= struct.calcsize('P'))
for format in ('P', 'e', 'f', 'd', '?', 'x', 'c', 's', 'p', 'ci', 'ic', 'cP', 'c?e', 'cq', 'c0i', '0i', 'ch0q',
               '3sh', '5pi', 'cd', 'cf', 'ce', 'cn', '=cq', '<ci', '>ci', '!ci', '@ci', ' i  i ', '\ti\n', 'llh', '3x2h',
               '0s', '0p', '10s', '10p', '2c', '0c', '', '@', '<', 'x' * 3, '4b4x'):
    print(f"  calcsize({format!r}) = {struct.calcsize(format)}")

print("test_nN_code")
for code in 'nN':
    for byteorder in ('=', '<', '>', '!'):
        format = byteorder + code
        raises(f"calcsize({format!r})", struct.calcsize, format)
        raises(f"pack({format!r}, 0)", struct.pack, format, 0)
        raises(f"unpack({format!r}, b'')", struct.unpack, format, b"")

print("test_p_code")
for code, input, expected, expectedback in [
        ('p', b'abc', b'\x00', b''),
        ('1p', b'abc', b'\x00', b''),
        ('2p', b'abc', b'\x01a', b'a'),
        ('3p', b'abc', b'\x02ab', b'ab'),
        ('4p', b'abc', b'\x03abc', b'abc'),
        ('5p', b'abc', b'\x03abc\x00', b'abc'),
        ('6p', b'abc', b'\x03abc\x00\x00', b'abc'),
        ('1000p', b'x' * 1000, b'\xff' + b'x' * 999, b'x' * 255)]:
    got = struct.pack(code, input)
    (back,) = struct.unpack(code, got)
    print(f"  {code!r}: {got == expected} {back == expectedback} {got[:8]!r} {back[:8]!r}")

print("test_705836")
for base in range(1, 33):
    # smaller <- largest representable float less than base.
    delta = 0.5
    while base - delta / 2.0 != base:
        delta /= 2.0
    smaller = base - delta
    # Packing this rounds away a solid string of trailing 1 bits.
    packed = struct.pack("<f", smaller)
    unpacked = struct.unpack("<f", packed)[0]
    bigpacked = struct.pack(">f", smaller)
    print(f"  {base}: {packed!r} {base == unpacked} {bigpacked == string_reverse(packed)} {struct.unpack('>f', bigpacked)[0] == base}")
# Largest finite IEEE single.
big = (1 << 24) - 1
big = math.ldexp(big, 127 - 23)
packed = struct.pack(">f", big)
unpacked = struct.unpack(">f", packed)[0]
print("  largest single:", packed, big == unpacked)
# The same, but tack on a 1 bit so it rounds up to infinity.
big = (1 << 25) - 1
big = math.ldexp(big, 127 - 24)
raises("pack('>f', big)", struct.pack, ">f", big)
raises("pack('<f', big)", struct.pack, "<f", big)
print("  native f casts:", struct.pack("f", big), struct.pack("=f", 1.5))
raises("pack('=f', big)", struct.pack, "=f", big)

print("test_1530559")
for code, byteorder in iter_integer_formats():
    format = byteorder + code
    raises(f"pack({format!r}, 1.0)", struct.pack, format, 1.0)
    raises(f"pack({format!r}, 1.5)", struct.pack, format, 1.5)
raises("pack('P', 1.0)", struct.pack, 'P', 1.0)
raises("pack('P', 1.5)", struct.pack, 'P', 1.5)

print("test_bool")


class ExplodingBool(object):
    def __bool__(self):
        raise OSError


for prefix in tuple("<>!=") + ('',):
    false = (), [], [], '', 0
    true = [1], 'test', 5, -1, 0xffffffff + 1, 0xffffffff / 2

    falseFormat = prefix + '?' * len(false)
    packedFalse = struct.pack(falseFormat, *false)
    unpackedFalse = struct.unpack(falseFormat, packedFalse)

    trueFormat = prefix + '?' * len(true)
    packedTrue = struct.pack(trueFormat, *true)
    unpackedTrue = struct.unpack(trueFormat, packedTrue)
    print(f"  {prefix!r}: {packedFalse!r} {unpackedFalse} {packedTrue!r} {unpackedTrue}")

    packed = struct.pack(prefix + '?', 1)
    print("  one byte:", len(packed) == struct.calcsize(prefix + '?'), len(packed))
    try:
        struct.pack(prefix + '?', ExplodingBool())
    except OSError:
        print("  ExplodingBool: OSError")
    else:
        print("  Expected OSError: struct.pack(%r, ExplodingBool())" % (prefix + '?'))

for c in [b'\x01', b'\x7f', b'\xff', b'\x0f', b'\xf0']:
    print(f"  unpack('>?', {c!r}) = {struct.unpack('>?', c)[0]}")

print("test_count_overflow")
hugecount = '{}b'.format(sys.maxsize + 1)
raises("calcsize(hugecount)", struct.calcsize, hugecount)
hugecount2 = '{}b{}H'.format(sys.maxsize // 2, sys.maxsize // 2)
raises("calcsize(hugecount2)", struct.calcsize, hugecount2)
print("  calcsize('%db') =" % (sys.maxsize,), struct.calcsize('%db' % sys.maxsize))
print("  calcsize('1000000000000x') =", struct.calcsize('1000000000000x'))

print("test_issue29802")
raises("unpack('b', 0)", struct.unpack, 'b', 0)
print(" ", struct.unpack('b', b'a') == (b'a'[0],))

print("test_format_attr")
s = struct.Struct('=i2H')
print(" ", s.format, s.format == '=i2H', s.size)
s2 = struct.Struct(s.format.encode())
print(" ", s2.format == s.format, type(s2.format).__name__)

print("test_issue35714")
for s in '\0', '2\0i', b'\0':
    raises(f"calcsize({s!r})", struct.calcsize, s)

print("test_Struct_reinitialization")
s = struct.Struct('i')
s.__init__('ii')
print(" ", s.format, s.size, s.pack(1, 2))

print("test_struct_subclass_instantiation")


class MyStruct(struct.Struct):
    def __init__(self):
        super().__init__('>h')


my_struct = MyStruct()
print(" ", my_struct.pack(12345) == b'\x30\x39', my_struct.format, my_struct.size, isinstance(my_struct, struct.Struct))
print(" ", my_struct.unpack(b'\x30\x39'), type(my_struct).__name__)
