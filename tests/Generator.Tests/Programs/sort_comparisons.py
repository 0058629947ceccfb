# list.sort and sorted() make CPython 3.12's comparisons (timsort: count_run, binary insertion to minrun, powersort
# merges, galloping), in CPython's order: a class whose __lt__ logs each pair shows the sequence. Stability, key=,
# reverse=, and the list's contents after a comparison raises mid-sort.


class K:
    log = []

    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        K.log.append((self.tag, other.tag))
        return self.v < other.v

    def __repr__(self):
        return f"K({self.v},{self.tag})"


class Boom(Exception):
    pass


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state


def make(values):
    return [K(v, i) for i, v in enumerate(values)]


def digest(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 7919 + b) % 18446744073709551557
    return h


def run_case(name, values, **kw):
    items = make(values)
    K.log = []
    result = sorted(items, **kw)
    order = [k.tag for k in result]
    print(name, len(values), "compares", len(K.log), "digest", digest(K.log), "order", digest(enumerate(order)))
    if len(values) <= 12:
        print("  ", K.log)
        print("  ", order)


gen = lcg(12345)
for n in [0, 1, 2, 3, 5, 8, 13, 31, 63, 64, 65, 100, 127, 128, 129, 200, 257, 500, 1000]:
    run_case("random", [next(gen) % 1000 for _ in range(n)])
    run_case("few-unique", [next(gen) % 4 for _ in range(n)])

for n in [10, 70, 300]:
    run_case("sorted", list(range(n)))
    run_case("reversed", list(range(n, 0, -1)))
    run_case("reversed-equal", [v // 3 for v in range(n, 0, -1)])
    run_case("sawtooth", [v % 17 for v in range(n)])
    run_case("organ", list(range(n // 2)) + list(range(n // 2, 0, -1)))
    run_case("runs", sum(([x + i for i in range(25)] for x in [500, 100, 900, 300, 0, 700]), [])[:n])
    run_case("key", [next(gen) % 50 for _ in range(n)], key=lambda k: (k.v % 7, k))
    run_case("reverse", [next(gen) % 9 for _ in range(n)], reverse=True)

# Galloping: one run winning many times in a row, then alternating.
g = list(range(0, 400, 2)) + list(range(1, 41, 2)) + list(range(1000, 1400))
run_case("gallop", g)
run_case("gallop2", list(range(300, 600)) + list(range(0, 300)) + list(range(250, 260)))


# A comparison that raises: the exception propagates, and the list holds the same items (a permutation).
class Fragile(K):
    budget = 0

    def __lt__(self, other):
        Fragile.budget -= 1
        if Fragile.budget < 0:
            raise Boom("stop")
        return K.__lt__(self, other)


for budget in [0, 5, 40, 400, 900]:
    gen2 = lcg(budget + 1)
    items = [Fragile(next(gen2) % 100, i) for i in range(150)]
    Fragile.budget = budget
    K.log = []
    try:
        items.sort()
        print("budget", budget, "sorted without raising")
    except Boom as e:
        tags = sorted(k.tag for k in items)
        print("budget", budget, "raised", e, "permutation", tags == list(range(150)), "state", digest(enumerate(k.tag for k in items)))
