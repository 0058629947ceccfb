# locals(), and vars() and dir() without an argument, in functions: CPython 3.12's frame dict (one per call, updated
# by each call: the parameters in code order, the locals, inlined comprehensions' variables, cells, free variables;
# unbound names left out), in lambdas, generators, methods (the __class__ cell) and comprehensions.
def f(a, b=2, *args, k=3, **kw):
    x = 1
    print(locals())
    y = [locals() for q in range(2)]
    print(y, y[0] is y[1], y[0] is locals())
    print(sorted(vars()), dir())

    def inner():
        return x, locals()
    print(inner())
    z = 5
    del x
    print(sorted(locals()), dir())
    d = locals()
    d["added"] = 1
    d["z"] = 99
    print(z, sorted(locals()), locals()["z"])
    return locals()


print(sorted(f(1, k=4, extra=5)))


class C:
    def m(self):
        v = super().__repr__ is not None
        return locals()


print(sorted(C().m()))


def g():
    for i in range(3):
        yield locals()


print(list(g()))
h = lambda p, q=1: locals()
print(h(0))


def unbound():
    print(locals())
    late = 1
    print(locals())


unbound()


def nested_comprehensions(n):
    return [[sorted(locals()) for j in range(1)] for i in range(n)]


print(nested_comprehensions(2))


def closure_cells():
    captured = "c"
    other = "o"

    def use():
        return captured
    return sorted(locals()), use()


print(closure_cells())
