# CPython 3.12's wording for errors found to differ: %c out of range, module attributes, str indices, three-argument
# pow with non-numbers, * and ** arguments that are not iterables or mappings, generator throw() with a traceback.

import math, sys


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class A:
    def m(self, *a):
        return a

    def __call__(self, *a):
        return a

    def __repr__(self):
        return "<A>"


def f(*a, **k):
    return a, k


show(lambda: '%c' % 0x110000)
show(lambda: '%c' % -1)
show(lambda: '%c' % (1 << 70))
show(lambda: '%c' % 0xD800 == '\ud800')
show(lambda: '%c' % 0x10FFFF)
show(lambda: '%c' % True)
show(lambda: '%c' % 65.0)
show(lambda: '%5c|%-3c|' % (97, 98))
show(lambda: format(0xD800, "c") == "\ud800")
show(lambda: f"{0xDFFF:c}" == "\udfff")
show(lambda: f"{0x110000:c}")
show(lambda: math.x)
show(lambda: sys.nope)
show(lambda: "abc"[None])
show(lambda: "abc"[1.5])
show(lambda: [1][None])
show(lambda: (1,)[None])
show(lambda: b"a"[None])
show(lambda: pow(2, 3, "x"))
show(lambda: pow("x", 3, 5))
show(lambda: pow(None, 3, 5))
show(lambda: pow(2.0, 3, 5))
show(lambda: pow(2, 3, 5.0))
show(lambda: pow(2j, 3, 5))
show(lambda: pow(2, 3, None))
show(lambda: pow(2, 10, 1000))
show(lambda: print(*1))
show(lambda: f(*1))
show(lambda: A().m(*1))
show(lambda: A()(*1))
show(lambda: len(*1))
show(lambda: f(*[1, 2], *(3,), *"ab"))
show(lambda: f(**1))
show(lambda: print(**[]))
show(lambda: [*1])
show(lambda: (*1,))
show(lambda: {*1})
show(lambda: [*"ab", *range(2)])


def gen():
    yield 1


for args in (("foo", None), ("foo", 23), ("foo",)):
    g = gen()
    next(g)
    show(lambda: g.throw(ValueError, *args))
g = gen()
next(g)
show(lambda: g.throw(ValueError(), "foo"))
