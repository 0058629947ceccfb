import math
import math as m
from math import sqrt, pi, floor
import sys, time
print(math.sqrt(16), sqrt(2), m.floor(2.5), floor(-2.5), math.ceil(2.1), type(math.floor(2.5)))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6))
print(math.factorial(20), math.factorial(25))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.log(8, 2), math.log(100, 10), math.log(math.e), math.log2(1024), math.log10(1000))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.prod([1.5, 2], start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.isqrt(99), math.hypot(3, 4), math.trunc(-3.7), math.fabs(-3))
print(math.pow(2, 10), math.exp(1), math.sin(0), math.cos(0), math.atan2(1, 1))
print(math.degrees(math.pi), math.radians(180))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.modf(3.5))
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1.0))
print(math.log(2**1000), math.floor(10**30), math.floor(True))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.sqrt("a"),
            lambda: math.floor(math.inf), lambda: math.floor(math.nan), lambda: math.exp(1000),
            lambda: math.factorial(1.5), lambda: math.comb(-1, 2), lambda: math.isqrt(-1), lambda: math.pow(0, -1)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(sys.maxsize, sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
n = sys.stdout.write("hello\n")
print(n)
t0 = time.perf_counter(); t1 = time.time()
print(type(t0), t1 > 1e9, time.perf_counter() >= t0)

print(len(sys.argv))
math.sqrt = lambda x: "patched"
print(math.sqrt(4))
sys.exit(3)
