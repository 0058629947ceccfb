# yield from: delegation of values, send, throw and close; the subgenerator's return value.
def inner(n):
    for i in range(n):
        received = yield i
        if received is not None:
            print("inner received", received)
    return n * 10


def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    return r1 + r2


print(list(outer()))
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    while True:
        next(g)
except StopIteration as e:
    print("outer returned", e.value)


def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, [4]], 5], [[6]], 7])))


def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3)
    yield from (x * x for x in range(3))
    r = yield from iter([])
    print("list delegation returns", r)


print(list(from_iterables()))


def sub():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("sub caught", e)
        return "handled"
    finally:
        print("sub finally")


def delegator():
    result = yield from sub()
    print("delegator got", result)
    yield "after"


g = delegator()
print(next(g))
print(g.throw(ValueError("v")))
g = delegator()
print(next(g))
g.close()
print("closed delegator")
g = delegator()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated through", repr(e))


def ret_only():
    return "just a value"
    yield


def wrapper():
    v = yield from ret_only()
    return v


try:
    next(wrapper())
except StopIteration as e:
    print(e.value)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1], (2, 3), {4: "x"}, "yz")))
