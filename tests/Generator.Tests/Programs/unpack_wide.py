# Unpacking into four targets or more: a tuple's or a list's items as they are, everything else through iteration,
# with CPython's errors; every item is read before any target is stored.
a, b, c, d = (1, 2, 3, 4)
print(a, b, c, d)
a, b, c, d, e, f, g, h, i, j = list(range(10))
print(a, j)
l = [10, 20, 30, 40]
l[3], l[2], l[1], l[0] = l
print(l)
l = [1, 2, 3, 4, 5]
l[0], l[1], l[2], l[3], l[4] = l[::-1]
print(l)
w, x, y, z = "abcd"
print(w, z)
w, x, y, z = (n * n for n in range(4))
print(w, x, y, z)
w, x, y, z = {1: 'a', 2: 'b', 3: 'c', 4: 'd'}
print(w, z)


class Box:
    def __init__(self):
        self.items = []

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


o = Box()
o.p, o.q, o.r, o.s = [5, 6, 7, 8]
for bad in ((1, 2, 3), [1, 2, 3, 4, 5], 7, iter([1, 2]), "abcde"):
    try:
        a, b, c, d = bad
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
grow = [1, 2, 3]


def values():
    yield 1
    grow.append(4)
    yield 2
    yield 3
    yield 4


a, b, c, d = values()
print(a, b, c, d, grow)
for a, b, c, d in [(1, 2, 3, 4), [5, 6, 7, 8]]:
    print(a + b + c + d)
