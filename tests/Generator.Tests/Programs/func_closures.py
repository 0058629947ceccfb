def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())

def adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([f(10) for f in adders()])

def late():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return fs

print([f(10) for f in late()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()

print(outer())

def accumulate():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add

a = accumulate()
a(1); a(2)
print(a(3))

x = "global"
def shadow():
    x = "local"
    def g():
        global x
        return x
    return g()
print(shadow())
