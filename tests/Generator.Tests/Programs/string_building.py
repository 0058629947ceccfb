parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
s = ""
for c in "hello":
    s = c + s
print(s)
table = [["name", "qty"], ["apple", 3], ["kiwi", 12]]
for row in table:
    print(f"{row[0]:<8}{row[1]:>5}")
print("\n".join([f"{i:2d}: {'#' * i}" for i in range(1, 4)]))
width = 12
print(f"{'title':=^{width}}")
print(f"{3.14159!r:>10}", f"{'a'!s}", f"{[1, 2]!r}", f"{{braces}}", f"{1}{2}{3}")
name, n = "x", 3
print(f"{name=}", f"{n * 2 = }", f"{n!r:>4}")
print(f"{'nested {}'.format(1)}", f"{'q' if n > 2 else 'r'}", f"{ {'a': 1}['a'] }")
