# collections.deque: both ends, bounded length, rotation, indexing, comparisons and errors as CPython 3.12 has them.
import collections
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d, d.count(7), d.index(7), d.index(8, 2, 10), 3 in d, "z" in d, bool(deque()), d.maxlen)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
d.reverse()
print(d, list(reversed(d)))
d[1] = "X"
del d[0]
d.insert(1, "ins")
d.insert(-100, "first")
d.insert(100, "last")
d.remove("X")
print(d)
e = d.copy()
e.clear()
print(e, d == d.copy(), d == list(d), deque([1, 2]) < deque([1, 3]), deque([1]) <= deque([1]))
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
b.appendleft(-1)
print(b)
b.extend([20, 21])
print(b, repr(deque(maxlen=0)), deque("abc", 0))
z = deque(maxlen=0)
z.append(1)
print(z)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, deque("ab", maxlen=3) * 2)
f = deque([1])
f += [2, 3]
f *= 2
print(f)
f.extend(f)
print(f, type(f), collections.deque is deque)
r = deque()
r.append(r)
print(r)
for call in (lambda: deque(maxlen=-1), lambda: deque(maxlen="a"), lambda: deque().pop(), lambda: deque().popleft(),
             lambda: deque([1])[5], lambda: deque([1]).index(7), lambda: deque([1]).remove(7),
             lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque([1])[1:2], lambda: deque([1]) + [2],
             lambda: hash(deque()), lambda: deque(1), lambda: deque([1], 2, 3), lambda: deque(foo=1), lambda: deque([1]) < [2]):
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
g = deque([1, 2, 3])
try:
    for x in g:
        g.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
h = deque(range(5))
window = []
while h:
    window.append(h.popleft() if len(h) % 2 else h.pop())
print(window)
