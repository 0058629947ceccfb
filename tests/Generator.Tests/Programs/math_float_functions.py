# math's inverse hyperbolics, cbrt, frexp, ldexp, remainder, nextafter and ulp, with CPython 3.12's results and errors.
import math
from math import frexp, ldexp

inf, nan = float("inf"), float("nan")
print(math.acosh(2), math.asinh(2), math.atanh(0.5), math.asinh(-0.0), math.acosh(inf), math.atanh(-0.25))
print(math.cbrt(-27), math.cbrt(2), math.cbrt(0.001), math.cbrt(-0.0), math.cbrt(inf))
print(frexp(0.0), frexp(-8.5), frexp(inf), frexp(1), frexp(5e-324), frexp(1.7976931348623157e308), frexp(True))
print(ldexp(3, -1080), ldexp(1.0, -10**30), ldexp(-0.5, 3), ldexp(True, 3), ldexp(5e-324, 1074), ldexp(inf, -5), ldexp(0.75, 1024))
print(math.remainder(7, 2), math.remainder(-7.5, 2), math.remainder(1, inf), math.remainder(5, 3), math.remainder(-5, 3),
      math.remainder(2.5, 1), math.remainder(3.5, 1), math.remainder(1e300, 3.0), math.remainder(-0.0, 1))
print(math.nextafter(1, 2), math.nextafter(1, 0, steps=3), math.nextafter(0.0, 1), math.nextafter(-0.0, -1),
      math.nextafter(1.0, 1.0), math.nextafter(0.0, -0.0), math.nextafter(1, 2, steps=0), math.nextafter(1, 1.0000000000000004, steps=10**30))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(inf), math.ulp(-1e308), math.ulp(1.7976931348623157e308), math.ulp(5e-324), math.ulp(-3.5))
print(math.isnan(math.remainder(nan, 1)), math.isnan(math.ulp(nan)), math.isnan(math.nextafter(nan, 1)), frexp(nan)[1])
for call in (lambda: math.acosh(0.5), lambda: math.atanh(1), lambda: math.atanh(-2), lambda: ldexp(1.0, 2000),
             lambda: ldexp(1.0, 1.5), lambda: ldexp(1.0, 10**30), lambda: math.remainder(5, 0), lambda: math.remainder(inf, 1),
             lambda: math.nextafter(1, 2, steps=-1), lambda: math.cbrt("x"), lambda: math.nextafter(1), lambda: math.ulp()):
    try:
        print(call())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
