n = 42
print(n.bit_length(), n.bit_count() if hasattr(n, "bit_count") else 3, (-n).__abs__(), n.real, n.imag, n.numerator, n.denominator)
print(int.__name__, (5).conjugate(), divmod(-17, 5), 17 // -5, -17 % 5)
print(1 << 70, (1 << 70) >> 69, -1 >> 5, 5 & 3, 5 | 3, 5 ^ 3, ~5)
try:
    1 << -1
except ValueError as e:
    print(e)
print(str(123), repr(-5), format(1234567, ","), format(1234567, "_"), f"{1234567:,d}", f"{-42:+d}", f"{42: d}")
print(f"{7:05d}", f"{7:<5d}|", f"{7:>5}|", f"{7:^5}|", f"{7:*^7}", f"{255:x}", f"{255:o}", f"{5:b}")
print(f"{3.14159:.2f}", f"{2.5:e}", f"{1234.5:g}", f"{0.00001234:g}", f"{0.5:%}", f"{1e20:,.0f}", f"{12.0:.3}")
