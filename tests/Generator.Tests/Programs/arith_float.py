print(0.1 + 0.2)
print(1 / 3, 2 / 3, 10 / 4, 1e16, 1e15, 123456789.0 * 10)
print(1.5, 2.0, -0.0, 0.0, 1e-5, 0.0001, 1e22, 1.7976931348623157e308)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(3 * 1.5, 2 ** 0.5, 4 ** 0.5, 10 / 5)
print(float("3.25"), float(7), int(3.99), int(-3.99), int("42"), int("-17"))
print(round(2.675, 2) if False else 0.5, 1.0 / 8)
print(abs(-2.5), abs(-3))
x = 1.0
for i in range(10):
    x = x * 1.1
print(x)
print(float("inf"), -float("inf"), 1e308 * 10)
