# Dict lookups with int keys (hash = value fast path) inside try/except KeyError, and next() on list
# iterators ended by StopIteration: keys of other kinds that equal ints, hashes past 2**61 - 1, -1.


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return other == self.v


d = {True: "bool", 2.0: "float", -1: "minus one", -2: "minus two", 2 ** 61 - 1: "modulus",
     2 ** 61: "past", -(2 ** 61) + 1: "neg modulus", 2 ** 63 - 1: "max", -(2 ** 63): "min", 2 ** 70: "big",
     Key(7): "key seven"}
for k in [1, 2, 0, -1, -2, 2 ** 61 - 1, 2 ** 61, 0, -(2 ** 61) + 1, 2 ** 63 - 1, -(2 ** 63), 2 ** 70, 7, 8,
          2 ** 61 - 2, 3]:
    try:
        v = d[k]
        print(k, "->", v)
    except KeyError as e:
        print(k, "missing", repr(e))
print(hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61) + 1), hash(2 ** 63 - 1), hash(-(2 ** 63)))
print(1 in d, 1.0 in d, 2 in d, 7 in d, d.get(7), d.get(8, "default"))

cache = {}
hits = misses = 0
for i in range(3000):
    k = (i * 7919) % 1009 - 500
    try:
        v = cache[k]
        hits += 1
    except KeyError:
        cache[k] = k * k
        misses += 1
print(hits, misses, len(cache), sum(cache.values()))


def drain(items):
    it = iter(items)
    out = []
    while True:
        try:
            x = next(it)
        except StopIteration as e:
            out.append(("stop", e.value, e.args))
            break
        out.append(x)
    try:
        next(it)
    except StopIteration:
        out.append("still stopped")
    return out


print(drain([1, 2, 3]))
print(drain([]))
grow = [1]
it = iter(grow)
seen = []
while True:
    try:
        x = next(it)
    except StopIteration:
        break
    seen.append(x)
    if x < 4:
        grow.append(x + 1)
print(seen)
grow.append(99)
try:
    next(it)
except StopIteration:
    print("exhausted list iterator stays exhausted")
