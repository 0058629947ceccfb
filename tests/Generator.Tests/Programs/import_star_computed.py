# A helper of import_star.py: a computed __all__.
names = ["one", "two"]
__all__ = [n for n in names] + ["_three"]
one = 1
two = 2
_three = 3
four = 4
