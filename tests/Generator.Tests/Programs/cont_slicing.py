a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-1], a[8:2:-2], a[-100:100], a[5:2], a[::-3])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [10, 20, 30]
print(b)
b[::2] = [0] * len(b[::2])
print(b)
del b[::3]
print(b)
del b[1:3]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(e)
c = [1, 2, 3]
c[len(c):] = [4, 5]
c[:0] = [0]
print(c, c[1:-1])
t = tuple(range(6))
print(t[1:4], t[::-1], "abcdef"[1::2], "abcdef"[-2::-2])
s = slice(1, 5, 2)
print(a[s], s.start, s.stop, s.step, slice(3), s.indices(3))
m = [[1, 2], [3, 4]]
row = m[0]
row[0] = 99
print(m, [r[:] for r in m])
try:
    a[1.5]
except TypeError as e:
    print(e)
try:
    a[20]
except IndexError as e:
    print(e)
a[-1] = "last"
print(a[-1], a[-10])
