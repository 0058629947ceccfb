# A generator-heavy program in the style of benchmarks/programs/generators.py: lazy pipelines.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(seq):
    for x in seq:
        yield x * x


def take_every(seq, k):
    i = 0
    for x in seq:
        if i % k == 0:
            yield x
        i += 1


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def window(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def running_total(seq):
    total = 0
    for x in seq:
        total += x
        yield total


total = 0
for _ in range(5):
    total += sum(take_every(squares(numbers(2000)), 3))
    total += sum(x % 7 for x in numbers(1000) if x & 1)
count = 0
for f in fib_gen():
    if f > 10 ** 200:
        break
    count += 1
print(total, count)
print(list(window(numbers(6), 3)))
print(list(running_total(take_every(numbers(20), 4))))
print(max(sum(w) for w in window(squares(numbers(50)), 4)))
words = "the quick brown fox jumps over the lazy dog the end".split()
lengths = (len(w) for w in words)
longest = (w for w in words if len(w) == max(len(v) for v in words))
print(sum(lengths), list(longest))
print(sorted(set(w for w in words if "o" in w)))
