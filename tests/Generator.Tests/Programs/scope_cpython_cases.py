# Closure cases from CPython's Lib/test/test_scope.py.
def make_adder(x):
    def adder(y):
        return x + y
    return adder

print("SimpleNesting", make_adder(1)(1), make_adder(10)(-2))

def make_adder2(x):
    def extra():
        def adder(y):
            return x + y
        return adder
    return extra()

print("ExtraNesting", make_adder2(1)(1), make_adder2(10)(-2))

def make_adder3(x):
    def adder(y):
        return x + y
    x = x + 1
    return adder

print("SimpleAndRebinding", make_adder3(0)(1), make_adder3(9)(-2))

def make_adder4():
    def nest():
        def nest():
            def adder(y):
                return global_x + y
            return adder
        return nest()
    return nest()

global_x = 1
adder = make_adder4()
r1 = adder(1)
global_x = 10
print("NestingGlobalNoFree", r1, adder(-2))

def make_adder6(x):
    global global_nest_x
    def adder(y):
        return global_nest_x + y
    global_nest_x = x
    return adder

inc = make_adder6(1)
plus10 = make_adder6(10)
print("NestingPlusFreeRefToGlobal", inc(1), plus10(-2))

def f(x):
    def g(y):
        x = 42
        def h(z):
            return x + z
        return h
    return g(2)

print("NearestEnclosingScope", f(10)(5))

def identity(x):
    return x

def f(x, y, z):
    def g(a, b, c):
        a = a + x
        def h():
            return identity(z * (b + y))
        y = c + z
        return h
    return g

print("MixedFreevarsAndCellvars", f(1, 2, 3)(2, 4, 6)())

def f(x):
    def fact(n):
        if n == 0:
            return 1
        else:
            return n * fact(n - 1)
    if x >= 0:
        return fact(x)
    else:
        raise ValueError("x must be >= 0")

print("Recursion", f(6))
try:
    f(-1)
except ValueError as e:
    print("Recursion error", e)

f1 = lambda x: lambda y: x + y
print("Lambdas", f1(1)(1), f1(10)(5))
f2 = lambda x: (lambda: lambda y: x + y)()
print(f2(1)(1), f2(10)(5))
f3 = lambda x: lambda y: global_x + y
global_x = 1
print(f3(None)(2))
f8 = lambda x, y, z: lambda a, b, c: lambda: z * (b + y)
print(f8(1, 2, 3)(2, 4, 6)())

def errorInOuter():
    print(y)
    def inner():
        return y
    y = 1

def errorInInner():
    def inner():
        return y
    inner()
    y = 1

for fn in [errorInOuter, errorInInner]:
    try:
        fn()
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    except NameError as e:
        print("NameError", e)

def errorInOuter2():
    y = 1
    del y
    print(y)
    def inner():
        return y

def errorInInner2():
    def inner():
        return y
    y = 1
    del y
    inner()

for fn in [errorInOuter2, errorInInner2]:
    try:
        fn()
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    except NameError as e:
        print("NameError", e)

x = 7
def f():
    x = 1
    def g():
        global x
        def i():
            def h():
                return x
            return h()
        return i()
    return g()
print("ScopeOfGlobalStmt I", f(), x)

x = 7
def f():
    x = 1
    def g():
        x = 2
        def i():
            def h():
                return x
            return h()
        return i()
    return g()
print("II", f(), x)

x = 7
def f():
    x = 1
    def g():
        global x
        x = 2
        def i():
            def h():
                return x
            return h()
        return i()
    return g()
print("III", f(), x)

def f(x):
    def inc():
        nonlocal x
        x += 1
        return x
    def dec():
        nonlocal x
        x -= 1
        return x
    return inc, dec

inc, dec = f(0)
print("NonLocalFunction", inc(), inc(), dec(), dec())

def f():
    y = 1
    def g():
        global y
        return y
    def h():
        return y + 1
    return g, h

y = 9
g, h = f()
print("GlobalInParallelNestedFunctions", g(), h())

def f(x):
    def g():
        nonlocal x
        x -= 2
        def h():
            nonlocal x
            x += 4
            return x
        return h
    return g

print("NestedNonLocal", f(1)()())
