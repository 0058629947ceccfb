# Filtered and nested list comprehensions (accumulated in a pooled scratch buffer, copied out at the exact
# length): reentrancy, exceptions part-way, sizes past the pool limit, and lists grown afterwards.


def evens(xs):
    return [x for x in xs if x % 2 == 0]


def nested(n):
    # The element expression runs another filtered comprehension (through a call) while this one is building.
    return [evens(range(i)) for i in range(n) if i % 3 != 1]


print(nested(8))
print([[y for y in row if y] for row in [[0, 1, 2], [], [0], [3, 0, 4]]])

# A comprehension that raises part-way leaves nothing behind; the next ones start empty.
def boom(x):
    if x == 5:
        raise ValueError("five")
    return x


try:
    r = [boom(x) for x in range(10) if x > 1]
except ValueError as e:
    print("caught", e)
print([x for x in range(4) if x])
print([x for x in [] if x])
print([(a, b) for a in "ab" for b in "xy"])

# Past the pool limit (2**17 items) and back.
big = [i for i in range(300000) if i % 2 == 0]
print(len(big), big[0], big[-1], sum(big))
small = [i * 0.5 for i in range(7) if i != 3]
print(small)
print([x for x in range(200) if x % 7 == 0])

# The result is an ordinary list: append, extend, slice assign, mutation.
r = [x for x in range(5) if x != 2]
r.append(99)
r.extend([x for x in range(3) if x])
r[1:2] = [True, None, 1.5]
print(r, len(r))
r2 = [x for x in range(10) if x > 2]
r3 = [x for x in range(10) if x > 2]
print(r2 == r3, r2 is r3)
r2.append(1)
print(r2, r3)

# Mixed values: ints, bools, floats, None, big ints, strings, objects.
vals = [1, True, 2.5, None, 2 ** 70, "s", (1,), [2], -3, False, float("nan")]
print([v for v in vals if v is not None])
print([v for v in vals if isinstance(v, int)])
print([[v, w] for v in range(3) for w in (True, 1.0) if v])

# Generators and comprehensions inside comprehensions.
print([sum(x for x in range(i) if x % 2) for i in range(6) if i])
print([[c for c in w if c in "aeiou"] for w in "the quick brown fox".split() if len(w) > 3])
gen = (x for x in range(5))
print([x for x in gen if x > 1], [x for x in gen])
