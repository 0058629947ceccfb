for n in [0, 1, -1, 255, -255, 2**64, -2**64]:
    print(hex(n), bin(n), oct(n))
print(int("42"), int("  -17  "), int("0x1F", 16), int("ff", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("1_000"))
print(int(3.9), int(-3.9), int(True), int("10", 2), int(" +7 "))
for bad in ["", "abc", "1.5", "0x10", "1__0", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
try:
    int("10", 1)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
print(float("1.5"), float("-inf"), float(" 3 "), float("1e3"), float("nan"))
try:
    float("x1")
except ValueError as e:
    print(e)
print((10).bit_length(), (-5).bit_length())
print(0x_ff, 0b_1010, 0o_17, 1_000_000)
print(format(255, "x"), format(255, "#b"), format(255, "08o"), f"{255:#X}")
