# A helper of import_star.py: a module with a literal __all__.
__all__ = ["public", "_listed", "counter", "bump", "rebind", "Shape"]
__all__ += ["extra"]

public = "public value"
_listed = "underscore name listed in __all__"
_hidden = "underscore name not listed"
unlisted = "public name not in __all__"
extra = "added by +="
counter = 0


def bump():
    global counter
    counter += 1
    return counter


def rebind():
    global public
    public = "rebound in the helper"


class Shape:
    def __init__(self, sides):
        self.sides = sides

    def __repr__(self):
        return f"Shape({self.sides})"
