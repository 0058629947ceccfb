a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 0 // 5, 0 % 5)
print(2 ** 10, 2 ** 0, (-2) ** 3, 2 ** -1, 10 ** -2)
print(1 << 10, 1024 >> 3, -1 >> 1, 5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1)
print(+a, -a, -(-a))
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
print(x)
print(True + True, True * 10, False - 1)
