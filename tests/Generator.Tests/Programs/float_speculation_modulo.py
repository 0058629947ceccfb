# Float speculation with % and // (a tree of float arithmetic over locals is computed on doubles when every leaf is a
# float): CPython's float_rem and float_floor_div results, signs of zero, infinities and NaNs, its ZeroDivisionErrors,
# and the generic path when a leaf is an int, a bool or another type.


def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


def mod(a, b):
    return a % b


def floordiv(a, b):
    return a // b


def spec_mod(a, b):
    # (the float literal makes the tree speculated: every edge case below runs on doubles)
    return a * 1.0 % b


def spec_floordiv(a, b):
    return a * 1.0 // b


def lcg(seed, n):
    # (bm_regex_dna's generator: a float recurrence through %)
    out = []
    for _ in range(n):
        seed = (seed * 3877.0 + 29573.0) % 139968.0
        out.append(seed / 139968.0)
    return seed, out


def tree(x, y):
    return (x * 2.0 + y) % 7.5 - (x - y) // 0.25


def inplace(x, y):
    x %= y
    z = x
    z //= 0.5
    return x, z


def mixed_literals(x):
    return x % 3, x // 2, -x % 4, x % -4, 10 % x, 7 // x


values = [5.5, -5.5, 0.0, -0.0, 1e300, -1e-300, float("inf"), float("-inf"), float("nan")]
divisors = [2.0, -2.0, 0.5, 3.0, float("inf"), float("-inf"), 1e-300]
for a in values:
    print(a, [mod(a, b) for b in divisors])
    print(a, [floordiv(a, b) for b in divisors])
    print(a, [spec_mod(a, b) for b in divisors])
    print(a, [spec_floordiv(a, b) for b in divisors])
for a in values:
    show("mod zero", lambda: mod(a, 0.0))
    show("floordiv zero", lambda: floordiv(a, -0.0))
    show("spec mod zero", lambda: spec_mod(a, -0.0))
    show("spec floordiv zero", lambda: spec_floordiv(a, 0.0))
print(lcg(42.0, 5))
print(lcg(float(42), 1000)[0])
print(tree(3.25, -1.5), tree(-0.0, 0.0), tree(1e16, 3.0))
show("tree zero", lambda: tree(1.0, -2.0))
print(inplace(7.25, 2.0), inplace(-7.25, 2.0), inplace(7.25, -2.0))
show("inplace zero", lambda: inplace(1.0, 0.0))
print(mixed_literals(7.5), mixed_literals(-7.5), mixed_literals(0.5))
show("literal zero", lambda: mixed_literals(0.0))
# Not every leaf a float: the generic path.
print(mod(7, 2.5), mod(7.5, 2), mod(-7, 2), floordiv(7, 2), floordiv(True, 0.5), mod(2 ** 70, 3.5), floordiv(-3, 1e300))
show("int zero", lambda: mod(7.5, 0))
show("int floordiv zero", lambda: floordiv(1, 0))
show("str", lambda: mod("%s!", 1.5))
show("complex", lambda: mod(1j, 2.0))
show("big", lambda: floordiv(1e308, 1e-308))
