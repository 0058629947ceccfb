# Comprehension-heavy workload: list, dict and set comprehensions, nested and filtered,
# over ranges, lists, strings and dict items.


def grid(n):
    return [[(i * j) % 7 for j in range(n)] for i in range(n)]


def transpose(m):
    return [[row[i] for row in m] for i in range(len(m[0]))]


def step(n):
    g = grid(n)
    t = transpose(g)
    diag = [g[i][i] + t[i][i] for i in range(n)]
    squares = {i: i * i for i in range(n) if i % 3 != 0}
    residues = {v % 11 for v in squares.values()}
    names = [f"k{k}" for k in squares if k % 5 == 0]
    lengths = {name: len(name) for name in names}
    flat = [x for row in g for x in row if x > 3]
    pairs = [(a, b) for a in range(12) for b in range(a, 12) if (a + b) % 3 == 0]
    words = [w.upper() for w in "the quick brown fox jumps over the lazy dog".split() if len(w) > 3]
    return sum(diag) + len(residues) + sum(lengths.values()) + len(flat) + len(pairs) + len(words)


total = 0
for n in range(40, 280):
    total += step(n)
print(total)
