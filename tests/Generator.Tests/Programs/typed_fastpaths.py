# Fast paths for subscripts, unpacking, iteration and float powers: results and errors must be CPython's.


def iterate_mutated():
    xs = [1, 2, 3]
    seen = []
    for x in xs:
        seen.append(x)
        if x < 3:
            xs.append(x + 10)
    print(seen, xs)
    ys = [1, 2, 3, 4, 5]
    out = []
    for y in ys:
        out.append(y)
        if y == 2:
            del ys[0]
    print(out, ys)
    zs = [1, 2, 3]
    out = []
    for z in zs:
        out.append(z)
        zs.clear()
    print(out, zs)
    for t in (1, 2.5, "a"):
        print(t)
    for v in []:
        print("never")
    print(v if False else "empty ok")


def indexes():
    xs = [10, 20, 30]
    t = (1, 2, 3)
    print(xs[-1], xs[-3], t[-1], t[0], xs[True], t[False])
    for bad in (3, -4, 10 ** 20, -(10 ** 20)):
        try:
            print(xs[bad])
        except IndexError as e:
            print("IndexError", e)
        try:
            print(t[bad])
        except IndexError as e:
            print("IndexError", e)
        try:
            xs[bad] = 1
        except IndexError as e:
            print("IndexError", e)
    xs[-1] = 99
    xs[True] = 7
    print(xs)
    try:
        xs[1.0]
    except TypeError as e:
        print("TypeError", e)
    xs[0] += 5
    xs[-1] -= 0.5
    print(xs)
    n = [[1, 2], [3, 4]]
    n[1][0] *= 10
    print(n)
    s = "abc"
    print(s[-1], s[1])


def unpacking():
    a, b = [1, 2]
    c, d, e = [3, 4, 5]
    print(a, b, c, d, e)
    for ([x, y, z], w) in [([1, 2, 3], 4), ((5, 6, 7), 8)]:
        print(x, y, z, w)
    for bad in ([1], [1, 2, 3, 4], (1,), "ab"):
        try:
            p, q, r = bad
            print(p, q, r)
        except ValueError as err:
            print("ValueError", err)
    try:
        p, q = [1, 2, 3]
    except ValueError as err:
        print("ValueError", err)


def powers():
    print(2.0 ** -1.5, 2.0 ** 0.5, 10.0 ** 308.0, 0.5 ** 2000.0, 1.0 ** 1e300)
    print(4.0 ** 0.5, 2.0 ** 3, 2 ** 3.0, 2 ** -1, (-8.0) ** 2.0, (-2.0) ** 3.0)
    for base, exp in ((10.0, 400.0), (0.0, -1.5), (float("inf"), 0.5), (float("nan"), 0.0)):
        try:
            print(base ** exp)
        except (OverflowError, ZeroDivisionError, ValueError) as err:
            print(type(err).__name__, err)
    x = 3.0
    x **= 2.0
    print(x)
    x **= -0.5
    print(x)


def inplace():
    acc = []
    acc += [1]
    acc += (2, 3)
    print(acc)
    f = 1.5
    f += 1
    f -= True
    f *= 2
    print(f)
    i = 7
    i //= 2
    i %= 3
    i -= 2 ** 63
    i -= 2 ** 63
    print(i)
    b = True
    b += True
    print(b)


iterate_mutated()
indexes()
unpacking()
powers()
inplace()


def slices_and_repeats():
    print([1, 2] * 3, [0] * 4, [] * 5, [1, 2] * 0, [1] * -2, [[0]] * 2)
    a = [1, 2, 3, 4, 5]
    a[:] = a
    print(a)
    a[1:3] = (7, 8, 9)
    print(a)
    a[::2] = [0, 0, 0]
    print(a)
    a[1:1] = a
    print(a)
    try:
        a[::2] = [1]
    except ValueError as err:
        print("ValueError", err)
    perm = [3, 1, 2, 0, 4]
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        k = perm[0]
    print(perm)
    b = [1, 2, 3]
    b[5:] = b
    b[:0] = "xy"
    print(b)


slices_and_repeats()
