xs = [3, 1, 4, 1, 5, 9, 2, 6]
xs.append(5); xs.extend([3, 5]); xs.insert(0, 0); xs.insert(-1, 7); xs.insert(100, 8)
print(xs, len(xs), xs.count(5), xs.index(9), xs.index(1, 3))
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1)
print(xs)
xs.reverse()
print(xs, xs * 2 if len(xs) < 5 else xs[:2] * 2, [0] * 3, [[0] * 2] * 2)
ys = xs.copy()
ys.clear()
print(ys, xs == xs.copy(), xs is xs.copy(), [1, 2] + [3], [1] < [1, 0])
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].pop(5)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
m = [1, 2, 3]
m += [4]
m *= 2
print(m, 3 in m, 10 not in m, list("abc"), list(range(3)), list({1: 2}), list((1, 2)))
nums = list(range(20))
print(nums[::5], sum(nums), max(nums), min(nums), sorted(nums, reverse=True)[:3])
print([x for x in nums if x % 7 == 0], list(enumerate("ab", 1)), list(zip([1, 2, 3], "ab")))
grid = [[i * j for j in range(3)] for i in range(3)]
print(grid, [row[1] for row in grid], list(map(list, zip(*grid))))
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, id(a) == id(b))
print(repr([]), repr([[]]), str([None, True, 1.0, "s", (1,)]))
rec = [1]
rec.append(rec)
print(rec)
