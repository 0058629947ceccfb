# Fraction beyond test_fractions.py's cases: the examples of CPython 3.12's fractions docstrings and documentation,
# a subclass (its repr, what its operations return, from_float and copy), Fractions with the numbers ABCs, math
# functions, sum() and statistics-like uses, and the errors of bad arguments.
import math
import numbers
import operator
import copy
import fractions
from fractions import Fraction

print("docstring and documentation examples")
print(repr(Fraction(10, -8)), repr(Fraction(Fraction(1, 7), 5)), repr(Fraction(Fraction(1, 7), Fraction(2, 3))))
print(repr(Fraction('314')), repr(Fraction('-35/4')), repr(Fraction('3.1415')), repr(Fraction('-47e-2')))
print(repr(Fraction(1.47)), repr(Fraction(2.25)), repr(Fraction(16, -10)), repr(Fraction(123)), repr(Fraction()))
print(repr(Fraction('  -3/7 ')), repr(Fraction('1.414213 \t\n')), repr(Fraction('7e-6')), repr(Fraction(0.1)))
print(Fraction('3.141592653589793').limit_denominator(10), Fraction('3.141592653589793').limit_denominator(100),
      Fraction(4321, 8765).limit_denominator(10000), Fraction(1.1).limit_denominator())
print(Fraction(0.1).limit_denominator(), math.floor(Fraction(355, 113)), math.ceil(Fraction(355, 113)),
      round(Fraction(355, 113)), round(Fraction(355, 113), 3))
print(fractions.__all__, Fraction.__name__, Fraction.__module__, Fraction.__slots__)
print(f"{Fraction(355, 113):*>20.6f}", f"{Fraction(355, 113):.3e}", f"{Fraction(1, 3):.2%}", f"{Fraction(7, 2)}")

print("attributes")
f = Fraction(-7, 3)
print(f.numerator, f.denominator, f.real, f.imag, f.conjugate(), complex(f), float(f), int(f), bool(f))
print(abs(f), -f, +f, f.as_integer_ratio(), f.is_integer(), Fraction(6, 3).is_integer())
print(type(f.real).__name__, type(f.imag).__name__, type(abs(f)).__name__, type(math.trunc(f)).__name__)

print("numbers")
print(isinstance(f, numbers.Rational), isinstance(f, numbers.Integral), isinstance(f, numbers.Number),
      issubclass(Fraction, numbers.Real), sorted(Fraction.__abstractmethods__))
print(Fraction.__mro__[1:] == (numbers.Rational, numbers.Real, numbers.Complex, numbers.Number, object))

print("math")
print(math.sqrt(Fraction(1, 4)), math.isclose(Fraction(1, 3), 1 / 3), math.fsum([Fraction(1, 3)] * 3),
      math.floor(Fraction(-1, 2)), math.trunc(Fraction(-1, 2)), math.ceil(Fraction(-1, 2)), math.exp(Fraction(0)))
print(sum([Fraction(1, n) for n in range(1, 11)]), sum([Fraction(1, 2), 0.25]), sum([Fraction(1, 3)] * 3, 0))
print(max(Fraction(2, 3), Fraction(3, 5)), min([Fraction(1, 3), 0.3, Fraction(3, 10)]), sorted({Fraction(1, 2), 3, 0.25}))
h = Fraction(0)
for n in range(1, 31):
    h += Fraction(1, n)
print(h, float(h), f"{h:.20f}", h.limit_denominator(1000))
print(round(Fraction(5, 2)), round(Fraction(-5, 2)), round(Fraction(3, 2)), round(Fraction(1234, 100), -1),
      round(Fraction(1234, 100), 1), type(round(Fraction(1234, 100), 0)).__name__, round(Fraction(7, 3), 0))

print("a subclass")


class MyFraction(Fraction):
    def describe(self):
        return f"{self.numerator} over {self.denominator}"


m = MyFraction(6, 4)
print(repr(m), str(m), m.describe(), type(m + 1).__name__, type(-m).__name__, type(+m).__name__, type(abs(m)).__name__)
print(repr(MyFraction.from_float(0.75)), type(MyFraction.from_float(3)).__name__, repr(MyFraction('2.5')))
print(repr(copy.copy(m)), copy.copy(m) is m, repr(copy.deepcopy(m)), copy.copy(Fraction(1, 2)) is not None)
print(m == Fraction(3, 2), hash(m) == hash(Fraction(3, 2)), m.__reduce__()[0] is MyFraction, m.limit_denominator(1))
try:
    format(m, "x")
except ValueError as e:
    print("ValueError:", e)

print("errors")
for args in [("1/2/3",), ("1 2",), ("",), ("  ",), ("e5",), ("1e",), ("0x10",), ("nan",), ("1/-2",), ("١٢",)]:
    try:
        print(repr(Fraction(*args)))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(f"  {args!r}: {type(e).__name__}: {e}")
for args in [(None,), ([1],), (1, 2.0), (1.5, 2), ("1", 2), (1, None), (2, 0), (Fraction(0), Fraction(0)),
             (float('nan'),), (float('-inf'),), (1j,)]:
    try:
        print(repr(Fraction(*args)))
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(f"  {args!r}: {type(e).__name__}: {e}")
for call in [lambda: Fraction.from_float("0.5"), lambda: Fraction.from_float(1j), lambda: Fraction(1, 3) / 0,
             lambda: Fraction(1, 3) // 0, lambda: Fraction(1, 3) % 0, lambda: divmod(Fraction(1, 3), 0),
             lambda: Fraction(0) ** -1, lambda: 1 / Fraction(0), lambda: Fraction(2).limit_denominator(0),
             lambda: operator.index(Fraction(1)), lambda: [1, 2][Fraction(1)], lambda: Fraction(1, 3) < 1j,
             lambda: round(Fraction(1, 3), 1.5), lambda: format(Fraction(1, 3), "d"), lambda: Fraction(1) ** "x",
             lambda: hash(Fraction(1, 3)) and Fraction(1, 3).foo]:
    try:
        print(repr(call()))
    except Exception as e:
        print(f"  {type(e).__name__}: {e}")


# int() of a Fraction goes through operator.index (Fraction.__int__'s default argument): what it accepts.
class HalfIndex:
    def __index__(self):
        return 0.5


print(repr(operator.index(True)), operator.index(2**70), operator.index(-3), int(Fraction(2**70 + 1, 2)))
for v in (1.5, "3", HalfIndex(), Fraction(3)):
    try:
        operator.index(v)
    except TypeError as e:
        print("  TypeError:", e)
