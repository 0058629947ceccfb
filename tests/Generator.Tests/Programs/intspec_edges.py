# Int speculation on arithmetic trees, comparisons and augmented assignments over fast locals: overflow into big
# ints, bools, floor division/modulo signs, zero divisors, shifts, non-int leaves falling back to the generic path.


def arith(a, b):
    return [a + b, a - b, a * b, a * b + a, (a - b) * (a + b), -a + b, a * 3 - 1, (a * b) % 7, a // 2, a % 2]


def divmod_tree(a, b):
    out = []
    for expr in ("//", "%"):
        try:
            out.append(a // b if expr == "//" else a % b)
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError: " + str(e))
    try:
        out.append((a + 0) // (b - 0) + 1)
    except ZeroDivisionError as e:
        out.append("tree ZeroDivisionError: " + str(e))
    try:
        out.append((a * 1) % (b * 1) - 1)
    except ZeroDivisionError as e:
        out.append("tree ZeroDivisionError: " + str(e))
    return out


def shifts(a):
    return [a >> 0, a >> 1, a >> 3, a >> 63, a >> 64, a >> 200, (a & 255) | 256, a ^ -1, (a + 1) & 7]


def compares(i, limit):
    r = []
    r.append(i * i <= limit)
    r.append(i * i < limit)
    r.append(i * i == limit)
    r.append(i * i != limit)
    r.append(i + 1 > limit)
    r.append(i - 1 >= limit)
    v = i * i <= limit
    r.append(v)
    if i * i > limit:
        r.append("big")
    return r


def inplace(x, y):
    out = []
    a = x
    a += y
    out.append(a)
    a -= y * 2
    out.append(a)
    a *= y
    out.append(a)
    a //= 3
    out.append(a)
    a %= 5
    out.append(a)
    b = x
    b += 1
    out.append(b)
    b >>= 2
    out.append(b)
    b |= 8
    out.append(b)
    b &= 12
    out.append(b)
    b ^= 3
    out.append(b)
    return out


def negs(a):
    return [-a, -a + 1, -(a * 2), 0 - a]


def loop_sum(n):
    total = 0
    i = 0
    while i * i < n:
        total += i * i % 10
        i += 1
    return total, i


big = 2**63 - 1
small = -(2**63)
print(arith(3, 4))
print(arith(-7, 2))
print(arith(big, 1))
print(arith(small, -1))
print(arith(2**40, 2**30))
print(arith(True, True))
print(arith(True, 5))
print(arith(2.5, 4))
print(arith(10**30, 3))
print(divmod_tree(7, 2), divmod_tree(-7, 2), divmod_tree(7, -2), divmod_tree(-7, -2))
print(divmod_tree(5, 0))
print(divmod_tree(small, -1))
print(divmod_tree(small, 1))
print(divmod_tree(big, -1))
print(divmod_tree(7.5, 2))
print(divmod_tree(True, 2), divmod_tree(3, False))
print(shifts(1000), shifts(-1000), shifts(big), shifts(small), shifts(True))
print(compares(3, 9), compares(3, 10), compares(-4, 16))
print(compares(2**32, 2**64), compares(3037000500, big), compares(big, big))
print(compares(2.5, 6.25), compares(True, 1))
print(inplace(10, 3), inplace(big, 1), inplace(small, 1))
print(inplace(True, True), inplace(7, -3))
print(negs(5), negs(small), negs(0), negs(True), negs(2.0))
print(loop_sum(1000), loop_sum(0))


def strings(s, n):
    return s * n + s, n * s


print(strings("ab", 3), strings([1], 2))


def comp(n, k):
    return [(i * j) % k for i in range(n) for j in range(n)], {i: i * i for i in range(n) if i % 3 != 0}


print(comp(4, 3))
print(comp(3, -2))
try:
    comp(2, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print([x * x + 1 for x in [True, 2, 2.5, big, -3]])
print([x // 2 - x % 3 for x in range(-4, 5)])
print([a * b for a in range(2**62, 2**62 + 2) for b in (2, 3)])


def gen(n):
    for i in range(n):
        k = i * 3
        yield (k * k + i) % 5, k - i * 2 >= 1
        k += i * 2 + 1
        yield k


print(list(gen(4)))
f = lambda a, b: (a * b + 1) % 4 - a // 3
print(f(5, 7), f(-5, 7), f(big, big), f(2.0, 3))


def outer(x):
    y = x * 2

    def inner(z):
        return (y * z + x) % 9, z * z - 1 <= y

    return inner(x + 1), inner(big)


class C:
    def m(self, a, b):
        t = a * b - a
        t += b * 2 - 1
        return t, t * t > b


print(outer(4), C().m(6, 7), C().m(big, 2))


def shadow(IntSpec, ValueTags):
    return IntSpec * ValueTags + 1, IntSpec * 2 - ValueTags <= 3


print(shadow(3, 4), shadow(2**62, 4))
