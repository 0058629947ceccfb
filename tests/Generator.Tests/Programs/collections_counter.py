# collections.Counter: counting, most_common, elements, arithmetic, comparisons, repr (cases from CPython's
# Lib/test/test_collections.py TestCounter).
from collections import Counter

c = Counter("abcaba")
print(c, c["a"], c["z"], "z" in c, len(c), c.total(), sorted(c), sorted(c.elements()))
print(c.most_common(), c.most_common(1), c.most_common(0), c.most_common(5))
c["a"] += 1
c["b"] -= 2
print(c, sorted(c.items()), +c, -c)
del c["a"]
del c["nope"]
print(c, repr(Counter()), Counter(a=3, b=1), Counter({"x": 2}), Counter(Counter("xyx")))
c.update("zzz")
c.update({"z": 10, "q": -1})
c.subtract(z=5)
c.subtract("b")
print(c, c.copy(), type(c.copy()).__name__, dict(c))

p, q = Counter(a=3, b=1, c=0, d=-2), Counter(a=1, b=4, e=2)
print(p + q, p - q, p | q, p & q)
r = Counter(p)
r += q
print(r)
r = Counter(p)
r -= q
print(r)
r = Counter(p)
r |= q
print(r)
r = Counter(p)
r &= q
print(r)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1))
print(Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=2), Counter(a=1) == {"a": 1}, Counter() == {})
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3), sum(wc.values()), list(wc.keys())[:4])
print(Counter(dict(a=1, b=2)), Counter([1, 1, 2, 3, 3, 3]).most_common(2))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    hash(Counter())
except TypeError as e:
    print("TypeError", e)
print(isinstance(c, dict), Counter.__name__, type(Counter()).__module__, repr(type(Counter())))
m = Counter({1: "a", 2: "b"})
print(repr(m))


class MyCounter(Counter):
    pass


print(MyCounter("aab"), MyCounter("aab") + MyCounter("b"), type(MyCounter("x").copy()).__name__)
