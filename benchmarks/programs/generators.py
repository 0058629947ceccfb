# Generators: a lazy pipeline of generator functions and generator expressions
# (iteration ends by StopIteration internally; no exception should be thrown per item).


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


total = 0
for _ in range(30):
    total += sum(take_every(squares(numbers(100000)), 3))
    total += sum(x % 7 for x in numbers(50000) if x & 1)
count = 0
for f in fib_gen():
    if f > 10 ** 200:
        break
    count += 1
print(total, count)
