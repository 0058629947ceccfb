first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
for head, *tail in [(1, 2, 3), (4,)]:
    print(head, tail)
xs = [1, 2]
ys = (3, 4)
print([*xs, *ys, 5], (*xs, 0), {*xs, *ys} == {1, 2, 3, 4}, [*range(3)], (*"ab",))
print([*[x * 2 for x in xs], *ys])
def f():
    p, *q = [9]
    return p, q
print(f())
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
p, *q = 1, 2
print(p, q)
base = {"a": 1, "b": 2}
print({**base, "b": 20, "c": 3}, {"z": 0, **base}, {**{}, **base})
