from math import *
print(sqrt(4), maybe_from_star if False else 1)
