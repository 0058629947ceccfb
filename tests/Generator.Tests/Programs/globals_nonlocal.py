counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make():
    x = 0
    def a():
        nonlocal x
        x += 1
        return x
    def b():
        return x
    return a, b
inc, get = make()
inc(); inc()
print(get())
def define_global():
    global late
    late = "defined later"
define_global()
print(late)
def outer():
    v = 1
    def mid():
        nonlocal v
        v = 2
        def inner():
            nonlocal v
            v = 3
        inner()
    mid()
    return v
print(outer())
x = "module"
def reads():
    return x
def shadows():
    x = "local"
    return x
print(reads(), shadows(), x)
def unbound():
    try:
        print(y_not_yet)
    except NameError as e:
        print(e)
unbound()
def local_before_assign():
    try:
        print(z)
    except UnboundLocalError as e:
        print(e)
    z = 1
z = 0
local_before_assign()
