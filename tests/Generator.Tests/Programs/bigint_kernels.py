# Edge cases of the big-int kernels: deferred big x small products, fused add/sub passes, one-limb quotients.

M64 = 2**64 - 1
M32 = 2**32 - 1
MAXSCALE = 2**30 - 1

bigs = [2**63, 2**64, M64, 2**64 + 1, 2**128 - 1, 2**127, 2**192 + 2**64 - 1, 3**100, M64 * M64,
        (2**320 - 1) // 3, 2**640 - 2**320 + 7]
smalls = [0, 1, -1, 2, -2, 3, 10, 7, M32, 2**31, MAXSCALE, MAXSCALE + 1, 2**30, 2**62, 2**63 - 1, -2**63, True, False]


def show(label, value):
    print(label, value if abs(value) < 10**40 else (value % 1000003, value.bit_length(), value < 0))


# big x small in both orders and every sign, then fed into + and -
for a in bigs:
    for sa in (a, -a):
        for m in smalls:
            p = sa * m
            assert p == m * sa
            show("mul", p)
            show("add", p + sa)
            show("sub", p - sa)
            show("rsub", sa - p)
            show("fused", 3 * sa + p)
            show("fused2", p - 5 * sa)
print("cancel", 2 * 2**64 - 2**65, 3 * 2**70 - 2**70 * 3, (2**64 * 5) - (2**64 * 4) - 2**64)
print("shrink", 2 * 2**63 - 2**64 + 5, 2**64 * 3 - (2**65 + 2**64 - 12345))
print("minlong", -1 * 2**63, 2**63 * -1, (-1 * 2**63) == -2**63, type(-1 * 2**63))
print("minlong2", 2 * 2**63 - 3 * 2**63, (2 * 2**63 - 3 * 2**63) == -(2**63))

# chains of small factors (the scale folds while it stays below 2**30, then materialises)
x = 2**64 + 12345
for f in (3, 7, 1000, 2**20, 5, -9, 2**29, 11):
    x = x * f
    show("chain", x)
    show("chain+", x + 2**100)
    show("chain-", 2**100 - x)
    print("cmp", x < 2**200, x > -(2**200), x == x * 1, x != x + 1)

# divisions: quotient of one limb and just over, signs, results that shrink
for a in bigs:
    for b in bigs + [3, 10, M32, 2**32, 2**62, -7]:
        for x, y in ((a, b), (-a, b), (a, -b), (-a, -b), (7 * a + 1, b), (a * 2**64 - 1, b), (a * 2**64, -b)):
            q, r = divmod(x, y)
            assert q * y + r == x and (r == 0 or (r < 0) == (y < 0)) and abs(r) < abs(y)
            assert x // y == q and x % y == r
            show("divmod q", q)
            show("divmod r", r)
for y in (M64, 2**64, 2**64 + 1, 2**127 + 1):
    for x in (y * M64, y * M64 + y - 1, y * 2**64, y * 2**64 - 1, y * (2**64 + 1)):
        print("onelimb", x // y, x % y, (-x) // y, (-x) % y)

# comparisons of deferred products with each other and with plain ints
p = 3 * 2**100
print(p == 2**100 * 3, p == 2**100 + 2**101, p < 2**102, p > 2**101, hash(p) == hash(3 * 2**100), str(p), hex(p))
print(10 * (2**70) - 10 * 2**70, (10 * 2**70) // (5 * 2**70), (10 * 2**70) % (3 * 2**70))
print(2**70 * 4 & 2**72, 2**70 * 3 | 1, (2**70 * 3) >> 3, -(2**70 * 3), abs(-3 * 2**70), float(3 * 2**70))

# deferred products against near-equal ints: the top bits cannot decide, so these take the exact fallback
base = 2**200 + 1
for s in (3, 1000, 2**29, MAXSCALE):
    p = base * s
    for delta in (-1, 0, 1, 2**64, -(2**64), s, -s):
        v = base * s + delta
        for x, y in ((p, v), (-p, v), (p, -v), (-p, -v), (v, p), (-v, p)):
            print("near", x < y, x <= y, x == y, x > y, x // y, x % y)
        print("near2", p // (base * 3), (p * 7) // (base * 3), (-p) // (base * 3), p // (base * s), (p + 1) // (base * s), (p - 1) // (base * s))
        print("near3", (base * s * 5) // (base * 5), (10 * base) // (3 * base), (10 * base) // (-3 * base), (-10 * base) // (5 * base))

# randomized cross-check: identities over a deterministic LCG
seed = 12345


def rnd(bits):
    global seed
    v = 0
    while bits > 0:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        v = (v << 32) | (seed >> 32)
        bits -= 32
    return v


checksum = 0
for i in range(600):
    nbits = rnd(32) % 700 + 1
    a = rnd(nbits) - rnd(nbits)
    b = rnd(rnd(32) % 500 + 1) - rnd(64)
    s = rnd(32) % (2**31) - 2**30
    u = rnd(32) % 5000 - 2500
    if b == 0:
        b = 1
    c = a * s + b * u
    d = s * a - u * b
    assert c - a * s == b * u and d + u * b == s * a
    assert (a * s) // s == a if s else True
    assert (a * b) // b == a and (a * b) % b == 0
    q, r = divmod(a, b)
    assert q * b + r == a and abs(r) < abs(b)
    q2, r2 = divmod(a * u + r, b)
    assert q2 * b + r2 == a * u + r
    checksum = (checksum * 31 + c % 1000000007 + d % 998244353 + q % 65537 + r2 % 257 + q2 % 10007) % 2**61
print("checksum", checksum)

# the pidigits recurrence, short
q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
digits = []
while len(digits) < 300:
    if 4 * q + r - t < n * t:
        digits.append(n)
        q, r, t, k, n, l = 10 * q, 10 * (r - n * t), t, k, (10 * (3 * q + r)) // t - 10 * n, l
    else:
        q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
print("".join(map(str, digits[:60])), sum(digits))
