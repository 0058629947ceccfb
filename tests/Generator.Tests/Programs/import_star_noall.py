# A helper of import_star.py: no __all__, so every name not starting with an underscore is exported.
import math
from import_star_chain import *

alpha = 1
beta = [1, 2, 3]
_private = "not exported"
__dunder__ = "not exported either"


def gamma(x):
    return x * 10
