# Closures and generators: generators closing over enclosing variables, nested functions inside generators.
def make_counter(step):
    def counter(limit):
        n = 0
        while n < limit:
            yield n
            n += step
    return counter


by3 = make_counter(3)
print(list(by3(10)))


def outer():
    total = 0

    def gen(items):
        nonlocal total
        for x in items:
            total += x
            yield total
    values = list(gen([1, 2, 3]))
    return values, total


print(outer())


def with_helpers(words):
    def shout(w):
        return w.upper() + suffix
    suffix = "!"
    for w in words:
        yield shout(w)
        suffix += "!"


print(list(with_helpers(["a", "b", "c"])))


def adders():
    for i in range(3):
        yield lambda x, i=i: x + i


print([f(10) for f in adders()])


def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
        yield len(fs)
    yield [f() for f in fs]


print(list(late_binding()))


def param_captured(n):
    def get():
        return n
    yield get()
    n += 1
    yield get()


print(list(param_captured(5)))


class Tree:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for x in self.items:
            yield x

    def evens(self):
        return (x for x in self.items if x % 2 == 0)


t = Tree([1, 2, 3, 4])
print(list(t), list(t.evens()), sum(t))


def filter_by(pred):
    return lambda seq: (x for x in seq if pred(x))


print(list(filter_by(lambda v: v > 2)(range(6))))
