# Exceptions as control flow: dict lookups that miss (try/except KeyError), explicit iterators
# ended by StopIteration, and a ValueError raised and caught across a call.


def memo_lookups(n):
    cache = {}
    hits = 0
    misses = 0
    for i in range(n):
        if i % 5000 == 0:
            cache = {}
        k = (i * 7919) % 1009
        try:
            v = cache[k]
            hits += 1
        except KeyError:
            v = k * k % 1009
            cache[k] = v
            misses += 1
    return hits, misses, len(cache)


def drain(items):
    it = iter(items)
    total = 0
    count = 0
    while True:
        try:
            x = next(it)
        except StopIteration:
            break
        total += x
        count += 1
    return total, count


def parse_digit(c):
    if c < "0" or c > "9":
        raise ValueError("not a digit: " + c)
    return ord(c) - ord("0")


def checksum(text):
    total = 0
    bad = 0
    for c in text:
        try:
            total += parse_digit(c)
        except ValueError:
            bad += 1
    return total, bad


print(memo_lookups(3000000))
small = list(range(50))
acc = 0
for _ in range(60000):
    t, c = drain(small)
    acc += t + c
print(acc)
print(checksum("3141592653x5897932384y6264338327z95028841971" * 6000))
