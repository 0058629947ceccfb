name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n!r} {name!r} {name!s} {name!a}")
print(f"{pi:.2f} {pi:10.3f}| {n:5d}| {n:<5}| {n:>5}| {n:^7}| {n:05d}")
print(f"{n:x} {n:o} {n:b} {n:#x} {255:X} {1234567:,} {1234567:_}")
width = 8
prec = 3
print(f"[{pi:{width}.{prec}f}]")
print(f"[{name:>{width}}]")
print(f"{n=}")
print(f"{n + 1=}")
print(f"{name=!s} {pi=:.1f}")
print(f"{'nested ' + name}")
print(f"{{literal}} {n}")
print(f"{[1, 2, 3]} {None} {True} {1.0} {-0.5}")
print(f"{0.1 + 0.2} {1e20} {1e-7}")
print(f"{'é'!a} {'x'!r:>6}")
e = ""
print(f"{e}|{e!r}")
print(f"{3.0:g} {1e10:g} {0.5:%} {12.5:e}")
