for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 123.456, -123.456, 1e20, 0.0]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1))
print(round(12345, -2), round(-12355, -1), round(15, -1), round(25, -1), type(round(2.5)), type(round(2.5, 0)))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (1, 0.3), (2**70, 7), (-2**70, 7)]:
    print(a, b, divmod(a, b), a // b, a % b)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
print(pow(2, 10), pow(2, -1), pow(2, 100), pow(3, 4, 5), pow(-3, 3, 7), pow(2, -1, 7), pow(2.0, 0.5))
print(2 ** 0.5, (-2) ** 2, -2 ** 2, 10 ** -2, 0 ** 0, 0.0 ** 0)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
print(abs(-5), abs(-5.5), abs(2**80 * -1), abs(True))
