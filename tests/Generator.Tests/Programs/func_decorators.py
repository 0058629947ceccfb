def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        r = fn(*args, **kwargs)
        print("returned", r)
        return r
    return wrapper

@trace
def add(a, b=1):
    return a + b

add(2)
add(2, b=5)

def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("bob"))

def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco

REG = {}
@register(REG)
def one():
    return 1

@register(REG)
def two():
    return 2

print(sorted(REG), REG["two"]())

def stacked_a(fn):
    return lambda: "a(" + fn() + ")"

def stacked_b(fn):
    return lambda: "b(" + fn() + ")"

@stacked_a
@stacked_b
def base():
    return "base"

print(base())

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), len(fib.cache))
