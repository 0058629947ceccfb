# Ported from CPython 3.12's Lib/test/test_struct.py: StructTest's test_unpack_from, test_pack_into,
# test_pack_into_fn, test_unpack_with_buffer, test_trailing_counter, test_boundary_error_message,
# test_boundary_error_message_with_negative_offset, test_boundary_error_message_with_large_offset; and
# UnpackIteratorTest's test_construct, test_uninstantiable, test_iterate, test_length_hint, test_module_func and
# test_arbitrary_buffer. Each check prints what it computes; expected exceptions print as
# "type: message".
import array
import operator
import struct
import sys
import collections.abc as abc  # (CPython: from collections import abc, which PyAot does not take yet)


def raises(what, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(f"  {what}: {type(e).__name__}: {e}")
        return
    print(f"  {what}: no exception, got {r!r}")


print("test_unpack_from")
test_string = b'abcd01234'
fmt = '4s'
s = struct.Struct(fmt)
for cls in (bytes, bytearray):
    data = cls(test_string)
    print(f"  {cls.__name__}:", s.unpack_from(data), s.unpack_from(data, 2), s.unpack_from(data, 4))
    print("  ", [s.unpack_from(data, i) == (data[i:i + 4],) for i in range(6)])
    for i in range(6, len(test_string) + 1):
        raises(f"Struct.unpack_from(data, {i})", s.unpack_from, data, i)
for cls in (bytes, bytearray):
    data = cls(test_string)
    print(f"  {cls.__name__}:", struct.unpack_from(fmt, data), struct.unpack_from(fmt, data, 2),
          struct.unpack_from(fmt, data, 4))
    print("  ", [struct.unpack_from(fmt, data, i) == (data[i:i + 4],) for i in range(6)])
    for i in range(6, len(test_string) + 1):
        raises(f"unpack_from(fmt, data, {i})", struct.unpack_from, fmt, data, i)
# keyword arguments
print("  keywords:", s.unpack_from(buffer=test_string, offset=2), struct.unpack_from(fmt, buffer=test_string, offset=3))
print("  negative offsets:", s.unpack_from(test_string, -4), struct.unpack_from('<h', test_string, -9))

print("test_pack_into")
test_string = b'Reykjavik rocks, eow!'
writable_buf = array.array('b', b' ' * 100)
fmt = '21s'
s = struct.Struct(fmt)
# Test without offset
s.pack_into(writable_buf, 0, test_string)
from_buf = writable_buf.tobytes()[:len(test_string)]
print(" ", from_buf, from_buf == test_string)
# Test with offset.
s.pack_into(writable_buf, 10, test_string)
from_buf = writable_buf.tobytes()[:len(test_string) + 10]
print(" ", from_buf, from_buf == test_string[:10] + test_string)
# Go beyond boundaries.
small_buf = array.array('b', b' ' * 10)
raises("pack_into(small_buf, 0, ...)", s.pack_into, small_buf, 0, test_string)
raises("pack_into(small_buf, 2, ...)", s.pack_into, small_buf, 2, test_string)
# Test bogus offset (issue 3694)
sb = small_buf
raises("pack_into(b'', sb, None)", struct.pack_into, b'', sb, None)
# The same into a bytearray, and into arrays of other item sizes.
ba = bytearray(b' ' * 30)
s.pack_into(ba, 5, test_string)
print(" ", ba)
wide = array.array('i', [0, 0, 0])
struct.pack_into('<hxxb', wide, 4, -2, 7)
print(" ", wide, wide.tobytes())
doubles = array.array('d', [1.0, 2.0])
struct.pack_into('>d', doubles, 8, 1.5)
print(" ", doubles)

print("test_pack_into_fn")
test_string = b'Reykjavik rocks, eow!'
writable_buf = array.array('b', b' ' * 100)
fmt = '21s'
pack_into = lambda *args: struct.pack_into(fmt, *args)
# Test without offset.
pack_into(writable_buf, 0, test_string)
from_buf = writable_buf.tobytes()[:len(test_string)]
print(" ", from_buf == test_string)
# Test with offset.
pack_into(writable_buf, 10, test_string)
from_buf = writable_buf.tobytes()[:len(test_string) + 10]
print(" ", from_buf == test_string[:10] + test_string)
# Go beyond boundaries.
small_buf = array.array('b', b' ' * 10)
raises("pack_into(small_buf, 0, ...)", pack_into, small_buf, 0, test_string)
raises("pack_into(small_buf, 2, ...)", pack_into, small_buf, 2, test_string)

print("test_unpack_with_buffer")
data1 = array.array('B', b'\x12\x34\x56\x78')
data2 = memoryview(b'\x12\x34\x56\x78') # XXX b'......XXXX......', 6, 4
for data in [data1, data2]:
    value, = struct.unpack('>I', data)
    print(" ", hex(value), value == 0x12345678)
print(" ", struct.unpack('<2h', array.array('h', [-2, 300])), struct.unpack_from('<h', array.array('i', [1, 2]), 4))
print(" ", list(struct.iter_unpack('<H', array.array('H', [1, 2, 65535]))))

print("test_trailing_counter")
store = array.array('b', b' ' * 100)
# format lists containing only count spec should result in an error
raises("pack('12345')", struct.pack, '12345')
raises("unpack('12345', b'')", struct.unpack, '12345', b'')
raises("pack_into('12345', store, 0)", struct.pack_into, '12345', store, 0)
raises("unpack_from('12345', store, 0)", struct.unpack_from, '12345', store, 0)
# Format lists with trailing count spec should result in an error
raises("pack('c12345', 'x')", struct.pack, 'c12345', 'x')
raises("unpack('c12345', b'x')", struct.unpack, 'c12345', b'x')
raises("pack_into('c12345', store, 0, 'x')", struct.pack_into, 'c12345', store, 0, 'x')
raises("unpack_from('c12345', store, 0)", struct.unpack_from, 'c12345', store, 0)
# Mixed format tests
raises("pack('14s42', 'spam and eggs')", struct.pack, '14s42', 'spam and eggs')
raises("unpack('14s42', b'spam and eggs')", struct.unpack, '14s42', b'spam and eggs')
raises("pack_into('14s42', store, 0, 'spam and eggs')", struct.pack_into, '14s42', store, 0, 'spam and eggs')
raises("unpack_from('14s42', store, 0)", struct.unpack_from, '14s42', store, 0)

print("test_boundary_error_message")
raises("pack_into('b', bytearray(1), 5, 1)", struct.pack_into, 'b', bytearray(1), 5, 1)
raises("unpack_from('b', bytearray(1), 5)", struct.unpack_from, 'b', bytearray(1), 5)

print("test_boundary_error_message_with_negative_offset")
byte_list = bytearray(10)
raises("pack_into('<I', byte_list, -2, 123)", struct.pack_into, '<I', byte_list, -2, 123)
raises("pack_into('<B', byte_list, -11, 123)", struct.pack_into, '<B', byte_list, -11, 123)
raises("unpack_from('<I', byte_list, -2)", struct.unpack_from, '<I', byte_list, -2)
raises("unpack_from('<B', byte_list, -11)", struct.unpack_from, '<B', byte_list, -11)
struct.pack_into('<I', byte_list, -4, 0x01020304)
print(" ", byte_list, struct.unpack_from('<I', byte_list, -4))

print("test_boundary_error_message_with_large_offset")
raises("pack_into('<I', bytearray(10), sys.maxsize, 1)", struct.pack_into, '<I', bytearray(10), sys.maxsize, 1)
raises("unpack_from('<I', bytearray(10), sys.maxsize)", struct.unpack_from, '<I', bytearray(10), sys.maxsize)
raises("pack_into('<I', bytearray(10), 2**70, 1)", struct.pack_into, '<I', bytearray(10), 2**70, 1)
raises("unpack_from('<I', bytearray(10), 2**70)", struct.unpack_from, '<I', bytearray(10), 2**70)

print("UnpackIteratorTest.test_construct")


def _check_iterator(it):
    print("  Iterator:", isinstance(it, abc.Iterator), "Iterable:", isinstance(it, abc.Iterable))


s = struct.Struct('>ibcp')
it = s.iter_unpack(b"")
_check_iterator(it)
it = s.iter_unpack(b"1234567")
_check_iterator(it)
# Wrong bytes length
raises("iter_unpack(b'123456')", s.iter_unpack, b"123456")
raises("iter_unpack(b'12345678')", s.iter_unpack, b"12345678")
# Zero-length struct
s = struct.Struct('>')
raises("Struct('>').iter_unpack(b'')", s.iter_unpack, b"")
raises("Struct('>').iter_unpack(b'12')", s.iter_unpack, b"12")

print("UnpackIteratorTest.test_uninstantiable")
iter_unpack_type = type(struct.Struct(">ibcp").iter_unpack(b""))
print(" ", iter_unpack_type.__name__)
raises("iter_unpack_type()", iter_unpack_type)

print("UnpackIteratorTest.test_iterate")
s = struct.Struct('>IB')
b = bytes(range(1, 16))
it = s.iter_unpack(b)
print(" ", next(it) == (0x01020304, 5), next(it) == (0x06070809, 10), next(it) == (0x0b0c0d0e, 15))
raises("next(it)", next, it)
raises("next(it)", next, it)
print(" ", list(s.iter_unpack(bytearray(b))))

print("UnpackIteratorTest.test_arbitrary_buffer")
s = struct.Struct('>IB')
b = bytes(range(1, 11))
it = s.iter_unpack(memoryview(b))
print(" ", next(it) == (0x01020304, 5), next(it) == (0x06070809, 10))
raises("next(it)", next, it)
raises("next(it)", next, it)

print("UnpackIteratorTest.test_length_hint")
lh = operator.length_hint
s = struct.Struct('>IB')
b = bytes(range(1, 16))
it = s.iter_unpack(b)
hints = [lh(it)]
next(it)
hints.append(lh(it))
next(it)
hints.append(lh(it))
next(it)
hints.append(lh(it))
raises("next(it)", next, it)
hints.append(lh(it))
print(" ", hints)

print("UnpackIteratorTest.test_module_func")
it = struct.iter_unpack('>IB', bytes(range(1, 11)))
print(" ", next(it) == (0x01020304, 5), next(it) == (0x06070809, 10))
raises("next(it)", next, it)
raises("next(it)", next, it)
