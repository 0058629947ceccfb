print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 1e300 * 1e10, -1e300 * 1e10, 123456789012345678.0)
print(3.0, 3.5e100, 1.0e-7, 0.0001, 100000000000000000.0, 1e22)
print(float("inf") - float("inf"), 5 / 2, 5 // 2, -5 // 2, 5.0 // 2, -5.0 // 2, 5 % -2, 5.0 % -2)
print((1.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (3.75).hex() if False else "", 7.0.__floor__() if False else "")
print(max(1, 2.5), min(-1, -1.5), 3 == 3.0, 0.1 + 0.2 == 0.3, hash(1.0) == hash(1))
print(int(1e18), int(1e19), float(2**53 + 1), 2**53 + 1 == float(2**53 + 1))
print(-0.0, 0.0 == -0.0, str(-0.0), repr(1e-310))
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0.0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print(sum([0.1] * 10), sum(range(101)), sum([1, 2], 10))
