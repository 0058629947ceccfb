# Ported from CPython 3.12's Lib/test/test_struct.py, class StructTest: test_integers (its IntTester, with the same
# values: the powers of 2 up to the size, random values from a seeded random.randrange, 300, 700000, sys.maxsize*4,
# their negations and +-1, for every integer code and byte order), test_issue98248 and
# test_issue98248_error_propagation. A format's hundreds of checks print as one line of counts; the error cases print
# their exceptions. (binascii.unhexlify is bytes.fromhex here: binascii is not in PyAot yet.)
import random
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


def error_of(f, *args):
    try:
        f(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return "no exception"


class IntTester:
    def __init__(self, format):
        self.format = format
        self.code = format[-1]
        self.byteorder = format[:-1]
        if not self.byteorder in byteorders:
            raise ValueError("unrecognized packing byteorder: %s" %
                             self.byteorder)
        self.bytesize = struct.calcsize(format)
        self.bitsize = self.bytesize * 8
        if self.code in tuple('bhilqn'):
            self.signed = True
            self.min_value = -(2**(self.bitsize - 1))
            self.max_value = 2**(self.bitsize - 1) - 1
        elif self.code in tuple('BHILQN'):
            self.signed = False
            self.min_value = 0
            self.max_value = 2**self.bitsize - 1
        else:
            raise ValueError("unrecognized format code: %s" %
                             self.code)
        self.passed = 0
        self.failed = 0
        self.out_of_range = {}

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print("    FAILED:", what)

    def test_one(self, x, pack=struct.pack, unpack=struct.unpack):
        format = self.format
        if self.min_value <= x <= self.max_value:
            expected = x
            if self.signed and x < 0:
                expected += 1 << self.bitsize
            self.check(expected >= 0, ("expected >= 0", x))
            expected = '%x' % expected
            if len(expected) & 1:
                expected = "0" + expected
            expected = bytes.fromhex(expected)
            expected = (b"\x00" * (self.bytesize - len(expected)) +
                        expected)
            if (self.byteorder == '<' or
                    self.byteorder in ('', '@', '=') and not ISBIGENDIAN):
                expected = string_reverse(expected)
            self.check(len(expected) == self.bytesize, ("size", x))

            # Pack work?
            got = pack(format, x)
            self.check(got == expected, ("pack", x, got, expected))

            # Unpack work?
            retrieved = unpack(format, got)[0]
            self.check(x == retrieved, ("unpack", x, retrieved))

            # Adding any byte should cause a "too big" error.
            try:
                unpack(format, b'\x01' + got)
            except (struct.error, TypeError) as e:
                self.check(True, None)
            else:
                self.check(False, ("unpack too big", x))
        else:
            # x is out of range -- verify pack realizes that.
            try:
                pack(format, x)
            except (OverflowError, ValueError, struct.error) as e:
                message = f"{type(e).__name__}: {e}"
                self.out_of_range[message] = self.out_of_range.get(message, 0) + 1
                self.check(True, None)
            else:
                self.check(False, ("pack out of range", x))

    def run(self):
        from random import randrange

        # Create all interesting powers of 2.
        values = []
        for exp in range(self.bitsize + 3):
            values.append(1 << exp)

        # Add some random values.
        for i in range(self.bitsize):
            val = 0
            for j in range(self.bytesize):
                val = (val << 8) | randrange(256)
            values.append(val)

        # Values absorbed from other tests
        values.extend([300, 700000, sys.maxsize * 4])

        # Try all those, and their negations, and +-1 from
        # them.  Note that this tests all power-of-2
        # boundaries in range, and a few out of range, plus
        # +-(2**n +- 1).
        for base in values:
            for val in -base, base:
                for incr in -1, 0, 1:
                    x = val + incr
                    self.test_one(x)
        print(f"  {self.format!r}: {self.passed} checks passed, {self.failed} failed; out of range: {self.out_of_range}")

        # Some error cases.
        class NotAnInt:
            def __int__(self):
                return 42

        # Objects with an '__index__' method should be allowed
        # to pack as integers.  That is assuming the implemented
        # '__index__' method returns an 'int'.
        class Indexable(object):
            def __init__(self, value):
                self._value = value

            def __index__(self):
                return self._value

        # If the '__index__' method raises a type error, then
        # '__int__' should be used with a deprecation warning.
        class BadIndex(object):
            def __index__(self):
                raise TypeError

            def __int__(self):
                return 42

        errors = [error_of(struct.pack, self.format, "a string"),
                  error_of(struct.pack, self.format, randrange),
                  error_of(struct.pack, self.format, 3 + 42j),
                  error_of(struct.pack, self.format, NotAnInt()),
                  error_of(struct.pack, self.format, BadIndex())]
        print("    errors:", errors)

        # Check for legitimate values from '__index__'.
        packed = []
        for obj in (Indexable(0), Indexable(10), Indexable(17),
                    Indexable(42), Indexable(100), Indexable(127)):
            try:
                packed.append(struct.pack(format, obj))
            except:
                print("    integer code pack failed on object with '__index__' method")
        print("    from __index__:", packed)

        # Check for bogus values from '__index__'.
        errors = []
        for obj in (Indexable(b'a'), Indexable('b'), Indexable(None),
                    Indexable({'a': 1}), Indexable([1, 2, 3])):
            errors.append(error_of(struct.pack, self.format, obj))
        print("    bogus __index__:", errors)


print("test_integers")
random.seed(1234)
for code, byteorder in iter_integer_formats():
    format = byteorder + code
    t = IntTester(format)
    t.run()

print("test_issue98248")


def test_error_msg(prefix, int_type, is_unsigned):
    fmt_str = prefix + int_type
    size = struct.calcsize(fmt_str)
    if is_unsigned:
        max_ = 2 ** (size * 8) - 1
        min_ = 0
    else:
        max_ = 2 ** (size * 8 - 1) - 1
        min_ = -2 ** (size * 8 - 1)
    error_msg = f"'{int_type}' format requires {min_} <= number <= {max_}"
    messages = set()
    for number in [int(-1e50), min_ - 1, max_ + 1, int(1e50)]:
        try:
            struct.pack(fmt_str, number)
        except struct.error as e:
            messages.add(str(e))
    print(f"  {fmt_str!r}: {sorted(messages)} {messages == {error_msg}}")
    not_number = ""
    print("   ", error_of(struct.pack, fmt_str, not_number))


for prefix in '@=<>':
    for int_type in 'BHILQ':
        test_error_msg(prefix, int_type, True)
    for int_type in 'bhilq':
        test_error_msg(prefix, int_type, False)

int_type = 'N'
test_error_msg('@', int_type, True)

int_type = 'n'
test_error_msg('@', int_type, False)

print("test_issue98248_error_propagation")


class Div0:
    def __index__(self):
        1 / 0


def test_error_propagation(fmt_str):
    print(f"  {fmt_str!r}:", error_of(struct.pack, fmt_str, Div0()))


for prefix in '@=<>':
    for int_type in 'BHILQbhilq':
        test_error_propagation(prefix + int_type)

test_error_propagation('N')
test_error_propagation('n')
