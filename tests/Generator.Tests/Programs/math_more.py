import math as m
from math import floor, ceil, inf, nan, isnan, isinf, pi
print(floor(3.999), ceil(3.001), floor(-3.5), ceil(-3.5), floor(5), ceil(2 ** 70), type(floor(2.0)))
print(inf > 10 ** 308, -inf < -10 ** 308, inf == inf, nan == nan, isnan(nan), isinf(-inf), inf - inf != inf - inf)
print(m.sin(pi / 2), m.cos(pi), round(m.tan(pi / 4), 10), m.asin(1), m.acos(1), m.atan(1) * 4)
print(m.exp(0), m.exp(1), m.log(1), m.log(m.e ** 2), m.log(1024, 2), m.log10(0.001), m.log2(0.5), m.log1p(0))
print(m.sqrt(0), m.sqrt(1e-300), m.sqrt(2 ** 100), m.isqrt(2 ** 100 + 1), m.isqrt(0), m.isqrt(15), m.isqrt(16))
print(m.pow(2, 0.5), m.pow(-2, 3), m.pow(0, 0), m.pow(1, inf), m.pow(inf, 0), m.fabs(-0.0))
print(m.gcd(), m.gcd(7), m.gcd(-12, 18), m.gcd(2 ** 100, 2 ** 80 * 3), m.lcm(), m.lcm(0, 5), m.lcm(-4, 6))
print(m.factorial(0), m.factorial(1), m.factorial(30), m.comb(5, 0), m.comb(5, 6), m.comb(100, 50), m.perm(5), m.perm(5, 0))
print(m.prod([]), m.prod(range(1, 11)), m.prod([2, 2.5]), m.prod(["ab"], start=1) if False else m.prod([1, 2], start=3))
print(m.fsum([0.1, 0.2, 0.3]), m.fsum([]), m.fsum([1, 2, 3]), m.fsum([1e308, 1e308, -1e308]) if False else m.fsum([0.3] * 3))
print(m.isclose(1, 1.0000000001), m.isclose(1, 1.001), m.isclose(0, 1e-10), m.isclose(0, 1e-10, abs_tol=1e-9), m.isclose(inf, inf))
print(m.degrees(1), m.radians(90), m.hypot(), m.hypot(3), m.hypot(1, 2, 2), m.dist((1, 1), (4, 5)))
print(m.copysign(0.0, -1), m.trunc(-0.9), m.modf(1.25), m.fmod(5.5, 2), m.fmod(-5.5, 2), m.tau / 2 == pi)
errors = [lambda: m.log(-1), lambda: m.log(0.0), lambda: m.sqrt(-0.1), lambda: m.acos(2), lambda: m.log(10, 1),
          lambda: m.factorial(10 ** 10) if False else m.factorial(-5), lambda: m.gcd(1.5, 2), lambda: m.pow(-1, 0.5),
          lambda: m.comb(5, -1), lambda: m.isclose(1, 2, rel_tol=-1), lambda: m.floor("x"), lambda: m.sqrt(None),
          lambda: m.exp(710), lambda: m.dist([1], [1, 2]), lambda: m.fsum(["a"]), lambda: m.log2(0), lambda: m.isqrt(2.0)]
for e in errors:
    try:
        print("no error", e())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as ex:
        print(type(ex).__name__, ex)
