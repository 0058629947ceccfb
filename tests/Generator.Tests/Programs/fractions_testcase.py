# The test stand-in and the helper classes the programs ported from CPython's Lib/test/test_fractions.py share (a
# helper module: it has no .expected of its own): FractionTest's own assertions (assertTypedEquals,
# assertTypedTupleEquals, assertRaisesMessage) on top of cpython_testcase's TestCase, assertRaises in its callable
# form too, assertAlmostEqual, and the test file's DummyFloat, DummyRational and DummyFraction.
import math
import numbers
import operator
import fractions
from cpython_testcase import TestCase, show, run

F = fractions.Fraction


class DummyFloat(object):
    """Dummy float class for testing comparisons with Fractions"""

    def __init__(self, value):
        if not isinstance(value, float):
            raise TypeError("DummyFloat can only be initialized from float")
        self.value = value

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(F.from_float(self.value), other)
        elif isinstance(other, DummyFloat):
            return op(self.value, other.value)
        else:
            return NotImplemented

    def __eq__(self, other): return self._richcmp(other, operator.eq)
    def __le__(self, other): return self._richcmp(other, operator.le)
    def __lt__(self, other): return self._richcmp(other, operator.lt)
    def __ge__(self, other): return self._richcmp(other, operator.ge)
    def __gt__(self, other): return self._richcmp(other, operator.gt)

    # comparisons must not call __float__ or __sub__
    def __float__(self):
        assert False, "__float__ should not be invoked for comparisons"

    def __sub__(self, other):
        assert False, "__sub__ should not be invoked for comparisons"
    __rsub__ = __sub__


class DummyRational(object):
    """Test comparison of Fraction with a naive rational implementation."""

    def __init__(self, num, den):
        g = math.gcd(num, den)
        self.num = num // g
        self.den = den // g

    def __eq__(self, other):
        if isinstance(other, fractions.Fraction):
            return (self.num == other._numerator and
                    self.den == other._denominator)
        else:
            return NotImplemented

    def __lt__(self, other):
        return(self.num * other._denominator < self.den * other._numerator)

    def __gt__(self, other):
        return(self.num * other._denominator > self.den * other._numerator)

    def __le__(self, other):
        return(self.num * other._denominator <= self.den * other._numerator)

    def __ge__(self, other):
        return(self.num * other._denominator >= self.den * other._numerator)

    # a comparison must not go through float
    def __float__(self):
        assert False, "__float__ should not be invoked"


class DummyFraction(fractions.Fraction):
    """Dummy Fraction subclass for copy and deepcopy testing."""


def _components(r):
    return (r.numerator, r.denominator)


class FractionTestCase(TestCase):
    def assertTypedEquals(self, expected, actual):
        print(f"  assertTypedEquals({show(expected)}, {show(actual)}): "
              f"{type(expected) is type(actual) and expected == actual}")

    def assertTypedTupleEquals(self, expected, actual):
        same = (expected == actual
                and [type(x) for x in expected] == [type(x) for x in actual])
        print(f"  assertTypedTupleEquals({show(expected)}, {show(actual)}): {same}")

    def assertRaisesMessage(self, exc_type, message, callable, *args, **kwargs):
        try:
            callable(*args, **kwargs)
        except exc_type as e:
            print(f"  assertRaisesMessage({exc_type.__name__}, {message!r}): {message == str(e)}")
        else:
            print(f"  assertRaisesMessage({exc_type.__name__}, {message!r}): not raised")

    def assertRaises(self, expected, *args, **kwargs):
        if not args:
            return TestCase.assertRaises(self, expected)
        callable = args[0]
        try:
            callable(*args[1:], **kwargs)
        except expected as e:
            print(f"  assertRaises({expected.__name__}): {type(e).__name__}: {e}")
        else:
            print(f"  assertRaises({expected.__name__}): not raised")

    def assertAlmostEqual(self, first, second):
        print(f"  assertAlmostEqual({show(first)}, {show(second)}): {round(abs(first - second), 7) == 0}")

    def assertTupleEqual(self, first, second):
        print(f"  assertTupleEqual({show(first)}, {show(second)}): {first == second}")
