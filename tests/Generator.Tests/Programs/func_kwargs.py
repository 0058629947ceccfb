def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6, d=7))
print(f(a=1, c=2, z=9))

def g(x, /, y, *, z):
    return x + y + z

print(g(1, 2, z=3), g(1, y=2, z=3))
for call in [lambda: g(x=1, y=2, z=3), lambda: g(1, 2, 3), lambda: f(), lambda: f(1, c=1, a=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def kwonly(*, key=None, reverse=False):
    return key, reverse

print(kwonly(), kwonly(reverse=True))
args = (1, 2)
kwargs = {"c": 3, "extra": 4}
print(f(*args, **kwargs))
print(f(*[10], *[20, 30], c=0, **{"q": 1}))
