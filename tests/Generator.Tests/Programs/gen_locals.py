# Loop variables of generators that may live in C# locals (not live across a yield) and those that may not.


def after_loop(xs):
    for x in xs:
        yield x
    yield "last", x


def read_after_yield(xs):
    for x in xs:
        yield x
        yield x * 10


def conditional(xs):
    for x in xs:
        if x % 2:
            yield x
        else:
            yield -x


def in_handler(xs):
    try:
        for x in xs:
            yield x
            if x == 2:
                raise ValueError(x)
    except ValueError:
        yield "handler saw", x


def nested(rows):
    for row in rows:
        for cell in row:
            yield row, cell


def assign_target(xs):
    out = {}
    for x in xs:
        out[x] = yield x
    yield out


def else_branch(xs):
    for x in xs:
        yield x
    else:
        yield "else", x


def rebind(xs):
    for x in xs:
        yield x
    x = "rebound"
    yield x


def loop_in_loop(xs):
    for x in xs:
        n = 0
        while n < 2:
            yield x, n
            n += 1


def unbound(xs):
    for x in xs:
        yield x
    try:
        yield x
    except UnboundLocalError as e:
        yield "unbound"


print(list(after_loop([1, 2, 3])))
print(list(read_after_yield([1, 2])))
print(list(conditional(range(5))))
print(list(in_handler([1, 2, 3])))
print(list(nested([[1, 2], [3]])))
g = assign_target("ab")
print(next(g), g.send(1), g.send(2))
print(list(else_branch([4, 5])))
print(list(rebind([1])))
print(list(loop_in_loop("ab")))
try:
    print(list(unbound([])))
except UnboundLocalError as e:
    print("UnboundLocalError")
print(list((a, b) for a in range(3) for b in range(a)))
print(list(x * y for x in range(3) if x for y in range(x) if y != 1))
print(sum(v for v in range(10) if v % 3))
print(list(x for x in "xyz"), [x for x in (x for x in range(3))])
gen = (x for x in range(3))
print(next(gen), list(gen))
