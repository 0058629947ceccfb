# Decimal: construction, str/repr, arithmetic, comparisons, hashing, conversions and the methods (cases from
# CPython's test_decimal.py: ExplicitConstructionTest, ImplicitConstructionTest, ArithmeticOperatorsTest,
# UsabilityTest, PythonAPItests).
import math
from decimal import *


def show_type(f):
    # (the operators' TypeError messages name the class: CPython's C type is 'decimal.Decimal')
    try:
        f()
    except Exception as e:
        print(type(e).__name__)


def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


setcontext(Context())

# explicit construction
print(repr(Decimal()), repr(Decimal(None)) if False else '')
for v in [45, -45, 0, 10**30, -10**30, '45', '-45.34', '  3.4 ', '1_000.5', '1e+3', '-0E-7', 'Inf', '-infinity', 'nan',
          'NaN123', '-sNaN45', '\u0661\u0662.\u0663', ' \t1.5\n ', (0, (4, 5, 3, 4), -2), (1, (4, 5, 3, 4), -2),
          (0, (), 'F'), (1, (0,), 'F'), (0, (1, 2), 'n'), (1, [0, 0, 7], 'N'), [0, (0,), 0]]:
    print(repr(Decimal(v)))
for v in ['xyz', '1.2.3', '', '1e', '1 2', '_1', '1__0', (0, (1,), 'x'), (2, (1,), 0), (0, (10,), 0), (0, (1,)),
          [1, 2, 3, 4], 1j, [1], {}, 1.5j, (0.5, (1,), 0), (0, (1,), 1.5), (0, (1,), 10**20)]:
    show(Decimal, v)
print(repr(Decimal(Decimal('-2.50'))), repr(Decimal(0.1)), repr(Decimal(-0.0)), repr(Decimal(float('inf'))),
      repr(Decimal(float('nan'))))
print(repr(Decimal.from_float(0.5)), repr(Decimal.from_float(10)), repr(Decimal.from_float(-float('inf'))))
show(Decimal.from_float, '1')
print(repr(Context(prec=5).create_decimal('1.2345678')), repr(Context(prec=3).create_decimal_from_float(math.pi)))

# str, repr, to_eng_string
for s in ['0', '0.00', '123E+2', '1E-7', '0.000001', '-1.23E+15', '5E-6', '123.456E-40', 'Inf', '-sNaN', 'NaN12',
          '1.000000000000000000000001', '1E+999999', '12345678901234567890123456789012345']:
    d = Decimal(s)
    print(s, str(d), repr(d), d.to_eng_string())

# arithmetic
a, b = Decimal('7.3'), Decimal('-2.1')
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, +b, abs(b), a ** 2, divmod(a, b), divmod(-a, b))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, a // 2, 7 // Decimal(2), a % 2, 10 % a, 2 ** Decimal(3))
print(Decimal(2) ** Decimal('0.5'), Decimal(-8) ** Decimal(3), Decimal(10) ** -3, Decimal('1.1') ** 30)
print(pow(Decimal(3), 5, 7), pow(Decimal(-3), 5, 7), pow(Decimal(2), 100, 10**9 + 7))
show(pow, Decimal(2), Decimal('0.5'), 3)
show(pow, Decimal(2), 3, 0)
show_type(lambda: a + 'x')
show_type(lambda: a + 1.5)
show_type(lambda: 1.5 * a)
show_type(lambda: a < 'x')
x = Decimal('1.1')
x += 2
x *= Decimal('1.5')
x -= 1
x /= 3
x **= 2
x //= Decimal('0.1')
print(x)

# comparisons and hashing
print(Decimal(2) > 1, Decimal('2.0') == 2, Decimal('0.5') == 0.5, Decimal('0.1') == 0.1, Decimal(1) < 1.5,
      Decimal('NaN') == Decimal('NaN'), Decimal('NaN') != 1, Decimal(3) >= 3.0)
show(lambda: Decimal('NaN') < 1)
show(lambda: Decimal('sNaN') == 1)
print(sorted([Decimal('2.5'), 1, Decimal('-1'), 0.5, Decimal('1E+1')]))
print(max(Decimal(1), Decimal('1.0')), min(Decimal('-0'), Decimal(0)))
print(hash(Decimal(5)) == hash(5), hash(Decimal('2.5')) == hash(2.5), hash(Decimal('1e100')) == hash(10**100),
      hash(Decimal('-0')), hash(Decimal('Inf')), hash(Decimal('-Inf')), hash(Decimal('0.1')))
