# statistics: variance, standard deviation, covariance, correlation, linear regression and NormalDist (cases from
# CPython's test_statistics.py).
import math
from statistics import *
from fractions import Fraction as F
from decimal import Decimal as D


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))


data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
show(variance, data)
show(variance, data, 1.25)
show(pvariance, data)
show(pvariance, data, mu=1.5)
show(stdev, data)
show(pstdev, data)
show(variance, [1, 2, 3, 4])
show(pvariance, [1, 2, 3, 4])
show(variance, [F(1, 4), F(5, 4), F(1, 2)])
show(pvariance, [F(1, 4), F(5, 4), F(1, 2)])
show(variance, [D('27.5'), D('30.25'), D('30.25'), D('34.5'), D('41.75')])
show(stdev, [D('27.5'), D('30.25'), D('30.25'), D('34.5'), D('41.75')])
show(pstdev, [D('1.5'), D('2.5')])
show(stdev, [F(1, 2), F(3, 2)])
show(stdev, [1, 2, 4, 5, 8])
show(pstdev, [10**20, 10**20 + 2])
show(variance, [1.0] * 5)
show(variance, [1])
show(stdev, [1])
show(pvariance, [])
show(pstdev, [])
show(variance, [1, 2, float('inf')])
show(variance, [1, float('nan')])
show(variance, iter([1, 2, 3]))
show(stdev, [1e100, 1e100 + 1e85, 1e100 - 1e85])
show(variance, ['a'])

# covariance, correlation, linear_regression
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
show(covariance, x, y)
show(covariance, x, x[::-1])
show(correlation, x, x)
show(correlation, x, x[::-1])
show(correlation, x, y)
show(correlation, [1, 2, 3, 4, 5], [1, 2, 3, 5, 8], method='ranked')
show(correlation, [1.5, 2.5, 3.0, 2.0], [10, 30, 20, 40])
show(covariance, [1], [2])
show(covariance, [1, 2], [2])
show(correlation, [1, 2], [3])
show(correlation, [1, 1, 1], [1, 2, 3])
show(correlation, [1], [1])
show(correlation, [1, 2], [3, 4], method='x')
show(linear_regression, [1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
show(linear_regression, [1, 2, 3, 4, 5], [4, 5, 9, 8, 12], proportional=True)
show(linear_regression, [1.5, 2.5, 3.5], [2.0, 3.5, 4.0])
r = linear_regression([1, 2, 3], [2, 4, 6])
print(r.slope, r.intercept, r[0], type(r).__name__)
show(linear_regression, [1, 1, 1], [1, 2, 3])
show(linear_regression, [1], [2])
show(linear_regression, [1, 2], [1])

# NormalDist
n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.pdf(115), n.inv_cdf(0.975), n.zscore(130), n.quantiles(), n.quantiles(5))
print(NormalDist(), NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
a, b = NormalDist(10, 2), NormalDist(3, 1.5)
print(a + b, a - b, a * 3, 3 * a, a / 2, a + 5, 5 - a, -a, +a, a == NormalDist(10, 2), a != b)
print(hash(a) == hash(NormalDist(10, 2)), NormalDist(0, 1).inv_cdf(0.5), NormalDist(0, 1).inv_cdf(1e-10))
print([round(v, 12) for v in NormalDist(5, 2).samples(0, seed=1)], len(NormalDist(5, 2).samples(7, seed=42)))
print(NormalDist(5, 2).samples(3, seed=42) == NormalDist(5, 2).samples(3, seed=42))
show(NormalDist, 0, -1)
show(NormalDist(0, 0).pdf, 1)
show(NormalDist(0, 1).inv_cdf, 0)
show(NormalDist(0, 1).inv_cdf, 1.5)
show(NormalDist(0, 0).inv_cdf, 0.5)
show(NormalDist(0, 0).zscore, 1)
show(NormalDist.from_samples, [1])
show(NormalDist(0, 1).quantiles, 0)
show(lambda: NormalDist(0, 1) + 'x')
print(sorted(NormalDist.__slots__))
show(NormalDist(0, 1).cdf, 0.5) if False else None
