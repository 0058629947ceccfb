# Fraction from Decimal: the constructor and Fraction.from_decimal (cases from CPython's test_fractions.py), and
# comparisons between the two types.
from decimal import Decimal
from fractions import Fraction
import decimal


def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


for s in ['1.1', '-0.25', '3.0', '1e-3', '1E+5', '-0', '123456789.987654321', '2.5e-30']:
    print(s, repr(Fraction(Decimal(s))), repr(Fraction.from_decimal(Decimal(s))))
show(Fraction, Decimal('inf'))
show(Fraction, Decimal('-inf'))
show(Fraction, Decimal('nan'))
show(Fraction, Decimal('snan'))
show(Fraction.from_decimal, Decimal('inf'))
show(Fraction.from_decimal, Decimal('nan'))
show(Fraction.from_decimal, 5)
show(Fraction.from_decimal, True)
show(Fraction.from_decimal, 1.5)
show(Fraction.from_decimal, '3.5')
show(Fraction.from_decimal, Fraction(1, 2))
show(Fraction, Decimal('1.5'), 2)


class MyDecimal(Decimal):
    pass


print(repr(Fraction(MyDecimal('0.125'))), repr(Fraction.from_decimal(MyDecimal('7.5'))))


class Sub(Fraction):
    pass


print(type(Sub.from_decimal(Decimal('0.5'))).__name__, Sub.from_decimal(Decimal('0.5')))
print(Fraction(1, 4) == Decimal('0.25'), Decimal('0.25') == Fraction(1, 4), Decimal('0.3') < Fraction(1, 3),
      Fraction(1, 3) < Decimal('0.34'), Decimal('0.5') >= Fraction(1, 2), Decimal('NaN') == Fraction(1))
with decimal.localcontext(prec=5):
    print(Decimal(1) / 3, Fraction(Decimal(1) / 3))
