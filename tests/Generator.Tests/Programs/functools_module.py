# functools: reduce, partial, wraps, total_ordering, cmp_to_key, lru_cache/cache, cached_property (cases from
# CPython's Lib/test/test_functools.py).
import functools
from functools import reduce, partial, wraps, total_ordering, cmp_to_key, lru_cache, cache, cached_property

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
print(reduce(lambda a, b: a + b, ["a", "b", "c"]), reduce(lambda a, b: a + b, [], "init"))
for args in [(lambda a, b: a, []), (lambda a, b: a, 5)]:
    try:
        reduce(*args)
    except TypeError as e:
        print("TypeError", e)


def power(base, exponent, *, scale=1):
    return scale * base ** exponent


square = partial(power, exponent=2)
cube = partial(power, exponent=3, scale=10)
print(square(5), cube(2), cube(2, scale=1), square.func is power, square.args, square.keywords)
p1 = partial(power, 2)
p2 = partial(p1, 5)
print(p2(), p2.args, p2.func is power, repr(partial(max, 1, key=abs)), type(p1).__name__, callable(p1))
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)


def shout(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs).upper() + "!"
    return wrapper


@shout
def greet(name):
    """Say hello."""
    return f"hello {name}"


greet.extra = 1
print(greet("bob"), greet.__name__, greet.__doc__, greet.__wrapped__("x"), greet.__qualname__, greet.__module__)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), sorted([b, a, Version(0, 9)]), max(a, b), Version.__gt__.__name__)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)


def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=cmp_to_key(by_length_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))

calls = []


@lru_cache(maxsize=2)
def slow_square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 1, 3, 2, 1, 1]:
    slow_square(n)
print(calls, slow_square.cache_info(), slow_square.cache_parameters(), slow_square.__name__)
slow_square.cache_clear()
print(slow_square.cache_info(), slow_square(4), slow_square.cache_info().misses)


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info(), fib.__wrapped__(10))


@lru_cache
def add(a, b=0):
    return a + b


print(add(1), add(1, 2), add(1, b=2), add(1), add.cache_info())


@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)


class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def total(self):
        print("computing total")
        return sum(self.values)

    @lru_cache(maxsize=None)
    def scaled(self, k):
        return [v * k for v in self.values]


d = Dataset([1, 2, 3])
print(d.total, d.total, "total" in d.__dict__, type(Dataset.total).__name__, d.scaled(2), d.scaled(2) is d.scaled(2))
del d.total
print(d.total)
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError", e)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
