import array
from array import array as A

d = A('d', [1, 2.5, -3])
print(d, len(d), d[0], d[-1], d[1:], d[::-1], d.typecode, d.itemsize)
d[0] = 7
d.append(4)
d.extend([5, 6])
d.extend(A('d', [9.5]))
print(d, d.tolist(), 2.5 in d, d.index(4.0), d.count(5.0))
f = A('f', [0.1, 1e40])
print(f, f[0])
z = A('d', [0]) * 5
print(z, A('i', [1, 2]) + A('i', [3]), A('b') == A('b'), A('i', [1, 2]) < A('i', [1, 3]))
z *= 2
z += A('d', [1.0])
print(len(z), z[-1])
for code in array.typecodes:
    if code == 'u':
        u = A('u', 'héllo😀')
        print(u, len(u), u[5], u.tounicode(), u.tobytes()[:8])
        continue
    a = A(code, [1, 2, 3])
    print(code, a, a.itemsize, a.tobytes(), A(code, a.tobytes()) == a)
for code, bad in (('b', 128), ('b', -129), ('B', -1), ('B', 256), ('h', 40000), ('H', -1), ('H', 70000), ('i', 2 ** 31),
                  ('i', -2 ** 31 - 1), ('I', -1), ('I', 2 ** 32), ('l', 2 ** 63), ('L', -1), ('L', 2 ** 64), ('q', -2 ** 63 - 1),
                  ('Q', -1), ('Q', 2 ** 64), ('i', 1.5), ('i', 'x'), ('d', 'x'), ('u', 'ab'), ('u', 5)):
    try:
        A(code, [bad])
    except (OverflowError, TypeError) as e:
        print(code, type(e).__name__, e)
big = A('Q', [2 ** 64 - 1, 5])
print(big, big[0])
def assign(a, key, value):
    a[key] = value


b = A('B', range(10))
b[2:5] = A('B', [9, 9])
print(b)
del b[0]
del b[::2]
print(b, b.pop(), b.pop(0), b)
b.insert(1, 200)
b.insert(-100, 1)
b.remove(200)
b.reverse()
print(b, list(b), sum(b), sorted(b))
for bad in (lambda: A('x'), lambda: A('d', 'abc'), lambda: A('d')[0], lambda: A('d').pop(), lambda: A('i', [1]).remove(5),
            lambda: A('i', [1]) + [2], lambda: A('i') + A('d'), lambda: assign(A('i', [1, 2]), slice(0, 1), [1]),
            lambda: hash(A('i')), lambda: assign(A('i', [1, 2, 3]), slice(0, 3, 2), A('i', [1])), lambda: A('i', [1])['a']):
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
s = A('d', [1.0, 2.0, 3.0])
s.byteswap()
s.byteswap()
print(s, s.buffer_info()[1], array.ArrayType is A, bool(A('i')), repr(A('u')))
g = A('h', range(12))
del g[::-3]
print(g)
del g[1:8:2]
print(g)
del g[5:2]
del g[-1]
print(g)
g[1:3] = A('h', [7, 7, 7, 7])
print(g)
g[4:] = g
print(g)
g[:0] = A('h', [-1])
g[9:4] = A('h', [100])
print(g, len(g))
w = A('L', [2 ** 64 - 1, 3])
w.insert(0, 2 ** 63)
print(w, w.pop(1), 3 in w, w.index(3))
h = A('i', [5, 1, 5, 2, 5])
print(h.index(5), h.index(5, 1), h.index(5, -2), h.index(5, 1, 3), h.index(2, -10, 100))
for args in ((5, 3, 4), (1, 2)):
    try:
        h.index(*args)
    except ValueError as exc:
        print("ValueError", exc)
