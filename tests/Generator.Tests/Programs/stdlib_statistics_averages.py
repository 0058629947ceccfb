# statistics: the averages and their errors (cases from CPython's test_statistics.py).
import statistics
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


# mean
show(mean, [1, 2, 3, 4, 4])
show(mean, [-1.0, 2.5, 3.25, 5.75])
show(mean, [F(1, 2), F(3, 4), F(5, 8)])
show(mean, [D('0.5'), D('0.75'), D('0.625'), D('0.375')])
show(mean, [1, 2.5])
show(mean, iter([10, 20, 30]))
show(mean, (x for x in range(1, 101)))
show(mean, [True, False, True])
show(mean, [1e308, 1e308])
show(mean, [float('inf'), 1])
show(mean, [float('nan'), 1])
show(mean, [])
show(mean, [F(1, 2), 0.5])
try:
    mean([D('1.5'), 2.5])
except TypeError:
    print('TypeError')  # (its message names the two types in a set's order)
show(mean, ['a', 'b'])

# fmean
show(fmean, [3.5, 4.0, 5.25])
show(fmean, [1, 2, 3], weights=[3, 2, 1])
show(fmean, iter([F(1, 3), F(2, 3)]))
show(fmean, [])
show(fmean, [1, 2], weights=[1])
show(fmean, [1, 2], weights=[0, 0])
show(fmean, (i for i in range(10)))

# geometric_mean and harmonic_mean
show(geometric_mean, [54, 24, 36])
show(geometric_mean, [2.0, 8.0])
show(geometric_mean, [])
show(geometric_mean, [1, -1])
show(geometric_mean, [0, 5])
show(harmonic_mean, [2.5, 3, 10])
show(harmonic_mean, [40, 60], weights=[5, 30])
show(harmonic_mean, [F(1, 2), F(1, 3)])
show(harmonic_mean, [D('2'), D('3')])
show(harmonic_mean, [1, 0, 2])
show(harmonic_mean, [1, -2])
show(harmonic_mean, [])
show(harmonic_mean, [5])
show(harmonic_mean, [1, 2], weights=[1])

# median and friends
for data in [[1, 3, 5], [1, 3, 5, 7], [F(1, 2), F(1, 3)], [D('1.5'), D('2.5')], [2.5, 1.25, 3.75, 0.5], range(10)]:
    print(median(data), median_low(data), median_high(data))
show(median, [])
show(median_low, [])
show(median_high, [])
show(median_grouped, [52, 52, 53, 54])
show(median_grouped, [1, 2, 2, 3, 4, 4, 4, 4, 4, 5])
show(median_grouped, [1, 3, 3, 5, 7], interval=1)
show(median_grouped, [1, 3, 3, 5, 7], interval=2)
show(median_grouped, [2.5, 3.5, 3.5])
show(median_grouped, [])
show(median_grouped, ['a', 'b'])
show(median_grouped, [1, 2], interval='x')

# mode and multimode
show(mode, [1, 1, 2, 3, 3, 3, 3, 4])
show(mode, ['red', 'blue', 'blue', 'red', 'green', 'red', 'red'])
show(mode, 'aabbbcc')
show(mode, [1.5, 2.5, 1.5])
show(mode, [])
show(mode, iter([(1, 2), (1, 2), (3, 4)]))
show(multimode, 'aabbbbccddddeeffffgg')
show(multimode, '')
show(multimode, [1, 2, 3])

# quantiles
show(quantiles, [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
                 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
                 103, 107, 101, 81, 109, 104], n=10)
show(quantiles, range(1, 11))
show(quantiles, range(1, 11), n=4, method='inclusive')
show(quantiles, [F(1, 2), F(3, 2), F(5, 2)], n=2)
show(quantiles, [1.5, 2.5], n=5)
show(quantiles, [1, 2], n=0)
show(quantiles, [1], n=4)
show(quantiles, [1, 2, 3], method='x')
show(quantiles, [5], n=4, method='inclusive')
show(quantiles, [], n=4)
print(StatisticsError.__mro__[1].__name__, issubclass(StatisticsError, ValueError))
