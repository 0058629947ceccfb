data = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 35)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: (p[1], p[0]), reverse=True))
print(min(data, key=lambda p: p[1]), max(data, key=lambda p: p[1]), min([], default="none"), max([], default=0))
print(max(3, 1, 4, 1, 5), min("apple", "pie", key=len), max([1, 2], [1, 3]), max("abc", "abd", key=lambda s: s[-1]))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min()
except TypeError as e:
    print(e)
xs = [5, 2, 8, 1, 9]
ys = xs[:]
ys.sort(reverse=True)
print(xs, ys, sorted(xs, reverse=True), sorted("Hello World", key=str.lower))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
stable = sorted([(1, "b"), (0, "a"), (1, "a"), (0, "b")], key=lambda t: t[0])
print(stable)
print(sorted({3: "c", 1: "a"}), sorted({5, 3, 9}), sorted((2, 1)), list(reversed([1, 2, 3])))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
print(sum(sorted([0.5, 0.25])), any([x > 8 for x in xs]), all([]))
