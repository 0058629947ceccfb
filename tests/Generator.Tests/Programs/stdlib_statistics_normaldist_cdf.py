# NormalDist.cdf and NormalDist.overlap (which use math.erf), and math.erf/math.erfc themselves (cases from CPython's
# test_statistics.py and test_math.py).
import math
from statistics import NormalDist, StatisticsError

X = NormalDist(100, 15)
print([X.cdf(x) for x in (55, 70, 85, 100, 115, 130, 145)])
print(NormalDist(0, 1).cdf(0), NormalDist(0, 1).cdf(1.96), NormalDist(0, 1).cdf(-8), NormalDist(0, 1).cdf(40))
for p in (0.001, 0.025, 0.5, 0.975, 0.999):
    print(p, X.cdf(X.inv_cdf(p)))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(0, 1)),
      NormalDist(0, 1).overlap(NormalDist(5, 1)), NormalDist(0, 2).overlap(NormalDist(0, 1)))
try:
    NormalDist(0, 0).cdf(1)
except StatisticsError as e:
    print('StatisticsError', e)
try:
    NormalDist(0, 0).overlap(NormalDist(0, 0))
except StatisticsError as e:
    print('StatisticsError', e)
try:
    NormalDist(0, 1).overlap(2)
except TypeError as e:
    print('TypeError', e)
for x in (0.0, -0.0, 1e-300, 0.1, 0.5, 0.84375, 1.0, 1.25, 2.5, 3.0, 6.0, 28.0, -1.5, float('inf'), float('-inf')):
    print(x, math.erf(x), math.erfc(x))
print(math.isnan(math.erf(float('nan'))), math.isnan(math.erfc(float('nan'))), math.erf(1), math.erfc(True))
try:
    math.erf('x')
except TypeError as e:
    print('TypeError', e)
