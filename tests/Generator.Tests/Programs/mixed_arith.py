# int/float mixing on the generic path (module-level values are untyped).
vals = [0, 1, -1, 3, -7, 2**53, 2**53 + 1, -2**53 - 1, 2**62, -2**63, 10**20]
fvals = [0.0, -0.0, 1.5, -2.25, 1e300, 3.0]
for a in vals:
    for f in fvals:
        print(a + f, f + a, a - f, f - a, a * f, f * a)
        try:
            print(a / f)
        except ZeroDivisionError as e:
            print("zde", e)
        try:
            print(f / a)
        except ZeroDivisionError as e:
            print("zde", e)
        except OverflowError as e:
            print("ovf", e)
for a in vals:
    for b in vals:
        try:
            print(a / b, a // b if b else 0, a % b if b else 0)
        except ZeroDivisionError as e:
            print("zde", e)
print(True + 1.5, True / 2, 7 // -2, -7 // 2, 7 % -2, -7 % 2, -7.5 // 2, 7.5 % -2)
