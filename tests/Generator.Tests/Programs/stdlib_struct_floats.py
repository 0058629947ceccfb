# Ported from CPython 3.12's Lib/test/test_struct.py, UnpackIteratorTest.test_half_float (every case: the clean
# round trips, the NaNs, the round-half-to-even cases, the overflows and the double-rounding case), with more
# cases of our own for the 'e', 'f' and 'd' formats: signs of zeros, infinities and NaNs, subnormals, every
# byte order, native 'f' (C's cast) against the standard sizes (an OverflowError), and ints and objects with
# __float__ or __index__ as floats.
import math
import struct
import sys


def raises(what, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(f"  {what}: {type(e).__name__}: {e}")
        return
    print(f"  {what}: no exception, got {r!r}")


print("test_half_float")
# Little-endian examples from:
# http://en.wikipedia.org/wiki/Half_precision_floating-point_format
format_bits_float__cleanRoundtrip_list = [
    (b'\x00\x3c', 1.0),
    (b'\x00\xc0', -2.0),
    (b'\xff\x7b', 65504.0),  # (max half precision)
    (b'\x00\x04', 2**-14),  # ~= 6.10352 * 10**-5 (min pos normal)
    (b'\x01\x00', 2**-24),  # ~= 5.96046 * 10**-8 (min pos subnormal)
    (b'\x00\x00', 0.0),
    (b'\x00\x80', -0.0),
    (b'\x00\x7c', float('+inf')),
    (b'\x00\xfc', float('-inf')),
    (b'\x55\x35', 0.333251953125),  # ~= 1/3
]
for le_bits, f in format_bits_float__cleanRoundtrip_list:
    be_bits = le_bits[::-1]
    checks = [f == struct.unpack('<e', le_bits)[0], le_bits == struct.pack('<e', f),
              f == struct.unpack('>e', be_bits)[0], be_bits == struct.pack('>e', f)]
    if sys.byteorder == 'little':
        checks += [f == struct.unpack('e', le_bits)[0], le_bits == struct.pack('e', f)]
    else:
        checks += [f == struct.unpack('e', be_bits)[0], be_bits == struct.pack('e', f)]
    print(f"  {f!r}: {checks} {struct.unpack('<e', le_bits)[0]!r}")

# Check for NaN handling:
format_bits__nan_list = [
    ('<e', b'\x01\xfc'),
    ('<e', b'\x00\xfe'),
    ('<e', b'\xff\xff'),
    ('<e', b'\x01\x7c'),
    ('<e', b'\x00\x7e'),
    ('<e', b'\xff\x7f'),
]
for formatcode, bits in format_bits__nan_list:
    a = struct.unpack('<e', bits)[0]
    b = struct.unpack('>e', bits[::-1])[0]
    print(f"  {bits!r}: {math.isnan(a)} {math.isnan(b)} sign {math.copysign(1.0, a)}")

# Check that packing produces a bit pattern representing a quiet NaN:
# all exponent bits and the msb of the fraction should all be 1.
packed = struct.pack('<e', math.nan)
print("  nan:", packed, packed[1] & 0x7e == 0x7e)
packed = struct.pack('<e', -math.nan)
print("  -nan:", packed, packed[1] & 0x7e == 0x7e)

# Checks for round-to-even behavior
format_bits_float__rounding_list = [
    ('>e', b'\x00\x01', 2.0**-25 + 2.0**-35),  # Rounds to minimum subnormal
    ('>e', b'\x00\x00', 2.0**-25),  # Underflows to zero (nearest even mode)
    ('>e', b'\x00\x00', 2.0**-26),  # Underflows to zero
    ('>e', b'\x03\xff', 2.0**-14 - 2.0**-24),  # Largest subnormal.
    ('>e', b'\x03\xff', 2.0**-14 - 2.0**-25 - 2.0**-65),
    ('>e', b'\x04\x00', 2.0**-14 - 2.0**-25),
    ('>e', b'\x04\x00', 2.0**-14),  # Smallest normal.
    ('>e', b'\x3c\x01', 1.0 + 2.0**-11 + 2.0**-16),  # rounds to 1.0+2**(-10)
    ('>e', b'\x3c\x00', 1.0 + 2.0**-11),  # rounds to 1.0 (nearest even mode)
    ('>e', b'\x3c\x00', 1.0 + 2.0**-12),  # rounds to 1.0
    ('>e', b'\x7b\xff', 65504),  # largest normal
    ('>e', b'\x7b\xff', 65519),  # rounds to 65504
    ('>e', b'\x80\x01', -2.0**-25 - 2.0**-35),  # Rounds to minimum subnormal
    ('>e', b'\x80\x00', -2.0**-25),  # Underflows to zero (nearest even mode)
    ('>e', b'\x80\x00', -2.0**-26),  # Underflows to zero
    ('>e', b'\xbc\x01', -1.0 - 2.0**-11 - 2.0**-16),  # rounds to 1.0+2**(-10)
    ('>e', b'\xbc\x00', -1.0 - 2.0**-11),  # rounds to 1.0 (nearest even mode)
    ('>e', b'\xbc\x00', -1.0 - 2.0**-12),  # rounds to 1.0
    ('>e', b'\xfb\xff', -65519),  # rounds to 65504
]
for formatcode, bits, f in format_bits_float__rounding_list:
    got = struct.pack(formatcode, f)
    print(f"  pack({formatcode!r}, {f!r}) = {got!r} {bits == got}")

# This overflows, and so raises an error
format_bits_float__roundingError_list = [
    # Values that round to infinity.
    ('>e', 65520.0),
    ('>e', 65536.0),
    ('>e', 1e300),
    ('>e', -65520.0),
    ('>e', -65536.0),
    ('>e', -1e300),
    ('<e', 65520.0),
    ('<e', 65536.0),
    ('<e', 1e300),
    ('<e', -65520.0),
    ('<e', -65536.0),
    ('<e', -1e300),
]
for formatcode, f in format_bits_float__roundingError_list:
    raises(f"pack({formatcode!r}, {f!r})", struct.pack, formatcode, f)

# Double rounding
format_bits_float__doubleRoundingError_list = [
    ('>e', b'\x67\xff', 0x1ffdffffff * 2**-26),  # should be 2047, if double-rounded 64>32>16, becomes 2048
]
for formatcode, bits, f in format_bits_float__doubleRoundingError_list:
    got = struct.pack(formatcode, f)
    print(f"  pack({formatcode!r}, {f!r}) = {got!r} {bits == got}")

print("more half floats")
values = [0.5, 1.5, -3.25, 1000.0, 2048.5, 4097.0, 6e-5, 6e-8, 3e-8, 1e-10, 65503.0, 65488.0, 0.1, 1 / 3,
          2.0**-24 * 1.5, 2.0**-24 * 2.5, 2.0**-14 * 1.0009765625]
for v in values:
    le = struct.pack('<e', v)
    print(f"  {v!r}: {le!r} {struct.pack('>e', v)!r} back {struct.unpack('<e', le)[0]!r}")
every = [struct.unpack('<e', struct.pack('<H', i))[0] for i in range(0, 0x10000, 0x3ff)]
print("  every 0x3ff:", [x if not math.isnan(x) else 'nan' for x in every])
roundtrip = 0
for i in range(0x10000):
    bits = struct.pack('<H', i)
    x = struct.unpack('<e', bits)[0]
    if math.isnan(x) or struct.pack('<e', x) == bits:
        roundtrip += 1
print("  round trips of all 65536 patterns:", roundtrip)
raises("pack('e', 10**6)", struct.pack, 'e', 10**6)
raises("pack('e', 10**400)", struct.pack, 'e', 10**400)
raises("pack('e', 'x')", struct.pack, 'e', 'x')
raises("pack('e', None)", struct.pack, 'e', None)
print("  pack('e', 3), True:", struct.pack('e', 3), struct.pack('e', True))

print("single and double")
for fmt in ('f', '<f', '>f', '=f', '!f', 'd', '<d', '>d', '=d', '!d'):
    print(f"  {fmt!r}:", [struct.pack(fmt, v) for v in (1.0, -0.0, 0.1, 1e-40, float('inf'), float('-inf'))])
    print(f"  {fmt!r} back:", [struct.unpack(fmt, struct.pack(fmt, v))[0] for v in (0.1, 1e-40, 3.4e38, 1e-310)])
print("  nan signs:", struct.pack('<d', math.nan), struct.pack('<d', -math.nan), struct.pack('<f', float('nan')),
      struct.pack('>f', float('-nan')))
print("  copysign of nans:", math.copysign(1.0, math.nan), math.copysign(1.0, float('nan')),
      math.copysign(1.0, float('-nan')), math.copysign(1.0, -math.nan))
print("  native f of 1e300:", struct.pack('f', 1e300), struct.pack('@f', -1e300), struct.unpack('f', struct.pack('f', 1e39)))
raises("pack('<f', 1e300)", struct.pack, '<f', 1e300)
raises("pack('>f', -1e39)", struct.pack, '>f', -1e39)
raises("pack('=f', 3.5e38)", struct.pack, '=f', 3.5e38)
raises("pack('<f', 10**39)", struct.pack, '<f', 10**39)
raises("pack('<f', 10**400)", struct.pack, '<f', 10**400)
raises("pack('d', 10**400)", struct.pack, 'd', 10**400)
raises("pack('d', '1.5')", struct.pack, 'd', '1.5')
raises("pack('f', [])", struct.pack, 'f', [])
print("  pack('<d', 10**20):", struct.pack('<d', 10**20), struct.pack('f', 1000000))
print("  unpack NaN payloads:", [math.isnan(x) for x in struct.unpack('<fd', b'\x01\x00\x80\x7f' + b'\x01\x00\x00\x00\x00\x00\xf0\x7f')])
print("  largest single:", struct.pack('>f', 3.4028234663852886e+38), struct.pack('>f', 3.4028235677973362e+38))
raises("pack('>f', 3.4028235677973366e+38)", struct.pack, '>f', 3.4028235677973366e+38)
print("  2**-25:", 2.0**-25, 2.98023223876953125e-08 == 2.0**-25, float(repr(2.0**-25)) == 2.0**-25)


class F:
    def __float__(self):
        return 2.5


class BadF:
    def __float__(self):
        return 'x'


class ZeroF:
    def __float__(self):
        1 / 0


class Idx:
    def __index__(self):
        return 7


for fmt in 'efd':
    print(f"  {fmt!r}: F {struct.pack(fmt, F())!r} Idx {struct.pack(fmt, Idx())!r}")
    raises(f"pack({fmt!r}, BadF())", struct.pack, fmt, BadF())
    raises(f"pack({fmt!r}, ZeroF())", struct.pack, fmt, ZeroF())
