# A sequence pattern with a wildcard star reads only the items it names: matching a huge range is immediate and
# never builds the range's items. Other shapes keep CPython's results.

def first_two_last(s):
    match s:
        case x, y, *_, z:
            return x, y, z
        case _:
            return "no"


print(first_two_last(range(1 << 40)))
print(first_two_last(range(10, 0, -3)))
print(first_two_last(range(2)))
print(first_two_last([1, 2, 3]))
print(first_two_last((4, 5, 6, 7)))


def head(s):
    match s:
        case a, *_:
            return a
        case []:
            return "empty"


print(head(range(1 << 30)), head(range(0)), head(range(5, 9)))


def capture(s):
    match s:
        case a, *rest, b:
            return a, rest, b


print(capture(range(6)), capture([1, 2]), capture((1, 2, 3)))


def exact(s):
    match s:
        case a, b, c:
            return a + b + c
        case _:
            return None


print(exact(range(3)), exact(range(4)), exact(range(1, 4)))
