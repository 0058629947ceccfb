def f(a, b=2, *rest, key=None, flag, **extra):
    return (a, b, rest, key, flag, sorted(extra.items()))

print(f(1, flag=True))
print(f(1, 3, 4, 5, flag=0, key="k", z=26, y=25))
args = [10, 20, 30]
kwargs = {"flag": "F", "other": 1}
print(f(*args, **kwargs))
print(f(*args, 40, *[50], flag=1))

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s

print(total(), total(1), total(1, 2, 3), total(*range(5)))

def kwonly(*, x, y=5):
    return x * y

print(kwonly(x=2), kwonly(y=3, x=3))

def posonly(a, b, /, c):
    return a + b + c

print(posonly(1, 2, 3), posonly(1, 2, c=10))

def show(**kw):
    return ", ".join([k + "=" + str(kw[k]) for k in kw])

print(show(), show(a=1, b=2), show(**{"x": 9}))
print(max(*[3, 8, 1]), print(*["a", "b"], sep="-"))
words = ["x", "y"]
print(*words)
print("{} and {}".format(*words))

class Point:
    def __init__(self, x=0):
        self.x = x

def errors():
    # A class is named as CPython's _PyObject_FunctionStr names it (module.qualname()).
    for call in [lambda: f(), lambda: f(1), lambda: kwonly(1), lambda: posonly(a=1, b=2, c=3),
                 lambda: total(x=1), lambda: f(1, flag=1, **{"flag": 2}), lambda: show(**[1]),
                 lambda: Point(x=1, **{"x": 2}), lambda: dict(a=1, **{"a": 2}), lambda: Point(*5),
                 lambda: int(*5)]:
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)

errors()
