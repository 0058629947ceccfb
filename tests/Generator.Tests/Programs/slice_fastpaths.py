# Slicing with int/None bounds (lowered to GetSlice/SetSlice/DelSlice without a slice object): CPython's clamping.

a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[::2], a[1::3], a[::-1], a[::-3])
print(a[-3:], a[:-3], a[-100:100], a[100:], a[:-100], a[5:2], a[2:5:-1])
print(a[8:2:-2], a[-1:-5:-1], a[100::-1], a[:100:-1], a[-100::-1], a[3::-1], a[0::-1])
print(a[True:], a[:False], a[::True])
k = 4
print(a[k::-1], a[:k + 1], a[k:k], a[-k:], a[::-k])
n = None
print(a[n:n:n], a[n:3], a[3:n:-1])
print(a[2:8][::-1][1:])

b = a[:]
print(b is a, b == a)

t = tuple(range(8))
print(t[2:5], t[::-1], t[5:2], t[::3], t[-2:], t[:100])
print(t[:] is t, t[0:] is t, t[::1] is t, t[::-1] is t, t[3:3] == ())
print(t[7:0:-2], t[100:0:-1])

s = "hello, world"
print(s[2:5], s[::-1], s[7:], s[:100], s[-5:-1], s[::2], s[5:2])
u = "h\u00e9llo \U0001f600 w\u00f6rld"
print(u[::-1], u[4:8], u[-3:])

# assignment: growing, shrinking, inserting, clearing, self-assignment
c = list(range(6))
c[1:3] = [10, 20, 30, 40]
print(c)
c[2:6] = []
print(c)
c[0:0] = (7, 8)
print(c)
c[100:] = [99]
print(c)
c[-2:] = "xy"
print(c)
c[4:1] = [55]
print(c)
c[:] = c
print(c)
c[1:] = c
print(c)
c[:] = []
print(c)

p = [0, 1, 2, 3, 4, 5, 6]
kk = p[3]
p[:kk + 1] = p[kk::-1]
print(p)
p[::2] = [9, 9, 9, 9]
print(p)
p[::-2] = ("a", "b", "c", "d")
print(p)
p[1:6:2] = p[0:3]
print(p)
p[::1] = [1, 2]
print(p)

# extended-slice assignment size errors
q = list(range(10))
for target, value in [((None, None, 2), [1, 2]), ((None, None, -1), []), ((1, 9, 3), (1, 2, 3, 4)), ((5, 0, -2), [0])]:
    try:
        q[target[0]:target[1]:target[2]] = value
        print("ok", q)
    except ValueError as e:
        print("ValueError", e)
try:
    q[::0] = [1]
except ValueError as e:
    print("ValueError", e)
try:
    q[1:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    q[::2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    print(q[::0])
except ValueError as e:
    print("ValueError", e)
try:
    print(q[1.5:])
except TypeError as e:
    print("TypeError", e)
try:
    print(q["a":])
except TypeError as e:
    print("TypeError", e)
try:
    t[1:2] = (1,)
except TypeError as e:
    print("TypeError", e)
q[::2] = range(5)
print(q)
q[2:4] = (x * x for x in range(3))
print(q)

# deletion
d = list(range(10))
del d[2:4]
print(d)
del d[::3]
print(d)
del d[100:]
print(d)
del d[-2:]
print(d)
del d[::-2]
print(d)
del d[:]
print(d)

# big and __index__ bounds fall back to the generic path
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

e = list(range(10))
print(e[Idx(2):Idx(7):Idx(2)], e[10**30:], e[-10**30:2], e[::-10**30])
e[Idx(1):Idx(3)] = [0]
print(e)

# user classes see the slice object
class Seq:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("set", key, value)

    def __delitem__(self, key):
        print("del", key)

sq = Seq()
print(sq[1:2], sq[::-1], sq[:k], sq[1:2:3])
sq[1:] = 5
del sq[:3]

# evaluation order
def f(x):
    print("eval", x)
    return x

def g():
    print("eval obj")
    return [1, 2, 3, 4, 5]

print(g()[f(1):f(4):f(2)])
h = [1, 2, 3]
g()[f(0):f(1)] = f([7])

r = range(10)
print(r[2:8:2], r[::-1], r[100:])
print(bytes(b"abcdef")[1:4], b"abcdef"[::-2])

# x[..] = x[..] on one list (fused in place when no user code can run in between)
z = list(range(8))
for j in range(8):
    z[:j + 1] = z[j::-1]
    print(z)
z[1:3] = z[1:3]
z[2:5] = z[4:1:-1]
z[5:] = z[:2]
z[:0] = z[-2:]
print(z)
z[1::2] = z[::2][:4]
print(z)
z[::-1] = z[:]
print(z)
try:
    z[::2] = z[:3]
except ValueError as e:
    print("ValueError", e)
w = 2.0
try:
    z[:w + 1] = z[w::-1]
except TypeError as e:
    print("TypeError", e)
print(z)

class Sneaky:
    def __init__(self, lst):
        self.lst = lst

    def __add__(self, other):
        self.lst.append(99)
        return 2

    def __index__(self):
        return 1

z = [0, 1, 2, 3]
s = Sneaky(z)
z[:s + 1] = z[s::-1]
print(z)
big = 10**20
z[:big - 1] = z[big::-1]
print(z)
