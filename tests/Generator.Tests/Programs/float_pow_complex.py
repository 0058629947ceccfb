# float ** float with a negative base and a fractional exponent is complex (float_pow hands it to complex_pow),
# in plain code, in float-speculated expression trees (the native arm sees NaN and the generic arm answers), in
# comparisons and in augmented assignment.
def f(x, y):
    a = x ** y
    b = x ** y + 1.0
    c = -(x ** 0.5) * 2.0
    d = x ** 2.0 * 3.0
    e = 1.0 / (x ** 0.5) if x > 0 else None
    t = x ** 0.5 < 3.0 if x > 0 else None
    z = x
    z **= 0.25
    w = x * x + (x ** 1.5) * 2.0 - x
    return a, b, c, d, e, t, z, w


print(f(-8.0, 1/3))
print(f(4.0, 0.5))
print(f(-4.0, 2.0))
print(f(-4.0, -0.5))


def g(x):
    try:
        return x ** 0.5 < 1.0
    except TypeError as e:
        return str(e)


print(g(-8.0), g(0.25))


def h(x, y):
    # a legitimate NaN goes through the generic arm and stays NaN
    return x ** y + 1.0, x - x + y ** 0.5


print(h(float('nan'), 0.5), h(float('inf'), 0.5), h(-1.0, float('inf')))
print(2 ** -1.5, (-2) ** -1.5, (-2) ** 0.5, 0.0 ** 0.5, (-0.0) ** 0.5, (-1.0) ** float('inf'), (-1e300) ** 0.5)
print((-8) ** (1/3), pow(-8.0, 1/3), pow(-2, 0.5), (-1.5) ** 2.5)
try:
    (-1e300) ** 1.5
except OverflowError as e:
    print('OverflowError', e)
vals = [-2.0, -0.5, 0.5, 2.0]
print([v ** 0.5 for v in vals])
print([round(abs(v ** 1.25), 12) for v in vals])
