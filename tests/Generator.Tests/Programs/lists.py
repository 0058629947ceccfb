xs = [3, 1, 2]
xs.append(10)
print(xs, len(xs), xs[0], xs[-1])
xs[1] = 99
print(xs)
ys = xs + [7, 8]
print(ys, ys[1:3], ys[::2])
print([0] * 5, [1, 2] * 2)
zs = []
for i in range(5):
    zs.append(i * i)
print(zs, sum(zs), max(zs), min(zs))
print(sorted([5, 3, 9, 1]), list(range(4)))
nested = [[1, 2], [3, 4]]
nested[0][1] = 20
print(nested, nested[1][0])
print([1, 2] == [1, 2], [1, 2] < [1, 3], 3 in zs, 4 in zs)
zs[0] += 100
print(zs)
del zs[0]
print(zs)
print(xs.pop(), xs)
a, b, c = [1, 2, 3]
print(a, b, c)
a, b = b, a
print(a, b)
t = (1, "two", 3.0)
print(t, t[1], len(t))
