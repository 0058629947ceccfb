print([x * y for x in range(1, 4) for y in range(x, 4)])
print({x: [y for y in range(x)] for x in range(4)})
print({(x, y) for x in range(3) for y in range(3) if x != y and x + y == 2})
print([[c for c in w] for w in ["ab", "cd"]], [w.upper() for w in "a b c".split() if w != "b"])
print([i if i % 2 else -i for i in range(6)], [(i, c) for i, c in enumerate("xyz") if i])
print(sum([x ** 2 for x in range(10)]), max([len(w) for w in ["a", "abc", "ab"]]), sorted({c.lower() for c in "AbBa"}))
n = 5
print([n for _ in range(2)], [[n * i for i in range(3)] for n in range(2)], n)
def f():
    y = 3
    return [[y * i for i in range(j)] for j in range(3)]
print(f())
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]}, dict([(str(i), i) for i in range(3)]))
print([x for x in [3, 1, 2] if x > 1 if x < 3], [a + b for a, b in zip("abc", "xyz")])
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], {w[0]: len(w) for w in words})
print([(lambda v: v * 2)(i) for i in range(3)], [str(i) for i in range(3)] == list(map(str, range(3))))
