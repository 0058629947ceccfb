# List item stores that keep or change the item's kind (the runtime skips the GC write barrier when the kind is
# unchanged), list repetition, and a sieve-shaped loop whose variable is read after the loop.


def stores():
    xs = [1, 2, 3, 4]
    xs[0] = 10
    xs[1] = "two"
    xs[2] = True
    xs[3] = 4.5
    xs[-1] = 7
    xs[-4] = None
    print(xs)
    flags = [True] * 6
    for j in range(0, 6, 2):
        flags[j] = False
    flags[1] = 0
    flags[3] = []
    print(flags, flags[1] == 0)
    try:
        flags[6] = 1
    except IndexError as e:
        print("IndexError:", e)
    try:
        flags[-7] = 1
    except IndexError as e:
        print("IndexError:", e)
    objs = [[]] * 3
    objs[0] = objs[1]
    objs[2] = [5]
    objs[0].append(1)
    print(objs)
    big = [0] * 3
    big[1] = 2**70
    big[2] = 2**70 + 1
    big[1] = 5
    print(big)


def repeats():
    print([True] * 0, [1] * -2, [1, 2] * 3, [None] * 1, [[]] * 2, [] * 5, len([0] * 100000))
    a = [1, "x"] * 4
    a[5] = 9
    print(a)


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    return [i for i in range(limit + 1) if is_prime[i]], i


def after_loop(n):
    for j in range(n, n + 3 if n < 2**62 else 2**63 - 1):
        pass
    return j


def empty_loop():
    for j in range(5, 2):
        pass
    return j


stores()
repeats()
print(sieve(50), sieve(1), sieve(2))
print(after_loop(2**63 - 4), after_loop(-1))
try:
    empty_loop()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
