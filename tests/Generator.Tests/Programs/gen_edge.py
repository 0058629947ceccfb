# Edge cases: *args/**kwargs generators, super() in generator methods, nested generator expressions,
# unbound locals, deep recursion (RecursionError), del, gi_running, re-entrance, while/else, global loop targets.
def va(*args, sep="-", **kw):
    for a in args:
        yield f"{a}{sep}"
    for k in sorted(kw):
        yield k, kw[k]

print(list(va(1, 2, sep="+", z=1, a=2)))

class Base:
    def items(self):
        yield "base"

class Child(Base):
    def items(self):
        yield "child"
        yield from super().items()

print(list(Child().items()))
print(list(sum(y for y in range(x)) for x in range(5)))

def gen_with_genexp(n):
    for i in range(n):
        yield list(j * i for j in range(3))

print(list(gen_with_genexp(3)))

def unbound(flag):
    if flag:
        x = 1
    yield 0
    yield x

g = unbound(False)
print(next(g))
try:
    next(g)
except UnboundLocalError as e:
    print(e)

def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"

try:
    print(list(deep(100000)))
except RecursionError as e:
    print("RecursionError")

def gen_del():
    x = 5
    yield x
    del x
    yield "deleted"
print(list(gen_del()))

def running():
    yield g2.gi_running
g2 = running()
print(next(g2), g2.gi_running)

def self_next():
    yield next(g3)
g3 = self_next()
try:
    next(g3)
except ValueError as e:
    print(e)
def gen_while_else(n):
    while n:
        n -= 1
        if n == 5:
            break
        yield n
    else:
        yield "no break"
print(list(gen_while_else(3)), list(gen_while_else(8)))
x = [1,2,3]
def gmod():
    global x
    for x in range(2):
        yield x
print(list(gmod()), x)
