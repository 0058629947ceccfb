print(0 or 5, 3 or 5, 0 and 5, 3 and 5)
print("" or "default", "x" or "default", [] or [1], None or 0)
print(None and 1, 1 and None, 0 or None or "", 1 and 2 and 3, 1 and 0 and 3)

def side(x):
    print("side", x)
    return x

print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(0) or side(3))
print(not 0, not 1, not "", not "a", not None, not [])
x = 5
y = x > 3 and "big" or "small"
print(y)
if x and not 0:
    print("truthy")
