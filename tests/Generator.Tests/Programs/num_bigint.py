a = 2 ** 200
b = 3 ** 150
print(a, b)
print(a * b, a // b, a % b, -a // b, -a % b, a - b)
print(a > b, a == 2 ** 200, hash(2 ** 64) == hash(2 ** 64))
print(str(10 ** 50)[:10], len(str(10 ** 100)))
f = 1
for i in range(1, 40):
    f *= i
print(f)
print(f >> 100, f & 0xFFFF, f | 1, f ^ f, ~f, -f >> 3)
print(int(str(f)) == f, f // 10 ** 20)
print(2 ** 63, -(2 ** 63), 2 ** 63 - 1, 9223372036854775807 + 1, -9223372036854775808 - 1)
print((2 ** 64) * 0.5, 2 ** 64 / 2, 10 ** 30 / 10 ** 10)
x = 9223372036854775807
x += 1
print(x, x * x, divmod(x * 3, 7))
