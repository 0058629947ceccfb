samples = ["0", "-0", "007", "1_2", "  42\n", "+3", "0x1A", "0b11", "0o7", "١٢٣", "9" * 30, "1e3", "0.5", "--1", "_1", "1_", "0 1", "٣"]
for s in samples:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("z", 36), ("10", 3), ("12", 2), ("0b2", 0), ("010", 0), ("0", 0), ("00", 0)]:
    try:
        print(s, b, int(s, b))
    except ValueError as e:
        print(s, b, "ValueError:", e)
for bad in [lambda: int("10", 37), lambda: int(10, 2), lambda: int([1]), lambda: int("1", base="2")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(int(True), int(-2.9), int(2.9), int("  -0  "), float("1_000.5"), float("-.5"), float("+1E-2"), float("  inf "), float("-Infinity"))
for s in ["", "1.2.3", "1e", "inf inf", "0x10", "1_000_", "nan1"]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError:", e)
