# collections.UserString, ported from CPython 3.12's Lib/test/test_userstring.py: class UserStringTest (its
# checkequal/checkraises/checkcall, test_rmod, test_encode_default_args, test_encode_explicit_none_args) with the tests
# it inherits from Lib/test/string_tests.py's CommonTest, BaseTest and MixinStrUnicodeUserStringTest
# (cpython_string_tests.py); then checks of our own (reprs, conversions, comparisons, subclasses,
# __class_getitem__, the ABCs). Left out: test_replace_overflow (32-bit builds) and test_formatting_c_limits
# (_testcapi).
from cpython_suite import TestCase, run
import cpython_string_tests as string_tests

from collections import UserString

class UserStringTest(
    string_tests.CommonTest,
    string_tests.MixinStrUnicodeUserStringTest,
    TestCase
    ):
    type2test = UserString

    # Overwrite the three testing methods, because UserString
    # can't cope with arguments propagated to UserString
    # (and we don't test with subclasses)
    def checkequal(self, result, object, methodname, *args, **kwargs):
        result = self.fixtype(result)
        object = self.fixtype(object)
        # we don't fix the arguments, because UserString can't cope with it
        realresult = getattr(object, methodname)(*args, **kwargs)
        self.assertEqual(
            result,
            realresult
        )

    def checkraises(self, exc, obj, methodname, *args, expected_msg=None):
        obj = self.fixtype(obj)
        # we don't fix the arguments, because UserString can't cope with it
        with self.assertRaises(exc) as cm:
            getattr(obj, methodname)(*args)
        self.assertNotEqual(str(cm.exception), '')
        if expected_msg is not None:
            self.assertEqual(str(cm.exception), expected_msg)

    def checkcall(self, object, methodname, *args):
        object = self.fixtype(object)
        # we don't fix the arguments, because UserString can't cope with it
        getattr(object, methodname)(*args)

    def test_rmod(self):
        class ustr2(UserString):
            pass

        class ustr3(ustr2):
            def __rmod__(self, other):
                return super().__rmod__(other)

        fmt2 = ustr2('value is %s')
        str3 = ustr3('TEST')
        self.assertEqual(fmt2 % str3, 'value is TEST')

    def test_encode_default_args(self):
        self.checkequal(b'hello', 'hello', 'encode')
        # Check that encoding defaults to utf-8
        self.checkequal(b'\xf0\xa3\x91\x96', '\U00023456', 'encode')
        # Check that errors defaults to 'strict'
        self.checkraises(UnicodeError, '\ud800', 'encode')

    def test_encode_explicit_none_args(self):
        self.checkequal(b'hello', 'hello', 'encode', None, None)
        # Check that encoding defaults to utf-8
        self.checkequal(b'\xf0\xa3\x91\x96', '\U00023456', 'encode', None, None)
        # Check that errors defaults to 'strict'
        self.checkraises(UnicodeError, '\ud800', 'encode', None, None)



# The checks that pass print nothing here (string_tests makes thousands), nor do the exceptions they expect: a
# failing check prints what it compared.
UserStringTest.print_raises = False
run(UserStringTest)

print("own checks")
import copy
from collections.abc import Sequence
s = UserString("Hello")
print(s, repr(s), s.data, len(s), s[1], s[-2:], s[::-1], type(s[0]).__name__, list(s)[:2], "ell" in s, UserString("l") in s)
print(UserString(42), UserString(UserString("x")), UserString([1]), int(UserString(" 7 ")), float(UserString("2.5")), complex(UserString("1+2j")))
print(s + "!", "!" + s, s + UserString("?"), s + 1 if False else "", s * 2, 2 * s, UserString("%d-%s") % (1, "a"), "<%s>" % s)
print(s == "Hello", s == UserString("Hello"), s < "World", s <= "Hello", s > UserString("A"), s >= "Z", s != "x")
print(hash(s) == hash("Hello"), {s: 1}["Hello"] if False else len({s, "Hello"}), s.__getnewargs__(), copy.copy(s), copy.deepcopy(s))
print(s.upper(), s.lower(), s.center(9, "*"), s.ljust(7, "."), s.rjust(7), s.zfill(8), s.swapcase(), s.title(), s.casefold())
print(s.split("l"), s.rsplit("l", 1), s.partition("l"), s.rpartition("l"), s.splitlines(), UserString("a\nb").splitlines(True))
print(s.find("l"), s.rfind("l"), s.index("l"), s.rindex("l"), s.count("l"), s.count(UserString("l")), s.startswith("He"), s.endswith(("lo", "x")))
print(s.replace("l", "L", 1), s.replace(UserString("l"), UserString("_")), s.removeprefix("He"), s.removesuffix(UserString("lo")))
print(s.strip("Ho"), s.lstrip("H"), s.rstrip("o"), UserString("\ta").expandtabs(4), s.encode(), s.encode("utf-16-le"), s.join("ab"))
print(UserString("{0}-{x}").format(1, x=2), UserString("{a}").format_map({"a": 3}), s.translate(s.maketrans("l", "L")), UserString.maketrans({"a": "b"}))
print(s.isalpha(), s.isalnum(), s.isascii(), s.isdecimal(), s.isdigit(), s.isidentifier(), s.islower(), s.isnumeric(), s.isprintable(), s.isspace(), s.istitle(), s.isupper())
print(type(s.upper()).__name__, type(s.split()[0]).__name__, type(s.format()).__name__, type(s.join("ab")).__name__)


class Sub(UserString):
    pass


t = Sub("abc")
print(type(t.upper()).__name__, type(t[1:]).__name__, type(t + "d").__name__, type("d" + t).__name__, type(t * 2).__name__)
print(UserString[int], isinstance(s, Sequence), isinstance(s, str), list(reversed(t)), t.index("c"))
try:
    s.index("z")
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    s + None
    print("no error")
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    s < 3
except TypeError as e:
    print(type(e).__name__ + ":", e)
