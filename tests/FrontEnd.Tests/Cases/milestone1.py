import os, sys as system
from collections import OrderedDict as OD, defaultdict
from . import x
global g

def add(a, b=2, *args, c, d=4, **kw) -> int:
    """doc"""
    x = a + b * -c ** 2 // 3 % 4 @ m
    x += 1
    if a < b <= c != d and not e or f:
        return x
    elif a is not b:
        pass
    else:
        return None
    while True:
        break
    for i, j in enumerate(range(10)):
        continue
    return a[1:2, ::3], a[:], a[...], {1: 2, **d}, {1, 2}, [1, *b], (1,), ()

if __name__ == "__main__":
    print(a, b, sep="", end="")
    f = lambda x, *y, z=1: x if y else z
    s = f"a{x!r:>{w}} b" "c" f'{x=}' f"{'nested' + f"{y}"}"
    l = [x for x in y if x for z in w]
    d = {k: v for k, v in items}
    g = (x for x in y)
    t = 1_000_000_000_000_000_000_000 + 0xFF + 0o17 + 0b1 + 1.5e10 + 3j + 1e400
    b = b'\x00abc' rb'\d'
    u = u"uni" "code"
    z = 'é' + "\N{BULLET}\t\u00e9"
    obj.attr.method(1)[2] = 3
    a, *b = c
    x = y = z
    n: int = 5
