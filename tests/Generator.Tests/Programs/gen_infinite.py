# Infinite generators stopped by break, by next(), and by zip with a finite one.
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


for n in naturals():
    if n * n > 50:
        break
    print(n, end=" ")
print()
g = fib()
print([next(g) for _ in range(15)])
print(list(zip("abc", naturals())))
count = 0
for f in fib():
    if f > 10 ** 30:
        break
    count += 1
print(count, f)


def cycle(items):
    while True:
        for x in items:
            yield x


c = cycle([1, 2, 3])
print([next(c) for _ in range(7)])


def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


print(list(take(5, naturals())), list(take(3, fib())))
