def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c = make_counter()
print(c(), c(), c(10))
d = make_counter()
print(d(), c())

def adders():
    return [lambda x, k=k: x + k for k in range(3)]

print([f(10) for f in adders()])

def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle

print(outer(1)(2)(3))

square = lambda v: v * v
print(square(7), (lambda: "no args")(), sorted([3, -1, 2], key=lambda v: -v))

def compose(f, g):
    return lambda x: f(g(x))

inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))

def fib_memo():
    memo = {}
    def fib(n):
        if n in memo:
            return memo[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r
    return fib

print(fib_memo()(60))

def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]

print(late_binding())

def decorate(fn):
    def wrapper(x):
        return "<" + str(fn(x)) + ">"
    return wrapper

@decorate
def shout(x):
    return x * 2

print(shout(21), shout.__name__)

def counter_gen():
    total = 0
    def add(v):
        nonlocal total
        total = total + v
    for v in [1, 2, 3]:
        add(v)
    return total

print(counter_gen())

def unbound_free():
    def get():
        return value
    r = [get.__name__]
    value = 5
    r.append(get())
    return r

print(unbound_free())
print(make_counter.__name__, c.__name__, c.__qualname__)
