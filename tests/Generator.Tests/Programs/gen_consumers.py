# Generators consumed by for, list(), tuple(), sum(), sorted(), any(), all(), min(), max(), zip(), enumerate().
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


for x in numbers(4):
    print("for", x)
print(list(numbers(5)))
print(tuple(evens(9)))
print(sum(numbers(101)))
print(sorted(numbers(5), reverse=True))
print(any(x > 3 for x in numbers(5)), all(x < 3 for x in numbers(5)))
print(min(numbers(7)), max(evens(10)))
print(list(zip(numbers(3), evens(10))))
print(list(enumerate(evens(7), 1)))
print(set(evens(6)), dict(zip(numbers(3), numbers(3))))
print(", ".join(str(x) for x in numbers(4)))
print([y * 2 for y in numbers(4)])
print(list(map(str, evens(5))), list(filter(None, numbers(4))))
print(5 in numbers(10), 50 in numbers(10))
total = 0
for i in numbers(3):
    for j in evens(4):
        total += i * j
print(total)
for x in numbers(3):
    pass
else:
    print("else ran", x)
