z = 1 + 2j
w = complex(3, -4)
print(z, w, 1j, -1j, 2j * 2j, z + w, z - w, z * w, z / w, -z, +z, abs(w), abs(3j))
print(z.real, z.imag, z.conjugate(), type(z).__name__, complex(), complex(2), complex("1+2j"), complex("-3.5j"), complex(" 4 "))
print(z == 1 + 2j, z != w, 1j * 1j == -1, 2 + 0j == 2, complex(1.5, 0) == 1.5, hash(2 + 0j) == hash(2))
print((1 + 1j) ** 2, (1 + 1j) ** 0, 2j ** 3, (1 + 2j) ** -1, 1 / 2j, 0j, complex(0, -0.0), complex(-0.0, 0))
print(repr(1e20j), repr(1.5 + 1e-20j), repr(complex(1, 2.5)), str(3 + 0j), [1j, 2 + 3j], bool(0j), bool(1j))
print(z * 2, 2 * z, z + 1.5, 1.5 - z, z / 2, 3 / (1 + 1j))
for bad in [lambda: z / 0, lambda: z < w, lambda: complex("x"), lambda: 0j ** -1, lambda: z // 2, lambda: complex("1", 2)]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
