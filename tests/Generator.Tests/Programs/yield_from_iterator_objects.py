# 'yield from' an iterator object that is not a generator: its StopIteration's value is the expression's, send()
# calls its send method, throw() its throw method (or raises at the yield from when it has none), close() its close.


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration(f"counted {self.n}")
        return self.i


class Echo(Counter):
    def send(self, value):
        if value == "stop":
            raise StopIteration("stopped by send")
        return f"echo {value}"

    def throw(self, exc, *rest):
        print("  Echo.throw got", type(exc).__name__, repr(exc), len(rest))
        if isinstance(exc, KeyError):
            raise StopIteration("stopped by throw")
        return "recovered"

    def close(self):
        print("  Echo.close")


def delegate(it):
    result = yield from it
    print("  result:", result)
    return result


print(list(delegate(Counter(3))))

g = delegate(Echo(5))
print(next(g), g.send("x"), g.send(None))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)

g = delegate(Echo(5))
next(g)
print(g.throw(ValueError("v")))
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration", e.value)

g = delegate(Echo(5))
next(g)
g.close()

g = delegate(Counter(5))
next(g)
try:
    g.throw(ValueError("no throw method"))
except ValueError as e:
    print("ValueError", e)
g = delegate(Counter(5))
next(g)
try:
    g.send("value")
except AttributeError as e:
    print("AttributeError", e)
