# decimal contexts: Context, getcontext/setcontext, localcontext, the prebuilt contexts, signals, flags and traps,
# the context methods, and _decimal's exceptions (cases from CPython's test_decimal.py: ContextAPItests,
# ContextWithStatement, ContextFlags, SpecialContexts, ContextInputValidation).
from decimal import *
import decimal


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, HAVE_THREADS, HAVE_CONTEXTVAR, decimal.__version__,
      decimal.__libmpdec_version__)
print(ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

c = Context(prec=10, rounding=ROUND_DOWN, Emin=-50, Emax=50, capitals=0, clamp=1, flags=[Inexact],
            traps=[Overflow, DivisionByZero])
print(c)
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.flags[Inexact], c.flags[Rounded], c.traps[Overflow], c.traps[InvalidOperation])
print(c.flags)
print(type(c.flags).__name__, len(c.flags), [k.__name__ for k in c.flags])
c.traps[Rounded] = True
c.flags[Clamped] = 1
print(c)
c.clear_flags()
c.clear_traps()
print(c)
d = c.copy()
d.prec = 3
print(c.prec, d.prec, d == c)

# validation
for kw in [dict(prec=0), dict(prec=-1), dict(prec='a'), dict(prec=1.0), dict(prec=MAX_PREC + 1), dict(Emax=-1),
           dict(Emin=1), dict(capitals=2), dict(clamp=-1), dict(rounding='ROUND_X'), dict(rounding=3),
           dict(flags=[1]), dict(traps=[ValueError]), dict(flags=3), dict(traps={Inexact: 1}),
           dict(prec=2**70)]:
    show(Context, **kw)
for name, value in [('prec', 0), ('Emax', -5), ('Emin', 3), ('rounding', 'x'), ('capitals', 5), ('clamp', 2),
                    ('foo', 1), ('traps', {}), ('flags', 'abc')]:
    show(setattr, Context(), name, value)
show(delattr, Context(), 'prec')
show(Context().flags.__getitem__, 'x')
show(Context().traps.__setitem__, ValueError, 1)
show(setcontext, 'x')
show(Decimal(1).sqrt, context=1)

# getcontext / setcontext / localcontext
setcontext(Context())
print(getcontext() is getcontext(), getcontext().prec)
mine = Context(prec=5)
setcontext(mine)
print(getcontext() is mine, Decimal(1) / 3)
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext() == DefaultContext, getcontext().prec)
setcontext(Context())
orig = getcontext()
with localcontext() as ctx:
    print(ctx is not orig, ctx.prec)
    ctx.prec = 6
    print(Decimal(2).sqrt(), getcontext() is ctx)
with localcontext(prec=4, rounding=ROUND_UP) as ctx:
    print(ctx.prec, ctx.rounding, Decimal(2) / 3)
with localcontext(BasicContext) as ctx:
    print(ctx.prec, ctx.traps[Inexact], getcontext() is not BasicContext)
with localcontext(Emin=-3, Emax=3, clamp=1, capitals=0, traps=[Overflow], flags=[]) as ctx:
    print(ctx)
print(getcontext() is orig, getcontext().prec, Decimal(2) / 3)
show(localcontext, prec=-1)
show(localcontext, foo=1)
show(localcontext, prec='a')
show(localcontext, rounding=1)
try:
    with localcontext() as ctx:
        ctx.prec = 2
        raise KeyError('out')
except KeyError:
    print('restored', getcontext().prec)

# flags set by operations; traps raise _decimal's exceptions
setcontext(Context())
ctx = getcontext()
r = Decimal(1) / 3
print(ctx)
ctx.clear_flags()
for f in [lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal('abc'), lambda: Decimal('1e999999') * 100,
          lambda: Decimal(-1).sqrt(), lambda: Decimal('sNaN') + 1, lambda: Decimal(5) % 0, lambda: Decimal(5) // 0,
          lambda: divmod(Decimal(5), 0), lambda: Decimal('Inf') - Decimal('Inf'), lambda: Decimal(0) ** 0,
          lambda: Decimal(1).quantize(Decimal('1e-40')), lambda: Decimal('nan') < 1, lambda: Decimal(0).ln()]:
    ctx.clear_flags()
    try:
        print(repr(f()))
    except DecimalException as e:
        print(type(e).__name__, e, e.args[0][0] is type(e) or issubclass(e.args[0][0], type(e)),
              [s.__name__ for s in ctx.flags if ctx.flags[s]])
