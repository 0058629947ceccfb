# Simple generator functions: creation is lazy, next() steps, exhaustion raises StopIteration.
def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("done")


g = countdown(3)
print("created")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
try:
    next(g)
except StopIteration:
    print("still exhausted")
print(next(countdown(0), "default"))


def empty():
    return
    yield


print(list(empty()))
g = empty()
print(iter(g) is g)
print(type(g).__name__, g.__name__, g.__qualname__)
print(repr(countdown(1)).startswith("<generator object countdown at 0x"))


def three():
    yield 1
    yield "two"
    yield [3]


a, b, c = three()
print(a, b, c)
print(*three())
print(g.gi_running, g.gi_frame is None)
