# Generator expressions: lazy, with their own scope, the first iterable evaluated eagerly.
log = []


def source(n):
    log.append("source called")
    for i in range(n):
        log.append(f"produce {i}")
        yield i


def noisy(x):
    log.append(f"map {x}")
    return x * 10


g = (noisy(x) for x in source(3))
print(log)
print(next(g))
print(log)
print(list(g))
print(log)
x = "outer x"
squares = [x for x in range(3)]
gen = (x for x in range(5))
print(x, list(gen), x)
try:
    (1 for _ in 5)
except TypeError as e:
    print("eager:", e)
lazy = (1 // 0 for _ in range(1))
print("not evaluated yet")
try:
    next(lazy)
except ZeroDivisionError as e:
    print("lazy:", e)
n = 3
scaled = (i * n for i in range(3))
n = 100
print(list(scaled))
pairs = ((a, b) for a in range(3) for b in range(a) if a + b > 1)
print(list(pairs))
print(sum(i for i in range(10) if i % 3 == 0))
print(max((len(w), w) for w in "the quick brown foxes".split()))
g = (c.upper() for c in "abc")
print(next(g), list(g), list(g))
print(type(g).__name__, repr(g)[:26])


def in_function(items, k):
    return list(v * k for v in items if v != k)


print(in_function([1, 2, 3, 2], 2))
nested = list(sum(row) for row in ([1, 2], [3, 4]))
print(nested)
outer = [1, 2]
g = (o for o in outer)
outer = [7, 8, 9]
print(list(g))
g = (a + b for a, b in [(1, 2), (3, 4)])
print(list(g))