ctx.traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0, divmod(Decimal(5), 0) if False else '', ctx.flags[DivisionByZero])
ctx.traps[InvalidOperation] = False
print(Decimal(0) / 0, Decimal('abc'), Decimal(-4).sqrt(), Decimal(1).quantize(Decimal('1e-40')), divmod(Decimal(5), 0))
ctx.traps[Inexact] = True
show(lambda: Decimal(1) / 3)
print(Decimal(1) / 4)
ctx.traps[Inexact] = False
ctx.traps[Rounded] = True
show(lambda: Decimal(100) + Decimal('1e30'))
ctx.traps[Rounded] = False
ctx.traps[FloatOperation] = True
show(Decimal, 1.5)
show(lambda: Decimal(1) < 1.5)
print(Decimal(1) == 1.0, Decimal.from_float(1.5), ctx.create_decimal_from_float(0.25))
show(ctx.create_decimal, 1.5)
ctx.traps[FloatOperation] = False
ctx.clear_flags()
print(Decimal(1.5), ctx.flags[FloatOperation], Decimal(1) <= 2.5)
setcontext(Context(prec=3, Emin=-5, Emax=5))
ctx = getcontext()
print(ctx.create_decimal('1.2345e-7'), [s.__name__ for s in ctx.flags if ctx.flags[s]])
ctx.clear_flags()
show(ctx.create_decimal, '9.99e5')
ctx.clear_flags()
ctx.clamp = 1
print(ctx.create_decimal('1e5'), [s.__name__ for s in ctx.flags if ctx.flags[s]])

# the context's methods
setcontext(Context())
c = Context(prec=9)
print(c.abs(-3), c.add(1, 2), c.subtract(Decimal('1.1'), 2), c.multiply(3, Decimal('0.5')), c.divide(1, 7),
      c.divide_int(17, 5), c.remainder(17, 5), c.remainder_near(17, 5), c.divmod(17, 5), c.power(2, 10),
      c.power(3, 4, 5), c.sqrt(2), c.exp(1), c.ln(10), c.log10(2), c.logb(250), c.minus(4), c.plus(Decimal('1.23456789012')))
print(c.compare(1, 2), c.compare_signal(2, 1), c.compare_total(1, Decimal('1.0')), c.compare_total_mag(-2, 1),
      c.max(1, 2), c.min(1, 2), c.max_mag(-3, 2), c.min_mag(-3, 2), c.copy_abs(-1), c.copy_negate(1), c.copy_sign(1, -2),
      c.copy_decimal(5), c.fma(2, 3, 4), c.quantize(Decimal('1.2345'), Decimal('0.01')), c.same_quantum(1, 2),
      c.scaleb(1, 3), c.shift(1, 2), c.rotate(12, 1), c.logical_and(1, 1), c.logical_or(10, 1), c.logical_xor(11, 1),
      c.logical_invert(0), c.next_plus(1), c.next_minus(1), c.next_toward(1, 0), c.normalize(Decimal('1.200')),
      c.number_class(-1), c.to_sci_string(Decimal('1E+2')), c.to_eng_string(Decimal('1E+4')), c.to_integral(Decimal('2.5')),
      c.to_integral_exact(Decimal('2.5')), c.to_integral_value(Decimal('3.5')), c.radix(), c.canonical(Decimal(1)))
print(c.is_canonical(Decimal(1)), c.is_finite(1), c.is_infinite(1), c.is_nan(1), c.is_normal(1), c.is_qnan(1),
      c.is_signed(-1), c.is_snan(1), c.is_subnormal(1), c.is_zero(0))
print(c.create_decimal(), c.create_decimal('  7.50  ') if False else '', c.flags[Inexact], c.flags[Rounded])
show(c.add, 1, '2')
show(c.add, 1, 2.5)
show(c.create_decimal, ' 1.5 ')
show(c.sqrt, 'x')
show(c.power, Decimal('1.5'), 2, 3)
print(c.__reduce__()[0].__name__, c.__reduce__()[1])
print(repr(c.copy()) == repr(c))
