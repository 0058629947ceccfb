a, b, c = 1, 2, 3
print(a, b, c)
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
x, (y, z), w = 1, (2, 3), 4
print(x, y, z, w)
h, *mid, t = range(5)
print(h, mid, t)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
(p, q), r = "ab", "c"
print(p, q, r)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *[9]], (*"xy",), {*[1, 1, 2]}, {**{"a": 1}, **{"b": 2}})
for bad in [lambda: exec_unpack([1, 2, 3]), lambda: exec_unpack([1])]:
    try:
        bad()
    except ValueError as e:
        print(e)
def exec_unpack(v):
    m, n = v
    return m, n
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    x, y = 5
except TypeError as e:
    print(e)
d = {}
d["k"], d["j"] = 1, 2
lst = [0, 0]
lst[0], lst[1] = "a", "b"
print(d, lst)
