# itertools.tee: independent iterators over one source, each item drawn once (cases from CPython's
# Lib/test/test_itertools.py test_tee).
import itertools
import copy
from itertools import tee, islice, count

drawn = []


def source():
    for i in range(5):
        drawn.append(i)
        yield i


a, b = tee(source())
print(next(a), next(a), drawn, next(b), list(a), list(b), drawn, type(a).__name__, type(a) is type(b))
print(tee([1], 0), len(tee([1, 2], 3)), [list(t) for t in tee("abc", 3)], tee([]) != (), [list(t) for t in tee([])])
c, = tee(iter([5, 6]), 1)
d = copy.copy(c)
e = c.__copy__()
print(next(c), list(d), list(c), list(e))
x = iter([1, 2])
t1, t2 = tee(x)
t3, t4 = tee(t1)
print(t3 is t1, list(t3), list(t2), list(t4))
evens, odds = tee(count())
print(list(islice(evens, 0, 10, 2)), list(islice(odds, 1, 10, 2)))
pairs = tee(range(4))
print(list(zip(*pairs)), [list(p) for p in pairs])


def pairwise_recipe(iterable):
    x, y = tee(iterable)
    next(y, None)
    return zip(x, y)


print(list(pairwise_recipe("abcde")))
for bad in [lambda: tee([1], -1), lambda: tee(5), lambda: tee(), lambda: tee([1], 2, 3), lambda: tee([1], n=2)]:
    try:
        bad()
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)


class Copyable:
    def __init__(self, items, log):
        self.items = list(items)
        self.log = log

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)

    def __copy__(self):
        self.log.append("copied")
        return Copyable(self.items, self.log)


log = []
p, q, r = tee(Copyable([7, 8], log), 3)
print(log, list(p), list(q), list(r), type(p).__name__)
