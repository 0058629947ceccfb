x = 3.14159
w = 10
p = 3
print(f"{x:{w}.{p}}")
print(f"{x:{'>' if x > 3 else '<'}{w}.{p}f}|")
print(f"{f'{f"{x:.1f}"}'}")
print(f"{'{'}{x:.2f}{'}'}")
print(f"{x!r:>{w + 5}}|")
print(f"{'abc':.{p - 1}}")
print(f"{12345:,d} {0.25:.0%} {1e6:,.2f} {-5:+d} {5:+d} {5: d}")
print(f"{x=:.3f} {w=} {p = }")
items = [1, 2, 3]
print(f"{len(items)} items: {', '.join([str(i) for i in items])}")
print(f"{'nested ' + f'{w:03d}'}")
print(f"""{"triple"} {'q'}""")
print(f"{x:e} {x:E} {x:g} {1234567.0:g} {0.00001234:g}")
print(f"{255:#010x} {255:08b} {-255:x}")
print(f"{True} {None!r} {False:>6}")
print(f"{10:{'<'}5}|{10:^{w}}|")
