t = (1, 2, 3)
print(t, t[0], t[-1], len(t), t + (4,), t * 2, t.count(2), t.index(3), (1,), (), tuple("ab"))
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), (1, 2) < (1, 2, 3), max((1, 9), (2, 0)))
try:
    t[0] = 5
except TypeError as e:
    print(e)
s = {3, 1, 2, 3}
print(s, len(s), 2 in s, 5 in s)
s.add(10); s.discard(1); s.discard(99)
print(sorted(s))
s.remove(10)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a.isdisjoint({9}), a.issuperset({1, 2}))
print(a.union([9]), a.intersection(b, {4}), a.difference(b), a.symmetric_difference(b))
fs = frozenset([1, 2])
print(fs, fs | {3}, {fs: "ok"}[frozenset([2, 1])], set(), frozenset())
print({x % 3 for x in range(10)}, sorted({"b", "a"}), set("hello") == set("olleh"))
c = {1, 2}
c |= {3}
c &= {2, 3}
c -= {2}
print(c, set([1, 1, 2]).pop() in (1, 2), len({1, 1.0, True}))
try:
    {[1]}
except TypeError as e:
    print(e)
