# Ported from CPython 3.12's Lib/test/test_abstract_numbers.py (TestNumbers: test_int, test_float, test_complex),
# with further checks of the tower: bool through int, the abstract methods each class leaves, the mixin methods a
# concrete subclass inherits, Number's __hash__ = None, and a class registered as a virtual subclass.
import math
import operator
import numbers
from numbers import Number, Complex, Real, Rational, Integral


def check_raises(exc, f, *args):
    try:
        r = f(*args)
    except exc as e:
        print("  raised", type(e).__name__ + ":", e)
    else:
        print("  not raised:", r)


print("test_int")
print(issubclass(int, Integral), issubclass(int, Complex))
print(7 == int(7).real, 0 == int(7).imag, 7 == int(7).conjugate(), -7 == int(-7).conjugate())
print(7 == int(7).numerator, 1 == int(7).denominator)

print("test_float")
print(issubclass(float, Rational), issubclass(float, Real))
print(7.3 == float(7.3).real, 0 == float(7.3).imag, 7.3 == float(7.3).conjugate(), -7.3 == float(-7.3).conjugate())

print("test_complex")
print(issubclass(complex, Real), issubclass(complex, Complex))
c1, c2 = complex(3, 2), complex(4, 1)
check_raises(TypeError, math.trunc, c1)
check_raises(TypeError, operator.mod, c1, c2)
check_raises(TypeError, divmod, c1, c2)
check_raises(TypeError, operator.floordiv, c1, c2)
check_raises(TypeError, float, c1)
check_raises(TypeError, int, c1)

print("isinstance across the tower")
for value in (3, True, 1.5, 2j, "3", None, [1]):
    print(repr(value), [isinstance(value, c) for c in (Number, Complex, Real, Rational, Integral)])
for t in (bool, int, float, complex, str, object):
    print(t.__name__, [issubclass(t, c) for c in (Number, Complex, Real, Rational, Integral)])
print(issubclass(Integral, Number), issubclass(Number, Integral), issubclass(Rational, Real))
print(numbers.__all__)

print("abstract methods")
for c in (Number, Complex, Real, Rational, Integral):
    print(c.__name__, sorted(c.__abstractmethods__))
for c in (Number, Complex, Real, Rational, Integral):
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
    else:
        print(c.__name__, "instantiated")
print(Number.__hash__ is None, Complex.__hash__ is None)
print(Number.__slots__, Integral.__slots__)


class MyIntegral(Integral):
    # An Integral implemented on top of an int: only the abstract methods, the rest comes from the mixins.
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"MyIntegral({self.v})"
    def __int__(self):
        return self.v
    def __pow__(self, exponent, modulus=None):
        return MyIntegral(pow(self.v, int(exponent), modulus))
    def __rpow__(self, base):
        return base ** self.v
    def __lshift__(self, other): return MyIntegral(self.v << int(other))
    def __rlshift__(self, other): return other << self.v
    def __rshift__(self, other): return MyIntegral(self.v >> int(other))
    def __rrshift__(self, other): return other >> self.v
    def __and__(self, other): return MyIntegral(self.v & int(other))
    def __rand__(self, other): return other & self.v
    def __xor__(self, other): return MyIntegral(self.v ^ int(other))
    def __rxor__(self, other): return other ^ self.v
    def __or__(self, other): return MyIntegral(self.v | int(other))
    def __ror__(self, other): return other | self.v
    def __invert__(self): return MyIntegral(~self.v)
    def __add__(self, other): return MyIntegral(self.v + int(other))
    def __radd__(self, other): return other + self.v
    def __neg__(self): return MyIntegral(-self.v)
    def __pos__(self): return MyIntegral(self.v)
    def __mul__(self, other): return MyIntegral(self.v * int(other))
    def __rmul__(self, other): return other * self.v
    def __truediv__(self, other): return self.v / int(other)
    def __rtruediv__(self, other): return other / self.v
    def __abs__(self): return MyIntegral(abs(self.v))
    def __eq__(self, other): return self.v == int(other)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, ndigits=None): return self.v
    def __floordiv__(self, other): return MyIntegral(self.v // int(other))
    def __rfloordiv__(self, other): return other // self.v
    def __mod__(self, other): return MyIntegral(self.v % int(other))
    def __rmod__(self, other): return other % self.v
    def __lt__(self, other): return self.v < int(other)
    def __le__(self, other): return self.v <= int(other)


print("mixin methods of a concrete Integral")
print(sorted(MyIntegral.__abstractmethods__))
m = MyIntegral(7)
print(m, isinstance(m, Number), isinstance(m, Real), isinstance(m, int))
print(m - 2, 10 - m, divmod(m, 3), divmod(23, m))
print(complex(m), m.real, m.imag, m.conjugate(), m.numerator, m.denominator)
print(float(m), operator.index(m), [10, 20, 30, 40, 50, 60, 70, 80][m], bool(m), bool(MyIntegral(0)))


class Incomplete(Real):
    def __float__(self):
        return 1.0


print("a Real missing methods")
print(sorted(Incomplete.__abstractmethods__))
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)


class Virtual:
    pass


print("registration")
print(issubclass(Virtual, Real), isinstance(Virtual(), Number))
print(Real.register(Virtual) is Virtual)
print(issubclass(Virtual, Real), issubclass(Virtual, Complex), issubclass(Virtual, Number), issubclass(Virtual, Rational))
print(isinstance(Virtual(), Number), isinstance(Virtual(), Integral))
try:
    Integral.register(Number)
except RuntimeError as e:
    print("RuntimeError:", e)
