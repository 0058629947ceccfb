items = ["apple", "banana", "cherry"]
for i, item in enumerate(items):
    print(f"{i:>2}: {item:<10}|{len(item):03}")
value = 12.34567
for p in range(4):
    print(f"{value:.{p}f}")
w = 12
print(f"{'centered':^{w}}|")
print(f"{f'{1 + 1}'} {f'{value:{w}.{2}f}'}")
print(f"{'a' if value > 10 else 'b'}")
print(f"{items[0]!r:>12}")
print(f"{value!r}")
print(f"{  value  }")
print(f"result: {value * 2 = }")