show(hash, Decimal('sNaN'))
print(len({Decimal('1'), Decimal('1.0'), Decimal('1.00'), 1, 1.0}))

# conversions
for s in ['3.7', '-3.7', '0.5', '-0.5', '1.5', '2.5', '1E+3', '-0']:
    d = Decimal(s)
    print(s, int(d), float(d), math.floor(d), math.ceil(d), round(d), round(d, 1), math.trunc(d), complex(d), bool(d))
for s in ['NaN', 'Inf', '-Inf', 'sNaN']:
    d = Decimal(s)
    for f in [int, math.floor, round, math.trunc, float]:
        show(f, d)
show(round, Decimal('1.5'), 1.0)
show(round, Decimal('NaN'), 2)
print(repr(round(Decimal('123.456'), -1)), repr(round(Decimal('2.675'), 2)))
print(Decimal('0.75').as_integer_ratio(), Decimal('-1E+2').as_integer_ratio(), Decimal('3.14').as_tuple())
show(Decimal('Inf').as_integer_ratio)
show(Decimal('NaN').as_integer_ratio)
t = Decimal('-0.001').as_tuple()
print(t, t.sign, t.digits, t.exponent, DecimalTuple(0, (1,), 2))
print(Decimal(5).real, Decimal(5).imag, Decimal(5).conjugate(), Decimal('1.5').__reduce__())
print(Decimal('1.3').is_integer() if hasattr(Decimal, 'is_integer') else '', Decimal('2.0').adjusted())

# the methods
d = Decimal('-12.3400')
print(d.normalize(), d.copy_abs(), d.copy_negate(), d.copy_sign(1), d.quantize(Decimal('0.1')), d.quantize(Decimal('1E+1')),
      d.to_integral(), d.to_integral_exact(rounding=ROUND_CEILING), d.to_integral_value(ROUND_UP), d.adjusted(),
      d.number_class(), d.is_signed(), d.is_zero(), d.is_finite(), d.is_canonical(), d.canonical(), d.radix())
print(Decimal(2).sqrt(), Decimal(2).exp(), Decimal(2).ln(), Decimal(2).log10(), Decimal(1000).logb(),
      Decimal('0.1').sqrt(), Decimal(0).exp())
print(Decimal(7).max(Decimal(3)), Decimal(7).min(3), Decimal(-7).max_mag(3), Decimal(-7).min_mag(3),
      Decimal(5).compare(7), Decimal(5).compare_signal(Decimal(5)), Decimal('1.0').compare_total(Decimal(1)),
      Decimal('-1').compare_total_mag(Decimal('0.5')), Decimal(10).remainder_near(3), Decimal(11).remainder_near(3))
print(Decimal('1.5').next_plus(), Decimal('1.5').next_minus(), Decimal(1).next_toward(2), Decimal(1).next_toward(0))
print(Decimal(123).shift(2), Decimal(123).rotate(-1), Decimal(2).scaleb(3), Decimal(1010).logical_and(1100),
      Decimal(1010).logical_or(101), Decimal(1010).logical_xor(110), Decimal(1010).logical_invert())
print(Decimal('2.5').fma(2, 1), Decimal('1.000').same_quantum(Decimal('0.001')), Decimal('NaN').is_nan(),
      Decimal('sNaN').is_snan(), Decimal('NaN').is_qnan(), Decimal('1E-999999').is_subnormal(), Decimal(1).is_normal())
print([Decimal(s).number_class() for s in ['-Inf', '-1', '-1E-1000000', '-0', '0', '1E-1000000', '1', 'Inf', 'NaN', 'sNaN']])
show(Decimal(1).quantize, Decimal('1E-30'))
show(Decimal(1).logical_and, Decimal('1.5'))
show(Decimal(1).sqrt, 1)
print(Decimal('100').to_eng_string(), Decimal('1E+5').to_eng_string(), Decimal('-0.0001E-3').to_eng_string())

# a Decimal subclass
class MyDecimal(Decimal):
    y = None

m = MyDecimal('4.5')
print(type(m).__name__, repr(m), type(m + 1).__name__, type(MyDecimal.from_float(0.25)).__name__,
      repr(MyDecimal.from_float(0.25)), isinstance(m, Decimal))
print(Decimal.__module__, Context.__module__, InvalidOperation.__module__, issubclass(DivisionByZero, ZeroDivisionError),
      issubclass(FloatOperation, TypeError), issubclass(Overflow, Inexact), issubclass(ConversionSyntax, InvalidOperation))
