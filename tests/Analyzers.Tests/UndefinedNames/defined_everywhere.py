import sys
from math import sqrt as root

counter = 0


def bump():
    global total
    total = counter + 1


class Shape:
    sides = 0
    doubled = sides * 2

    def describe(self):
        return f"{type(self).__name__} {self.sides} {__class__.__name__}"


def outer():
    x = 1

    def inner():
        nonlocal x
        x += 1
        return x

    return inner()


def annotated():
    value: UndefinedButNeverEvaluated = 1
    return value


try:
    import json_missing_module_name_here
except ImportError:
    json_missing_module_name_here = None

bump()
print(total, root(4), Shape().describe(), outer(), annotated(), __name__, __file__ is not None, __doc__)
print([y for y in range(3) if y], {k: v for k, v in [(1, 2)]}, (n := 5), n)
match [1, 2]:
    case [first, *rest]:
        print(first, rest)
try:
    1 / 0
except ZeroDivisionError as error:
    print(type(error).__name__)
del counter
print(sys.version_info[0], __builtins__ is not None, __spec__, __loader__ is not None, __package__, __cached__)
