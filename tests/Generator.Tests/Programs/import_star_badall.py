# A helper of import_star.py: an item of __all__ that is not a str.
__all__ = ["fine", 42]
fine = "fine"
