print(True + True, True * 10, False - 1, True / 2, True == 1, False == 0, True is True)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, 1 < 2 > 0, "a" < "b" < "c")
print(bool(0), bool(0.0), bool(""), bool([]), bool({}), bool(None), bool("0"), bool([0]))
print(None == None, None is None, None != 0, [] == [], [] is [], (1, 2) < (1, 3), [1, 2] < [1, 2, 0])
print(isinstance(True, int), type(True), int(True), str(False), repr(True))
print(not 0, not 1, not None, 0 or "x", 1 and "y", None or 0 or [], 5 and 0)
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
try:
    None > None
except TypeError as e:
    print(e)
print(max([3, 1, 2]), min("bca"), max((1, 2), (1, 3)), sorted([True, 0, -1, 2.5]))
