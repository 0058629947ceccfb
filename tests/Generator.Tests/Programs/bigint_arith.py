# Big-int arithmetic edge cases: signs of // and %, mixed small/big operands, bools, results shrinking to
# small ints, the 64-bit boundaries, shifts, divmod, comparisons and int<->str of large numbers.
import sys

B = 2 ** 64
vals = [0, 1, -1, 7, -7, True, False, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 63 - 1, B - 1, B, B + 1, -B,
        3 ** 100, -3 ** 100, 10 ** 40 + 12345, -(10 ** 40) - 12345, 2 ** 200 - 1, -(2 ** 200), 7 * 3 ** 80]
acc = 0
for a in vals:
    for b in vals:
        s, d, p = a + b, a - b, a * b
        acc ^= hash((s, d, p))
        if b != 0:
            q, m = a // b, a % b
            assert q * b + m == a, (a, b)
            assert divmod(a, b) == (q, m)
            if m != 0:
                assert (m < 0) == (b < 0)
            acc ^= hash((q, m))
        print(a < b, a <= b, a == b, a != b, a > b, a >= b, end=" ")
    print()
print(acc)

# floor division and modulo by sign, with quotients small and large
x = 3 ** 120 + 11
y = 5 ** 50
for sa in (1, -1):
    for sb in (1, -1):
        print(sa * x // (sb * y), sa * x % (sb * y), (sa * x) // (sb * 10), (sa * x) % (sb * 10))
        print(sa * (y * 7) // (sb * y), sa * (y * 7) % (sb * y), sa * (y * 7 + 1) // (sb * y))
        print(divmod(sa * x, sb * y), divmod(sa * x, sb * 3))
print(x // x, x % x, (x - 1) // x, -(x - 1) // x, (x + 1) // -x)

# results that shrink back to small ints keep behaving as ints
z = (2 ** 100 + 5) - 2 ** 100
print(z, type(z), z + 1, z * 2 ** 70 // 2 ** 70, (2 ** 64) // (2 ** 60), (2 ** 64) % (2 ** 60 + 3))
print(-2 ** 63 - 1 + 1, type(-2 ** 63 - 1 + 1), 2 ** 63 - 1 + 1 - 1, (-2 ** 63) // -1, (-2 ** 63) * -1)

# bools mixed in
print(2 ** 80 + True, 2 ** 80 * False, 2 ** 80 // True, True - 2 ** 80, divmod(2 ** 70, True))

# shifts and bitwise
print(1 << 100, (1 << 100) >> 99, -(1 << 100) >> 200, (3 ** 50) << 3, (3 ** 50) >> 1, -(3 ** 50) >> 1)
print((2 ** 70 - 1) & -(2 ** 65), (2 ** 70) | 5, (2 ** 70) ^ (2 ** 70 + 9), ~(2 ** 70), -(2 ** 70) & 0xFFFF)

# pow
print(3 ** 200 % 1000007, pow(3, 10 ** 5, 10 ** 9 + 7), pow(2 ** 70, 3) == 2 ** 210, (-2) ** 127, 7 ** -2)
print(len(str(7 ** 3000)), str(2 ** 1000)[:30], abs(-(2 ** 100)), -(2 ** 100) < -(2 ** 99))

# int <-> str near CPython's 4300-digit limit
big = 10 ** 4299
print(len(str(big)), len(repr(-big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(int("1" * 4300) % 97, hex(10 ** 5000)[:12])
sys.set_int_max_str_digits(10000)
print(len(str(10 ** 5000)), int("7" * 5000) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)), sys.get_int_max_str_digits())

# mixed float comparisons and conversions
print(2 ** 80 == float(2 ** 80), 2 ** 80 + 1 > float(2 ** 80), float(3 ** 40), int(float(2 ** 70)) == 2 ** 70)
print(hash(2 ** 100) == hash(2 ** 100 + 0), {2 ** 100: 1}[2 ** 99 * 2], (10 ** 30) / (10 ** 10))
