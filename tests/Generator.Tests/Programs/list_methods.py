xs = [5, 3, 8, 1]
xs.append(7)
xs.insert(0, 10)
print(xs, len(xs))
xs.sort()
print(xs)
xs.reverse()
print(xs)
print(xs.index(8), xs.count(3), 3 in xs, 4 in xs)
ys = xs.copy()
ys.extend([100, 200])
print(xs, ys)
print(xs.pop(0), xs.pop(), xs)
xs.remove(3)
print(xs)
print([1, 2, 3][1:], [1, 2, 3][:-1], [1, 2, 3, 4, 5][::2], [1, 2, 3][::-1])
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
print(grid)
print(len([]), [] == [], [[]] == [[]], [1, [2, [3]]])
total = 0
for row in grid:
    for v in row:
        total += v
print(total)
print(sorted(["pear", "apple", "fig"]), min([4, 2, 9]), max([4, 2, 9]), sum([1, 2, 3]))
