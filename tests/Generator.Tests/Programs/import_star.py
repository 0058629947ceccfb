# from module import *: __all__ present and absent, underscore names, values taken when the statement runs,
# rebinding in the importer, functions reading star-imported names, library and runtime modules, errors.
import import_star_helper
import import_star_chain

from import_star_helper import *

print(public, _listed, extra, counter)
print(Shape(3))
try:
    print(unlisted)
except NameError as e:
    print("NameError:", e)
try:
    print(_hidden)
except NameError as e:
    print("NameError:", e)

# The importer's names hold the values of the time of the import: later rebinding in the helper is not seen.
rebind()
print(public, "|", import_star_helper.public)
print(bump(), bump(), counter, import_star_helper.counter)


# Functions of the importer read the star-imported names as globals.
def show():
    return f"{public} / {extra} / {Shape(4)}"


print(show())

# They are ordinary globals: rebound, deleted, bound again by another star import.
public = "rebound in the importer"
print(show(), "|", import_star_helper.public)
del extra
try:
    print(extra)
except NameError as e:
    print("NameError:", e)
from import_star_helper import *
print(extra, "|", public)

# No __all__: every public name, including modules it imported and names its own star import bound.
from import_star_noall import *
print(alpha, beta, gamma(4), math.floor(2.5), chained)
try:
    print(_private)
except NameError as e:
    print("NameError:", e)
try:
    print(__dunder__)
except NameError as e:
    print("NameError:", e)
try:
    print(_chained_private)
except NameError as e:
    print("NameError:", e)

# A computed __all__: the names it holds when the import runs.
from import_star_computed import *
print(one, two, _three)
try:
    print(four)
except NameError as e:
    print("NameError:", e)
try:
    print(names)
except NameError as e:
    print("NameError:", e)

# Errors: a name in __all__ the module lacks, an item that is not a str.
try:
    from import_star_missing import *
except AttributeError as e:
    print("AttributeError:", e)
print(present)
try:
    from import_star_badall import *
except TypeError as e:
    print("TypeError:", e)
print(fine)

# A runtime module.
from math import *
print(sqrt(16), floor(2.7), pi)
from itertools import *
print(list(islice(count(5), 3)), list(chain("ab", "c")))


def hypotenuse(a, b):
    return sqrt(a * a + b * b)


print(hypotenuse(3, 4))

# Library modules.
from json import *
print(dumps({"k": [1, 2]}), loads("[3, 4]"))
from collections import *
print(Counter("abca").most_common(1), deque([1, 2]), namedtuple("P", "x y")(1, 2))
print(OrderedDict(a=1), defaultdict(int)["z"])
