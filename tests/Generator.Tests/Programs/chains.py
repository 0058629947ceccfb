def v(x):
    print("eval", x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 1)
print(v(1) < v(2) < v(3))
print(v(1) < v(0) < v(3))
print(v(5) > v(4) >= v(4) > v(3))
x = 5
if 0 <= x < 10:
    print("in range")
if not (0 <= x < 3):
    print("not small")
print(1 < 2 is True, (1 < 2) is True)
print(2 in [1, 2, 3], 4 not in [1, 2, 3], 1 < 2 in [True])
a = None
print(a is None, a is not None)
